/* in_csvread.h: rows of a CSV file through libcsv, with the physical line each row starts
 * on, for the CSV adapters. Strict quoting; a syntax error stops the file with its line and
 * column, and the lines left unread are counted as rejected. */
#ifndef REPLYCOV_IN_CSVREAD_H
#define REPLYCOV_IN_CSVREAD_H

#include <stddef.h>

#include "record.h"

struct csv_row {
	char **fields; /* NUL-terminated, valid until the callback returns */
	size_t n;
	long line;   /* physical line the row starts on */
	long record; /* 1 for the first row (the header), 2 for the next... */
};

/* Calls fn for every row (header included); fn returns 0 to go on, -1 to stop. Returns 0,
 * or -1 after a syntax error (reported, remaining lines counted as rejected). */
int csvread_rows(struct batch *b, const char *buf, size_t len, char delim,
                 int (*fn)(const struct csv_row *row, void *ctx), void *ctx);
/* Strip blanks (and a CR) at both ends of s, in place. */
void csvread_trim(char *s);
/* Map a header row to column indexes: col[k] = field index of names[k] (case-insensitive,
 * blanks ignored), -1 when absent. Reports a duplicated column (returns -1) and every one of
 * the first n_required names that is missing (returns -1, after naming them with `needs`, a
 * phrase such as "required: id, author, created_at, text"). Returns 0 otherwise. */
int csvread_header_map(const struct csv_row *row, const char *file, const char *const *names, int n_names,
                       int n_required, const char *needs, int *col);

/* The delimiter a header line uses: ',', ';' or '\t' (',' when unsure). */
char csvread_guess_delim(const char *head, size_t len);
/* 1 when the header line (first line of head) has every name in names (case-insensitive,
 * quotes and blanks ignored), with delimiter delim. */
int csvread_header_has(const char *head, size_t len, char delim, const char *const *names);

#endif
