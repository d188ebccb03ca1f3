/* outfmt.h: small pieces every writer needs: JSON strings, CSV fields, numbers in a fixed
 * format, and output files that appear only when complete (written to a temporary name in
 * the same folder and renamed). */
#ifndef REPLYCOV_OUTFMT_H
#define REPLYCOV_OUTFMT_H

#include <stdio.h>

#include "strbuf.h"

/* "text" with JSON escapes; NULL gives null. */
void json_add_str(struct strbuf *sb, const char *s);
/* s as it may be shown on a terminal (text reports, dump): controls escaped as \x1b, see
 * diag_escape. NULL adds nothing. */
void term_add_str(struct strbuf *sb, const char *s);
/* A CSV field, quoted when it holds a comma, quote, CR or LF (RFC 4180). NULL gives "". */
void csv_add_field(struct strbuf *sb, const char *s);
/* Percent with one decimal, "87.5"; n/d with d == 0 gives "0.0". */
void add_pct(struct strbuf *sb, long n, long d);

struct outfile {
	FILE *fp;
	char *path, *tmp; /* NULL path: standard output (or a device written directly) */
	int direct;       /* a device or pipe opened in place */
};

/* Open path for writing (NULL or "-": stdout). Returns 0 or -1 (reported). */
int outfile_open(struct outfile *o, const char *path);
/* Close and move into place. Returns 0 or -1 (reported; the temporary file is removed). */
int outfile_commit(struct outfile *o);
/* Close and remove what was written. */
void outfile_abort(struct outfile *o);

#endif
