/* in_bluesky.c: Bluesky (AT Protocol) JSON: app.bsky.feed.getPostThread (a thread node with
 * its parent chain and nested replies), bare post views, getPosts and feeds, getRecord of a
 * post, chat.bsky.convo.getMessages (direct messages, made linear in time order), and JSON
 * cassettes recording those. Ids are at:// URIs, authors DIDs. Stubs for deleted or blocked
 * posts are counted, not kept; nothing here fetches what a depth limit cut. */
#include "in_cassette.h"
#include "in_json.h"
#include "input.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct bs {
	struct batch *b;
	const struct input_opts *o;
	long recno;
	long not_found, blocked; /* thread stubs met */
	long indexed;            /* posts timed by indexedAt (createdAt without offset) */
	long indexed_first;      /* record number of the first of them */
	int warned_convo;
};

/* "at://did:plc:abc/app.bsky.feed.post/xyz" -> "did:plc:abc" into buf (cap bytes). */
static const char *did_of_uri(const char *uri, char *buf, size_t cap)
{
	const char *p, *e;

	if (!uri || strncmp(uri, "at://", 5))
		return NULL;
	p = uri + 5;
	e = strchr(p, '/');
	if (!e)
		e = p + strlen(p);
	if (e == p || (size_t)(e - p) >= cap)
		return NULL;
	memcpy(buf, p, (size_t)(e - p));
	buf[e - p] = '\0';
	return buf;
}

/* One post: a PostView (uri, author, record, indexedAt) or a getRecord answer (uri, value).
 * When the record lacks its reply references, the nesting tells: up_parent and up_thread
 * are the post this one was found under (replies) or the thread of the post found under it
 * (parent chain); NULL when nothing encloses it. Returns the stored record, or NULL when it
 * was rejected; below (when not NULL) receives the uri and thread the posts nested in it hang
 * from, also when it was rejected for its own fields (its uri, or a stand-in when it has none),
 * so that its replies are read on as orphans in its thread. */
static const struct record *post(struct bs *bs, const cJSON *pv, const char *up_parent, const char *up_thread,
                                 const char **below)
{
	const cJSON *rec = json_object(pv, "record");
	const cJSON *author = json_object(pv, "author");
	const cJSON *reply, *created;
	struct record r = {0};
	char didbuf[256];
	enum time_status st;
	const char *bad = NULL, *detail = NULL;
	const struct record *d;

	bs->recno++;
	r.loc = (struct loc){.file = bs->b->file, .record = bs->recno};
	if (!rec)
		rec = json_object(pv, "value");
	r.platform = "bluesky";
	r.channel = CHANNEL_PUBLIC;
	r.id = json_str(pv, "uri");
	if (!r.id || !*r.id) {
		bad = "post without uri";
		r.id = batch_rejected_id(bs->b, &r.loc);
	}
	reply = json_object(rec, "reply");
	r.parent = json_str(json_object(reply, "parent"), "uri");
	r.thread = json_str(json_object(reply, "root"), "uri");
	if (!reply) {
		r.parent = up_parent;
		r.thread = up_thread;
	}
	if (!r.thread || !*r.thread)
		r.thread = r.parent && *r.parent ? r.parent : r.id;
	if (!r.parent && !strcmp(r.thread, r.id))
		r.flags |= REC_POST;
	if (author) {
		r.author_id = json_str(author, "did");
		r.author = json_str(author, "displayName");
		if (!r.author || !*r.author)
			r.author = json_str(author, "handle");
	} else {
		r.author_id = did_of_uri(r.id, didbuf, sizeof(didbuf)); /* a record's repo is its author */
	}
	r.text = json_str(rec, "text");
	/* createdAt is the client's clock and sometimes has no offset; indexedAt is the server's. */
	created = json_get(rec, "createdAt");
	st = cJSON_IsString(created) ? time_parse(created->valuestring, NULL, &r.created) : TIME_BAD;
	if (!bad && st != TIME_OK) {
		const cJSON *idx = json_get(pv, "indexedAt");
		enum time_status st2 = cJSON_IsString(idx) ? time_parse(idx->valuestring, NULL, &r.created) : TIME_BAD;
		if (st2 != TIME_OK) {
			bad = created ? "bad createdAt" : "no createdAt";
			detail = created ? time_status_text(st) : NULL;
		} else if (!bs->indexed++) {
			bs->indexed_first = bs->recno;
		}
	}
	if (bad) {
		batch_reject(bs->b, &r.loc, bad, detail);
		if (below) {
			below[0] = arena_strdup(&bs->b->arena, r.id);
			below[1] = arena_strdup(&bs->b->arena, r.thread);
		}
		return NULL;
	}
	d = batch_add(bs->b, &r);
	if (below) {
		below[0] = d->id;
		below[1] = d->thread;
	}
	return d;
}

static int type_is(const cJSON *o, const char *suffix)
{
	const char *t = json_str(o, "$type");
	size_t n = t ? strlen(t) : 0, k = strlen(suffix);

	return n >= k && !strcmp(t + n - k, suffix);
}

struct node {
	const cJSON *n;
	const char *up_parent; /* the post it was found under (a reply), or NULL */
	const char *up_thread; /* the thread of the post it was found under or above */
	int from_child;        /* reached as the parent of a post in the thread */
};

/* A thread node, its parent chain and its replies, with an explicit stack. Each post's
 * replyCount is compared with the replies the response holds (completeness). */
static void walk_thread(struct bs *bs, const cJSON *top)
{
	struct node *st = NULL;
	size_t n = 0, cap = 0;

	XGROW(st, cap, 1);
	st[n++] = (struct node){top, NULL, NULL, 0};
	while (n) {
		struct node cur = st[--n];
		const cJSON *pv = json_object(cur.n, "post");
		const cJSON *replies = json_array(cur.n, "replies");
		const cJSON *parent = json_object(cur.n, "parent");
		const char *uri, *thread, *below[2];
		const cJSON *rc, *c;
		long listed = cur.from_child, held = cur.from_child, declared, k;
		if (type_is(cur.n, "#notFoundPost") || json_true(cur.n, "notFound")) {
			bs->not_found++;
			continue;
		}
		if (type_is(cur.n, "#blockedPost") || json_true(cur.n, "blocked")) {
			bs->blocked++;
			continue;
		}
		if (!pv) {
			bs->recno++;
			batch_reject(bs->b, &(struct loc){.file = bs->b->file, .record = bs->recno},
			             "not a thread node", NULL);
			continue;
		}
		/* A post rejected for its own fields keeps the posts below it, in its thread. */
		post(bs, pv, cur.up_parent, cur.up_thread, below);
		uri = below[0];
		thread = below[1];
		cJSON_ArrayForEach (c, replies) {
			listed++;
			held += json_object(c, "post") != NULL;
		}
		rc = json_get(pv, "replyCount");
		declared =
		    cJSON_IsNumber(rc) && rc->valuedouble > 0 && rc->valuedouble < 1e9 ? (long)rc->valuedouble : 0;
		bs->b->comp.declared += declared > listed ? declared : listed;
		bs->b->comp.declared_held += held;
		/* Replies pushed last-first so they are read in document order, after the parents. */
		k = cJSON_GetArraySize(replies);
		XGROW(st, cap, n + (size_t)k + 1);
		while (k-- > 0)
			st[n++] = (struct node){cJSON_GetArrayItem(replies, (int)k), uri, thread, 0};
		if (parent)
			st[n++] = (struct node){parent, NULL, thread, 1};
	}
	free(st);
}

/* Direct messages: sorted by time, each answering the one before. */
struct msg {
	const cJSON *m;
	struct when at;
	const char *id, *rev;
	long recno;
};

static int cmp_msg(const void *x, const void *y)
{
	const struct msg *a = x, *b = y;
	int c;

	if (a->at.utc != b->at.utc)
		return a->at.utc < b->at.utc ? -1 : 1;
	if ((c = strcmp(a->rev ? a->rev : "", b->rev ? b->rev : "")))
		return c;
	if ((c = strcmp(a->id, b->id)))
		return c;
	return a->recno < b->recno ? -1 : a->recno > b->recno;
}

static const char *convo_from_file(struct bs *bs, char *buf, size_t cap)
{
	const char *base = strrchr(bs->b->file, '/');
	const char *dot;
	size_t n;

	base = base ? base + 1 : bs->b->file;
	dot = strrchr(base, '.');
	n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
	if (n >= cap)
		n = cap - 1;
	memcpy(buf, base, n);
	buf[n] = '\0';
	return buf;
}

static void messages(struct bs *bs, const cJSON *list, const char *convo)
{
	struct msg *ms = xmalloc(((size_t)cJSON_GetArraySize(list) + 1) * sizeof(*ms));
	size_t n = 0, i;
	const cJSON *m;
	char cbuf[128];
	const char *prev = NULL;

	if (!convo) {
		convo = convo_from_file(bs, cbuf, sizeof(cbuf));
		if (!bs->warned_convo) {
			bs->warned_convo = 1;
			diag_warn(&(struct loc){.file = bs->b->file},
			          "chat messages carry no conversation id: the file name '%s' is used (name each "
			          "conversation's files alike to merge them)",
			          convo);
		}
	}
	cJSON_ArrayForEach (m, list) {
		struct loc loc = {.file = bs->b->file, .record = ++bs->recno};
		const cJSON *sent = json_get(m, "sentAt");
		enum time_status st;
		struct msg *e = &ms[n];
		if (!cJSON_IsObject(m) || !(type_is(m, "#messageView") || type_is(m, "#deletedMessageView") ||
		                            (!json_get(m, "$type") && json_get(m, "sender")))) {
			batch_reject(bs->b, &loc, "not a chat message", NULL);
			continue;
		}
		e->m = m;
		e->recno = bs->recno;
		e->id = json_str(m, "id");
		e->rev = json_str(m, "rev");
		if (!e->id || !*e->id) {
			batch_reject(bs->b, &loc, "message without id", NULL);
			continue;
		}
		st = cJSON_IsString(sent) ? time_parse(sent->valuestring, bs->o->tz, &e->at) : TIME_BAD;
		if (st != TIME_OK) {
			batch_reject(bs->b, &loc, sent ? "bad sentAt" : "no sentAt",
			             sent ? time_status_text(st) : NULL);
			continue;
		}
		n++;
	}
	qsort(ms, n, sizeof(*ms), cmp_msg);
	for (i = 0; i < n; i++) {
		struct record r = {0};
		r.loc = (struct loc){.file = bs->b->file, .record = ms[i].recno};
		r.platform = "bluesky";
		r.channel = CHANNEL_PRIVATE;
		r.thread = convo;
		r.id = ms[i].id;
		r.parent = prev;
		r.author_id = json_str(json_object(ms[i].m, "sender"), "did");
		r.created = ms[i].at;
		if (!r.created.has_offset)
			r.flags |= REC_NO_OFFSET;
		if (type_is(ms[i].m, "#deletedMessageView"))
			r.flags |= REC_DELETED;
		else
			r.text = json_str(ms[i].m, "text");
		prev = batch_add(bs->b, &r)->id;
	}
	free(ms);
}

/* One response. convo: the conversation id when the request named it. Returns 0 when the
 * shape is none of Bluesky's. */
static int root(struct bs *bs, const cJSON *v, const char *convo)
{
	const cJSON *a, *it;

	if (json_object(v, "thread")) {
		walk_thread(bs, json_object(v, "thread"));
	} else if ((a = json_array(v, "messages"))) {
		const char *id = json_str(v, "convoId");
		messages(bs, a, id && *id ? id : convo);
	} else if ((a = json_array(v, "posts")) || (a = json_array(v, "feed"))) {
		cJSON_ArrayForEach (it, a) {
			const cJSON *pv = json_object(it, "post"); /* a feed item wraps its post */
			if (pv || json_get(it, "uri") || json_get(it, "record")) {
				post(bs, pv ? pv : it, NULL, NULL, NULL);
			} else {
				bs->recno++;
				batch_reject(bs->b, &(struct loc){.file = bs->b->file, .record = bs->recno},
				             "not a post view", NULL);
			}
		}
	} else if (json_get(v, "uri") && (json_object(v, "record") || json_object(v, "value"))) {
		post(bs, v, NULL, NULL, NULL);
	} else {
		return 0;
	}
	/* A cursor points at the next (older) page, which this response does not hold. */
	if (json_str(v, "cursor") && *json_str(v, "cursor"))
		bs->b->comp.paging_next++;
	return 1;
}

/* convoId=... of a request URI, into buf. */
static const char *convo_of_uri(const char *uri, char *buf, size_t cap)
{
	const char *p = strstr(uri, "convoId=");
	size_t n = 0;

	if (!p)
		return NULL;
	for (p += 8; *p && *p != '&' && *p != '#' && n + 1 < cap; p++)
		buf[n++] = *p;
	buf[n] = '\0';
	return n ? buf : NULL;
}

static void cassette(struct bs *bs, const cJSON *interactions)
{
	struct cassette_run run = {0};
	const cJSON *it;

	cJSON_ArrayForEach (it, interactions) {
		struct cassette_body body;
		char cbuf[128];
		if (cassette_body(bs->b, it, &run, &body))
			continue;
		if (!root(bs, body.json, convo_of_uri(body.uri, cbuf, sizeof(cbuf))))
			cassette_skip(&run, &body, "not posts or messages");
		cJSON_Delete(body.json);
	}
	cassette_report(bs->b, &run, "Bluesky posts or messages");
}

static int bs_detect(const char *head, size_t len)
{
	static const char *const uris[] = {"/xrpc/app.bsky.feed.", "/xrpc/chat.bsky.convo.",
	                                   "/xrpc/com.atproto.repo.getRecord", NULL};
	size_t i = 0;

	while (i < len && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
		i++;
	if (i == len || head[i] != '{')
		return 0;
	if (cassette_detect(head, len, uris))
		return 70;
	if (json_head_pair(head, len, "$type", "app.bsky.feed.defs#threadViewPost") ||
	    json_head_pair(head, len, "$type", "app.bsky.feed.defs#notFoundPost") ||
	    json_head_pair(head, len, "$type", "app.bsky.feed.defs#blockedPost") ||
	    json_head_pair(head, len, "$type", "chat.bsky.convo.defs#messageView") ||
	    json_head_pair(head, len, "$type", "chat.bsky.convo.defs#deletedMessageView") ||
	    json_head_pair(head, len, "$type", "app.bsky.feed.post"))
		return 75;
	if (json_head_key(head, len, "messages") && json_head_key(head, len, "sentAt") &&
	    json_head_key(head, len, "sender"))
		return 60;
	return 0;
}

static int bs_parse(struct batch *b, const char *buf, size_t len, const struct input_opts *o)
{
	struct bs bs = {.b = b, .o = o};
	cJSON *v = json_parse(b, buf, len);
	const cJSON *interactions;
	int ret = 0;

	if (!v)
		return -1;
	if ((interactions = cassette_interactions(v))) {
		cassette(&bs, interactions);
	} else if (!root(&bs, v, NULL)) {
		diag_error(&(struct loc){.file = b->file, .line = 1, .col = 1},
		           "not a Bluesky thread, post, feed or message list");
		ret = -1;
	}
	if (bs.not_found)
		diag_warn(&(struct loc){.file = b->file},
		          "thread holds %ld deleted or missing post%s: not kept, counted as missing", bs.not_found,
		          bs.not_found == 1 ? "" : "s");
	if (bs.blocked)
		diag_warn(&(struct loc){.file = b->file},
		          "thread holds %ld blocked post%s: not kept, counted as missing", bs.blocked,
		          bs.blocked == 1 ? "" : "s");
	if (bs.indexed)
		diag_warn(
		    &(struct loc){.file = b->file, .record = bs.indexed_first},
		    "%ld post%s with createdAt missing its UTC offset or unreadable: indexedAt (server time) used",
		    bs.indexed, bs.indexed == 1 ? "" : "s");
	b->read = bs.recno;
	cJSON_Delete(v);
	return ret;
}

const struct input_format in_bluesky = {
    .name = "bluesky",
    .summary = "Bluesky JSON: getPostThread, post views, getPosts and feeds, getRecord of a post, "
               "chat getMessages (direct messages); JSON cassettes recording them",
    .detection = "JSON with \"$type\" app.bsky.feed.defs#threadViewPost (or #notFoundPost, #blockedPost), "
                 "app.bsky.feed.post or chat.bsky.convo.defs#messageView",
    .detect = bs_detect,
    .parse = bs_parse,
};
