/* in_twcs.c: the "Customer Support on Twitter" CSV (Kaggle twcs.csv and samples of it):
 * tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id.
 * inbound=False marks the company's tweets, which is all the official account needs. There is
 * no conversation id: each tweet's thread is the root of its reply chain inside the file (or
 * the missing parent where the chain leaves it). response_tweet_id only cross-checks. */
#include "in_csvread.h"
#include "in_twcommon.h"
#include "input.h"
#include "strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum col { C_ID, C_AUTHOR, C_INBOUND, C_CREATED, C_TEXT, C_PARENT, C_RESPONSES, C_N };

static const char *const col_names[C_N] = {
    "tweet_id", "author_id", "inbound", "created_at", "text", "in_response_to_tweet_id", "response_tweet_id"};
#define N_REQUIRED 6

/* A row kept until every row is read: the thread needs the whole file. */
struct row {
	const char *id, *parent, *author_id, *author, *text, *responses;
	struct when created;
	unsigned flags;
	long line;
};

struct twcs {
	struct batch *b;
	const struct input_opts *o;
	struct arena arena; /* the rows' strings, freed when the file is done */
	struct row *rows;
	size_t n, cap;
	const char **lost; /* rows rejected once their id was read: id and parent, pairs */
	size_t n_lost, cap_lost;
	int col[C_N];
	size_t n_fields;
	int header_ok;
	int warned_no_offset;
};

static int header(struct twcs *t, const struct csv_row *row)
{
	t->n_fields = row->n;
	return csvread_header_map(row, t->b->file, col_names, C_N, N_REQUIRED,
	                          "twcs needs tweet_id, author_id, inbound, created_at, text, in_response_to_tweet_id",
	                          t->col);
}

static char *field(const struct twcs *t, const struct csv_row *row, enum col c)
{
	return t->col[c] >= 0 ? row->fields[t->col[c]] : NULL;
}

/* A row rejected after its id was read still links the rows below it to their thread. */
static void lose(struct twcs *t, const struct row *r)
{
	XGROW(t->lost, t->cap_lost, t->n_lost + 2);
	t->lost[t->n_lost++] = r->id;
	t->lost[t->n_lost++] = r->parent;
}

static int on_row(const struct csv_row *row, void *ctx)
{
	struct twcs *t = ctx;
	struct loc loc = {.file = t->b->file, .line = row->line, .col = 1};
	struct row r = {0};
	char id[32], detail[160];
	char *v;
	enum time_status st;
	struct strbuf sb;

	if (row->record == 1) {
		t->header_ok = header(t, row) == 0;
		return 0;
	}
	t->b->read++;
	if (!t->header_ok) {
		batch_reject(t->b, &loc, "file header lacks required columns", NULL);
		return 0;
	}
	if (row->n != t->n_fields) {
		snprintf(detail, sizeof(detail), "%zu fields where the header has %zu", row->n, t->n_fields);
		batch_reject(t->b, &loc, "wrong number of fields", detail);
		return 0;
	}
	v = field(t, row, C_ID);
	if (!tw_int_id(v, id, sizeof(id))) {
		snprintf(detail, sizeof(detail), "tweet_id is '%.40s'", v);
		batch_reject(t->b, &loc, "bad tweet_id", detail);
		return 0;
	}
	r.id = arena_strdup(&t->arena, id);
	v = field(t, row, C_PARENT);
	csvread_trim(v);
	if (*v) {
		if (!tw_int_id(v, id, sizeof(id))) {
			snprintf(detail, sizeof(detail), "in_response_to_tweet_id is '%.40s'", v);
			batch_reject(t->b, &loc, "bad in_response_to_tweet_id", detail);
			lose(t, &r);
			return 0;
		}
		r.parent = arena_strdup(&t->arena, id);
	}
	v = field(t, row, C_INBOUND);
	csvread_trim(v);
	if (!strcasecmp(v, "false") || !strcmp(v, "0")) {
		r.flags |= REC_OFFICIAL;
	} else if (strcasecmp(v, "true") && strcmp(v, "1")) {
		snprintf(detail, sizeof(detail), "inbound is '%.40s' (expected True or False)", v);
		batch_reject(t->b, &loc, "bad inbound", detail);
		lose(t, &r);
		return 0;
	}
	v = field(t, row, C_CREATED);
	st = time_parse(v, t->o->tz, &r.created);
	if (st != TIME_OK) {
		snprintf(detail, sizeof(detail), "created_at is '%.40s': %s", v, time_status_text(st));
		batch_reject(t->b, &loc, *v ? "bad created_at" : "no created_at", *v ? detail : NULL);
		lose(t, &r);
		return 0;
	}
	if (!r.created.has_offset)
		r.flags |= REC_NO_OFFSET;
	v = field(t, row, C_AUTHOR);
	csvread_trim(v);
	if (*v) {
		/* Customers are anonymised numbers (a float in some derived files), companies handles;
		 * the texts address both as @id, so that is the name too. */
		if (tw_int_id(v, id, sizeof(id)))
			v = id;
		r.author_id = arena_strdup(&t->arena, v);
		snprintf(detail, sizeof(detail), "@%.100s", v);
		r.author = arena_strdup(&t->arena, detail);
	}
	strbuf_init(&sb);
	tw_unescape(field(t, row, C_TEXT), &sb);
	r.text = arena_strndup(&t->arena, sb.buf, sb.len);
	strbuf_release(&sb);
	v = field(t, row, C_RESPONSES);
	r.responses = v && *v ? arena_strdup(&t->arena, v) : NULL;
	r.line = row->line;
	XGROW(t->rows, t->cap, t->n + 1);
	t->rows[t->n++] = r;
	return 0;
}

/* response_tweet_id names the replies; count them as declared and check they point back. */
static void check_responses(struct twcs *t, const char **ids)
{
	struct strmap by_id;
	size_t i, bad = 0, bad_ids = 0;
	long first_bad = 0, first_bad_id = 0;

	strmap_init(&by_id);
	for (i = 0; i < t->n; i++) {
		int created;
		void **slot = strmap_put(&by_id, ids[i], &created);
		if (created)
			*slot = (void *)(i + 1);
	}
	for (i = 0; i < t->n; i++) {
		const char *s = t->rows[i].responses;
		while (s && *s) {
			size_t len = strcspn(s, ",");
			char one[48], id[32];
			void *hit;
			if (len < sizeof(one)) {
				memcpy(one, s, len);
				one[len] = '\0';
			} else {
				one[0] = '\0';
			}
			if (!tw_int_id(one, id, sizeof(id))) {
				if (!bad_ids++)
					first_bad_id = t->rows[i].line;
			} else {
				t->b->comp.declared++;
				if ((hit = strmap_get(&by_id, id))) {
					const struct row *child = &t->rows[(size_t)hit - 1];
					t->b->comp.declared_held++;
					if (!child->parent || strcmp(child->parent, t->rows[i].id)) {
						if (!bad++)
							first_bad = child->line;
					}
				}
			}
			s += len;
			if (*s == ',')
				s++;
		}
	}
	if (bad_ids)
		diag_warn(&(struct loc){.file = t->b->file, .line = first_bad_id},
		          "%zu response_tweet_id entr%s not a tweet id (ignored: replies are linked by "
		          "in_response_to_tweet_id)",
		          bad_ids, bad_ids == 1 ? "y is" : "ies are");
	if (bad)
		diag_warn(&(struct loc){.file = t->b->file, .line = first_bad},
		          "%zu tweet%s listed in a response_tweet_id do%s not reply to that tweet by "
		          "in_response_to_tweet_id (which is the link used)",
		          bad, bad == 1 ? "" : "s", bad == 1 ? "es" : "");
	strmap_release(&by_id);
}

static void emit_all(struct twcs *t)
{
	size_t n_lost = t->n_lost / 2, all = t->n + n_lost;
	const char **ids = xmalloc((all + 1) * sizeof(*ids));
	const char **parents = xmalloc((all + 1) * sizeof(*parents));
	const char **roots = xmalloc((all + 1) * sizeof(*roots));
	struct strmap answered, by_id;
	size_t i, cycles, missing = 0;
	long first_missing = 0;

	for (i = 0; i < t->n; i++) {
		ids[i] = t->rows[i].id;
		parents[i] = t->rows[i].parent;
	}
	/* Rejected rows take part in the links (after the rows kept, so a kept row wins its id):
	 * the replies below one stay in its thread, as orphans. */
	for (i = 0; i < n_lost; i++) {
		ids[t->n + i] = t->lost[2 * i];
		parents[t->n + i] = t->lost[2 * i + 1];
	}
	cycles = tw_roots(all, ids, parents, roots);
	check_responses(t, ids);
	strmap_init(&answered);
	strmap_init(&by_id);
	for (i = 0; i < all; i++)
		*strmap_put(&by_id, ids[i], NULL) = (void *)1;
	for (i = 0; i < t->n; i++) {
		if (t->rows[i].flags & REC_OFFICIAL)
			*strmap_put(&answered, roots[i], NULL) = (void *)1;
	}
	for (i = 0; i < t->n; i++) {
		const struct row *w = &t->rows[i];
		struct record r = {0};
		r.platform = "twitter";
		r.channel = CHANNEL_PUBLIC;
		r.thread = roots[i];
		r.id = w->id;
		r.parent = w->parent;
		r.author_id = w->author_id;
		r.author = w->author;
		r.text = w->text;
		r.created = w->created;
		r.flags = w->flags;
		/* The opening tweet is the thread's post, so the replies hang from it. Not when no
		 * company tweet is in the thread: the core would take the post's author, a customer,
		 * for the official account. */
		if (!w->parent && strmap_get(&answered, roots[i]))
			r.flags |= REC_POST;
		if (w->parent && !strmap_get(&by_id, w->parent) && !missing++)
			first_missing = w->line;
		r.loc = (struct loc){.file = t->b->file, .line = w->line, .col = 1};
		batch_add(t->b, &r);
	}
	if (missing)
		diag_warn(&(struct loc){.file = t->b->file, .line = first_missing},
		          "%zu tweet%s answer%s tweets not in the file: such a thread is named after the missing "
		          "tweet, and only what the file holds is analysed",
		          missing, missing == 1 ? "" : "s", missing == 1 ? "s" : "");
	if (cycles)
		diag_warn(&(struct loc){.file = t->b->file},
		          "%zu reply cycle%s in in_response_to_tweet_id: each is cut at the reply to its smallest id",
		          cycles, cycles == 1 ? "" : "s");
	strmap_release(&answered);
	strmap_release(&by_id);
	free(ids);
	free(parents);
	free(roots);
}

static int twcs_detect(const char *head, size_t len)
{
	static const char *const req[] = {"tweet_id", "author_id", "inbound", "created_at", "in_response_to_tweet_id",
	                                  NULL};
	char d;

	while (len && (*head == ' ' || *head == '\n' || *head == '\r' || *head == '\t'))
		head++, len--;
	if (!len || *head == '{' || *head == '[' || *head == '<')
		return 0; /* JSON or XML */
	d = csvread_guess_delim(head, len);
	return csvread_header_has(head, len, d, req) ? 80 : 0;
}

static int twcs_parse(struct batch *b, const char *buf, size_t len, const struct input_opts *o)
{
	struct twcs t = {.b = b, .o = o};
	int ret;

	arena_init(&t.arena);
	ret = csvread_rows(b, buf, len, csvread_guess_delim(buf, len), on_row, &t);
	emit_all(&t);
	arena_release(&t.arena);
	free(t.rows);
	free(t.lost);
	/* A syntax error rejects the lines left unread too: count them as met. */
	b->read = (long)b->n + batch_rejected(b);
	return ret < 0 && !b->n ? -1 : 0;
}

const struct input_format in_twcs = {
    .name = "twcs",
    .summary = "Customer Support on Twitter CSV (Kaggle twcs.csv): inbound=False marks the company's "
               "tweets; threads follow in_response_to_tweet_id to the root",
    .detection = "a first line naming tweet_id, author_id, inbound, created_at and in_response_to_tweet_id",
    .detect = twcs_detect,
    .parse = twcs_parse,
};
