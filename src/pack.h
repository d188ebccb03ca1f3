/* pack.h: integers as variable-length bytes (7 bits a byte, the low ones first, the high bit
 * saying another byte follows), for figures a run keeps for every thread to the end: a count
 * of 3 takes one byte instead of eight. Signed values are zigzagged (0, -1, 1, -2 ... become
 * 0, 1, 2, 3 ...). The readers trust their input: they read only bytes pack wrote. */
#ifndef REPLYCOV_PACK_H
#define REPLYCOV_PACK_H

#include "strbuf.h"

void pack_uint(struct strbuf *sb, unsigned long long v);
void pack_int(struct strbuf *sb, long long v);
/* The value at *p; *p moves past it. */
unsigned long long unpack_uint(const unsigned char **p);
long long unpack_int(const unsigned char **p);
/* A copy of sb's bytes in a block of exactly that size (NULL when sb is empty); the caller
 * frees it. */
unsigned char *pack_copy(const struct strbuf *sb);

#endif
