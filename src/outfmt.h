/* outfmt.h: small pieces every writer needs: JSON strings, CSV fields, numbers in a fixed
 * format. Output files themselves are outfile.h's. */
#ifndef REPLYCOV_OUTFMT_H
#define REPLYCOV_OUTFMT_H

#include <stdio.h>

#include "strbuf.h"

/* "text" with JSON escapes; NULL gives null. The result is always valid UTF-8: a byte that
 * begins no valid UTF-8 sequence is written as U+FFFD (one per byte). */
void json_add_str(struct strbuf *sb, const char *s);
/* "key":"name" for a file name (or any string from the command line), and when name is not
 * valid UTF-8 also ,"key_hex":"<its bytes in lowercase hexadecimal>", so that the JSON stays
 * valid and the exact name can be recovered (README, the manifest section). */
void json_add_name(struct strbuf *sb, const char *key, const char *name);
/* "<the bytes of s in lowercase hexadecimal>": how a name that is not UTF-8 is given exactly. */
void json_add_hex(struct strbuf *sb, const char *s);
/* 1 when s is valid UTF-8 (and, for JSON, needs no _hex field). */
int json_is_utf8(const char *s);
/* The bytes hex (lowercase or uppercase digits, even length) stands for, appended to out.
 * Returns 0, or -1 when hex is not such a string or holds a NUL byte (a file name cannot). */
int json_unhex(const char *hex, struct strbuf *out);
/* s as it may be shown on a terminal (text reports, dump): controls escaped as \x1b, see
 * diag_escape. NULL adds nothing. */
void term_add_str(struct strbuf *sb, const char *s);
/* A CSV field, quoted when it holds a comma, quote, CR or LF (RFC 4180). NULL gives "". */
void csv_add_field(struct strbuf *sb, const char *s);
/* Percent with one decimal, "87.5"; n/d with d == 0 gives "0.0". */
void add_pct(struct strbuf *sb, long n, long d);

#endif
