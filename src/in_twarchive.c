/* in_twarchive.c: the X/Twitter account archive: data/tweets.js (tweet.js in 2019 archives),
 * deleted-tweets.js, direct-messages.js, direct-messages-group.js. They are JavaScript
 * (window.YTD.tweets.part0 = [...]): the array after '=' is parsed. Every tweet is the owner's,
 * so official; the owner's id is inferred (self-replies, the id in every DM conversation)
 * because data/account.js, which names it, is another file. */
#include "in_json.h"
#include "in_twcommon.h"
#include "input.h"
#include "strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum part { PART_NONE, PART_TWEETS, PART_DELETED, PART_DMS };

/* The name shown for the owner when the archive does not say it (account.js is elsewhere). */
#define OWNER_LABEL "(archive owner)"

struct arch {
	struct batch *b;
	const struct input_opts *o;
	struct arena arena; /* transient strings (unescaped text, built names) */
	long recno;         /* message objects met, in document order */
};

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Past blanks and JavaScript comments (the samples people share start with // lines). */
static size_t skip_js_space(const char *buf, size_t len, size_t i)
{
	for (;;) {
		while (i < len && is_blank(buf[i]))
			i++;
		if (i + 1 < len && buf[i] == '/' && buf[i + 1] == '/') {
			while (i < len && buf[i] != '\n')
				i++;
		} else if (i + 1 < len && buf[i] == '/' && buf[i + 1] == '*') {
			const char *e = i + 2 < len ? strstr(buf + i + 2, "*/") : NULL;
			if (!e || (size_t)(e - buf) >= len)
				return len;
			i = (size_t)(e - buf) + 2;
		} else {
			return i;
		}
	}
}

/* "window.YTD.<name>.part<N> =" at buf+i: the name and the offset after '='. */
static int ytd_prefix(const char *buf, size_t len, size_t i, const char **name, size_t *nlen, size_t *after)
{
	static const char lead[] = "window.YTD.";
	size_t k = i + sizeof(lead) - 1, s;

	if (len - i < sizeof(lead) - 1 || memcmp(buf + i, lead, sizeof(lead) - 1))
		return 0;
	for (s = k; k < len && buf[k] != '.' && buf[k] != '=' && !is_blank(buf[k]); k++)
		;
	*name = buf + s;
	*nlen = k - s;
	while (k < len && buf[k] != '=' && buf[k] != '\n')
		k++;
	if (k == len || buf[k] != '=')
		return 0;
	*after = k + 1;
	return 1;
}

static enum part part_kind(const char *name, size_t n)
{
	static const struct {
		const char *name;
		enum part kind;
	} parts[] = {{"tweets", PART_TWEETS},
	             {"tweet", PART_TWEETS},
	             {"deleted_tweets", PART_DELETED},
	             {"deleted_tweet", PART_DELETED},
	             {"direct_messages", PART_DMS},
	             {"direct_message", PART_DMS},
	             {"direct_messages_group", PART_DMS},
	             {"direct_message_group", PART_DMS}};
	size_t i;

	for (i = 0; i < sizeof(parts) / sizeof(*parts); i++)
		if (strlen(parts[i].name) == n && !memcmp(parts[i].name, name, n))
			return parts[i].kind;
	return PART_NONE;
}

static const char *unescaped(struct arch *a, const char *s)
{
	struct strbuf sb;
	const char *r;

	if (!s)
		return NULL;
	strbuf_init(&sb);
	tw_unescape(s, &sb);
	r = arena_strndup(&a->arena, sb.buf, sb.len);
	strbuf_release(&sb);
	return r;
}

static void reject(struct arch *a, long recno, const char *reason, const char *detail)
{
	struct loc loc = {.file = a->b->file, .record = recno};

	batch_reject(a->b, &loc, reason, detail);
}

/* ---- tweets ---- */

struct tweet {
	const char *id, *parent, *text, *reply_user, *reply_name;
	struct when created;
	unsigned flags;
	long recno;
};

static int edited(const cJSON *t)
{
	const cJSON *info = json_object(t, "edit_info");
	const cJSON *ids = json_array(json_object(info, "initial"), "editTweetIds");

	return json_object(info, "edit") != NULL || cJSON_GetArraySize(ids) > 1;
}

/* The owner's id and handle, from a reply to one of the archive's own tweets. */
static void infer_owner(struct arch *a, const struct tweet *tw, size_t n, const char **id, const char **name)
{
	struct strmap own;
	size_t i;
	int clash = 0;

	*id = *name = NULL;
	strmap_init(&own);
	for (i = 0; i < n; i++)
		*strmap_put(&own, tw[i].id, NULL) = (void *)1;
	for (i = 0; i < n && !clash; i++) {
		if (!tw[i].parent || !tw[i].reply_user || !strmap_get(&own, tw[i].parent))
			continue;
		if (*id && strcmp(*id, tw[i].reply_user))
			clash = 1;
		*id = tw[i].reply_user;
		if (tw[i].reply_name)
			*name = tw[i].reply_name;
	}
	strmap_release(&own);
	if (clash) {
		diag_warn(&(struct loc){.file = a->b->file}, "replies to the archive's own tweets name different "
		                                             "accounts: the archive owner is not identified");
		*id = *name = NULL;
	}
}

static void do_tweets(struct arch *a, const cJSON *arr, unsigned extra)
{
	struct tweet *tw = NULL, *lost = NULL; /* lost: rejected tweets whose id is known */
	size_t n = 0, cap = 0, i, n_lost = 0, cap_lost = 0;
	const cJSON *el;
	const char **ids, **parents, **roots, *owner_id, *owner_name, *author;

	cJSON_ArrayForEach (el, arr) {
		const cJSON *t = json_object(el, "tweet") ? json_object(el, "tweet") : el;
		struct tweet w = {0};
		char b1[32], b2[32], b3[32];
		const cJSON *ca;
		enum time_status st;

		w.recno = ++a->recno;
		if (!cJSON_IsObject(t)) {
			reject(a, w.recno, "not a tweet object", NULL);
			continue;
		}
		w.id = json_id(t, "id_str", b1);
		if (!w.id)
			w.id = json_id(t, "id", b1);
		if (!w.id || !*w.id) {
			reject(a, w.recno, "tweet without id", NULL);
			continue;
		}
		w.parent = json_id(t, "in_reply_to_status_id_str", b2);
		if (!w.parent)
			w.parent = json_id(t, "in_reply_to_status_id", b2);
		ca = json_get(t, "created_at");
		st = json_time(ca, a->o->tz, &w.created, &w.flags);
		if (st != TIME_OK) {
			reject(a, w.recno, ca ? "bad created_at" : "no created_at", ca ? time_status_text(st) : NULL);
			/* Its reply link still leads the tweets below it to their conversation. */
			XGROW(lost, cap_lost, n_lost + 1);
			lost[n_lost].id = arena_strdup(&a->arena, w.id);
			lost[n_lost++].parent = arena_strdup(&a->arena, w.parent);
			continue;
		}
		w.text = json_str(t, "full_text");
		if (!w.text)
			w.text = json_str(t, "text");
		if (w.text && !strncmp(w.text, "RT @", 4) && !w.parent) {
			batch_skip(a->b, "retweet, not a reply"); /* counted, not an error */
			continue;
		}
		w.reply_user = json_id(t, "in_reply_to_user_id_str", b3);
		if (!w.reply_user)
			w.reply_user = json_id(t, "in_reply_to_user_id", b3);
		w.reply_name = json_str(t, "in_reply_to_screen_name");
		/* Copy what points into transient buffers; the cJSON strings live until the end. */
		w.id = arena_strdup(&a->arena, w.id);
		w.parent = arena_strdup(&a->arena, w.parent);
		w.reply_user = arena_strdup(&a->arena, w.reply_user);
		w.text = unescaped(a, w.text);
		w.flags |= REC_OFFICIAL | extra;
		if (edited(t))
			w.flags |= REC_EDITED;
		XGROW(tw, cap, n + 1);
		tw[n++] = w;
	}
	ids = xmalloc((n + n_lost + 1) * sizeof(*ids));
	parents = xmalloc((n + n_lost + 1) * sizeof(*parents));
	roots = xmalloc((n + n_lost + 1) * sizeof(*roots));
	for (i = 0; i < n; i++) {
		ids[i] = tw[i].id;
		parents[i] = tw[i].parent;
	}
	for (i = 0; i < n_lost; i++) {
		ids[n + i] = lost[i].id;
		parents[n + i] = lost[i].parent;
	}
	/* No conversation id in the archive: a reply's thread is the tweet it answers (or, for
	 * a chain of the owner's own tweets, the tweet that chain answers), which is the v2
	 * conversation_id whenever that tweet opened the conversation. Rejected tweets take part,
	 * so that the replies below one stay in its conversation. */
	if (tw_roots(n + n_lost, ids, parents, roots))
		diag_warn(&(struct loc){.file = a->b->file},
		          "reply cycle in in_reply_to_status_id: cut at the reply to its smallest id");
	infer_owner(a, tw, n, &owner_id, &owner_name);
	author = OWNER_LABEL;
	if (owner_name) {
		char nb[128];
		snprintf(nb, sizeof(nb), "@%.100s", owner_name);
		author = arena_strdup(&a->arena, nb);
	} else if (owner_id) {
		author = NULL;
	}
	for (i = 0; i < n; i++) {
		struct record r = {0};
		r.platform = "twitter";
		r.channel = CHANNEL_PUBLIC;
		r.thread = roots[i];
		r.id = tw[i].id;
		r.parent = tw[i].parent;
		r.author_id = owner_id;
		r.author = author;
		r.page = owner_id;
		r.text = tw[i].text;
		r.created = tw[i].created;
		r.flags = tw[i].flags;
		if (!tw[i].parent)
			r.flags |= REC_POST;
		r.loc = (struct loc){.file = a->b->file, .record = tw[i].recno};
		batch_add(a->b, &r);
	}
	free(ids);
	free(parents);
	free(roots);
	free(tw);
	free(lost);
}

/* ---- direct messages ---- */

struct dm {
	const char *id, *sender, *text;
	struct when created;
	unsigned flags;
	long recno;
	size_t conv;
};

struct conv {
	const char *id;
	size_t first, n; /* its messages in the dm array */
};

struct seen {
	long count;       /* conversations this account is part of */
	size_t last_conv; /* + 1: the conversation that counted it last */
};

static void candidate(struct arch *a, struct strmap *m, const char *id, size_t conv)
{
	int created;
	void **slot;
	struct seen *s;

	if (!id || !*id)
		return;
	slot = strmap_put(m, arena_strdup(&a->arena, id), &created);
	if (created)
		*slot = arena_alloc(&a->arena, sizeof(struct seen));
	s = *slot;
	if (s->last_conv != conv + 1) {
		s->count++;
		s->last_conv = conv + 1;
	}
}

static void candidate_list(struct arch *a, struct strmap *m, const cJSON *arr, size_t conv)
{
	const cJSON *v;
	char buf[32];

	cJSON_ArrayForEach (v, arr) {
		if (cJSON_IsString(v))
			candidate(a, m, v->valuestring, conv);
		else if (cJSON_IsNumber(v) && v->valuedouble >= 0 && v->valuedouble < 9.007199254740992e15) {
			snprintf(buf, sizeof(buf), "%.0f", v->valuedouble);
			candidate(a, m, buf, conv);
		}
	}
}

/* The accounts of one conversation: both halves of "<idA>-<idB>", or for a group everyone
 * who wrote or was named in its events. */
static void conv_candidates(struct arch *a, struct strmap *m, const char *cid, const cJSON *msgs, size_t conv)
{
	size_t da = strspn(cid, "0123456789");
	const cJSON *el;
	char buf[32];

	if (da && da < sizeof(buf) && cid[da] == '-' && cid[da + 1] &&
	    cid[da + 1 + strspn(cid + da + 1, "0123456789")] == '\0') {
		memcpy(buf, cid, da);
		buf[da] = '\0';
		candidate(a, m, buf, conv);
		candidate(a, m, cid + da + 1, conv);
		return;
	}
	cJSON_ArrayForEach (el, msgs) {
		const cJSON *ev = el ? el->child : NULL;
		char b1[32];
		if (!cJSON_IsObject(el) || !cJSON_IsObject(ev))
			continue;
		candidate(a, m, json_id(ev, "senderId", b1), conv);
		candidate(a, m, json_id(ev, "recipientId", b1), conv);
		candidate(a, m, json_id(ev, "initiatingUserId", b1), conv);
		candidate_list(a, m, json_array(ev, "userIds"), conv);
		candidate_list(a, m, json_array(ev, "participantsSnapshot"), conv);
	}
}

static const char *dm_owner(struct strmap *m, size_t n_conv)
{
	const char *owner = NULL;
	size_t i;

	for (i = 0; i < m->cap; i++) {
		const struct seen *s = m->slots[i].value;
		if (!m->slots[i].key || s->count != (long)n_conv)
			continue;
		if (owner)
			return NULL; /* two accounts in every conversation: cannot tell */
		owner = m->slots[i].key;
	}
	return owner;
}

static int cmp_dm(const void *x, const void *y)
{
	const struct dm *p = *(const struct dm *const *)x, *q = *(const struct dm *const *)y;
	int c;

	if (p->created.utc != q->created.utc)
		return p->created.utc < q->created.utc ? -1 : 1;
	c = tw_id_cmp(p->id, q->id);
	return c ? c : (p->recno > q->recno) - (p->recno < q->recno);
}

static void dm_message(struct arch *a, const cJSON *mc, const char *cid, size_t conv, struct dm **dms, size_t *n,
                       size_t *cap)
{
	struct dm d = {0};
	char b1[32], b2[32];
	const cJSON *ca;
	enum time_status st;
	const cJSON *edits = json_array(mc, "editHistory");

	d.recno = ++a->recno;
	if (!cid) {
		reject(a, d.recno, "conversation without conversationId", NULL);
		return;
	}
	d.id = json_id(mc, "id", b1);
	if (!d.id || !*d.id) {
		reject(a, d.recno, "message without id", NULL);
		return;
	}
	ca = json_get(mc, "createdAt");
	st = json_time(ca, a->o->tz, &d.created, &d.flags);
	if (st != TIME_OK) {
		reject(a, d.recno, ca ? "bad createdAt" : "no createdAt", ca ? time_status_text(st) : NULL);
		return;
	}
	d.id = arena_strdup(&a->arena, d.id);
	d.sender = arena_strdup(&a->arena, json_id(mc, "senderId", b2));
	d.text = unescaped(a, json_str(mc, "text"));
	d.conv = conv;
	if (cJSON_GetArraySize(edits) > 0)
		d.flags |= REC_EDITED;
	XGROW(*dms, *cap, *n + 1);
	(*dms)[(*n)++] = d;
}

static void do_dms(struct arch *a, const cJSON *arr)
{
	struct dm *dms = NULL;
	struct conv *convs = NULL;
	size_t n = 0, cap = 0, n_conv = 0, cap_conv = 0, i, k;
	const struct dm **order;
	struct strmap people;
	const cJSON *el;
	const char *owner;

	strmap_init(&people);
	cJSON_ArrayForEach (el, arr) {
		const cJSON *dc = json_object(el, "dmConversation");
		const cJSON *msgs = json_array(dc, "messages");
		const cJSON *m;
		char cb[32];
		const char *cid;

		if (!msgs) {
			reject(a, ++a->recno, "not a direct-message conversation", NULL);
			continue;
		}
		cid = json_id(dc, "conversationId", cb);
		if (cid && !*cid)
			cid = NULL;
		cid = arena_strdup(&a->arena, cid);
		XGROW(convs, cap_conv, n_conv + 1);
		convs[n_conv] = (struct conv){cid, n, 0};
		if (cid)
			conv_candidates(a, &people, cid, msgs, n_conv);
		cJSON_ArrayForEach (m, msgs) {
			const cJSON *mc = json_object(m, "messageCreate");
			if (mc)
				dm_message(a, mc, cid, n_conv, &dms, &n, &cap);
			else if (!cJSON_IsObject(m) || !cJSON_IsObject(m->child))
				reject(a, ++a->recno, "not a direct-message event", NULL);
			/* other events (joinConversation, participantsLeave, conversationNameUpdate...)
			 * are not messages */
		}
		convs[n_conv].n = n - convs[n_conv].first;
		n_conv += cid != NULL;
	}
	owner = dm_owner(&people, n_conv);
	if (!owner && n)
		diag_warn(&(struct loc){.file = a->b->file},
		          "the archive owner cannot be told from %s: pass --official with the owner's account id",
		          n_conv == 1 ? "a single conversation"
		                      : "the conversations (no one account is in all of them)");
	order = xmalloc((n ? n : 1) * sizeof(*order));
	for (i = 0; i < n_conv; i++) {
		const char *prev = NULL;
		for (k = 0; k < convs[i].n; k++)
			order[k] = &dms[convs[i].first + k];
		qsort(order, convs[i].n, sizeof(*order), cmp_dm);
		/* A private conversation is one line: each message answers the one before it. */
		for (k = 0; k < convs[i].n; k++) {
			const struct dm *d = order[k];
			struct record r = {0};
			r.platform = "twitter";
			r.channel = CHANNEL_PRIVATE;
			r.thread = convs[i].id;
			r.id = d->id;
			r.parent = prev;
			r.author_id = d->sender;
			r.page = owner;
			r.text = d->text;
			r.created = d->created;
			r.flags = d->flags;
			if (owner && d->sender && !strcmp(owner, d->sender)) {
				r.flags |= REC_OFFICIAL;
				r.author = OWNER_LABEL; /* DMs give ids only; say whose side it is */
			}
			r.loc = (struct loc){.file = a->b->file, .record = d->recno};
			prev = batch_add(a->b, &r)->id;
		}
	}
	free(order);
	free(dms);
	free(convs);
	strmap_release(&people);
}

/* ---- the file ---- */

static int arch_detect(const char *head, size_t len)
{
	size_t i = skip_js_space(head, len, 0), nlen, after;
	const char *name;

	if (i < len && ytd_prefix(head, len, i, &name, &nlen, &after))
		return part_kind(name, nlen) != PART_NONE ? 90 : 0;
	/* The array alone, saved without its assignment: only the archive wraps tweets so. */
	if (i < len && head[i] == '[' &&
	    (strstr(head, "\"dmConversation\"") || (strstr(head, "\"tweet\"") && strstr(head, "\"full_text\""))))
		return 60;
	return 0;
}

static int arch_parse(struct batch *b, const char *buf, size_t len, const struct input_opts *o)
{
	struct arch a = {.b = b, .o = o};
	size_t i = skip_js_space(buf, len, 0), start, stop, nlen;
	const char *name = NULL;
	enum part kind = PART_NONE;
	struct loc loc = {.file = b->file};
	cJSON *root;
	const cJSON *first;

	if (i < len && ytd_prefix(buf, len, i, &name, &nlen, &start)) {
		kind = part_kind(name, nlen);
		if (kind == PART_NONE) {
			input_offset_loc(buf, len, i, &loc.line, &loc.col);
			diag_error(&loc, "archive part '%.*s' holds no tweets or direct messages",
			           (int)(nlen > 60 ? 60 : nlen), name);
			return -1;
		}
	} else if (i < len && buf[i] == '[') {
		start = i;
	} else {
		input_offset_loc(buf, len, i, &loc.line, &loc.col);
		diag_error(&loc, "not a Twitter archive file (expected 'window.YTD.tweets.part0 = [')");
		return -1;
	}
	root = json_parse_span(buf, start, len, &stop);
	if (!root) {
		size_t e = len;
		/* cJSON reports the start of the value it could not finish: a file that does not end
		 * with the array's ']' was cut, and the end is the place to show. */
		while (e > start && (is_blank(buf[e - 1]) || buf[e - 1] == ';'))
			e--;
		if (e > start && buf[e - 1] != ']') {
			input_offset_loc(buf, len, e, &loc.line, &loc.col);
			diag_error(&loc, "JSON ends too early (truncated file?)");
		} else {
			input_offset_loc(buf, len, stop, &loc.line, &loc.col);
			diag_error(&loc, "JSON syntax error near '%.12s'", buf + stop);
		}
		return -1;
	}
	if (!cJSON_IsArray(root)) {
		input_offset_loc(buf, len, start, &loc.line, &loc.col);
		diag_error(&loc, "the archive file holds no array");
		cJSON_Delete(root);
		return -1;
	}
	if (stop < len && buf[stop] == ';')
		stop++;
	stop = skip_js_space(buf, len, stop);
	if (stop < len) {
		input_offset_loc(buf, len, stop, &loc.line, &loc.col);
		diag_warn(&loc, "text after the archive's array ignored");
	}
	if (kind == PART_NONE) {
		first = cJSON_GetArrayItem(root, 0);
		kind = json_object(first, "dmConversation") ? PART_DMS : PART_TWEETS;
	}
	arena_init(&a.arena);
	if (kind == PART_DMS)
		do_dms(&a, root);
	else
		do_tweets(&a, root, kind == PART_DELETED ? REC_DELETED : 0);
	b->read = a.recno;
	arena_release(&a.arena);
	cJSON_Delete(root);
	return 0;
}

const struct input_format in_twarchive = {
    .name = "twitter-archive",
    .summary = "X/Twitter account archive: data/tweets.js (or tweet.js, deleted-tweets.js; the owner's "
               "tweets, all official) and direct-messages.js, direct-messages-group.js",
    .detection = "JavaScript starting 'window.YTD.tweets.part0 = [' (or tweet, deleted_tweets, "
                 "direct_messages, direct_messages_group); or that array alone",
    .detect = arch_detect,
    .parse = arch_parse,
};
