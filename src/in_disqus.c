/* in_disqus.c: the Disqus XML export (Admin > Moderation > Export): flat <post> elements that
 * name their <thread> and <parent> by dsq:id, in any order, so posts are collected first and
 * made into records at the end. Threads are the site's pages, not messages: they give no
 * record. The export does not say which account is the site's, so this adapter marks nobody
 * official; the user names the site's Disqus username with --official. */
#include "in_htmltext.h"
#include "in_xmlread.h"
#include "input.h"
#include "strmap.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NS_DISQUS "http://disqus.com"
#define NS_DSQ "http://disqus.com/disqus-internals"

enum code {
	E_DISQUS = 1,
	E_THREAD,
	E_POST,
	E_MESSAGE,
	E_CREATED,
	E_DELETED,
	E_SPAM,
	E_APPROVED,
	E_AUTHOR,
	E_EMAIL,
	E_NAME,
	E_USERNAME,
	E_PARENT
};

static const struct {
	const char *local;
	enum code code;
} names[] = {
    {"disqus", E_DISQUS},     {"thread", E_THREAD},     {"post", E_POST},   {"message", E_MESSAGE},
    {"createdAt", E_CREATED}, {"isDeleted", E_DELETED}, {"isSpam", E_SPAM}, {"isApproved", E_APPROVED},
    {"author", E_AUTHOR},     {"email", E_EMAIL},       {"name", E_NAME},   {"username", E_USERNAME},
    {"parent", E_PARENT},
};

struct post {
	char *id, *thread, *parent, *message, *created, *deleted, *spam, *approved, *email, *name, *username;
	long line, col;
	int complete;
};

struct dsq {
	struct batch *b;
	const struct input_opts *o;
	struct arena a;
	int root; /* 1: <disqus> in its namespace, -1: something else */
	long root_line, root_col;
	struct post *posts;
	size_t n, cap;
	long cur;              /* open post, -1 when none */
	struct strmap threads; /* dsq:id of every <thread> -> non-NULL */
};

static int dsq_code(const char *uri, const char *local)
{
	size_t i;

	if (strcmp(uri, NS_DISQUS))
		return 0;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(names[i].local, local))
			return names[i].code;
	return 0;
}

static char *attr_id(struct dsq *q, const char **attrs)
{
	const char *v = xmlread_attr(attrs, NS_DSQ, "id");

	return v ? xmlread_trim(&q->a, v, strlen(v)) : NULL;
}

static int dsq_start(void *ctx, const struct xmlread_elem *p, size_t d, const char **attrs)
{
	struct dsq *q = ctx;
	int c = p[d - 1].code;

	if (d == 1) {
		q->root = c == E_DISQUS ? 1 : -1;
		q->root_line = p[0].line;
		q->root_col = p[0].col;
		return 0;
	}
	if (q->root != 1)
		return 0;
	if (d == 2) {
		if (c == E_THREAD) {
			char *id = attr_id(q, attrs);
			if (id && *id)
				*strmap_put(&q->threads, id, NULL) = id;
		} else if (c == E_POST) {
			struct post *po;
			XGROW(q->posts, q->cap, q->n + 1);
			po = &q->posts[q->n];
			memset(po, 0, sizeof(*po));
			po->id = attr_id(q, attrs);
			po->line = p[d - 1].line;
			po->col = p[d - 1].col;
			q->cur = (long)q->n++;
		}
		return 0;
	}
	if (p[1].code != E_POST || q->cur < 0)
		return 0;
	if (d == 3) {
		struct post *po = &q->posts[q->cur];
		if (c == E_THREAD)
			po->thread = attr_id(q, attrs);
		else if (c == E_PARENT)
			po->parent = attr_id(q, attrs);
		return c == E_MESSAGE || c == E_CREATED || c == E_DELETED || c == E_SPAM || c == E_APPROVED;
	}
	return d == 4 && p[2].code == E_AUTHOR && (c == E_EMAIL || c == E_NAME || c == E_USERNAME);
}

static void dsq_end(void *ctx, const struct xmlread_elem *p, size_t d, const char *text, size_t len)
{
	struct dsq *q = ctx;
	struct post *po;
	char **f = NULL;

	if (q->root != 1 || d < 2 || p[1].code != E_POST || q->cur < 0)
		return;
	po = &q->posts[q->cur];
	if (d == 2) {
		po->complete = 1;
		q->cur = -1;
		return;
	}
	switch (d == 3 || (d == 4 && p[2].code == E_AUTHOR) ? p[d - 1].code : 0) {
	case E_MESSAGE:
		po->message = arena_strndup(&q->a, text, len);
		return;
	case E_CREATED:
		f = &po->created;
		break;
	case E_DELETED:
		f = &po->deleted;
		break;
	case E_SPAM:
		f = &po->spam;
		break;
	case E_APPROVED:
		f = &po->approved;
		break;
	case E_EMAIL:
		f = d == 4 ? &po->email : NULL;
		break;
	case E_NAME:
		f = d == 4 ? &po->name : NULL;
		break;
	case E_USERNAME:
		f = d == 4 ? &po->username : NULL;
		break;
	default:
		break;
	}
	if (f)
		*f = xmlread_trim(&q->a, text, len);
}

static int yes(const char *s)
{
	return s && (!strcasecmp(s, "true") || !strcmp(s, "1"));
}

static int empty(const char *s)
{
	return !s || !*s;
}

static void emit(struct dsq *q, const struct post *po, struct strbuf *sb, long *lost, const char **lost_first)
{
	struct record r = {0};
	struct loc loc = {.file = q->b->file, .line = po->line, .col = po->col};
	enum time_status st;
	char *p;

	if (empty(po->id)) {
		batch_reject(q->b, &loc, "post without dsq:id", NULL);
		return;
	}
	if (empty(po->thread)) {
		batch_reject(q->b, &loc, "post without thread", NULL);
		return;
	}
	if (empty(po->created)) {
		batch_reject(q->b, &loc, "no createdAt", NULL);
		return;
	}
	st = time_parse(po->created, q->o->tz, &r.created);
	if (st == TIME_NO_OFFSET) {
		batch_reject(q->b, &loc, "createdAt without zone", "pass --tz");
		return;
	}
	if (st != TIME_OK) {
		batch_reject(q->b, &loc, "bad createdAt", time_status_text(st));
		return;
	}
	if (!r.created.has_offset)
		r.flags |= REC_NO_OFFSET;
	if (!strmap_get(&q->threads, po->thread)) {
		if (!(*lost)++)
			*lost_first = po->thread;
	}
	r.loc = loc;
	r.platform = "disqus";
	r.channel = CHANNEL_PUBLIC;
	r.thread = po->thread;
	r.id = po->id;
	r.parent = empty(po->parent) ? NULL : po->parent;
	r.author = !empty(po->name) ? po->name : po->username;
	if (!empty(po->username)) {
		r.author_id = po->username;
	} else if (!empty(po->email)) {
		r.author_id = p = arena_strdup(&q->a, po->email);
		for (; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p = (char)(*p - 'A' + 'a');
	} else {
		r.author_id = r.author;
	}
	strbuf_reset(sb);
	if (po->message)
		htmltext_to_text(po->message, strlen(po->message), sb);
	r.text = sb->buf;
	if (yes(po->deleted))
		r.flags |= REC_DELETED;
	if (yes(po->spam))
		r.flags |= REC_SPAM;
	if (po->approved && !yes(po->approved))
		r.flags |= REC_UNAPPROVED;
	batch_add(q->b, &r);
}

static int dsq_detect(const char *head, size_t len)
{
	size_t i = 0;

	while (i < len && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
		i++;
	if (i == len || head[i] != '<')
		return 0;
	return xmlread_head_has(head, len, "<disqus") && xmlread_head_has(head, len, "http://disqus.com") ? 80 : 0;
}

static int dsq_parse(struct batch *b, const char *buf, size_t len, const struct input_opts *o)
{
	static const struct xmlread_handlers h = {dsq_code, dsq_start, dsq_end};
	struct dsq q = {.b = b, .o = o, .cur = -1};
	struct strbuf sb;
	const char *lost_first = NULL;
	long el, ec, lost = 0;
	int ret = 0, failed;
	size_t i;

	arena_init(&q.a);
	strmap_init(&q.threads);
	strbuf_init(&sb);
	failed = xmlread_parse(b, buf, len, &h, &q, &el, &ec) < 0;
	if (q.root != 1) {
		if (!failed)
			diag_error(&(struct loc){.file = b->file, .line = q.root_line, .col = q.root_col},
			           "not a Disqus export: the root element is not <disqus> in namespace " NS_DISQUS);
		ret = -1;
	} else {
		for (i = 0; i < q.n; i++)
			if (q.posts[i].complete)
				emit(&q, &q.posts[i], &sb, &lost, &lost_first);
		if (failed && !b->n && !batch_rejected(b))
			ret = -1; /* nothing could be read before the error: the file failed */
		if (lost)
			diag_warn(&(struct loc){.file = b->file}, "%ld post%s to threads not in the file (first '%s')",
			          lost, lost == 1 ? " belongs" : "s belong", lost_first);
		if (failed && !ret)
			batch_reject(b, &(struct loc){.file = b->file, .line = el, .col = ec}, "XML syntax error",
			             "the rest of the file is not read");
		b->read = (long)b->n + batch_rejected(b);
	}
	strbuf_release(&sb);
	strmap_release(&q.threads);
	free(q.posts);
	arena_release(&q.a);
	return ret;
}

const struct input_format in_disqus = {
    .name = "disqus-xml",
    .summary = "Disqus XML export: posts of every thread, replies linked by dsq:id; the site's account "
               "must be named with --official",
    .detection = "XML with a <disqus> root in the http://disqus.com namespace",
    .detect = dsq_detect,
    .parse = dsq_parse,
};
