/* pack.h: integers as variable-length bytes (7 bits a byte, the low ones first, the high bit
 * saying another byte follows), for figures a run keeps for every thread to the end: a count
 * of 3 takes one byte instead of eight. Signed values are zigzagged (0, -1, 1, -2 ... become
 * 0, 1, 2, 3 ...). The readers trust their input: they read only bytes pack wrote. */
#ifndef REPLYCOV_PACK_H
#define REPLYCOV_PACK_H

#include "spill.h"
#include "strbuf.h"

void pack_uint(struct strbuf *sb, unsigned long long v);
void pack_int(struct strbuf *sb, long long v);
/* The value at *p; *p moves past it. */
unsigned long long unpack_uint(const unsigned char **p);
long long unpack_int(const unsigned char **p);
/* A copy of sb's bytes in a block of exactly that size (NULL when sb is empty); the caller
 * frees it. */
unsigned char *pack_copy(const struct strbuf *sb);

/* Packed bytes kept to the end of a run and read back rarely (a thread's counts, needed
 * again only if a re-read replaces the thread): in a scratch file when one can be written,
 * else in memory. */
struct packed_blob {
	unsigned char *mem; /* the bytes when kept in memory, else NULL */
	long long at;       /* where they are in the scratch file */
	size_t len;
};

/* Keep sb's bytes in store (a spill made quiet: when it cannot be written, in memory). */
void pack_keep(struct spill *store, const struct strbuf *sb, struct packed_blob *b);
/* b's bytes: b->mem, or read back from store into *buf (grown as needed; the caller frees
 * it). NULL when b is empty, or when the file cannot be read back (reported). */
const unsigned char *pack_fetch(struct spill *store, const struct packed_blob *b, unsigned char **buf);
/* Forget b's bytes (those in the file stay there unread). */
void pack_drop(struct packed_blob *b);

#endif
