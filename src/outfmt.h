/* outfmt.h: small pieces every writer needs: JSON strings, CSV fields, numbers in a fixed
 * format. Output files themselves are outfile.h's. */
#ifndef REPLYCOV_OUTFMT_H
#define REPLYCOV_OUTFMT_H

#include <stdio.h>

#include "strbuf.h"

/* "text" with JSON escapes; NULL gives null. */
void json_add_str(struct strbuf *sb, const char *s);
/* A CSV field, quoted when it holds a comma, quote, CR or LF (RFC 4180). NULL gives "". */
void csv_add_field(struct strbuf *sb, const char *s);
/* Percent with one decimal, "87.5"; n/d with d == 0 gives "0.0". */
void add_pct(struct strbuf *sb, long n, long d);

#endif
