/* in_csvread.c: libcsv glue. libcsv reports no positions, so the file is fed one physical
 * line at a time and rows are tagged with the line counter. */
#include "in_csvread.h"

#include <csv.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

struct reader {
	struct strbuf *fields; /* one strbuf per field of the current row */
	size_t n, cap;
	long line, row_line, records;
	int row_started, stop;
	long nul_bytes; /* fields holding NUL bytes (replaced by U+FFFD) */
	int row_ended;  /* a row ended in the line just fed */
	int (*fn)(const struct csv_row *, void *);
	void *ctx;
	char **ptrs;
	size_t ptr_cap;
};

static void on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;

	if (r->stop)
		return;
	if (!r->row_started) {
		r->row_started = 1;
		r->n = 0;
	}
	if (r->n == r->cap) {
		size_t old = r->cap, i;
		XGROW(r->fields, r->cap, r->n + 1);
		for (i = old; i < r->cap; i++)
			strbuf_init(&r->fields[i]);
	}
	strbuf_reset(&r->fields[r->n]);
	if (s && memchr(s, '\0', len)) {
		/* A NUL would silently cut the field short as a C string: make it visible. A run of
		 * NULs is one U+FFFD, so that a zeroed block never makes the field larger than it is. */
		const char *c = s;
		size_t i = 0;
		while (i < len) {
			const char *z = memchr(c + i, '\0', len - i);
			size_t next = z ? (size_t)(z - c) : len;
			strbuf_add(&r->fields[r->n], c + i, next - i);
			if ((i = next) < len)
				strbuf_addstr(&r->fields[r->n], "\xEF\xBF\xBD");
			while (i < len && !c[i])
				i++;
		}
		r->nul_bytes++;
	} else if (s) {
		strbuf_add(&r->fields[r->n], s, len);
	}
	r->n++;
}

static void on_row(int c, void *data)
{
	struct reader *r = data;
	struct csv_row row;
	size_t i;

	(void)c;
	if (r->stop)
		return;
	r->row_ended = 1;
	if (!r->row_started) {
		r->row_line = r->line + 2;
		return;
	}
	XGROW(r->ptrs, r->ptr_cap, r->n + 1);
	for (i = 0; i < r->n; i++)
		r->ptrs[i] = r->fields[i].buf;
	row.fields = r->ptrs;
	row.n = r->n;
	row.line = r->row_line;
	row.record = ++r->records;
	r->row_started = 0;
	if (r->fn(&row, r->ctx))
		r->stop = 1;
	/* Called while the line holding the row's end is being fed: the next row starts after it. */
	r->row_line = r->line + 2;
}

/* A row this long is not one (a binary file read as CSV, a quote never closed): refused before
 * libcsv copies it, so that memory stays the file plus at most two rows this size (libcsv's
 * field and the row's copy), whatever the file. A 50 MB comment still fits. */
#define ROW_CAP ((size_t)64 << 20)

/* The rows from line r->row_line on are not read: one rejection, and the rest of the file's
 * lines counted with it. */
static void reject_rest(struct batch *b, const struct loc *loc, const char *reason, const char *buf, size_t len,
                        size_t from)
{
	long rest = 0;
	size_t k, j;

	for (k = from; k < len; k++)
		rest += buf[k] == '\n';
	if (len && buf[len - 1] != '\n')
		rest++;
	batch_reject(b, loc, reason, "this row and the lines after it were not read");
	if (rest > 0)
		for (j = 0; j < b->n_rejects; j++)
			if (!strcmp(b->rejects[j].reason, reason))
				b->rejects[j].n += rest;
}

int csvread_rows(struct batch *b, const char *buf, size_t len, char delim,
                 int (*fn)(const struct csv_row *row, void *ctx), void *ctx)
{
	struct csv_parser p;
	struct reader r = {0};
	size_t off = 0, i, row_from = 0;
	int ret = 0;

	r.fn = fn;
	r.ctx = ctx;
	r.row_line = 1;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL)) {
		fputs("replycov: out of memory\n", stderr);
		abort();
	}
	csv_set_delim(&p, (unsigned char)delim);
	/* libcsv grows its field buffer 128 bytes at a time: a 50 MB field would be copied
	 * hundreds of thousands of times. Grow by 1 MiB instead. */
	csv_set_blk_size(&p, 1024 * 1024);
	while (off < len && !r.stop) {
		const char *nl = memchr(buf + off, '\n', len - off);
		size_t chunk = nl ? (size_t)(nl - (buf + off)) + 1 : len - off;
		size_t done;
		if (off + chunk - row_from > ROW_CAP) {
			struct loc loc = {.file = b->file, .line = r.row_line};
			diag_error(&loc,
			           "CSV row of more than %zu MiB: not read (not a CSV file, or a quote never closed?)",
			           ROW_CAP >> 20);
			reject_rest(b, &loc, "CSV row too long", buf, len, off + chunk);
			ret = -1;
			break;
		}
		done = csv_parse(&p, buf + off, chunk, on_field, on_row, &r);
		if (done != chunk) {
			struct loc loc = {.file = b->file, .line = r.line + 1, .col = (long)done + 1};
			diag_error(&loc, "CSV syntax error (%s) in the row starting on line %ld",
			           csv_strerror(csv_error(&p)), r.row_line);
			reject_rest(b, &loc, "CSV syntax error", buf, len, off + chunk);
			ret = -1;
			break;
		}
		if (r.row_ended) {
			row_from = off + chunk;
			r.row_ended = 0;
		}
		off += chunk;
		if (nl)
			r.line++;
	}
	if (!ret && !r.stop && csv_fini(&p, on_field, on_row, &r)) {
		struct loc loc = {.file = b->file, .line = r.row_line};
		diag_error(&loc, "CSV ends inside a quoted field (truncated file?)");
		batch_reject(b, &loc, "CSV syntax error", "unterminated quoted field at end of file");
		ret = -1;
	}
	if (r.nul_bytes)
		diag_warn(&(struct loc){.file = b->file}, "%ld field%s held NUL bytes, replaced by U+FFFD", r.nul_bytes,
		          r.nul_bytes == 1 ? "" : "s");
	csv_free(&p);
	for (i = 0; i < r.cap; i++)
		strbuf_release(&r.fields[i]);
	free(r.fields);
	free(r.ptrs);
	return ret;
}

void csvread_trim(char *s)
{
	size_t n = strlen(s), k = 0;

	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		s[--n] = '\0';
	while (s[k] == ' ' || s[k] == '\t')
		k++;
	memmove(s, s + k, n - k + 1);
}

int csvread_header_map(const struct csv_row *row, const char *file, const char *const *names, int n_names,
                       int n_required, const char *needs, int *col)
{
	struct loc loc = {.file = file, .line = row->line};
	size_t i;
	int k, missing = 0;

	for (k = 0; k < n_names; k++)
		col[k] = -1;
	for (i = 0; i < row->n; i++) {
		csvread_trim(row->fields[i]);
		for (k = 0; k < n_names; k++) {
			if (strcasecmp(row->fields[i], names[k]))
				continue;
			if (col[k] >= 0) {
				diag_error(&loc, "column '%s' appears twice in the header", names[k]);
				return -1;
			}
			col[k] = (int)i;
		}
	}
	for (k = 0; k < n_required; k++) {
		if (col[k] < 0) {
			diag_error(&loc, "header lacks the required column '%s' (%s)", names[k], needs);
			missing = 1;
		}
	}
	return missing ? -1 : 0;
}

char csvread_guess_delim(const char *head, size_t len)
{
	size_t i, commas = 0, semis = 0, tabs = 0;
	int quoted = 0;

	for (i = 0; i < len && (quoted || head[i] != '\n'); i++) {
		if (head[i] == '"')
			quoted = !quoted;
		else if (!quoted && head[i] == ',')
			commas++;
		else if (!quoted && head[i] == ';')
			semis++;
		else if (!quoted && head[i] == '\t')
			tabs++;
	}
	if (semis > commas && semis >= tabs)
		return ';';
	if (tabs > commas && tabs > semis)
		return '\t';
	return ',';
}

int csvread_header_has(const char *head, size_t len, char delim, const char *const *names)
{
	size_t i, k;

	for (k = 0; names[k]; k++) {
		size_t nl = strlen(names[k]);
		int found = 0;
		i = 0;
		while (i < len && head[i] != '\n' && !found) {
			size_t s = i, e;
			while (i < len && head[i] != delim && head[i] != '\n')
				i++;
			e = i;
			while (s < e && (isspace((unsigned char)head[s]) || head[s] == '"'))
				s++;
			while (e > s && (isspace((unsigned char)head[e - 1]) || head[e - 1] == '"'))
				e--;
			if (e - s == nl && !strncasecmp(head + s, names[k], nl))
				found = 1;
			if (i < len && head[i] == delim)
				i++;
		}
		if (!found)
			return 0;
	}
	return 1;
}
