/* in_fbgraph.c: Facebook Graph API JSON in every shape people save: a post with its nested
 * comments edge, a flat comments listing (filter=stream, replies carry parent{id}), a page
 * feed with embedded comments, a single comment node. Ids missing since API v11 are
 * recovered from permalink_url. It does not decide who is official; it only passes on the
 * page id that Facebook ids imply. */
#include "in_json.h"
#include "input.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum listing { LIST_UNKNOWN, LIST_COMMENTS, LIST_FEED };

struct fb {
	struct batch *b;
	const struct input_opts *o;
	long recno; /* message objects met, in document order */
	int warned_no_from, warned_no_id;
	unsigned warned_type; /* one bit per field already reported with a wrong type */
};

static const char *const typed_fields[] = {"message", "from", "parent", "comments", "created_time", "id"};

/* Say once per file when a field the adapter reads has a type it cannot use (so it is
 * ignored rather than silently lost). want: cJSON type bits that are fine. */
static void check_type(struct fb *fb, const cJSON *o, int field, int want, const struct loc *loc)
{
	const cJSON *v = json_get(o, typed_fields[field]);

	if (!v || (v->type & want) || cJSON_IsNull(v) || (fb->warned_type & (1u << field)))
		return;
	fb->warned_type |= 1u << field;
	diag_warn(loc, "field '%s' has an unexpected type and is ignored (first of this file)", typed_fields[field]);
}

/* The query parameter key in url, copied into out (digits and '_' only). */
static int url_param(const char *url, const char *key, char *out, size_t cap)
{
	size_t kl = strlen(key);
	const char *p = strchr(url, '?');

	while (p) {
		p++;
		if (!strncmp(p, key, kl) && p[kl] == '=') {
			size_t n = 0;
			p += kl + 1;
			while (n + 1 < cap && ((*p >= '0' && *p <= '9') || *p == '_'))
				out[n++] = *p++;
			out[n] = '\0';
			return n > 0;
		}
		p = strchr(p, '&');
	}
	return 0;
}

/* From "https://www.facebook.com/PAGE/posts/POST/?comment_id=C&reply_comment_id=R" or
 * "permalink.php?story_fbid=POST&id=PAGE&comment_id=C": page, post, comment, reply. */
static void parse_permalink(const char *url, char *page, char *post, char *comment, char *reply)
{
	const char *p;

	page[0] = post[0] = comment[0] = reply[0] = '\0';
	if ((p = strstr(url, "facebook.com/"))) {
		size_t n = 0;
		p += strlen("facebook.com/");
		while (n < 31 && *p >= '0' && *p <= '9')
			page[n++] = *p++;
		page[n] = '\0';
		if (*p != '/')
			page[0] = '\0';
	}
	if ((p = strstr(url, "/posts/"))) {
		size_t n = 0;
		p += strlen("/posts/");
		while (n < 31 && *p >= '0' && *p <= '9')
			post[n++] = *p++;
		post[n] = '\0';
	}
	if (!post[0])
		url_param(url, "story_fbid", post, 32);
	if (!page[0])
		url_param(url, "id", page, 32);
	url_param(url, "comment_id", comment, 32);
	url_param(url, "reply_comment_id", reply, 32);
}

/* The object id and edge of a Graph URL: ".../v11.0/ID/comments?..." -> ID, "comments". */
static int url_object(const char *url, char *id, size_t cap, char *edge, size_t ecap)
{
	const char *p = strstr(url, "graph.facebook.com/");
	const char *q, *e;
	size_t n;

	if (!p)
		return 0;
	p += strlen("graph.facebook.com/");
	if (*p == 'v' && (q = strchr(p, '/')))
		p = q + 1;
	for (q = p; *q && *q != '/' && *q != '?'; q++)
		;
	n = (size_t)(q - p);
	if (!n || n >= cap || *q != '/')
		return 0;
	memcpy(id, p, n);
	id[n] = '\0';
	for (e = q + 1; *e && *e != '/' && *e != '?'; e++)
		;
	n = (size_t)(e - q - 1);
	if (n >= ecap)
		n = ecap - 1;
	memcpy(edge, q + 1, n);
	edge[n] = '\0';
	return 1;
}

static const char *id_prefix(const char *id, char *buf)
{
	const char *u = strchr(id, '_');
	size_t n = u ? (size_t)(u - id) : 0;

	if (!u || n >= 32)
		return NULL;
	memcpy(buf, id, n);
	buf[n] = '\0';
	return buf;
}

static int is_comment_node(const cJSON *o)
{
	static const char *const comment_keys[] = {
	    "like_count", "comment_count",       "can_remove", "user_likes", "parent",
	    "is_hidden",  "can_reply_privately", "can_hide",   "is_private", "private_reply_conversation",
	    NULL};
	static const char *const post_keys[] = {"type",         "status_type",  "story",       "shares", "full_picture",
	                                        "updated_time", "is_published", "attachments", NULL};
	const char *link = json_str(o, "permalink_url");
	int i;

	if (link && strstr(link, "comment_id="))
		return 1;
	for (i = 0; comment_keys[i]; i++)
		if (json_get(o, comment_keys[i]))
			return 1;
	for (i = 0; post_keys[i]; i++)
		if (json_get(o, post_keys[i]))
			return 0;
	return -1;
}

static void count_edge(struct fb *fb, const cJSON *edge, long declared)
{
	const cJSON *data = json_array(edge, "data");
	const cJSON *paging = json_object(edge, "paging");
	const cJSON *summary = json_object(edge, "summary");
	const cJSON *total = json_get(summary, "total_count");

	if (cJSON_IsNumber(total))
		declared = (long)total->valuedouble;
	if (declared >= 0 && data) {
		fb->b->comp.declared += declared;
		fb->b->comp.declared_held += cJSON_GetArraySize(data);
	}
	if (json_str(paging, "next"))
		fb->b->comp.paging_next++;
}

/* What a message object left for the objects nested in it, whether it was accepted or not:
 * its id (a stand-in when it had none) and its thread (NULL when unknown), in the batch arena. */
struct emitted {
	const char *id, *thread;
};

/* One message object into a record. thread/parent/page may be NULL. Returns 0, or -1 when the
 * object was rejected (reported); out is filled either way, so that its replies are still
 * read, as orphans, when it was rejected for its own fields. */
static int emit(struct fb *fb, const cJSON *o, const char *thread, const char *parent, const char *page,
                unsigned extra_flags, struct emitted *out)
{
	struct record r = {0};
	char idbuf[32], fidbuf[32], pagebuf[32], postbuf[32], cbuf[32], rbuf[32], built[72], thbuf[72], pfx[32];
	const char *id = json_id(o, "id", idbuf);
	const char *link = json_str(o, "permalink_url");
	const cJSON *from = json_object(o, "from");
	const cJSON *par = json_object(o, "parent");
	const cJSON *ct = json_get(o, "created_time");
	enum time_status st;
	struct record *d;

	fb->recno++;
	r.loc.file = fb->b->file;
	r.loc.record = fb->recno;
	check_type(fb, o, 0, cJSON_String, &r.loc);
	check_type(fb, o, 1, cJSON_Object, &r.loc);
	check_type(fb, o, 2, cJSON_Object, &r.loc);
	check_type(fb, o, 3, cJSON_Object, &r.loc);
	check_type(fb, o, 5, cJSON_String | cJSON_Number, &r.loc);
	r.platform = "facebook";
	r.channel = CHANNEL_PUBLIC;
	r.flags = extra_flags;
	if (link) {
		parse_permalink(link, pagebuf, postbuf, cbuf, rbuf);
		if (!page && pagebuf[0])
			page = pagebuf;
		if (!id && postbuf[0] && cbuf[0]) {
			/* Rebuild Facebook's own "POST_COMMENT" form so another export with ids merges. */
			snprintf(built, sizeof(built), "%s_%s", postbuf, rbuf[0] ? rbuf : cbuf);
			id = built;
			if (rbuf[0] && !parent) {
				snprintf(thbuf, sizeof(thbuf), "%s_%s", postbuf, cbuf);
				parent = arena_strdup(&fb->b->arena, thbuf);
			}
		}
		if (!thread && postbuf[0]) {
			if (page)
				snprintf(thbuf, sizeof(thbuf), "%s_%s", page, postbuf);
			else
				snprintf(thbuf, sizeof(thbuf), "%s", postbuf);
			thread = arena_strdup(&fb->b->arena, thbuf);
		}
		if (id == built && !fb->warned_no_id) {
			fb->warned_no_id = 1;
			diag_warn(&r.loc, "comments have no 'id': ids and reply links recovered from permalink_url");
		}
	}
	if (!id) {
		batch_reject(fb->b, &r.loc, "no id and no permalink_url", NULL);
		out->id = batch_rejected_id(fb->b, &r.loc);
		out->thread = thread ? arena_strdup(&fb->b->arena, thread) : NULL;
		return -1;
	}
	if (par) {
		const char *pid = json_id(par, "id", cbuf);
		if (pid)
			parent = pid;
	}
	if (!thread) {
		/* A comment id is "POST_COMMENT": the post suffix names the thread. */
		const char *p = (r.flags & REC_POST) ? NULL : id_prefix(id, pfx);
		if (p && page)
			snprintf(thbuf, sizeof(thbuf), "%s_%s", page, p);
		else
			snprintf(thbuf, sizeof(thbuf), "%s", p ? p : id);
		thread = thbuf;
	}
	st = json_time(ct, fb->o->tz, &r.created, &r.flags);
	if (st != TIME_OK) {
		/* Only this message is lost: what it holds is read on, under its id. */
		batch_reject(fb->b, &r.loc, ct ? "bad created_time" : "no created_time",
		             ct ? time_status_text(st) : NULL);
		out->id = arena_strdup(&fb->b->arena, id);
		out->thread = arena_strdup(&fb->b->arena, thread);
		return -1;
	}
	r.id = id;
	r.thread = thread;
	r.parent = parent;
	r.page = page;
	if (from) {
		r.author_id = json_id(from, "id", fidbuf);
		r.author = json_str(from, "name");
		if (json_get(from, "category") || json_get(from, "category_list"))
			r.flags |= REC_PAGE_AUTHOR;
	} else {
		r.flags |= REC_AUTHOR_UNKNOWN;
		if (!fb->warned_no_from) {
			fb->warned_no_from = 1;
			diag_warn(&r.loc, "messages have no 'from': authors unknown (export made without page "
			                  "moderation rights), so the page's replies cannot be told from citizens'");
		}
	}
	r.text = json_str(o, "message");
	if (!r.text && (r.flags & REC_POST))
		r.text = json_str(o, "story");
	if (json_true(o, "is_hidden"))
		r.flags |= REC_HIDDEN;
	d = batch_add(fb->b, &r);
	out->id = d->id;
	out->thread = d->thread;
	return 0;
}

/* Walks a comments edge and every nested comments edge below it in document order (so that
 * "record N" is the N-th message object of the file), without recursion. */
struct pending {
	const cJSON *item;  /* next comment object of the list */
	const char *parent; /* id the list's comments hang from (NULL: top level) */
	const char *thread;
};

static void walk_comments(struct fb *fb, const cJSON *list, const char *parent, const char *thread, const char *page)
{
	struct pending *st = NULL;
	size_t n = 0, cap = 0;

	if (!list)
		return;
	XGROW(st, cap, 1);
	st[n++] = (struct pending){list->child, parent, thread};
	while (n) {
		struct pending *cur = &st[n - 1];
		const cJSON *c = cur->item, *edge;
		struct emitted e;

		if (!c) {
			n--;
			continue;
		}
		cur->item = c->next;
		if (!cJSON_IsObject(c)) {
			fb->recno++;
			batch_reject(fb->b, &(struct loc){.file = fb->b->file, .record = fb->recno},
			             "not a comment object", NULL);
			continue;
		}
		/* A comment rejected for its own fields keeps its replies: they hang from its id
		 * (orphans, counted), in the thread it belonged to. */
		emit(fb, c, cur->thread, cur->parent, page, 0, &e);
		edge = json_object(c, "comments");
		if (edge) {
			const cJSON *cc = json_get(c, "comment_count");
			count_edge(fb, edge, cJSON_IsNumber(cc) ? (long)cc->valuedouble : -1);
		}
		if (edge && json_array(edge, "data")) {
			XGROW(st, cap, n + 1);
			st[n++] = (struct pending){json_array(edge, "data")->child, e.id, e.thread};
		}
	}
	free(st);
}

/* Whether a post object is a message (then it needs a time) rather than only the holder of a
 * comments edge (fields=comments): anything a message has besides its id says so. */
static int is_post_message(const cJSON *post)
{
	static const char *const keys[] = {"created_time", "message", "story", "from", NULL};
	int i;

	for (i = 0; keys[i]; i++)
		if (json_get(post, keys[i]))
			return 1;
	return 0;
}

static void do_post(struct fb *fb, const cJSON *post, const char *page_hint)
{
	char idbuf[32], pfx[32];
	const char *id = json_id(post, "id", idbuf);
	const char *page = page_hint;
	const cJSON *edge = json_object(post, "comments");
	const char *thread;

	if (id && !page)
		page = id_prefix(id, pfx);
	if (!id) {
		fb->recno++;
		batch_reject(fb->b, &(struct loc){.file = fb->b->file, .record = fb->recno}, "post without id", NULL);
		/* Its comments name their post in their own ids ("POST_COMMENT"). */
		if (edge) {
			count_edge(fb, edge, -1);
			walk_comments(fb, json_array(edge, "data"), NULL, NULL, page);
		}
		return;
	}
	if (is_post_message(post)) {
		struct emitted e;
		/* Rejected or not, the post's comments stay in its thread. */
		emit(fb, post, id, NULL, page, REC_POST, &e);
		thread = e.thread;
	} else {
		thread = arena_strdup(&fb->b->arena, id);
	}
	if (edge) {
		count_edge(fb, edge, -1);
		walk_comments(fb, json_array(edge, "data"), id, thread, page);
	}
}

static enum listing listing_kind(const cJSON *root, char *obj, size_t cap)
{
	const cJSON *paging = json_object(root, "paging");
	const char *urls[2];
	char edge[32];
	int i;

	urls[0] = json_str(paging, "next");
	urls[1] = json_str(paging, "previous");
	for (i = 0; i < 2; i++) {
		if (!urls[i] || !url_object(urls[i], obj, cap, edge, sizeof(edge)))
			continue;
		if (!strcmp(edge, "comments") || !strcmp(edge, "replies"))
			return LIST_COMMENTS;
		if (!strcmp(edge, "feed") || !strcmp(edge, "posts") || !strcmp(edge, "published_posts") ||
		    !strcmp(edge, "visitor_posts") || !strcmp(edge, "tagged"))
			return LIST_FEED;
	}
	obj[0] = '\0';
	return LIST_UNKNOWN;
}

static void do_listing(struct fb *fb, const cJSON *root, const cJSON *data)
{
	char obj[64], pfx[32], ipfx[32], page[32], thread[72];
	enum listing kind = listing_kind(root, obj, sizeof(obj));
	const char *parent = NULL, *thr = NULL, *pg = NULL;
	const cJSON *it;
	int comments = 0, posts = 0;

	if (kind == LIST_UNKNOWN) {
		cJSON_ArrayForEach (it, data) {
			int c = is_comment_node(it);
			comments += c == 1;
			posts += c == 0;
		}
		kind = posts > comments ? LIST_FEED : LIST_COMMENTS;
	}
	count_edge(fb, root, -1);
	if (kind == LIST_FEED) {
		pg = obj[0] ? obj : NULL;
		cJSON_ArrayForEach (it, data) {
			if (!cJSON_IsObject(it)) {
				fb->recno++;
				batch_reject(fb->b, &(struct loc){.file = fb->b->file, .record = fb->recno},
				             "not a post object", NULL);
				continue;
			}
			do_post(fb, it, pg);
		}
		return;
	}
	/* Comments of OBJ: OBJ is "PAGE_POST" for a post, "POST_COMMENT" for a comment's replies.
	 * Tell them apart by the items' own "POST_" prefix. */
	if (obj[0] && id_prefix(obj, pfx)) {
		const char *suffix = strchr(obj, '_') + 1;
		const cJSON *first = cJSON_GetArrayItem(data, 0);
		char ib[32];
		const char *iid = first ? json_id(first, "id", ib) : NULL;
		const char *ip = iid ? id_prefix(iid, ipfx) : NULL;
		if (ip && !strcmp(ip, pfx)) {
			/* replies of comment OBJ; its post suffix is pfx, page unknown */
			parent = obj;
			thr = pfx;
		} else {
			snprintf(page, sizeof(page), "%s", pfx);
			pg = page;
			snprintf(thread, sizeof(thread), "%s_%s", pfx, suffix);
			thr = thread;
		}
	}
	walk_comments(fb, data, parent, thr, pg);
}

static int fb_detect(const char *head, size_t len)
{
	size_t i = 0;

	while (i < len && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
		i++;
	if (i == len || (head[i] != '{' && head[i] != '['))
		return 0;
	/* Graph API objects carry created_time; Graph ids and URLs are the strongest sign. */
	if (strstr(head, "\"created_time\""))
		return strstr(head, "graph.facebook.com") || strstr(head, "facebook.com/") || strstr(head, "\"from\"")
		           ? 60
		           : 40;
	return 0;
}

static int fb_parse(struct batch *b, const char *buf, size_t len, const struct input_opts *o)
{
	struct fb fb = {.b = b, .o = o};
	cJSON *root = json_parse(b, buf, len);
	const cJSON *data;

	if (!root)
		return -1;
	if (cJSON_IsArray(root)) {
		do_listing(&fb, root, root);
	} else if ((data = json_array(root, "data"))) {
		do_listing(&fb, root, data);
	} else if (cJSON_IsObject(root)) {
		if (is_comment_node(root) == 1)
			walk_comments(&fb, &(cJSON){.child = root, .type = cJSON_Array}, NULL, NULL, NULL);
		else
			do_post(&fb, root, NULL);
	} else {
		diag_error(&(struct loc){.file = b->file, .line = 1, .col = 1},
		           "not a Facebook Graph API object or listing");
		cJSON_Delete(root);
		return -1;
	}
	b->read = fb.recno;
	cJSON_Delete(root);
	return 0;
}

const struct input_format in_fbgraph = {
    .name = "facebook-graph",
    .summary = "Facebook Graph API JSON: post with nested comments, comments listing (filter=stream or "
               "toplevel), page feed, single comment; pages of one post in several files",
    .detection = "JSON with \"created_time\" (Graph URLs, permalinks or \"from\" raise confidence)",
    .detect = fb_detect,
    .parse = fb_parse,
};
