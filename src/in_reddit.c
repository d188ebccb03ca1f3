/* in_reddit.c: Reddit comment trees: the pair of listings of /comments/<id>.json (the post,
 * then comments nested in `replies`), /api/morechildren ({json:{data:{things}}}), any
 * Listing of things (/api/info, a user's comments), Pushshift / Arctic Shift dumps (NDJSON,
 * one comment or submission a line, or {"data":[...]}), and JSON cassettes recording those
 * responses. The submitter is the official side (REC_POST, is_submitter); `more` stubs are
 * counted, never followed. */
#include "in_cassette.h"
#include "in_htmltext.h"
#include "in_json.h"
#include "input.h"
#include "strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rd {
	struct batch *b;
	const struct input_opts *o;
	long recno;          /* message objects met, in document order */
	long line;           /* NDJSON: the line being read; 0 in a JSON document */
	long continue_stubs; /* "continue this thread" links (more with count 0) */
	int warned_replies;
	struct stub *stubs; /* `more` stubs met, resolved at the end of the file */
	size_t n_stubs, cap_stubs;
	struct strbuf line_buf; /* NDJSON: a line whose NULs were replaced */
	struct strbuf text;
};

/* "t1_abc" -> "abc"; ids without a type prefix are returned as they are. */
static const char *bare(const char *id)
{
	if (id && id[0] == 't' && id[1] >= '1' && id[1] <= '9' && id[2] == '_')
		return id + 3;
	return id;
}

static int is_gone(const char *s)
{
	return s && (!strcmp(s, "[deleted]") || !strcmp(s, "[removed]"));
}

static struct loc here(struct rd *rd)
{
	struct loc loc = {.file = rd->b->file};

	if (rd->line) {
		loc.line = rd->line;
		loc.col = 1;
	} else {
		loc.record = rd->recno;
	}
	return loc;
}

static void reject(struct rd *rd, const char *reason, const char *detail)
{
	struct loc loc = here(rd);

	batch_reject(rd->b, &loc, reason, detail);
}

/* One comment (t1) or submission (t3) into a record. */
static void emit(struct rd *rd, const cJSON *d, int is_post)
{
	struct record r = {0};
	const char *author = json_str(d, "author");
	const char *body, *title;
	const cJSON *created = json_get(d, "created_utc");
	const cJSON *edited = json_get(d, "edited");
	enum time_status st;
	char idbuf[32];

	rd->recno++;
	r.loc = here(rd);
	r.platform = "reddit";
	r.channel = CHANNEL_PUBLIC;
	r.id = json_id(d, "id", idbuf);
	if (!r.id)
		r.id = bare(json_str(d, "name"));
	if (!r.id || !*r.id) {
		batch_reject(rd->b, &r.loc, is_post ? "submission without id" : "comment without id", NULL);
		return;
	}
	if (is_post) {
		r.thread = r.id;
		r.flags |= REC_POST;
	} else {
		r.thread = bare(json_str(d, "link_id"));
		r.parent = bare(json_str(d, "parent_id"));
		if (!r.thread || !*r.thread) {
			batch_reject(rd->b, &r.loc, "comment without link_id", r.id);
			return;
		}
	}
	/* The user name is the id: Reddit names cannot be changed, and author_fullname (t2_...)
	 * is missing from older dumps, so preferring it would split one person in two when an
	 * API export meets a Pushshift dump. A deleted account leaves "[deleted]": unknown. */
	if (author && !is_gone(author) && *author)
		r.author = r.author_id = author;
	/* Without the post in the file, is_submitter still names the submitter's account. */
	if (!is_post && json_true(d, "is_submitter"))
		r.page = r.author_id;
	strbuf_reset(&rd->text);
	body = json_str(d, is_post ? "selftext" : "body");
	title = is_post ? json_str(d, "title") : NULL;
	/* "[deleted]" (by its author) or "[removed]" (by moderators) stays as the text: it says who. */
	if (is_gone(body))
		r.flags |= REC_DELETED;
	if (title)
		htmltext_decode(title, strlen(title), &rd->text);
	if (title && body && *body)
		strbuf_addstr(&rd->text, "\n\n");
	/* Reddit escapes &, < and > in markdown unless raw_json=1; Pushshift keeps the escapes. */
	if (body)
		htmltext_decode(body, strlen(body), &rd->text);
	r.text = rd->text.buf;
	if ((cJSON_IsNumber(edited) && edited->valuedouble != 0) || cJSON_IsTrue(edited))
		r.flags |= REC_EDITED;
	st = json_time(created, rd->o->tz, &r.created, &r.flags);
	if (st != TIME_OK) {
		batch_reject(rd->b, &r.loc, created ? "bad created_utc" : "no created_utc",
		             created ? time_status_text(st) : NULL);
		return;
	}
	batch_add(rd->b, &r);
}

/* A `more` stub: count comments hidden below, the first level of them named in ids. */
struct stub {
	long count;
	const char **ids; /* arena copies */
	size_t n_ids;
};

static void add_stub(struct rd *rd, long count, const cJSON *children)
{
	struct stub *s;
	const cJSON *c;
	size_t k = 0;

	XGROW(rd->stubs, rd->cap_stubs, rd->n_stubs + 1);
	s = &rd->stubs[rd->n_stubs++];
	s->count = count;
	s->n_ids = (size_t)cJSON_GetArraySize(children);
	s->ids = arena_alloc(&rd->b->arena, (s->n_ids ? s->n_ids : 1) * sizeof(*s->ids));
	cJSON_ArrayForEach (c, children)
		if (cJSON_IsString(c))
			s->ids[k++] = arena_strdup(&rd->b->arena, c->valuestring);
	s->n_ids = k;
}

/* Completeness: every comment read is declared and held; a `more` stub declares its count
 * as not held, unless the file also holds every comment it names (a morechildren answer
 * recorded with the listing). Runs once the whole file is read. */
static void count_stubs(struct rd *rd)
{
	struct strmap held;
	size_t i, k;

	strmap_init(&held);
	for (i = 0; i < rd->b->n; i++)
		*strmap_put(&held, rd->b->recs[i].id, NULL) = (void *)1;
	for (i = 0; i < rd->n_stubs; i++) {
		for (k = 0; k < rd->stubs[i].n_ids; k++)
			if (!strmap_get(&held, rd->stubs[i].ids[k]))
				break;
		if (!rd->stubs[i].n_ids || k < rd->stubs[i].n_ids)
			rd->b->comp.declared += rd->stubs[i].count;
	}
	strmap_release(&held);
	free(rd->stubs);
}

/* A child of a listing: {"kind": "t1"|"t3"|"more", "data": {...}}. Returns the replies
 * listing's children to walk next, or NULL. */
static const cJSON *thing(struct rd *rd, const cJSON *c)
{
	const char *kind = json_str(c, "kind");
	const cJSON *d = json_object(c, "data");
	char detail[48];

	if (kind && d && !strcmp(kind, "more")) {
		const cJSON *count = json_get(d, "count");
		long n = cJSON_IsNumber(count) && count->valuedouble > 0 && count->valuedouble < 1e9
		             ? (long)count->valuedouble
		             : cJSON_GetArraySize(json_array(d, "children"));
		if (n)
			add_stub(rd, n, json_array(d, "children"));
		else
			rd->continue_stubs++; /* "continue this thread": a link to deeper replies */
		return NULL;
	}
	if (kind && d && !strcmp(kind, "t1")) {
		const cJSON *replies = json_get(d, "replies");
		rd->b->comp.declared++;
		rd->b->comp.declared_held++;
		emit(rd, d, 0);
		if (cJSON_IsObject(replies))
			return json_array(json_object(replies, "data"), "children");
		if (replies && !(cJSON_IsString(replies) && !*replies->valuestring) && !cJSON_IsNull(replies) &&
		    !rd->warned_replies) {
			rd->warned_replies = 1;
			diag_warn(&(struct loc){.file = rd->b->file, .record = rd->recno},
			          "'replies' is neither \"\" nor a Listing: the replies it may hold are not read");
		}
		return NULL;
	}
	if (kind && d && !strcmp(kind, "t3")) {
		emit(rd, d, 1);
		return NULL;
	}
	rd->recno++;
	snprintf(detail, sizeof(detail), "kind '%.20s'%s", kind ? kind : "", d ? "" : " without data");
	reject(rd, "not a comment or post", kind ? detail : NULL);
	return NULL;
}

/* Every thing of children and of the replies nested below, in document order, with an
 * explicit stack of the next child to read in each listing. */
static int walk(struct rd *rd, const cJSON *children)
{
	const cJSON **st = NULL;
	size_t n = 0, cap = 0;

	if (!cJSON_IsArray(children))
		return 0;
	XGROW(st, cap, 1);
	st[n++] = children->child;
	while (n) {
		const cJSON *c = st[n - 1], *sub;
		if (!c) {
			n--;
			continue;
		}
		st[n - 1] = c->next;
		sub = thing(rd, c);
		if (sub) {
			XGROW(st, cap, n + 1);
			st[n++] = sub->child;
		}
	}
	free(st);
	return 1;
}

/* The children of a Listing; its `after` names a next page nobody fetched. */
static const cJSON *listing_children(struct rd *rd, const cJSON *listing)
{
	const cJSON *data = json_object(listing, "data");
	const char *after = json_str(data, "after");

	if (after && *after)
		rd->b->comp.paging_next++;
	return json_array(data, "children");
}

/* A Pushshift-style object without the {kind, data} wrapper. */
static void bare_object(struct rd *rd, const cJSON *o)
{
	if (json_get(o, "kind") && json_object(o, "data")) {
		const cJSON *sub = thing(rd, o);
		if (sub)
			walk(rd, sub);
	} else if (json_get(o, "parent_id") || json_get(o, "link_id") || json_get(o, "body")) {
		emit(rd, o, 0);
	} else if (json_get(o, "title") || json_get(o, "selftext") || json_get(o, "num_comments")) {
		emit(rd, o, 1);
	} else {
		rd->recno++;
		reject(rd, "not a Reddit comment or submission", NULL);
	}
}

/* A whole response. Returns 0 when its shape is not one this adapter reads. */
static int root(struct rd *rd, const cJSON *v)
{
	const cJSON *c, *things;

	if (cJSON_IsArray(v)) {
		/* /comments: [Listing(t3), Listing(t1...)]; also an array of bare objects. */
		int any = 0;
		cJSON_ArrayForEach (c, v) {
			const char *kind = json_str(c, "kind");
			if (kind && !strcmp(kind, "Listing")) {
				if (walk(rd, listing_children(rd, c)))
					any = 1;
				else
					diag_warn(&(struct loc){.file = rd->b->file, .record = rd->recno + 1},
					          "a Listing without a 'children' array: nothing read from it");
			} else if (cJSON_IsObject(c) &&
			           (json_get(c, "subreddit") || json_get(c, "link_id") || json_get(c, "kind"))) {
				bare_object(rd, c);
				any = 1;
			}
		}
		return any;
	}
	if (!cJSON_IsObject(v))
		return 0;
	if ((things = json_array(json_object(json_object(v, "json"), "data"), "things")))
		return walk(rd, things); /* /api/morechildren: flat, linked by parent_id */
	c = json_get(v, "kind");
	if (cJSON_IsString(c) && !strcmp(c->valuestring, "Listing"))
		return walk(rd, listing_children(rd, v));
	if (cJSON_IsString(c) && json_object(v, "data")) {
		bare_object(rd, v);
		return 1;
	}
	if ((things = json_array(v, "data"))) {
		/* the Pushshift API: {"data": [comment, ...]} */
		cJSON_ArrayForEach (c, things) {
			if (cJSON_IsObject(c)) {
				bare_object(rd, c);
			} else {
				rd->recno++;
				reject(rd, "not a Reddit comment or submission", NULL);
			}
		}
		return 1;
	}
	if (json_get(v, "subreddit") || json_get(v, "link_id") || json_get(v, "parent_id")) {
		bare_object(rd, v);
		return 1;
	}
	return 0;
}

static int blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* s[0..n) into out with each NUL, raw or escaped as \u0000, turned into \ufffd (cJSON keeps
 * C strings: a NUL would cut the message). Returns how many were replaced. */
static size_t clean_nul(const char *s, size_t n, struct strbuf *out)
{
	size_t i, found = 0;

	strbuf_reset(out);
	for (i = 0; i < n; i++) {
		if (!s[i]) {
			strbuf_addstr(out, "\\ufffd");
			found++;
		} else if (s[i] == '\\' && i + 6 <= n && !memcmp(s + i + 1, "u0000", 5)) {
			strbuf_addstr(out, "\\ufffd");
			i += 5;
			found++;
		} else if (s[i] == '\\' && i + 1 < n) {
			strbuf_add(out, s + i, 2);
			i++;
		} else {
			strbuf_addch(out, s[i]);
		}
	}
	return found;
}

/* One JSON object a line; a line that is not JSON is rejected and reading goes on. */
static void ndjson(struct rd *rd, const char *buf, size_t len)
{
	size_t at = 0;
	long line = 0;

	while (at < len) {
		const char *nl = memchr(buf + at, '\n', len - at);
		size_t end = nl ? (size_t)(nl - buf) : len, k = at;
		cJSON *v;
		line++;
		rd->line = line;
		while (k < end && blank(buf[k]))
			k++;
		if (k < end) {
			const char *vend = NULL, *ln = buf + at;
			size_t ll = end - at, nul = clean_nul(ln, ll, &rd->line_buf);
			if (nul) {
				ln = rd->line_buf.buf;
				ll = rd->line_buf.len;
				diag_warn(&(struct loc){.file = rd->b->file, .line = line, .col = 1},
				          "%zu NUL character%s (raw or \\u0000) replaced by U+FFFD", nul,
				          nul == 1 ? "" : "s");
			}
			v = cJSON_ParseWithLengthOpts(ln, ll, &vend, 0);
			for (k = vend ? (size_t)(vend - ln) : ll; v && k < ll && blank(ln[k]); k++)
				;
			if (v && k < ll) {
				rd->recno++;
				reject(rd, "text after the JSON object", NULL);
			} else if (cJSON_IsObject(v)) {
				bare_object(rd, v);
			} else {
				rd->recno++;
				reject(rd, v ? "line is not a JSON object" : "line is not JSON", NULL);
			}
			cJSON_Delete(v);
		}
		at = end + 1;
	}
	rd->line = 0;
}

static void cassette(struct rd *rd, const cJSON *interactions)
{
	struct cassette_run run = {0};
	const cJSON *it;

	cJSON_ArrayForEach (it, interactions) {
		struct cassette_body body;
		if (cassette_body(rd->b, it, &run, &body))
			continue;
		if (!root(rd, body.json))
			cassette_skip(&run, &body, "not a Reddit listing");
		cJSON_Delete(body.json);
	}
	cassette_report(rd->b, &run, "Reddit comments");
}

static int rd_detect(const char *head, size_t len)
{
	static const char *const uris[] = {"reddit.com/", NULL};
	size_t i = 0;

	while (i < len && blank(head[i]))
		i++;
	if (i == len || (head[i] != '{' && head[i] != '['))
		return 0;
	if (cassette_detect(head, len, uris))
		return 70;
	if (json_head_pair(head, len, "kind", "Listing") || json_head_pair(head, len, "kind", "t1") ||
	    json_head_pair(head, len, "kind", "t3") || json_head_pair(head, len, "kind", "more"))
		return 70;
	/* Pushshift / Arctic Shift: Reddit's field names without the wrappers */
	if (json_head_key(head, len, "subreddit") &&
	    (json_head_key(head, len, "link_id") || json_head_key(head, len, "num_comments")) &&
	    json_head_key(head, len, "created_utc"))
		return 65;
	return 0;
}

/* One JSON object a line: the first line holds a whole object and more lines follow. */
static int is_ndjson(const char *buf, size_t len, struct strbuf *tmp)
{
	size_t k = 0, nl, rest;
	const char *p;
	cJSON *v;
	int one;

	while (k < len && blank(buf[k]))
		k++;
	if (k == len || buf[k] != '{')
		return 0;
	p = memchr(buf + k, '\n', len - k);
	if (!p)
		return 0;
	nl = (size_t)(p - buf);
	for (rest = nl; rest < len && blank(buf[rest]); rest++)
		;
	if (rest == len)
		return 0;
	v = clean_nul(buf + k, nl - k, tmp) ? cJSON_ParseWithLengthOpts(tmp->buf, tmp->len, NULL, 0)
	                                    : cJSON_ParseWithLengthOpts(buf + k, nl - k, NULL, 0);
	one = cJSON_IsObject(v);
	cJSON_Delete(v);
	return one;
}

static int rd_parse(struct batch *b, const char *buf, size_t len, const struct input_opts *o)
{
	struct rd rd = {.b = b, .o = o};
	const cJSON *interactions;
	cJSON *v;
	int ret = 0;

	strbuf_init(&rd.text);
	strbuf_init(&rd.line_buf);
	if (is_ndjson(buf, len, &rd.line_buf)) {
		ndjson(&rd, buf, len);
	} else if (!(v = json_parse(b, buf, len))) {
		ret = -1; /* reported with its line:column */
	} else {
		if ((interactions = cassette_interactions(v)))
			cassette(&rd, interactions);
		else if (!root(&rd, v))
			ret = -1;
		cJSON_Delete(v);
		if (ret)
			diag_error(&(struct loc){.file = b->file, .line = 1, .col = 1},
			           "not a Reddit listing, morechildren response or comment");
	}
	count_stubs(&rd);
	if (rd.continue_stubs)
		b->comp.paging_next += rd.continue_stubs;
	b->read = rd.recno;
	strbuf_release(&rd.text);
	strbuf_release(&rd.line_buf);
	return ret;
}

const struct input_format in_reddit = {
    .name = "reddit",
    .summary = "Reddit JSON: /comments/<id>.json (post and nested comments), /api/morechildren, "
               "listings of comments, Pushshift/Arctic Shift NDJSON; JSON cassettes recording them",
    .detection = "JSON with \"kind\": \"Listing\"/\"t1\"/\"t3\"/\"more\"; objects with subreddit, link_id "
                 "and created_utc (dumps); a JSON cassette whose requests go to reddit.com",
    .detect = rd_detect,
    .parse = rd_parse,
};
