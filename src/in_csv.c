/* in_csv.c: the generic CSV anyone can make with a spreadsheet (LinkedIn comments copied by
 * hand, scraper outputs). A header row names the columns in any order; required id, author,
 * created_at, text; optional thread, parent_id, author_id, platform, channel. Unknown
 * columns are ignored. Comma, semicolon or tab separated. */
#include "in_csvread.h"
#include "input.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

enum col { C_ID, C_AUTHOR, C_CREATED, C_TEXT, C_THREAD, C_PARENT, C_AUTHOR_ID, C_PLATFORM, C_CHANNEL, C_N };

static const char *const col_names[C_N] = {"id",        "author",    "created_at", "text",   "thread",
                                           "parent_id", "author_id", "platform",   "channel"};
#define N_REQUIRED 4

struct gcsv {
	struct batch *b;
	const struct input_opts *o;
	int col[C_N]; /* field index of each column, -1 when absent */
	size_t n_fields;
	const char *default_thread;
	int header_ok;
};

static int header(struct gcsv *g, const struct csv_row *row)
{
	g->n_fields = row->n;
	return csvread_header_map(row, g->b->file, col_names, C_N, N_REQUIRED, "required: id, author, created_at, text",
	                          g->col);
}

static const char *field(struct gcsv *g, const struct csv_row *row, enum col c)
{
	return g->col[c] >= 0 ? row->fields[g->col[c]] : NULL;
}

static int on_row(const struct csv_row *row, void *ctx)
{
	struct gcsv *g = ctx;
	struct record r = {0};
	struct loc loc = {.file = g->b->file, .line = row->line};
	const char *v;
	enum time_status st;
	char detail[160];

	if (row->record == 1) {
		g->header_ok = header(g, row) == 0;
		return 0;
	}
	if (!g->header_ok) {
		batch_reject(g->b, &loc, "file header lacks required columns", NULL);
		return 0;
	}
	if (row->n != g->n_fields) {
		snprintf(detail, sizeof(detail), "%zu fields where the header has %zu", row->n, g->n_fields);
		batch_reject(g->b, &loc, "wrong number of fields", detail);
		return 0;
	}
	r.loc = loc;
	r.id = field(g, row, C_ID);
	csvread_trim((char *)r.id);
	if (!*r.id) {
		batch_reject(g->b, &loc, "empty id", NULL);
		return 0;
	}
	v = field(g, row, C_CREATED);
	st = time_parse(v, g->o->tz, &r.created);
	if (st != TIME_OK) {
		snprintf(detail, sizeof(detail), "column 'created_at' is '%.40s': %s", v, time_status_text(st));
		batch_reject(g->b, &loc, st == TIME_NO_OFFSET ? "time without UTC offset" : "bad created_at", detail);
		return 0;
	}
	if (!r.created.has_offset)
		r.flags |= REC_NO_OFFSET;
	r.author = field(g, row, C_AUTHOR);
	csvread_trim((char *)r.author);
	r.author_id = field(g, row, C_AUTHOR_ID);
	if (r.author_id)
		csvread_trim((char *)r.author_id);
	r.text = field(g, row, C_TEXT);
	r.thread = field(g, row, C_THREAD);
	if (r.thread)
		csvread_trim((char *)r.thread);
	if (!r.thread || !*r.thread)
		r.thread = g->default_thread;
	r.parent = field(g, row, C_PARENT);
	if (r.parent)
		csvread_trim((char *)r.parent);
	r.platform = field(g, row, C_PLATFORM);
	if (r.platform)
		csvread_trim((char *)r.platform);
	if (!r.platform || !*r.platform)
		r.platform = "generic";
	else
		for (v = r.platform; *v; v++)
			*(char *)v = (char)tolower((unsigned char)*v); /* "LinkedIn" and "linkedin" are one platform */
	r.channel = CHANNEL_PUBLIC;
	v = field(g, row, C_CHANNEL);
	if (v) {
		csvread_trim((char *)v);
		if (!strcasecmp(v, "private"))
			r.channel = CHANNEL_PRIVATE;
		else if (*v && strcasecmp(v, "public")) {
			snprintf(detail, sizeof(detail), "column 'channel' is '%.40s' (expected public or private)", v);
			batch_reject(g->b, &loc, "bad channel", detail);
			return 0;
		}
	}
	if (!strcmp(r.id, r.thread))
		r.flags |= REC_POST;
	batch_add(g->b, &r);
	return 0;
}

static int gcsv_detect(const char *head, size_t len)
{
	static const char *const req[] = {"id", "author", "created_at", "text", NULL};
	static const char *const some[] = {"id", "text", NULL};
	char d;

	while (len && (*head == ' ' || *head == '\n' || *head == '\r' || *head == '\t'))
		head++, len--;
	if (!len || *head == '{' || *head == '[' || *head == '<')
		return 0; /* JSON or XML: not worth scanning a 64 KiB line */
	d = csvread_guess_delim(head, len);

	if (csvread_header_has(head, len, d, req))
		return 50;
	/* A header with id and text but a required column missing is still ours: better a
	 * message naming the missing column than "format not recognised". */
	return csvread_header_has(head, len, d, some) ? 5 : 0;
}

static int gcsv_parse(struct batch *b, const char *buf, size_t len, const struct input_opts *o)
{
	struct gcsv g = {.b = b, .o = o};
	const char *base = strrchr(b->file, '/');
	const char *dot;
	char *t;
	int ret;

	/* Without a thread column, the file is the thread: its name without folder and extension. */
	base = base ? base + 1 : b->file;
	dot = strrchr(base, '.');
	t = arena_strndup(&b->arena, base, dot && dot != base ? (size_t)(dot - base) : strlen(base));

	g.default_thread = t;
	ret = csvread_rows(b, buf, len, csvread_guess_delim(buf, len), on_row, &g);
	/* A syntax error rejects the row it stopped at (and the lines after it): count it as met,
	 * so that read = accepted + rejected. */
	b->read = (long)b->n + batch_rejected(b);
	return ret < 0 && !b->n ? -1 : 0;
}

const struct input_format in_csv = {
    .name = "csv",
    .summary = "generic CSV: header with id, author, created_at, text (required) and thread, parent_id, "
               "author_id, platform, channel (optional), in any order",
    .detection = "a first line naming the columns id, author, created_at and text (, ; or tab separated)",
    .detect = gcsv_detect,
    .parse = gcsv_parse,
};
