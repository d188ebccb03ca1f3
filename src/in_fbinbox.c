/* in_fbinbox.c: a Facebook Page's (or its Instagram account's) inbox from the Graph API:
 * /{page-id}/conversations listings with messages{...}, single conversations, message
 * listings and single messages. Each conversation becomes one private thread whose messages
 * are chained in time order; the page is found from the listing URL, the conversation links,
 * or the participant every conversation shares. It reads no webhook logs. */
#include "in_json.h"
#include "in_meta.h"
#include "input.h"
#include "strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One conversation as the file holds it. */
struct conv {
	const cJSON *obj;   /* the conversation node, or NULL for bare messages */
	const cJSON *first; /* first message node */
	const cJSON *end;   /* where the messages stop (NULL: end of their array) */
	const char *thread; /* conversation id from a URL when obj gives none */
};

struct fbi {
	struct batch *b;
	const struct input_opts *o;
	long recno;
	struct arena scratch;
	struct conv *convs;
	size_t n_convs, cap_convs;
	const char *page; /* the page's id (or its Instagram account's), NULL when unknown */
	const char *platform;
	int warned_no_msgs, warned_no_thread;
	unsigned warned_type; /* one bit per field already reported with a wrong type */
};

struct item {
	struct record r;
	long idx; /* position in the file's (newest-first) list */
};

static int is_conversation(const cJSON *o)
{
	static const char *const keys[] = {"participants",      "messages", "senders",      "message_count",
	                                   "updated_time",      "snippet",  "unread_count", "can_reply",
	                                   "scoped_thread_key", NULL};
	const char *id = json_str(o, "id");
	int i;

	if (id && !strncmp(id, "t_", 2))
		return 1;
	for (i = 0; keys[i]; i++)
		if (json_get(o, keys[i]))
			return 1;
	return 0;
}

static void add_conv(struct fbi *f, const cJSON *obj, const cJSON *first, const cJSON *end, const char *thread)
{
	XGROW(f->convs, f->cap_convs, f->n_convs + 1);
	f->convs[f->n_convs++] = (struct conv){obj, first, end, thread};
}

static const cJSON *conv_messages(const cJSON *c)
{
	return json_array(json_object(c, "messages"), "data");
}

/* Every account id a conversation shows: participants, senders, and each message's from/to. */
static void conv_ids(const struct conv *c, void (*fn)(const char *id, void *ctx), void *ctx)
{
	static const char *const lists[] = {"participants", "senders", NULL};
	const cJSON *m, *p;
	char b[32];
	int i;

	for (i = 0; lists[i]; i++)
		cJSON_ArrayForEach (p, json_array(json_object(c->obj, lists[i]), "data")) {
			const char *id = json_id(p, "id", b);
			if (id)
				fn(id, ctx);
		}
	for (m = c->obj ? (conv_messages(c->obj) ? conv_messages(c->obj)->child : NULL) : c->first; m && m != c->end;
	     m = m->next) {
		const char *id = json_id(json_object(m, "from"), "id", b);
		if (id)
			fn(id, ctx);
		cJSON_ArrayForEach (p, json_array(json_object(m, "to"), "data")) {
			if ((id = json_id(p, "id", b)))
				fn(id, ctx);
		}
	}
}

struct id_count {
	long convs; /* conversations showing the id */
	long last;  /* the last conversation counted, so each counts once */
};

struct count_ctx {
	struct fbi *f;
	struct strmap *m;
	long conv;
	long with_ids; /* conversations that showed at least one id */
	long last_conv_seen;
};

static void count_id(const char *id, void *ctx)
{
	struct count_ctx *c = ctx;
	struct id_count *n = strmap_get(c->m, id);

	if (!n) {
		int created;
		/* the map keeps the key pointer: give it a copy that outlives the caller's buffer */
		n = arena_alloc(&c->f->scratch, sizeof(*n));
		n->last = -1;
		*strmap_put(c->m, arena_strdup(&c->f->scratch, id), &created) = n;
	}
	if (n->last != c->conv) {
		n->last = c->conv;
		n->convs++;
	}
	c->last_conv_seen = c->conv;
}

/* Which id is the page: the participant all conversations share (two or more), else the id
 * the listing URL or a conversation link names when it takes part, else a sender whose 'from'
 * carries a page category. */
static void find_page(struct fbi *f, const cJSON *root, const struct loc *loc)
{
	struct strmap ids;
	struct count_ctx cc = {f, &ids, 0, 0, -1};
	char obj[64], edge[32], val[32];
	const char *cand = NULL, *url, *common = NULL;
	size_t i;
	int n_common = 0, instagram = 0, any_username = 0, any_email = 0;

	strmap_init(&ids);
	for (i = 0; i < 2; i++) {
		url = json_str(json_object(root, "paging"), i ? "previous" : "next");
		if (!url)
			continue;
		if (meta_url_param(url, "platform", val, sizeof(val)) && !strcmp(val, "instagram"))
			instagram = 1;
		if (!cand && meta_graph_url(url, obj, sizeof(obj), edge, sizeof(edge)) &&
		    !strcmp(edge, "conversations"))
			cand = arena_strdup(&f->scratch, obj);
	}
	for (i = 0; i < f->n_convs; i++) {
		const char *link = json_str(f->convs[i].obj, "link");
		/* "/PAGE_ID/inbox/..." */
		if (!cand && link && link[0] == '/') {
			size_t n = strcspn(link + 1, "/");
			if (n && n < sizeof(obj) && !strncmp(link + 1 + n, "/inbox", 6)) {
				memcpy(obj, link + 1, n);
				obj[n] = '\0';
				cand = arena_strdup(&f->scratch, obj);
			}
		}
		cc.conv = (long)i;
		cc.last_conv_seen = -1;
		conv_ids(&f->convs[i], count_id, &cc);
		cc.with_ids += cc.last_conv_seen == (long)i;
	}
	for (i = 0; i < ids.cap; i++) {
		const struct id_count *n = ids.slots[i].value;
		if (ids.slots[i].key && cc.with_ids >= 2 && n->convs == cc.with_ids) {
			n_common++;
			common = ids.slots[i].key;
		}
	}
	if (n_common == 1)
		f->page = arena_strdup(&f->scratch, common);
	else if (cand && (!ids.len || strmap_get(&ids, cand)))
		f->page = cand;
	/* Instagram participants are {username, id}; Facebook ones {name, email, id}. */
	for (i = 0; i < f->n_convs; i++) {
		const cJSON *m, *p;
		cJSON_ArrayForEach (p, json_array(json_object(f->convs[i].obj, "participants"), "data")) {
			any_username |= json_get(p, "username") != NULL;
			any_email |= json_get(p, "email") != NULL;
		}
		for (m = f->convs[i].obj
		             ? (conv_messages(f->convs[i].obj) ? conv_messages(f->convs[i].obj)->child : NULL)
		             : f->convs[i].first;
		     m && m != f->convs[i].end; m = m->next) {
			const cJSON *from = json_object(m, "from");
			any_username |= json_get(from, "username") != NULL;
			any_email |= json_get(from, "email") != NULL;
			if (!f->page && (json_get(from, "category") || json_get(from, "category_list")) &&
			    json_id(from, "id", val))
				f->page = arena_strdup(&f->scratch, json_id(from, "id", val));
		}
	}
	f->platform = instagram || (any_username && !any_email) ? "instagram" : "facebook";
	if (!f->page && f->n_convs)
		diag_warn(loc,
		          "the page's id cannot be told from this file (%s): its replies count as citizens' "
		          "unless named with --official",
		          cc.with_ids < 2 ? "one conversation and no listing URL naming the page"
		                          : "no participant common to every conversation");
	strmap_release(&ids);
}

static int cmp_item(const void *x, const void *y)
{
	const struct item *a = x, *b = y;

	if (a->r.created.utc != b->r.created.utc)
		return a->r.created.utc < b->r.created.utc ? -1 : 1;
	/* the same second: the list order decides (newest first, so the later index is older) */
	return a->idx > b->idx ? -1 : a->idx < b->idx;
}

static int cmp_item_asc(const void *x, const void *y)
{
	const struct item *a = x, *b = y;

	if (a->r.created.utc != b->r.created.utc)
		return a->r.created.utc < b->r.created.utc ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The thread of messages whose conversation id is unknown: their participants' ids, sorted. */
static const char *participants_thread(struct fbi *f, const struct conv *c)
{
	struct strmap ids;
	struct count_ctx cc = {f, &ids, 0, 0, -1};
	const char **v = NULL;
	size_t n = 0, cap = 0, i;
	struct strbuf sb;
	const char *s;

	strmap_init(&ids);
	conv_ids(c, count_id, &cc);
	for (i = 0; i < ids.cap; i++)
		if (ids.slots[i].key) {
			XGROW(v, cap, n + 1);
			v[n++] = ids.slots[i].key;
		}
	if (n > 1)
		qsort(v, n, sizeof(*v), cmp_str);
	strbuf_init(&sb);
	for (i = 0; i < n; i++) {
		if (i)
			strbuf_addch(&sb, '+');
		strbuf_addstr(&sb, v[i]);
	}
	s = sb.len ? arena_strdup(&f->scratch, sb.buf) : NULL;
	strbuf_release(&sb);
	free(v);
	strmap_release(&ids);
	return s;
}

static void do_conv(struct fbi *f, const struct conv *c)
{
	struct item *items = NULL;
	size_t n = 0, cap = 0, i, first;
	const cJSON *msgs = conv_messages(c->obj), *m, *cnt = json_get(c->obj, "message_count");
	const char *thread = json_str(c->obj, "id");
	long idx = 0, up = 0, down = 0;
	char buf[32];
	struct loc loc = {.file = f->b->file, .record = f->recno + 1};

	if (c->obj && !cJSON_IsObject(c->obj)) {
		f->recno++;
		batch_reject(f->b, &loc, "not a conversation object", NULL);
		return;
	}
	meta_check_type(c->obj, "messages", NULL, cJSON_Object, &f->warned_type, 1u << 0, &loc);
	meta_check_type(json_object(c->obj, "messages"), "data", "messages.data", cJSON_Array, &f->warned_type, 1u << 1,
	                &loc);
	meta_check_type(c->obj, "participants", NULL, cJSON_Object, &f->warned_type, 1u << 2, &loc);
	meta_check_type(c->obj, "id", NULL, cJSON_String, &f->warned_type, 1u << 3, &loc);
	meta_check_type(c->obj, "message_count", NULL, cJSON_Number, &f->warned_type, 1u << 4, &loc);
	if (c->obj && !msgs) {
		if (!f->warned_no_msgs) {
			f->warned_no_msgs = 1;
			diag_warn(
			    &loc,
			    "conversation '%s' has no messages: request fields=messages{message,from,to,created_time}",
			    thread ? thread : "?");
		}
	}
	if (cJSON_IsNumber(cnt) && cnt->valuedouble >= 0 && cnt->valuedouble < 1e15) {
		f->b->comp.declared += (long)cnt->valuedouble;
		f->b->comp.declared_held += msgs ? cJSON_GetArraySize(msgs) : 0;
	}
	if (json_str(json_object(json_object(c->obj, "messages"), "paging"), "next"))
		f->b->comp.paging_next++;
	if (!thread)
		thread = c->thread;
	if (!thread) {
		thread = participants_thread(f, c);
		if (!f->warned_no_thread) {
			f->warned_no_thread = 1;
			diag_warn(&loc, "the conversation id (t_...) is not in this export: messages are grouped by "
			                "their participants' ids");
		}
	}
	for (m = c->obj ? (msgs ? msgs->child : NULL) : c->first; m && m != c->end; m = m->next, idx++) {
		struct item *it;
		const cJSON *from, *t;
		enum time_status st;
		f->recno++;
		loc.record = f->recno;
		if (!cJSON_IsObject(m)) {
			batch_reject(f->b, &loc, "not a message object", NULL);
			continue;
		}
		meta_check_type(m, "id", NULL, cJSON_String | cJSON_Number, &f->warned_type, 1u << 5, &loc);
		meta_check_type(m, "created_time", NULL, cJSON_String | cJSON_Number, &f->warned_type, 1u << 6, &loc);
		meta_check_type(m, "from", NULL, cJSON_Object, &f->warned_type, 1u << 7, &loc);
		meta_check_type(m, "message", NULL, cJSON_String, &f->warned_type, 1u << 8, &loc);
		XGROW(items, cap, n + 1);
		it = &items[n];
		memset(it, 0, sizeof(*it));
		it->idx = idx;
		it->r.loc = loc;
		t = json_get(m, "created_time");
		st = json_time(t, f->o->tz, &it->r.created, &it->r.flags);
		if (st != TIME_OK) {
			batch_reject(f->b, &loc, t ? "bad created_time" : "no created_time",
			             t ? time_status_text(st) : NULL);
			continue;
		}
		from = json_object(m, "from");
		it->r.platform = f->platform;
		it->r.channel = CHANNEL_PRIVATE;
		/* numeric ids are printed into a buffer: copy them, the items move when sorted */
		it->r.id = arena_strdup(&f->scratch, json_id(m, "id", buf));
		it->r.author_id = arena_strdup(&f->scratch, json_id(from, "id", buf));
		it->r.author = json_str(from, "name");
		if (!it->r.author)
			it->r.author = json_str(from, "username");
		if (json_get(from, "category") || json_get(from, "category_list"))
			it->r.flags |= REC_PAGE_AUTHOR;
		it->r.page = f->page;
		/* an attachment or sticker alone leaves the text empty: it needs no reply, and from
		 * the page it still counts as one */
		it->r.text = json_str(m, "message");
		if (n) {
			long long prev = items[n - 1].r.created.utc;
			up += it->r.created.utc > prev;
			down += it->r.created.utc < prev;
		}
		n++;
	}
	/* The Graph API lists messages newest first; a list that runs the other way keeps its order. */
	if (n > 1)
		qsort(items, n, sizeof(*items), up > down ? cmp_item_asc : cmp_item);
	/* nothing else names the conversation: its oldest message does */
	for (i = 0; !thread && i < n; i++)
		thread = items[i].r.id;
	for (i = 0, first = 0; i < n; i++) {
		struct record *r = &items[i].r;
		if (items[i].r.created.utc != items[first].r.created.utc)
			first = i;
		r->thread = thread ? thread : "unknown-conversation";
		if (!r->id) {
			/* stable across exports: conversation, second, sender, rank within the second */
			long k = (long)(i - first);
			struct strbuf sb;
			strbuf_init(&sb);
			strbuf_addf(&sb, "%s/%lld/%s/%ld", r->thread, r->created.utc, r->author_id ? r->author_id : "",
			            k);
			r->id = arena_strdup(&f->scratch, sb.buf);
			strbuf_release(&sb);
		}
		/* a conversation is linear: each message answers the one before it */
		r->parent = i ? items[i - 1].r.id : NULL;
		batch_add(f->b, r);
	}
	free(items);
}

static int fbi_detect(const char *head, size_t len)
{
	if (!meta_json_start(head, len))
		return 0;
	/* Meta DYI message files have participants too, with sender_name: not ours. */
	if (meta_has(head, len, "\"sender_name\"") || meta_has(head, len, "\"thread_path\""))
		return 0;
	if (meta_key_prefix(head, len, "id", "t_") || meta_has(head, len, "\"scoped_thread_key\"") ||
	    meta_has(head, len, "/conversations?"))
		return 75;
	/* a single message or a message listing: m_ ids with created_time (facebook-graph: 60) */
	if (meta_key_prefix(head, len, "id", "m_") && meta_has(head, len, "\"created_time\""))
		return 70;
	if (meta_has(head, len, "\"participants\"") && meta_has(head, len, "\"messages\""))
		return 65;
	return 0;
}

static void classify_list(struct fbi *f, const cJSON *list, const char *thread)
{
	const cJSON *it;
	int convs = 0, msgs = 0;

	cJSON_ArrayForEach (it, list) {
		if (is_conversation(it))
			convs++;
		else
			msgs++;
	}
	if (convs >= msgs && convs) {
		cJSON_ArrayForEach (it, list) {
			add_conv(f, it, it, it->next, NULL);
		}
	} else if (list->child) {
		add_conv(f, NULL, list->child, NULL, thread);
	}
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

static int fbi_parse(struct batch *b, const char *buf, size_t len, const struct input_opts *o)
{
	struct fbi f = {.b = b, .o = o};
	cJSON *root = json_parse(b, buf, len);
	const cJSON *data, *m;
	char obj[64], edge[32];
	const char *thread = NULL, *url;
	size_t i;
	int ret = 0;

	if (!root)
		return -1;
	arena_init(&f.scratch);
	/* a message listing's URL names its conversation: /t_.../messages */
	url = json_str(json_object(root, "paging"), "next");
	if (!url)
		url = json_str(json_object(root, "paging"), "previous");
	if (url && meta_graph_url(url, obj, sizeof(obj), edge, sizeof(edge)) && !strcmp(edge, "messages"))
		thread = arena_strdup(&f.scratch, obj);
	if (json_str(json_object(root, "paging"), "next"))
		b->comp.paging_next++;
	if (cJSON_IsArray(root)) {
		classify_list(&f, root, NULL);
	} else if ((data = json_array(root, "data"))) {
		classify_list(&f, data, thread);
	} else if (cJSON_IsObject(root) && is_conversation(root)) {
		add_conv(&f, root, root, NULL, NULL);
	} else if (cJSON_IsObject(root) && json_get(root, "id")) {
		add_conv(&f, NULL, root, NULL, NULL);
	} else if (has_object_member(root)) {
		/* multi-id response: {"ID": conversation or message, ...} */
		cJSON_ArrayForEach (m, root) {
			if (cJSON_IsObject(m) && is_conversation(m))
				add_conv(&f, m, m, m->next, NULL);
			else
				add_conv(&f, NULL, m, m->next, NULL);
		}
	} else {
		diag_error(&(struct loc){.file = b->file, .line = 1, .col = 1},
		           "not a Graph API conversation, message or listing");
		ret = -1;
	}
	find_page(&f, root, &(struct loc){.file = b->file, .record = 1});
	for (i = 0; i < f.n_convs; i++)
		do_conv(&f, &f.convs[i]);
	b->read = f.recno;
	free(f.convs);
	cJSON_Delete(root);
	arena_release(&f.scratch);
	return ret;
}

const struct input_format in_fbinbox = {
    .name = "facebook-conversations",
    .summary = "Facebook/Instagram Page inbox from the Graph API: /{page-id}/conversations with "
               "messages{...}, a conversation, its messages, a single message",
    .detection = "JSON with t_ conversation ids, scoped_thread_key or a /conversations URL; or m_ message "
                 "ids with created_time; or participants and messages (no DYI sender_name)",
    .detect = fbi_detect,
    .parse = fbi_parse,
};
