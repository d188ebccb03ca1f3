/* in_mastodon.c: Mastodon REST API JSON: a status context ({ancestors, descendants}), one
 * Status, an array of Statuses (timelines, boosts unwrapped), the direct-message inbox
 * (/api/v1/conversations) and JSON cassettes recording those. Content HTML becomes text;
 * accounts become user@domain so one person compares equal whichever server was asked.
 * The thread is the root status; the inbox's owner is passed on as the page. */
#include "in_cassette.h"
#include "in_htmltext.h"
#include "in_json.h"
#include "input.h"
#include "strmap.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A status met in the response, before records are made (the thread needs them all). */
struct status {
	const cJSON *o; /* NULL: not an object (rejected when emitted) */
	const char *id; /* arena copies; NULL when absent */
	const char *reply_to;
	const char *thread;
	long recno;
	long children; /* statuses of the response replying to this one */
	int direct;    /* private channel: visibility direct, or from the inbox */
};

struct md {
	struct batch *b;
	const struct input_opts *o;
	struct status *s;
	size_t n, cap;
	long recno;
	long no_last_status; /* inbox entries without a last status */
	const char *owner;   /* the inbox's owner, or the author of a context's root left out */
	int owner_conflict;
	int warned_domain;
	int context; /* the response being read is a status context */
	struct strbuf text, acct, acct2;
};

static void add(struct md *md, const cJSON *o, int direct)
{
	struct status *s;
	char buf[32];
	const char *v;

	/* A boost carries the boosted status: that is the message. */
	if (json_object(o, "reblog"))
		o = json_object(o, "reblog");
	XGROW(md->s, md->cap, md->n + 1);
	s = &md->s[md->n++];
	memset(s, 0, sizeof(*s));
	s->recno = ++md->recno;
	if (!cJSON_IsObject(o))
		return;
	s->o = o;
	v = json_id(o, "id", buf);
	s->id = v && *v ? arena_strdup(&md->b->arena, v) : NULL;
	v = json_id(o, "in_reply_to_id", buf);
	s->reply_to = v && *v ? arena_strdup(&md->b->arena, v) : NULL;
	if (direct)
		s->direct = 1;
	else if ((v = json_str(o, "visibility")) && !strcmp(v, "direct"))
		s->direct = 1;
}

/* user@domain for an account: acct when it has a domain; else the host of its url. */
static const char *acct_of(struct md *md, const cJSON *account, struct strbuf *sb, long recno)
{
	const char *acct = json_str(account, "acct");
	const char *url = json_str(account, "url");
	const char *at, *h, *e;

	if (!acct || !*acct)
		acct = json_str(account, "username");
	if (!acct || !*acct)
		return NULL;
	if (*acct == '@')
		acct++;
	strbuf_reset(sb);
	if ((at = strchr(acct, '@'))) {
		strbuf_add(sb, acct, (size_t)(at - acct) + 1);
		for (h = at + 1; *h; h++)
			strbuf_addch(sb, tolower((unsigned char)*h));
		return sb->buf;
	}
	if (!url || !*url)
		url = json_str(account, "uri");
	h = url ? strstr(url, "://") : NULL;
	if (h) {
		h += 3;
		for (e = h; *e && *e != '/' && *e != ':' && *e != '?' && *e != '#'; e++)
			;
	}
	strbuf_addstr(sb, acct);
	if (!h || e == h) {
		if (!md->warned_domain) {
			md->warned_domain = 1;
			diag_warn(&(struct loc){.file = md->b->file, .record = recno},
			          "account '%s' has no domain and no url: kept without domain, so it will not "
			          "match the same account seen from another server",
			          acct);
		}
		return sb->buf;
	}
	strbuf_addch(sb, '@');
	for (; h < e; h++)
		strbuf_addch(sb, tolower((unsigned char)*h));
	return sb->buf;
}

/* The inbox lists the other participants of each conversation: a last status by someone
 * not among them was written by the inbox's owner. */
static void conversation(struct md *md, const cJSON *c)
{
	const cJSON *last = json_get(c, "last_status"), *a;
	const char *author;
	int listed = 0;

	if (!cJSON_IsObject(last)) {
		md->no_last_status++;
		return;
	}
	add(md, last, 1);
	author = acct_of(md, json_object(last, "account"), &md->acct, md->recno);
	if (!author)
		return;
	cJSON_ArrayForEach (a, json_array(c, "accounts")) {
		const char *other = acct_of(md, a, &md->acct2, md->recno);
		if (other && !strcmp(other, author))
			listed = 1;
	}
	if (listed || !json_array(c, "accounts"))
		return;
	if (!md->owner)
		md->owner = arena_strdup(&md->b->arena, author);
	else if (strcmp(md->owner, author))
		md->owner_conflict = 1;
}

/* Each status's thread: follow in_reply_to_id inside the response up to a status that
 * replies to nothing (the root) or to a status the response lacks (then that id). Paths
 * are memoised, so a chain of any depth costs O(n); a cycle ends at the status met twice. */
static void find_threads(struct md *md, const struct strmap *idx)
{
	unsigned char *state = xcalloc(md->n ? md->n : 1, 1);
	size_t *path = xmalloc((md->n ? md->n : 1) * sizeof(*path));
	size_t i;

	for (i = 0; i < md->n; i++) {
		size_t len = 0, j = i, k;
		const char *root;
		for (;;) {
			size_t p;
			if (state[j] == 2) {
				root = md->s[j].thread;
				break;
			}
			if (state[j] == 1 || !md->s[j].reply_to) {
				if (state[j] == 1)
					diag_warn(&(struct loc){.file = md->b->file, .record = md->s[j].recno},
					          !strcmp(md->s[j].id, md->s[j].reply_to)
					              ? "status '%s' replies to itself"
					              : "statuses reply to each other in a cycle through '%s': the "
					                "thread is named after it",
					          md->s[j].id);
				root = md->s[j].id;
				break;
			}
			state[j] = 1;
			path[len++] = j;
			p = (size_t)strmap_get(idx, md->s[j].reply_to);
			if (!p) {
				root = md->s[j].reply_to;
				break;
			}
			j = p - 1;
		}
		if (state[j] != 2 && md->s[j].id == root) {
			md->s[j].thread = root;
			state[j] = 2;
		}
		for (k = 0; k < len; k++) {
			md->s[path[k]].thread = root;
			state[path[k]] = 2;
		}
	}
	free(state);
	free(path);
}

static void emit(struct md *md, struct status *s)
{
	const cJSON *o = s->o;
	const cJSON *account = json_object(o, "account");
	const cJSON *rc = json_get(o, "replies_count");
	const char *content = json_str(o, "content");
	const char *spoiler = json_str(o, "spoiler_text");
	struct record r = {0};
	enum time_status st;
	long declared;

	r.loc = (struct loc){.file = md->b->file, .record = s->recno};
	if (!o) {
		batch_reject(md->b, &r.loc, "not a status object", NULL);
		return;
	}
	if (!s->id) {
		batch_reject(md->b, &r.loc, "status without id", NULL);
		return;
	}
	r.platform = "mastodon";
	r.channel = s->direct ? CHANNEL_PRIVATE : CHANNEL_PUBLIC;
	r.id = s->id;
	r.parent = s->reply_to;
	r.thread = s->thread ? s->thread : s->id;
	r.page = md->owner_conflict ? NULL : md->owner;
	if (account) {
		r.author_id = acct_of(md, account, &md->acct, s->recno);
		r.author = json_str(account, "display_name");
		if (!r.author || !*r.author)
			r.author = json_str(account, "username");
	}
	strbuf_reset(&md->text);
	if (spoiler && *spoiler) {
		/* the content warning is part of what the author wrote */
		strbuf_addstr(&md->text, spoiler);
		if (content && *content)
			strbuf_addstr(&md->text, "\n\n");
	}
	if (content)
		htmltext_to_text(content, strlen(content), &md->text);
	else if ((content = json_str(o, "text")))
		strbuf_addstr(&md->text, content); /* a deleted status returns its source only */
	r.text = md->text.buf;
	if (json_str(o, "edited_at"))
		r.flags |= REC_EDITED;
	/* The root of a public thread is the post; a direct conversation has no post. */
	if (!s->reply_to && !s->direct && !strcmp(r.thread, r.id))
		r.flags |= REC_POST;
	st = json_time(json_get(o, "created_at"), md->o->tz, &r.created, &r.flags);
	if (st != TIME_OK) {
		int has = json_get(o, "created_at") != NULL;
		batch_reject(md->b, &r.loc, has ? "bad created_at" : "no created_at",
		             has ? time_status_text(st) : NULL);
		return;
	}
	/* replies_count declares the replies; the response holds s->children of them */
	/* In a context, replies_count declares replies the response should hold (s->children of
	 * them are there). A lone status or a timeline never holds replies: not counted. */
	if (md->context) {
		declared =
		    cJSON_IsNumber(rc) && rc->valuedouble > 0 && rc->valuedouble < 1e9 ? (long)rc->valuedouble : 0;
		md->b->comp.declared += declared > s->children ? declared : s->children;
		md->b->comp.declared_held += s->children;
	}
	batch_add(md->b, &r);
}

/* A context of a root status leaves the root out, but its replies name the account they
 * answer (in_reply_to_account_id, a server-local id): find that account among the authors
 * and mentions of the response, so the root's author is known as the official side. */
static const char *root_author(struct md *md, const char *root)
{
	const char *want = NULL, *acct = NULL;
	char buf[32], b2[32];
	size_t i;

	for (i = 0; i < md->n && !want; i++)
		if (md->s[i].o && md->s[i].reply_to && !strcmp(md->s[i].reply_to, root))
			want = json_id(md->s[i].o, "in_reply_to_account_id", buf);
	if (!want)
		return NULL;
	for (i = 0; i < md->n && !acct; i++) {
		const cJSON *a = json_object(md->s[i].o, "account"), *m;
		const char *id = json_id(a, "id", b2);
		if (id && !strcmp(id, want)) {
			acct = acct_of(md, a, &md->acct, md->s[i].recno);
			break;
		}
		cJSON_ArrayForEach (m, json_array(md->s[i].o, "mentions")) {
			id = json_id(m, "id", b2);
			if (id && !strcmp(id, want)) {
				acct = acct_of(md, m, &md->acct, md->s[i].recno);
				break;
			}
		}
	}
	return acct ? arena_strdup(&md->b->arena, acct) : NULL;
}

/* Make the records of the statuses gathered from one response. anchor: for a context,
 * the status whose thread is every status's thread (-1 otherwise); root_missing: the
 * context's root is the requested status, which the response leaves out. */
static void finish(struct md *md, long anchor, int root_missing)
{
	struct strmap idx;
	size_t i;

	strmap_init(&idx);
	for (i = 0; i < md->n; i++) {
		int created;
		void **v;
		if (!md->s[i].id)
			continue;
		v = strmap_put(&idx, md->s[i].id, &created);
		if (created)
			*v = (void *)(i + 1);
	}
	for (i = 0; i < md->n; i++) {
		size_t p = md->s[i].reply_to ? (size_t)strmap_get(&idx, md->s[i].reply_to) : 0;
		if (p)
			md->s[p - 1].children++;
	}
	find_threads(md, &idx);
	strmap_release(&idx);
	/* A context's statuses all belong to the thread of the requested status, which the
	 * response leaves out: its root is the first ancestor's, or else the status the first
	 * descendant replies to. */
	if (anchor >= 0 && (size_t)anchor < md->n && md->s[anchor].thread) {
		for (i = 0; i < md->n; i++)
			md->s[i].thread = md->s[anchor].thread;
		if (root_missing && !md->owner)
			md->owner = root_author(md, md->s[anchor].thread);
	}
	if (md->owner_conflict)
		diag_warn(
		    &(struct loc){.file = md->b->file},
		    "the conversations name more than one account as the inbox's owner: official account not implied");
	for (i = 0; i < md->n; i++)
		emit(md, &md->s[i]);
	if (md->no_last_status)
		diag_warn(&(struct loc){.file = md->b->file}, "%ld conversation%s without last_status: nothing to read",
		          md->no_last_status, md->no_last_status == 1 ? "" : "s");
	md->n = 0;
	md->context = 0;
	md->owner = NULL;
	md->owner_conflict = 0;
	md->no_last_status = 0;
}

static int is_conversation(const cJSON *o)
{
	return json_get(o, "last_status") || (json_get(o, "accounts") && json_get(o, "unread"));
}

/* One response. Returns 0 when its shape is none of Mastodon's. */
static int root(struct md *md, const cJSON *v)
{
	const cJSON *anc = json_array(v, "ancestors"), *desc = json_array(v, "descendants"), *it;
	long anchor = -1;
	int root_missing = 0;

	if (anc || desc) {
		md->context = 1;
		cJSON_ArrayForEach (it, anc)
			add(md, it, 0);
		if (md->n)
			anchor = (long)md->n - 1;
		else if (cJSON_GetArraySize(desc) > 0)
			anchor = 0, root_missing = 1;
		cJSON_ArrayForEach (it, desc)
			add(md, it, 0);
	} else if (cJSON_IsArray(v)) {
		cJSON_ArrayForEach (it, v) {
			if (is_conversation(it))
				conversation(md, it);
			else
				add(md, it, 0);
		}
	} else if (is_conversation(v)) {
		conversation(md, v);
	} else if (json_get(v, "id") && (json_get(v, "content") || json_get(v, "account"))) {
		add(md, v, 0);
	} else {
		return 0;
	}
	finish(md, anchor, root_missing);
	return 1;
}

static void cassette(struct md *md, const cJSON *interactions)
{
	struct cassette_run run = {0};
	const cJSON *it;

	cJSON_ArrayForEach (it, interactions) {
		struct cassette_body body;
		if (cassette_body(md->b, it, &run, &body))
			continue;
		if (!root(md, body.json))
			cassette_skip(&run, &body, "not statuses");
		cJSON_Delete(body.json);
	}
	cassette_report(md->b, &run, "Mastodon statuses");
}

static int md_detect(const char *head, size_t len)
{
	static const char *const uris[] = {"/api/v1/statuses",
	                                   "/api/v1/timelines/",
	                                   "/api/v1/conversations",
	                                   "/api/v1/accounts/",
	                                   "/api/v1/bookmarks",
	                                   "/api/v1/favourites",
	                                   NULL};
	size_t i = 0;

	while (i < len && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
		i++;
	if (i == len || (head[i] != '{' && head[i] != '['))
		return 0;
	if (cassette_detect(head, len, uris))
		return 70;
	if (json_head_key(head, len, "ancestors") && json_head_key(head, len, "descendants"))
		return 75;
	if (json_head_key(head, len, "last_status") && json_head_key(head, len, "accounts"))
		return 70;
	if (json_head_key(head, len, "in_reply_to_id") && json_head_key(head, len, "acct") &&
	    (json_head_key(head, len, "visibility") || json_head_key(head, len, "content")))
		return 70;
	return 0;
}

static int md_parse(struct batch *b, const char *buf, size_t len, const struct input_opts *o)
{
	struct md md = {.b = b, .o = o};
	cJSON *v = json_parse(b, buf, len);
	const cJSON *interactions;
	int ret = 0;

	if (!v)
		return -1;
	strbuf_init(&md.text);
	strbuf_init(&md.acct);
	strbuf_init(&md.acct2);
	if ((interactions = cassette_interactions(v))) {
		cassette(&md, interactions);
	} else if (!root(&md, v)) {
		diag_error(&(struct loc){.file = b->file, .line = 1, .col = 1},
		           "not a Mastodon status, context or conversation list");
		ret = -1;
	}
	b->read = md.recno;
	cJSON_Delete(v);
	free(md.s);
	strbuf_release(&md.text);
	strbuf_release(&md.acct);
	strbuf_release(&md.acct2);
	return ret;
}

const struct input_format in_mastodon = {
    .name = "mastodon",
    .summary = "Mastodon API JSON: status context (ancestors/descendants), a status, arrays of statuses "
               "(timelines), the conversations inbox; JSON cassettes recording them",
    .detection = "JSON with \"ancestors\" and \"descendants\"; statuses with \"in_reply_to_id\" and \"acct\"; "
                 "conversations with \"last_status\" and \"accounts\"",
    .detect = md_detect,
    .parse = md_parse,
};
