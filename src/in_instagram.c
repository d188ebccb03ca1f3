/* in_instagram.c: Instagram Graph API comments: a media's /comments listing with nested
 * replies{data}, a comment's /replies listing, a single comment or media node, multi-id
 * (?ids=) responses and /{ig-user}/media listings with comments edges. The business account
 * is recognised only where the API reveals it (user{id}, media owner{id}); it guesses nothing
 * from names or text. */
#include "in_json.h"
#include "in_meta.h"
#include "input.h"
#include "strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ig {
	struct batch *b;
	const struct input_opts *o;
	long recno;              /* message objects met, in document order */
	struct arena scratch;    /* thread names built here live until the parse ends */
	struct strmap off_ids;   /* ids of the business account (user{id}, owner{id}) */
	struct strmap off_names; /* its usernames */
	const char *page;        /* the first of those ids: the account the file belongs to */
	int warned_no_author, warned_no_media;
	unsigned warned_type; /* one bit per field already reported with a wrong type */
};

/* A list of nodes being walked: top-level comments, media, or the replies of one comment. */
struct frame {
	const cJSON *item;  /* next node of the list */
	const cJSON *end;   /* where the list stops (NULL: its end; a sibling: one node) */
	const char *thread; /* thread of every item (replies), or NULL: decide per item */
	const char *media;  /* media the list belongs to, when known */
	const char *parent; /* parent of items without parent_id (replies), or NULL */
};

static int is_media(const cJSON *o)
{
	static const char *const keys[] = {
	    "media_type",         "media_url",     "caption",   "permalink", "comments_count",
	    "media_product_type", "thumbnail_url", "shortcode", "comments",  NULL};
	int i;

	if (json_get(o, "text"))
		return 0;
	for (i = 0; keys[i]; i++)
		if (json_get(o, keys[i]))
			return 1;
	return 0;
}

static void note_official(struct ig *ig, const char *id, const char *name)
{
	int created;

	/* the maps keep their key pointers: copies in the scratch arena, values non-NULL */
	if (id && *id && !strmap_get(&ig->off_ids, id)) {
		char *k = arena_strdup(&ig->scratch, id);
		*strmap_put(&ig->off_ids, k, &created) = k;
		if (!ig->page)
			ig->page = k;
	}
	if (name && *name && !strmap_get(&ig->off_names, name)) {
		char *k = arena_strdup(&ig->scratch, name);
		*strmap_put(&ig->off_names, k, &created) = k;
	}
}

/* First pass over the whole document: the Graph API returns user{id} on a comment only when
 * the app's own (business) account wrote it, and media nodes name their owner. */
static void find_official(struct ig *ig, const cJSON *root)
{
	const cJSON **st = NULL;
	size_t n = 0, cap = 0;

	XGROW(st, cap, 1);
	st[n++] = root;
	while (n) {
		const cJSON *o = st[--n], *c;
		if (cJSON_IsObject(o)) {
			char ib[32], fb[32];
			const cJSON *user = json_object(o, "user"), *owner = json_object(o, "owner");
			const cJSON *from = json_object(o, "from");
			const char *name = json_str(o, "username");
			if (!name)
				name = json_str(from, "username");
			if (user && json_id(user, "id", ib) && !is_media(o)) {
				note_official(ig, json_id(user, "id", ib), name);
				note_official(ig, json_id(from, "id", fb), NULL);
			}
			if (owner && json_id(owner, "id", ib) && is_media(o))
				note_official(ig, json_id(owner, "id", ib), name);
		}
		if (cJSON_IsObject(o) || cJSON_IsArray(o)) {
			cJSON_ArrayForEach (c, o) {
				if (!cJSON_IsObject(c) && !cJSON_IsArray(c))
					continue;
				XGROW(st, cap, n + 1);
				st[n++] = c;
			}
		}
	}
	free(st);
}

static const char *media_of(const cJSON *o, char *buf)
{
	return json_id(json_object(o, "media"), "id", buf);
}

/* "comment-ID": the thread of a comment whose media is unknown. Not the bare id: the core
 * would take a parent equal to the thread id for "top level". */
static const char *comment_thread(struct ig *ig, const char *id, const struct loc *loc)
{
	size_t n = strlen(id) + sizeof("comment-");
	char *s = arena_alloc(&ig->scratch, n);

	snprintf(s, n, "comment-%s", id);
	if (!ig->warned_no_media) {
		ig->warned_no_media = 1;
		diag_warn(loc, "the media id is not in this export: comments are grouped by top-level comment "
		               "('comment-ID'); request fields=media{id} to group them by post");
	}
	return s;
}

static void check_types(struct ig *ig, const cJSON *o, const struct loc *loc)
{
	static const struct {
		const char *key;
		int want;
	} fields[] = {{"id", cJSON_String | cJSON_Number},
	              {"text", cJSON_String},
	              {"timestamp", cJSON_String | cJSON_Number},
	              {"username", cJSON_String},
	              {"from", cJSON_Object},
	              {"user", cJSON_Object},
	              {"media", cJSON_Object},
	              {"parent_id", cJSON_String | cJSON_Number},
	              {"replies", cJSON_Object}};
	size_t i;

	for (i = 0; i < sizeof(fields) / sizeof(*fields); i++)
		meta_check_type(o, fields[i].key, NULL, fields[i].want, &ig->warned_type, 1u << i, loc);
	meta_check_type(json_object(o, "replies"), "data", "replies.data", cJSON_Array, &ig->warned_type, 1u << i, loc);
}

static void reject(struct ig *ig, const char *reason, const char *detail)
{
	ig->recno++;
	batch_reject(ig->b, &(struct loc){.file = ig->b->file, .record = ig->recno}, reason, detail);
}

/* One comment into a record, or a rejection. Returns the thread of its replies (arena or
 * cJSON string) and sets *id_out to its id, also when it was rejected for its own fields (a
 * stand-in when it had no id): its replies are read on, as orphans, in the thread it was in.
 * NULL only for a rejected comment without replies. */
static const char *emit_comment(struct ig *ig, const cJSON *o, const struct frame *f, const char **id_out)
{
	struct record r = {0};
	char idb[32], mb[32], pb[32], fb[32], ub[32];
	const cJSON *from = json_object(o, "from"), *user = json_object(o, "user"), *ts;
	const char *id = json_id(o, "id", idb), *thread = f->thread, *parent;
	enum time_status st;
	const char *bad = NULL, *detail = NULL;

	ig->recno++;
	r.loc.file = ig->b->file;
	r.loc.record = ig->recno;
	check_types(ig, o, &r.loc);
	ts = json_get(o, "timestamp");
	if (!id && json_get(o, "id")) {
		bad = "bad id";
		detail = "not a string (or a number too large to be exact)";
	} else if (!id) {
		bad = "comment without id";
	} else if ((st = json_time(ts, ig->o->tz, &r.created, &r.flags)) != TIME_OK) {
		bad = ts ? "bad timestamp" : "no timestamp";
		detail = ts ? time_status_text(st) : NULL;
	}
	if (bad) {
		batch_reject(ig->b, &r.loc, bad, detail);
		if (!json_array(json_object(o, "replies"), "data"))
			return NULL; /* nothing hangs from it */
		id = id ? arena_strdup(&ig->scratch, id) : batch_rejected_id(ig->b, &r.loc);
	}
	parent = json_id(o, "parent_id", pb);
	if (!parent)
		parent = f->parent;
	if (!thread) {
		const char *m = media_of(o, mb);
		const cJSON *rep;
		if (!m)
			m = f->media;
		/* a reply may know the media its top-level comment does not show */
		cJSON_ArrayForEach (rep, json_array(json_object(o, "replies"), "data")) {
			if (!m)
				m = media_of(rep, mb);
		}
		if (m)
			thread = m;
		else
			thread = comment_thread(ig, parent ? parent : id, &r.loc);
	}
	if (bad) {
		*id_out = id;
		return arena_strdup(&ig->scratch, thread);
	}
	r.platform = "instagram";
	r.channel = CHANNEL_PUBLIC;
	r.id = id;
	r.thread = thread;
	r.parent = parent;
	r.page = ig->page;
	r.author = json_str(o, "username");
	if (!r.author)
		r.author = json_str(from, "username");
	r.author_id = json_id(from, "id", fb);
	if (!r.author_id)
		r.author_id = json_id(user, "id", ub);
	r.text = json_str(o, "text");
	if (json_true(o, "hidden"))
		r.flags |= REC_HIDDEN;
	if ((user && json_get(user, "id")) || (r.author_id && strmap_get(&ig->off_ids, r.author_id)) ||
	    (r.author && strmap_get(&ig->off_names, r.author)))
		r.flags |= REC_OFFICIAL;
	if (!r.author && !r.author_id && !ig->warned_no_author) {
		ig->warned_no_author = 1;
		diag_warn(&r.loc, "comments without 'username' or 'from': authors unknown (the replies edge gives "
		                  "id,text,timestamp unless asked for replies{id,text,timestamp,username,from})");
	}
	*id_out = batch_add(ig->b, &r)->id;
	return ig->b->recs[ig->b->n - 1].thread;
}

/* A media node: the post (when it has a timestamp) and the list of its comments. */
static const cJSON *do_media(struct ig *ig, const cJSON *o, struct frame *child)
{
	struct record r = {0};
	char idb[32], ob[32];
	const char *id = json_id(o, "id", idb);
	const cJSON *edge = json_object(o, "comments"), *data = json_array(edge, "data"), *cc, *c;

	if (!id) {
		/* Its comments are read on, together in a thread named after its place, unless their
		 * own media{id} names it. */
		reject(ig, "media without id", NULL);
		if (!data)
			return NULL;
		*child = (struct frame){.item = data->child};
		child->media = batch_rejected_id(ig->b, &(struct loc){.file = ig->b->file, .record = ig->recno});
		return data;
	}
	if (edge && json_str(json_object(edge, "paging"), "next"))
		ig->b->comp.paging_next++;
	cc = json_get(o, "comments_count");
	if (cJSON_IsNumber(cc) && cc->valuedouble >= 0 && cc->valuedouble < 1e15 && data) {
		long held = 0;
		cJSON_ArrayForEach (c, data) {
			held += 1 + cJSON_GetArraySize(json_array(json_object(c, "replies"), "data"));
		}
		ig->b->comp.declared += (long)cc->valuedouble;
		ig->b->comp.declared_held += held;
	}
	if (!json_get(o, "timestamp") && json_get(o, "caption")) {
		/* the post's own text without its time: a message that cannot be placed */
		reject(ig, "no timestamp", NULL);
	} else if (json_get(o, "timestamp")) {
		enum time_status st;
		ig->recno++;
		r.loc.file = ig->b->file;
		r.loc.record = ig->recno;
		r.platform = "instagram";
		r.channel = CHANNEL_PUBLIC;
		r.id = id;
		r.thread = id;
		r.page = ig->page;
		r.author = json_str(o, "username");
		r.author_id = json_id(json_object(o, "owner"), "id", ob);
		r.text = json_str(o, "caption");
		r.flags = REC_POST;
		st = json_time(json_get(o, "timestamp"), ig->o->tz, &r.created, &r.flags);
		if (st != TIME_OK) {
			batch_reject(ig->b, &r.loc, "bad timestamp", time_status_text(st));
		} else {
			if ((r.author_id && strmap_get(&ig->off_ids, r.author_id)) ||
			    (r.author && strmap_get(&ig->off_names, r.author)))
				r.flags |= REC_OFFICIAL;
			batch_add(ig->b, &r);
		}
	}
	if (!data)
		return NULL;
	*child = (struct frame){.item = data->child, .thread = NULL, .media = NULL, .parent = NULL};
	/* the media id outlives the walk only as a copy */
	child->media = arena_strdup(&ig->scratch, id);
	return data;
}

/* Walks a list of nodes (media or comments) and everything below it, in document order,
 * with an explicit stack. */
static void walk(struct ig *ig, const struct frame *start)
{
	struct frame *st = NULL;
	size_t n = 0, cap = 0;

	XGROW(st, cap, 1);
	st[n++] = *start;
	while (n) {
		struct frame *f = &st[n - 1], child;
		const cJSON *o = f->item;
		const cJSON *replies;
		const char *id = NULL, *thread;

		if (!o || o == f->end) {
			n--;
			continue;
		}
		f->item = o->next;
		if (!cJSON_IsObject(o)) {
			reject(ig, "not a comment object", NULL);
			continue;
		}
		if (!f->thread && is_media(o)) {
			if (do_media(ig, o, &child)) {
				XGROW(st, cap, n + 1);
				st[n++] = child;
			}
			continue;
		}
		thread = emit_comment(ig, o, f, &id);
		replies = json_object(o, "replies");
		if (replies && json_str(json_object(replies, "paging"), "next"))
			ig->b->comp.paging_next++;
		if (thread && json_array(replies, "data")) {
			child =
			    (struct frame){.item = json_array(replies, "data")->child, .thread = thread, .parent = id};
			XGROW(st, cap, n + 1);
			st[n++] = child;
		}
	}
	free(st);
}

/* A listing {data, paging}: what its paging URLs say it lists, else what its items show. */
static void do_listing(struct ig *ig, const cJSON *root, const cJSON *data, const char *key)
{
	const cJSON *paging = json_object(root, "paging"), *it;
	const char *urls[2];
	char obj[64], edge[32], mb[32], pb[32];
	struct frame f = {.item = data->child};
	int i, found = 0;

	urls[0] = json_str(paging, "next");
	urls[1] = json_str(paging, "previous");
	if (urls[0])
		ig->b->comp.paging_next++;
	for (i = 0; i < 2 && !found; i++)
		found = urls[i] && meta_graph_url(urls[i], obj, sizeof(obj), edge, sizeof(edge)) && edge[0];
	if (!found && key && strlen(key) < sizeof(obj)) {
		/* a member of a multi-id response: replies when the items say so, else comments */
		snprintf(obj, sizeof(obj), "%s", key);
		snprintf(edge, sizeof(edge), "comments");
		cJSON_ArrayForEach (it, data) {
			const char *p = json_id(it, "parent_id", pb);
			if (p && !strcmp(p, key))
				snprintf(edge, sizeof(edge), "replies");
		}
		found = 1;
	}
	if (found && !strcmp(edge, "media"))
		note_official(ig, obj, NULL); /* /{ig-user-id}/media: the account's own posts */
	if (found && !strcmp(edge, "comments"))
		f.media = arena_strdup(&ig->scratch, obj);
	else if (found && !strcmp(edge, "replies"))
		f.parent = arena_strdup(&ig->scratch, obj);
	if (!f.media) {
		/* the comments of one media: one item naming it names it for all */
		cJSON_ArrayForEach (it, data) {
			const char *m = is_media(it) ? NULL : media_of(it, mb);
			if (m) {
				f.media = arena_strdup(&ig->scratch, m);
				break;
			}
		}
	}
	walk(ig, &f);
}

static int has_object_member(const cJSON *o)
{
	const cJSON *m;

	if (!cJSON_IsObject(o))
		return 0;
	for (m = o->child; m; m = m->next)
		if (cJSON_IsObject(m))
			return 1;
	return 0;
}

static int ig_detect(const char *head, size_t len)
{
	int cursor = 0;
	const char *v;

	if (!meta_json_start(head, len))
		return 0;
	/* "timestamp" as an ISO string ("2020-02-24T09:15:16+0000"): Graph API comments and media.
	 * Other exports with a "timestamp" use epoch numbers (yt-dlp, Meta DYI). */
	while ((v = json_head_next_value(head, len, "timestamp", &cursor))) {
		size_t left = len - (size_t)(v - head);
		if (left >= 12 && v[0] == '"' && v[1] >= '0' && v[1] <= '9' && v[5] == '-' && v[8] == '-' &&
		    v[11] == 'T') {
			if (!meta_has(head, len, "\"text\"") && !meta_has(head, len, "\"caption\""))
				return 0;
			if (meta_has(head, len, "\"username\"") || meta_has(head, len, "\"media\"") ||
			    meta_has(head, len, "graph.instagram.com") || meta_has(head, len, "\"like_count\""))
				return 65;
			return 55;
		}
	}
	return 0;
}

static int ig_parse(struct batch *b, const char *buf, size_t len, const struct input_opts *o)
{
	struct ig ig = {.b = b, .o = o};
	cJSON *root = json_parse(b, buf, len);
	const cJSON *data, *m;
	int ret = 0;

	if (!root)
		return -1;
	arena_init(&ig.scratch);
	strmap_init(&ig.off_ids);
	strmap_init(&ig.off_names);
	find_official(&ig, root);
	if (cJSON_IsArray(root)) {
		do_listing(&ig, root, root, NULL);
	} else if ((data = json_array(root, "data"))) {
		do_listing(&ig, root, data, NULL);
	} else if (cJSON_IsObject(root) && json_get(root, "id")) {
		walk(&ig, &(struct frame){.item = root, .end = root->next});
	} else if (has_object_member(root)) {
		/* multi-id response: {"ID": node or listing, ...} */
		cJSON_ArrayForEach (m, root) {
			if (!cJSON_IsObject(m)) {
				reject(&ig, "not a comment object", m->string);
				continue;
			}
			if ((data = json_array(m, "data")))
				do_listing(&ig, m, data, m->string);
			else
				walk(&ig, &(struct frame){.item = m, .end = m->next});
		}
	} else {
		diag_error(&(struct loc){.file = b->file, .line = 1, .col = 1},
		           "not an Instagram Graph API comment, media or listing");
		ret = -1;
	}
	b->read = ig.recno;
	cJSON_Delete(root);
	strmap_release(&ig.off_ids);
	strmap_release(&ig.off_names);
	arena_release(&ig.scratch);
	return ret;
}

const struct input_format in_instagram = {
    .name = "instagram-graph",
    .summary = "Instagram Graph API JSON: a media's comments with nested replies, a comment's replies, "
               "single comment or media nodes, multi-id (?ids=) responses, media listings with comments",
    .detection = "JSON with a \"timestamp\" ISO string and \"text\" or \"caption\" (\"username\", \"media\" "
                 "or \"like_count\" raise confidence)",
    .detect = ig_detect,
    .parse = ig_parse,
};
