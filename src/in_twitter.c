/* in_twitter.c: Twitter/X API v2 tweets: saved response pages ({data, includes, meta}) and
 * twarc2 JSON lines, raw (a page a line) or flattened (a tweet a line). Thread: conversation_id;
 * parent: the replied_to reference. Replied-to tweets the API expands are read too, once (often
 * the root post, which names the official account). Retweets are rejected; a quote tweet that
 * replies to nothing opens its own conversation, like any tweet. */
#include "in_json.h"
#include "in_twcommon.h"
#include "input.h"
#include "strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A replied-to tweet from the expansions, kept until the end of the file: a later line may
 * hold the same tweet as a result of its own. */
struct pending {
	struct record r; /* strings in tv2.arena */
	long reply_count;
	int derived; /* no conversation_id: thread to derive */
};

struct tv2 {
	struct batch *b;
	const struct input_opts *o;
	struct arena arena;     /* users, pending expansions */
	struct strmap users;    /* author id -> "@username" (or name) */
	struct strmap read_ids; /* ids of the tweets read as results (keys in the batch arena) */
	struct strmap pend_ids; /* ids of the pending expansions */
	struct pending *pend;
	size_t n_pend, cap_pend;
	const char **lost; /* rejected tweets' id and replied-to id, pairs (in arena) */
	size_t n_lost, cap_lost;
	long *reply_count;      /* per batch record: public_metrics.reply_count, -1 when absent */
	unsigned char *derived; /* per batch record: thread to derive from reply links */
	size_t cap_rc, cap_der;
	long recno;    /* message objects met */
	long line;     /* JSON lines: the line being read; 0 for one document */
	int next_page; /* the last page read had meta.next_token */
	int warned_no_conv, warned_no_author;
};

struct idbufs {
	char id[32], author[32], conv[32], parent[32], name[128];
};

static struct loc here(const struct tv2 *v)
{
	if (v->line)
		return (struct loc){.file = v->b->file, .line = v->line, .col = 1};
	return (struct loc){.file = v->b->file, .record = v->recno};
}

#define RETWEET "retweet, not a reply"

static void reject(struct tv2 *v, const char *reason, const char *detail)
{
	struct loc loc = here(v);

	batch_reject(v->b, &loc, reason, detail);
}

static void add_users(struct tv2 *v, const cJSON *users)
{
	const cJSON *u;

	cJSON_ArrayForEach (u, users) {
		char ib[32], nb[128];
		const char *id = json_id(u, "id", ib), *name = json_str(u, "username");
		int created;
		void **slot;
		if (!id || (!name && !json_str(u, "name")))
			continue;
		if (name)
			snprintf(nb, sizeof(nb), "@%.100s", name);
		else
			snprintf(nb, sizeof(nb), "%.120s", json_str(u, "name"));
		slot = strmap_put(&v->users, arena_strdup(&v->arena, id), &created);
		if (created)
			*slot = arena_strdup(&v->arena, nb);
	}
}

/* The replied_to id of t (NULL when it replies to nothing); *retweet set for a retweet. */
static const char *replied_to(const cJSON *t, char *buf, int *retweet)
{
	const cJSON *ref;
	const char *parent = NULL;

	*retweet = 0;
	cJSON_ArrayForEach (ref, json_array(t, "referenced_tweets")) {
		const char *type = json_str(ref, "type");
		if (!type)
			continue;
		if (!strcmp(type, "retweeted"))
			*retweet = 1;
		else if (!strcmp(type, "replied_to") && !parent)
			parent = json_id(ref, "id", buf);
	}
	return parent;
}

/* Fill r from tweet t. Returns NULL, or the reason to reject it (detail in *detail). Strings
 * point into t, bufs, the users map or sb. */
static const char *tweet_record(struct tv2 *v, const cJSON *t, struct record *r, struct idbufs *bufs, struct strbuf *sb,
                                long *reply_count, int *derived, const char **detail)
{
	const cJSON *author = json_object(t, "author");
	const cJSON *ca, *rc, *note;
	const char *conv, *text;
	enum time_status st;
	int retweet;

	memset(r, 0, sizeof(*r));
	*detail = NULL;
	r->platform = "twitter";
	r->channel = CHANNEL_PUBLIC;
	r->id = json_id(t, "id", bufs->id);
	if (!r->id || !*r->id)
		return "tweet without id";
	r->parent = replied_to(t, bufs->parent, &retweet);
	if (retweet && !r->parent)
		return RETWEET;
	ca = json_get(t, "created_at");
	st = json_time(ca, v->o->tz, &r->created, &r->flags);
	if (st != TIME_OK) {
		*detail = ca ? time_status_text(st) : NULL;
		return ca ? "bad created_at" : "no created_at";
	}
	r->author_id = json_id(t, "author_id", bufs->author);
	if (!r->author_id)
		r->author_id = json_id(author, "id", bufs->author);
	if (json_str(author, "username")) {
		snprintf(bufs->name, sizeof(bufs->name), "@%.100s", json_str(author, "username"));
		r->author = bufs->name;
	} else if (json_str(author, "name")) {
		r->author = json_str(author, "name");
	} else if (r->author_id) {
		r->author = strmap_get(&v->users, r->author_id);
	}
	conv = json_id(t, "conversation_id", bufs->conv);
	*derived = !conv || !*conv;
	r->thread = *derived ? r->id : conv;
	if (!*derived && !strcmp(conv, r->id))
		r->flags |= REC_POST;
	/* Tweets over 280 characters come whole only in note_tweet. */
	note = json_object(t, "note_tweet");
	text = json_str(note, "text") ? json_str(note, "text") : json_str(t, "text");
	if (text)
		tw_unescape(text, sb);
	r->text = sb->buf;
	if (cJSON_GetArraySize(json_array(t, "edit_history_tweet_ids")) > 1)
		r->flags |= REC_EDITED;
	rc = json_get(json_object(t, "public_metrics"), "reply_count");
	*reply_count =
	    cJSON_IsNumber(rc) && rc->valuedouble >= 0 && rc->valuedouble < 1e12 ? (long)rc->valuedouble : -1;
	return NULL;
}

static void warn_gaps(struct tv2 *v, const struct record *r, int derived)
{
	struct loc loc = r->loc;

	if (derived && !v->warned_no_conv) {
		v->warned_no_conv = 1;
		diag_warn(&loc, "tweets without conversation_id (request made without tweet.fields=conversation_id): "
		                "threads follow the reply links inside this file");
	}
	if (!r->author_id && !r->author && !v->warned_no_author) {
		v->warned_no_author = 1;
		diag_warn(&loc, "tweets without author_id (request made without tweet.fields=author_id): authors "
		                "unknown, so the official account's replies cannot be told from citizens'");
	}
}

/* A tweet of the results: added or rejected. */
static void take_tweet(struct tv2 *v, const cJSON *t)
{
	struct record r;
	struct idbufs bufs;
	struct strbuf sb;
	const char *reason, *detail;
	const struct record *d;
	long rc;
	int derived;

	v->recno++;
	if (!cJSON_IsObject(t)) {
		reject(v, "not a tweet object", NULL);
		return;
	}
	strbuf_init(&sb);
	reason = tweet_record(v, t, &r, &bufs, &sb, &rc, &derived, &detail);
	if (reason) {
		if (!strcmp(reason, RETWEET)) {
			batch_skip(v->b, RETWEET); /* not a message to answer: counted, not an error */
		} else {
			reject(v, reason, detail);
			/* Its reply link still leads the tweets below it to their conversation. */
			if (r.id && *r.id) {
				XGROW(v->lost, v->cap_lost, v->n_lost + 2);
				v->lost[v->n_lost++] = arena_strdup(&v->arena, r.id);
				v->lost[v->n_lost++] = arena_strdup(&v->arena, r.parent);
			}
		}
		strbuf_release(&sb);
		return;
	}
	r.loc = here(v);
	warn_gaps(v, &r, derived);
	d = batch_add(v->b, &r);
	strbuf_release(&sb);
	*strmap_put(&v->read_ids, d->id, NULL) = (void *)1;
	XGROW(v->reply_count, v->cap_rc, v->b->n);
	XGROW(v->derived, v->cap_der, v->b->n);
	v->reply_count[v->b->n - 1] = rc;
	v->derived[v->b->n - 1] = (unsigned char)derived;
}

/* Keep an expanded replied-to tweet for the end of the file, once. One that cannot make a
 * record (no time, say) is only a reference, not a message of the export. */
static void stash(struct tv2 *v, const cJSON *t)
{
	struct pending p;
	struct idbufs bufs;
	struct strbuf sb;
	const char *detail;
	char ib[32];
	const char *id = json_id(t, "id", ib);
	struct arena *a = &v->arena;

	if (!id || strmap_get(&v->pend_ids, id) || strmap_get(&v->read_ids, id))
		return;
	strbuf_init(&sb);
	if (tweet_record(v, t, &p.r, &bufs, &sb, &p.reply_count, &p.derived, &detail)) {
		strbuf_release(&sb);
		return;
	}
	p.r.thread = arena_strdup(a, p.r.thread);
	p.r.id = arena_strdup(a, p.r.id);
	p.r.parent = arena_strdup(a, p.r.parent);
	p.r.author_id = arena_strdup(a, p.r.author_id);
	p.r.author = arena_strdup(a, p.r.author);
	p.r.text = arena_strdup(a, p.r.text);
	p.r.loc = here(v);
	strbuf_release(&sb);
	*strmap_put(&v->pend_ids, p.r.id, NULL) = (void *)1;
	XGROW(v->pend, v->cap_pend, v->n_pend + 1);
	v->pend[v->n_pend++] = p;
}

static int is_page(const cJSON *o)
{
	return !json_get(o, "id") &&
	       (json_get(o, "data") || json_get(o, "includes") || json_get(o, "meta") || json_get(o, "errors"));
}

static void take_page(struct tv2 *v, const cJSON *page)
{
	const cJSON *data = json_get(page, "data");
	const cJSON *inc = json_object(page, "includes");
	const cJSON *t, *list = cJSON_IsArray(data) ? data : NULL;
	struct strmap wanted;
	struct arena tmp;

	add_users(v, json_array(inc, "users"));
	if (cJSON_IsObject(data)) {
		take_tweet(v, data); /* a single tweet lookup: data is the tweet */
	} else if (cJSON_IsArray(data)) {
		cJSON_ArrayForEach (t, data)
			take_tweet(v, t);
	} else if (data && !cJSON_IsNull(data)) {
		v->recno++;
		reject(v, "'data' is neither a tweet nor a list of tweets", NULL);
	}
	/* Of the expansions, only the tweets the results reply to belong to the conversation. */
	strmap_init(&wanted);
	arena_init(&tmp);
	cJSON_ArrayForEach (t, list) {
		char pb[32];
		int rt;
		const char *p = replied_to(t, pb, &rt);
		if (p)
			*strmap_put(&wanted, arena_strdup(&tmp, p), NULL) = (void *)1;
	}
	if (cJSON_IsObject(data)) {
		char pb[32];
		int rt;
		const char *p = replied_to(data, pb, &rt);
		if (p)
			*strmap_put(&wanted, arena_strdup(&tmp, p), NULL) = (void *)1;
	}
	list = json_array(inc, "tweets");
	cJSON_ArrayForEach (t, list) {
		char ib[32];
		const char *id = json_id(t, "id", ib);
		if (id && strmap_get(&wanted, id))
			stash(v, t);
	}
	strmap_release(&wanted);
	arena_release(&tmp);
	v->next_page = json_str(json_object(page, "meta"), "next_token") != NULL;
}

/* A flattened twarc2 line or a bare tweet. */
static void take_flat(struct tv2 *v, const cJSON *t)
{
	const cJSON *ref;

	take_tweet(v, t);
	cJSON_ArrayForEach (ref, json_array(t, "referenced_tweets")) {
		const char *type = json_str(ref, "type");
		if (type && !strcmp(type, "replied_to") && json_get(ref, "created_at"))
			stash(v, ref);
	}
}

static int is_tweet(const cJSON *o)
{
	return json_get(o, "id") || json_get(o, "text") || json_get(o, "author_id") || json_get(o, "created_at") ||
	       json_get(o, "conversation_id");
}

static void take_value(struct tv2 *v, const cJSON *val)
{
	const cJSON *el;

	if (cJSON_IsObject(val) && is_page(val)) {
		take_page(v, val);
	} else if (cJSON_IsObject(val) && is_tweet(val)) {
		take_flat(v, val);
	} else if (cJSON_IsArray(val)) {
		/* An array of pages or of tweets; one level only. */
		cJSON_ArrayForEach (el, val) {
			if (cJSON_IsObject(el) && is_page(el))
				take_page(v, el);
			else
				take_flat(v, el);
		}
	} else {
		v->recno++;
		reject(v, "not a tweet or an API response page", NULL);
	}
}

/* Threads from reply links for tweets without conversation_id; declared reply counts. */
static void finish(struct tv2 *v, size_t first)
{
	struct batch *b = v->b;
	size_t n = b->n - first, n_lost = v->n_lost / 2, i;
	const char **ids = xmalloc((n + n_lost + 1) * sizeof(*ids));
	const char **parents = xmalloc((n + n_lost + 1) * sizeof(*parents));
	const char **roots = xmalloc((n + n_lost + 1) * sizeof(*roots));
	long *held = xcalloc(n ? n : 1, sizeof(*held));
	struct strmap by_id;

	strmap_init(&by_id);
	for (i = 0; i < n; i++) {
		int created;
		void **slot;
		ids[i] = b->recs[first + i].id;
		parents[i] = b->recs[first + i].parent;
		slot = strmap_put(&by_id, ids[i], &created);
		if (created)
			*slot = (void *)(i + 1);
	}
	/* Rejected tweets take part in the links (after the records, so a record wins its id). */
	for (i = 0; i < n_lost; i++) {
		ids[n + i] = v->lost[2 * i];
		parents[n + i] = v->lost[2 * i + 1];
	}
	if (tw_roots(n + n_lost, ids, parents, roots) && v->warned_no_conv)
		diag_warn(&(struct loc){.file = b->file},
		          "reply cycle among tweets without conversation_id: cut at the reply to its smallest id");
	for (i = 0; i < n; i++) {
		struct record *r = &b->recs[first + i];
		void *hit = r->parent ? strmap_get(&by_id, r->parent) : NULL;
		if (hit)
			held[(size_t)hit - 1]++;
		if (!v->derived[first + i])
			continue;
		r->thread = arena_strdup(&b->arena, roots[i]);
		if (!r->parent)
			r->flags |= REC_POST;
	}
	for (i = 0; i < n; i++) {
		long rc = v->reply_count[first + i];
		if (rc < 0)
			continue;
		b->comp.declared += rc;
		b->comp.declared_held += held[i] < rc ? held[i] : rc;
	}
	strmap_release(&by_id);
	free(ids);
	free(parents);
	free(roots);
	free(held);
}

static void emit_pending(struct tv2 *v)
{
	size_t i;

	for (i = 0; i < v->n_pend; i++) {
		struct pending *p = &v->pend[i];
		if (strmap_get(&v->read_ids, p->r.id))
			continue;
		v->recno++;
		if (!v->line)
			p->r.loc.record = v->recno;
		warn_gaps(v, &p->r, p->derived);
		batch_add(v->b, &p->r);
		XGROW(v->reply_count, v->cap_rc, v->b->n);
		XGROW(v->derived, v->cap_der, v->b->n);
		v->reply_count[v->b->n - 1] = p->reply_count;
		v->derived[v->b->n - 1] = (unsigned char)p->derived;
	}
}

/* Whether buf[start..end) ends, blanks aside, with a closing bracket: when it does not, a
 * syntax error is most likely a cut (cJSON reports the start of the value it could not end). */
static int ends_closed(const char *buf, size_t start, size_t end)
{
	while (end > start &&
	       (buf[end - 1] == ' ' || buf[end - 1] == '\t' || buf[end - 1] == '\r' || buf[end - 1] == '\n'))
		end--;
	return end > start && (buf[end - 1] == '}' || buf[end - 1] == ']');
}

/* JSON lines: each non-blank line one value; a broken line is rejected and reading goes on. */
static void read_lines(struct tv2 *v, const char *buf, size_t len, cJSON *first)
{
	size_t off = 0;
	long line = 0;

	while (off < len) {
		const char *nl = memchr(buf + off, '\n', len - off);
		size_t end = nl ? (size_t)(nl - buf) : len, stop, k;
		cJSON *val;

		line++;
		for (k = off; k < end && (buf[k] == ' ' || buf[k] == '\t' || buf[k] == '\r'); k++)
			;
		if (k < end) {
			v->line = line;
			if (first) {
				val = first; /* already parsed to tell JSON lines from a document */
				stop = end;
				first = NULL;
			} else {
				val = json_parse_span(buf, k, end, &stop);
			}
			if (!val || stop < end) {
				struct loc loc = {.file = v->b->file, .line = line};
				char detail[64];
				long l;
				input_offset_loc(buf + off, end - off, stop - off, &l, &loc.col);
				if (val)
					snprintf(detail, sizeof(detail), "text after the value: '%.12s'", buf + stop);
				else if (!ends_closed(buf, k, end))
					snprintf(detail, sizeof(detail), "the line ends too early (truncated?)");
				else
					snprintf(detail, sizeof(detail), "near '%.12s'", buf + stop);
				v->recno++;
				batch_reject(v->b, &loc, "JSON syntax error", detail);
			} else {
				take_value(v, val);
			}
			cJSON_Delete(val);
		}
		off = nl ? end + 1 : len;
	}
}

/* JSON lines when the first non-blank line holds one whole value, or looks like one
 * ('{' ... '}' on one line) and another line starting with '{' follows (a broken first
 * line must not make the whole file unreadable); else one document. */
static int is_json_lines(const char *buf, size_t len, size_t start, cJSON **first)
{
	const char *nl = memchr(buf + start, '\n', len - start);
	size_t end = nl ? (size_t)(nl - buf) : len, stop, e = end, k;
	cJSON *val = json_parse_span(buf, start, end, &stop);

	*first = NULL;
	if (val && stop >= end) {
		*first = val;
		return 1;
	}
	cJSON_Delete(val);
	if (!nl || buf[start] != '{')
		return 0;
	while (e > start && (buf[e - 1] == ' ' || buf[e - 1] == '\t' || buf[e - 1] == '\r'))
		e--;
	if (e <= start + 1 || buf[e - 1] != '}')
		return 0;
	for (k = end + 1; k < len && (buf[k] == ' ' || buf[k] == '\t' || buf[k] == '\r' || buf[k] == '\n'); k++)
		;
	return k < len && buf[k] == '{';
}

static int tv2_detect(const char *head, size_t len)
{
	size_t i = 0;

	while (i < len && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
		i++;
	if (i == len || (head[i] != '{' && head[i] != '['))
		return 0;
	if (strstr(head, "\"__twarc\""))
		return 70;
	if (strstr(head, "\"author_id\"") &&
	    (strstr(head, "\"conversation_id\"") || strstr(head, "\"referenced_tweets\"") ||
	     strstr(head, "\"edit_history_tweet_ids\"")))
		return 70;
	if (strstr(head, "\"edit_history_tweet_ids\"") ||
	    (strstr(head, "\"conversation_id\"") && strstr(head, "\"text\"")))
		return 45;
	return 0;
}

static int tv2_parse(struct batch *b, const char *buf, size_t len, const struct input_opts *o)
{
	struct tv2 v = {.b = b, .o = o};
	size_t start = 0, first = b->n;
	cJSON *first_line;
	int ret = 0;

	while (start < len && (buf[start] == ' ' || buf[start] == '\n' || buf[start] == '\r' || buf[start] == '\t'))
		start++;
	if (start == len) {
		diag_error(&(struct loc){.file = b->file}, "no JSON in the file");
		return -1;
	}
	arena_init(&v.arena);
	strmap_init(&v.users);
	strmap_init(&v.read_ids);
	strmap_init(&v.pend_ids);
	if (is_json_lines(buf, len, start, &first_line)) {
		read_lines(&v, buf, len, first_line);
	} else {
		cJSON *root = json_parse(b, buf, len);
		if (root)
			take_value(&v, root);
		else
			ret = -1;
		cJSON_Delete(root);
	}
	emit_pending(&v);
	finish(&v, first);
	/* A page's next_token is followed by the next line; only the last page's was not. */
	b->comp.paging_next += v.next_page;
	b->read = v.recno;
	arena_release(&v.arena);
	strmap_release(&v.users);
	strmap_release(&v.read_ids);
	strmap_release(&v.pend_ids);
	free(v.pend);
	free(v.lost);
	free(v.reply_count);
	free(v.derived);
	return ret;
}

const struct input_format in_twitter = {
    .name = "twitter-v2",
    .summary = "Twitter/X API v2 tweets: response pages {data, includes, meta}, and twarc2 JSON lines "
               "(raw pages or flattened tweets); thread = conversation_id",
    .detection = "JSON or JSON lines with \"__twarc\", or \"author_id\" with \"conversation_id\", "
                 "\"referenced_tweets\" or \"edit_history_tweet_ids\"",
    .detect = tv2_detect,
    .parse = tv2_parse,
};
