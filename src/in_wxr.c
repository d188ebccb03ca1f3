/* in_wxr.c: WordPress eXtended RSS (Tools > Export, WXR 1.0-1.2): each post or page is a
 * thread, its wp:comment elements the comments. The whole file is collected first (authors,
 * items, comments), then records are made, because the authors' user ids and the site's UTC
 * offset can only be worked out from the file as a whole. The blog's authors (the people who
 * publish on it) are the official side: their posts and comments carry REC_OFFICIAL.
 * Pingbacks and trackbacks are left out by rule (notices from other sites, not citizens); attachments,
 * menu items and other non-content items without comments are not messages and are passed over. */
#include "in_htmltext.h"
#include "in_wxr.h"
#include "in_xmlread.h"
#include "input.h"
#include "strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum ns { NS_OTHER, NS_NONE, NS_WP, NS_DC, NS_CONTENT };

enum code {
	E_RSS = 1,
	E_CHANNEL,
	E_ITEM,
	E_LINK,
	E_BLOG_URL,
	E_AUTHOR,
	E_AUTHOR_ID,
	E_AUTHOR_LOGIN,
	E_AUTHOR_EMAIL,
	E_AUTHOR_DISPLAY,
	E_CREATOR,
	E_CONTENT,
	E_POST_ID,
	E_POST_DATE,
	E_POST_DATE_GMT,
	E_POST_TYPE,
	E_STATUS,
	E_COMMENT,
	E_C_ID,
	E_C_AUTHOR,
	E_C_EMAIL,
	E_C_DATE,
	E_C_DATE_GMT,
	E_C_CONTENT,
	E_C_APPROVED,
	E_C_TYPE,
	E_C_PARENT,
	E_C_USER_ID
};

static const struct {
	enum ns ns;
	const char *local;
	enum code code;
} names[] = {
    {NS_NONE, "rss", E_RSS},
    {NS_NONE, "channel", E_CHANNEL},
    {NS_NONE, "item", E_ITEM},
    {NS_NONE, "link", E_LINK},
    {NS_WP, "base_blog_url", E_BLOG_URL},
    {NS_WP, "author", E_AUTHOR},
    {NS_WP, "author_id", E_AUTHOR_ID},
    {NS_WP, "author_login", E_AUTHOR_LOGIN},
    {NS_WP, "author_email", E_AUTHOR_EMAIL},
    {NS_WP, "author_display_name", E_AUTHOR_DISPLAY},
    {NS_DC, "creator", E_CREATOR},
    {NS_CONTENT, "encoded", E_CONTENT},
    {NS_WP, "post_id", E_POST_ID},
    {NS_WP, "post_date", E_POST_DATE},
    {NS_WP, "post_date_gmt", E_POST_DATE_GMT},
    {NS_WP, "post_type", E_POST_TYPE},
    {NS_WP, "status", E_STATUS},
    {NS_WP, "comment", E_COMMENT},
    {NS_WP, "comment_id", E_C_ID},
    {NS_WP, "comment_author", E_C_AUTHOR},
    {NS_WP, "comment_author_email", E_C_EMAIL},
    {NS_WP, "comment_date", E_C_DATE},
    {NS_WP, "comment_date_gmt", E_C_DATE_GMT},
    {NS_WP, "comment_content", E_C_CONTENT},
    {NS_WP, "comment_approved", E_C_APPROVED},
    {NS_WP, "comment_type", E_C_TYPE},
    {NS_WP, "comment_parent", E_C_PARENT},
    {NS_WP, "comment_user_id", E_C_USER_ID},
};

struct comment {
	char *id, *parent, *author, *email, *user_id, *date, *date_gmt, *content, *approved, *type;
	long line, col;
	int complete;
};

struct item {
	char *post_id, *link, *creator, *date, *date_gmt, *type, *status, *content;
	long line, col;
	size_t first, n_comments; /* its comments: w->comments[first .. first + n_comments) */
	int complete;
};

struct author {
	char *id, *login, *email, *display;
	const char *key; /* the author_id their messages get, or NULL when unknown */
};

struct wxr {
	struct batch *b;
	const struct input_opts *o;
	struct arena a; /* everything collected; freed when the file is done */
	int root;       /* 1: root is rss, -1: something else */
	long root_line, root_col;
	char *blog_url, *channel_link, *site;
	struct item *items;
	size_t n_items, cap_items;
	long cur_item; /* open item index, -1 when none */
	struct comment *comments;
	size_t n_comments, cap_comments;
	long cur_comment;
	struct author *authors;
	size_t n_authors, cap_authors;
	long cur_author;
	struct loc *strays; /* wp:comment elements found outside an item */
	size_t n_strays, cap_strays;
	struct wxr_clock clock;                  /* the site's UTC offsets, for dates without GMT (in_wxr_time.c) */
	struct strmap by_login;                  /* author login -> index + 1 */
	struct strmap uid_by_email, uid_by_name; /* from registered comments: -> user id */
	struct strmap key_by_email;              /* an author's e-mail -> their key */
	struct strmap staff;                     /* author keys */
	struct strbuf tmp;
	int warned_approved, warned_creator;
};

/* WXR 1.0, 1.1 and 1.2 namespaces, over http or https (WordPress.com writes https). */
static int is_wp_ns(const char *uri)
{
	const char *p = uri;

	if (!strncmp(p, "http://", 7))
		p += 7;
	else if (!strncmp(p, "https://", 8))
		p += 8;
	else
		return 0;
	if (strncmp(p, "wordpress.org/export/", 21))
		return 0;
	p += 21;
	if (p[0] < '0' || p[0] > '9' || p[1] != '.')
		return 0;
	p += 2;
	while (*p >= '0' && *p <= '9')
		p++;
	return !strcmp(p, "/");
}

static int wxr_code(const char *uri, const char *local)
{
	enum ns ns = NS_OTHER;
	size_t i;

	if (!*uri)
		ns = NS_NONE;
	else if (is_wp_ns(uri))
		ns = NS_WP;
	else if (!strcmp(uri, "http://purl.org/dc/elements/1.1/"))
		ns = NS_DC;
	else if (!strcmp(uri, "http://purl.org/rss/1.0/modules/content/"))
		ns = NS_CONTENT;
	if (ns == NS_OTHER)
		return 0;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (names[i].ns == ns && !strcmp(names[i].local, local))
			return names[i].code;
	return 0;
}

static int wxr_start(void *ctx, const struct xmlread_elem *p, size_t d, const char **attrs)
{
	struct wxr *w = ctx;
	int c = p[d - 1].code;

	(void)attrs;
	if (c == E_COMMENT && !(d == 4 && w->root == 1 && p[1].code == E_CHANNEL && p[2].code == E_ITEM)) {
		XGROW(w->strays, w->cap_strays, w->n_strays + 1);
		w->strays[w->n_strays++] = (struct loc){.file = w->b->file, .line = p[d - 1].line, .col = p[d - 1].col};
	}
	if (d == 1) {
		w->root = c == E_RSS ? 1 : -1;
		w->root_line = p[0].line;
		w->root_col = p[0].col;
		return 0;
	}
	if (w->root != 1 || p[1].code != E_CHANNEL || d == 2)
		return 0;
	if (d == 3) {
		if (c == E_ITEM) {
			struct item *it;
			XGROW(w->items, w->cap_items, w->n_items + 1);
			it = &w->items[w->n_items];
			memset(it, 0, sizeof(*it));
			it->line = p[d - 1].line;
			it->col = p[d - 1].col;
			it->first = w->n_comments;
			w->cur_item = (long)w->n_items++;
		} else if (c == E_AUTHOR) {
			XGROW(w->authors, w->cap_authors, w->n_authors + 1);
			memset(&w->authors[w->n_authors], 0, sizeof(*w->authors));
			w->cur_author = (long)w->n_authors++;
		}
		return c == E_LINK || c == E_BLOG_URL;
	}
	if (p[2].code == E_ITEM && w->cur_item >= 0) {
		if (d == 4 && c == E_COMMENT) {
			struct comment *cm;
			XGROW(w->comments, w->cap_comments, w->n_comments + 1);
			cm = &w->comments[w->n_comments];
			memset(cm, 0, sizeof(*cm));
			cm->line = p[d - 1].line;
			cm->col = p[d - 1].col;
			w->cur_comment = (long)w->n_comments++;
			return 0;
		}
		if (d == 4)
			return c == E_LINK || (c >= E_CREATOR && c <= E_STATUS);
		return d == 5 && p[3].code == E_COMMENT && w->cur_comment >= 0 && c >= E_C_ID;
	}
	return d == 4 && p[2].code == E_AUTHOR && w->cur_author >= 0 && c >= E_AUTHOR_ID && c <= E_AUTHOR_DISPLAY;
}

static void set(struct wxr *w, char **field, const char *text, size_t len, int keep_blanks)
{
	*field = keep_blanks ? arena_strndup(&w->a, text, len) : xmlread_trim(&w->a, text, len);
}

static void wxr_end(void *ctx, const struct xmlread_elem *p, size_t d, const char *text, size_t len)
{
	struct wxr *w = ctx;
	int c = p[d - 1].code;

	if (w->root != 1 || d < 3 || p[1].code != E_CHANNEL)
		return;
	if (d == 3) {
		if (c == E_ITEM && w->cur_item >= 0) {
			struct item *it = &w->items[w->cur_item];
			it->n_comments = w->n_comments - it->first;
			it->complete = 1;
			w->cur_item = -1;
		} else if (c == E_AUTHOR) {
			w->cur_author = -1;
		} else if (c == E_LINK) {
			set(w, &w->channel_link, text, len, 0);
		} else if (c == E_BLOG_URL) {
			set(w, &w->blog_url, text, len, 0);
		}
		return;
	}
	if (p[2].code == E_ITEM && w->cur_item >= 0) {
		struct item *it = &w->items[w->cur_item];
		struct comment *cm = w->cur_comment >= 0 ? &w->comments[w->cur_comment] : NULL;
		if (d == 4) {
			switch (c) {
			case E_COMMENT:
				if (cm)
					cm->complete = 1;
				w->cur_comment = -1;
				break;
			case E_LINK:
				set(w, &it->link, text, len, 0);
				break;
			case E_CREATOR:
				set(w, &it->creator, text, len, 0);
				break;
			case E_CONTENT:
				set(w, &it->content, text, len, 1);
				break;
			case E_POST_ID:
				set(w, &it->post_id, text, len, 0);
				break;
			case E_POST_DATE:
				set(w, &it->date, text, len, 0);
				break;
			case E_POST_DATE_GMT:
				set(w, &it->date_gmt, text, len, 0);
				break;
			case E_POST_TYPE:
				set(w, &it->type, text, len, 0);
				break;
			case E_STATUS:
				set(w, &it->status, text, len, 0);
				break;
			default:
				break;
			}
		} else if (d == 5 && cm && p[3].code == E_COMMENT) {
			switch (c) {
			case E_C_ID:
				set(w, &cm->id, text, len, 0);
				break;
			case E_C_AUTHOR:
				set(w, &cm->author, text, len, 0);
				break;
			case E_C_EMAIL:
				set(w, &cm->email, text, len, 0);
				break;
			case E_C_DATE:
				set(w, &cm->date, text, len, 0);
				break;
			case E_C_DATE_GMT:
				set(w, &cm->date_gmt, text, len, 0);
				break;
			case E_C_CONTENT:
				set(w, &cm->content, text, len, 1);
				break;
			case E_C_APPROVED:
				set(w, &cm->approved, text, len, 0);
				break;
			case E_C_TYPE:
				set(w, &cm->type, text, len, 0);
				break;
			case E_C_PARENT:
				set(w, &cm->parent, text, len, 0);
				break;
			case E_C_USER_ID:
				set(w, &cm->user_id, text, len, 0);
				break;
			default:
				break;
			}
		}
		return;
	}
	if (d == 4 && p[2].code == E_AUTHOR && w->cur_author >= 0) {
		struct author *au = &w->authors[w->cur_author];
		switch (c) {
		case E_AUTHOR_ID:
			set(w, &au->id, text, len, 0);
			break;
		case E_AUTHOR_LOGIN:
			set(w, &au->login, text, len, 0);
			break;
		case E_AUTHOR_EMAIL:
			set(w, &au->email, text, len, 0);
			break;
		case E_AUTHOR_DISPLAY:
			set(w, &au->display, text, len, 0);
			break;
		default:
			break;
		}
	}
}

/* ---- working out who is who ---- */

static int empty(const char *s)
{
	return !s || !*s;
}

/* A registered user's id: non-empty and not "0". */
static int registered(const struct comment *c)
{
	return !empty(c->user_id) && strspn(c->user_id, "0") != strlen(c->user_id);
}

static char *lower(struct arena *a, const char *s)
{
	char *r = arena_strdup(a, s);
	char *p;

	for (p = r; p && *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return r;
}

/* Lookups over the whole file, built once (a file may hold thousands of authors and
 * hundreds of thousands of comments, so nothing here scans one list per element of another).
 * Keys are lowercased (ASCII) copies in the arena. */
static const char ambiguous[] = ""; /* value of a key that maps to more than one user id */

static const char *lookup(struct wxr *w, const struct strmap *m, const char *k)
{
	const char *p;

	strbuf_reset(&w->tmp);
	for (p = k; *p; p++)
		strbuf_addch(&w->tmp, *p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
	return strmap_get(m, w->tmp.buf);
}

static void note_uid(struct wxr *w, struct strmap *m, const char *k, char *uid)
{
	int created;
	void **v = strmap_put(m, lower(&w->a, k), &created);

	if (created)
		*v = uid;
	else if (*v != ambiguous && strcmp(*v, uid))
		*v = (void *)ambiguous;
}

/* The user id registered comments agree on for author au: first by e-mail, else by name
 * (WordPress writes the display name, which is the login unless changed). NULL when none or
 * when they disagree. */
static const char *user_id_of(struct wxr *w, const struct author *au)
{
	const char *e = empty(au->email) ? NULL : lookup(w, &w->uid_by_email, au->email);
	const char *l = empty(au->login) ? NULL : lookup(w, &w->uid_by_name, au->login);
	const char *d = empty(au->display) ? NULL : lookup(w, &w->uid_by_name, au->display);

	if (e)
		return e == ambiguous ? NULL : e;
	if (l == ambiguous || d == ambiguous || (l && d && strcmp(l, d)))
		return NULL;
	return l ? l : d;
}

static struct author *author_by_login(struct wxr *w, const char *login)
{
	size_t at = (size_t)strmap_get(&w->by_login, login);

	return at ? &w->authors[at - 1] : NULL;
}

static void resolve_authors(struct wxr *w)
{
	size_t i;

	for (i = 0; i < w->n_comments; i++) {
		struct comment *c = &w->comments[i];
		if (!c->complete || !registered(c))
			continue;
		if (!empty(c->email))
			note_uid(w, &w->uid_by_email, c->email, c->user_id);
		if (!empty(c->author))
			note_uid(w, &w->uid_by_name, c->author, c->user_id);
	}
	for (i = 0; i < w->n_authors; i++)
		if (!empty(w->authors[i].login) && !strmap_get(&w->by_login, w->authors[i].login))
			*strmap_put(&w->by_login, w->authors[i].login, NULL) = (void *)(i + 1);
	/* Post creators the channel does not list (WXR 1.0, hand-made files) join the list. */
	for (i = 0; i < w->n_items; i++) {
		char *login = w->items[i].creator;
		if (empty(login) || author_by_login(w, login))
			continue;
		XGROW(w->authors, w->cap_authors, w->n_authors + 1);
		memset(&w->authors[w->n_authors], 0, sizeof(*w->authors));
		w->authors[w->n_authors++].login = login;
		*strmap_put(&w->by_login, login, NULL) = (void *)w->n_authors;
	}
	for (i = 0; i < w->n_authors; i++) {
		struct author *au = &w->authors[i];
		if (!empty(au->id) && strspn(au->id, "0") != strlen(au->id))
			au->key = au->id;
		else if ((au->key = user_id_of(w, au)))
			;
		else if (!empty(au->email))
			au->key = lower(&w->a, au->email);
		if (!au->key)
			continue;
		*strmap_put(&w->staff, au->key, NULL) = au;
		if (!empty(au->email) && !lookup(w, &w->key_by_email, au->email))
			*strmap_put(&w->key_by_email, lower(&w->a, au->email), NULL) = (void *)au->key;
	}
}

/* The author id of a comment: the user id of a registered user; else a listed author's id
 * when the e-mail is theirs; else the e-mail (lowercased); else the name. */
static const char *comment_author_id(struct wxr *w, const struct comment *c, const char *name)
{
	const char *k;

	if (registered(c))
		return c->user_id;
	if (!empty(c->email)) {
		if ((k = lookup(w, &w->key_by_email, c->email)))
			return k;
		return lower(&w->a, c->email);
	}
	return name;
}

/* 1 when key is the author id of one of the blog's authors (people who publish on it). */
static int is_staff(const struct wxr *w, const char *key)
{
	return key && strmap_get(&w->staff, key);
}

/* ---- threads ---- */

/* "https://Blog.Example.org/news/" -> "blog.example.org/news"; host_only stops at the host. */
static char *site_of(struct arena *a, const char *url, int host_only)
{
	const char *p = url, *e;
	char *r, *q;

	if (!strncasecmp(p, "http://", 7))
		p += 7;
	else if (!strncasecmp(p, "https://", 8))
		p += 8;
	e = p + strcspn(p, host_only ? "/?#" : "?#");
	while (e > p && e[-1] == '/')
		e--;
	if (e == p)
		return NULL;
	r = arena_strndup(a, p, (size_t)(e - p));
	for (q = r; *q && *q != '/'; q++)
		if (*q >= 'A' && *q <= 'Z')
			*q = (char)(*q - 'A' + 'a');
	return r;
}

/* Thread id: "SITE/?p=POST_ID" (a URL WordPress answers), so that post 18 of two blogs read
 * together stay apart ("?p=POST_ID" when nothing names the site); the post id comes from
 * wp:post_id or a "?p=N" link; without either, the link itself. NULL when the item names no
 * post. Never all digits, so never equal to a comment id. */
static const char *thread_of(struct wxr *w, const struct item *it)
{
	const char *id = it->post_id, *site = w->site;
	char *t;
	size_t n;

	if (empty(id) && !empty(it->link)) {
		const char *q = strstr(it->link, "?p="), *q2 = strstr(it->link, "&p=");
		if (!q)
			q = q2;
		if (q && q[3] >= '0' && q[3] <= '9') {
			n = strspn(q + 3, "0123456789");
			id = arena_strndup(&w->a, q + 3, n);
		} else if ((t = site_of(&w->a, it->link, 0)) && strspn(t, "0123456789") != strlen(t)) {
			return t;
		}
	}
	if (empty(id))
		return NULL;
	if (!site && !empty(it->link))
		site = site_of(&w->a, it->link, 1);
	/* The post's own record has the thread id as its id: "?p=" keeps it apart from the
	 * comment ids, which are numbers too. */
	n = (site ? strlen(site) : 0) + strlen(id) + 5;
	t = arena_alloc(&w->a, n);
	snprintf(t, n, "%s/?p=%s", site ? site : "", id);
	return site ? t : t + 1;
}

static const char *html_text(struct wxr *w, const char *s, struct strbuf *sb)
{
	strbuf_reset(sb);
	if (s)
		htmltext_to_text(s, strlen(s), sb);
	return arena_strndup(&w->a, sb->buf, sb->len);
}

static const char *name_text(struct wxr *w, const char *s, struct strbuf *sb)
{
	if (empty(s))
		return NULL;
	strbuf_reset(sb);
	htmltext_decode(s, strlen(s), sb);
	return arena_strndup(&w->a, sb->buf, sb->len);
}

static int is_content_type(const char *type)
{
	return empty(type) || !strcmp(type, "post") || !strcmp(type, "page");
}

static void emit_comment(struct wxr *w, const struct comment *c, const char *thread, struct strbuf *sb)
{
	struct record r = {0};
	struct loc loc = {.file = w->b->file, .line = c->line, .col = c->col};
	enum time_status st;
	int absent;

	if (!empty(c->type) && strcasecmp(c->type, "comment")) {
		/* Notices from other sites and plugin entries are not citizens' messages. */
		if (!strcasecmp(c->type, "pingback"))
			batch_skip(w->b, "pingback notice");
		else if (!strcasecmp(c->type, "trackback"))
			batch_skip(w->b, "trackback notice");
		else
			batch_skip(w->b, "plugin comment type");
		return;
	}
	if (!thread) {
		batch_reject(w->b, &loc, "comment of an item without post id or usable link", NULL);
		return;
	}
	if (empty(c->id)) {
		batch_reject(w->b, &loc, "comment without wp:comment_id", NULL);
		return;
	}
	r.loc = loc;
	st = wxr_clock_time(&w->clock, w->o->tz, c->date, c->date_gmt, &loc, &r.created, &r.flags, &absent);
	if (st != TIME_OK) {
		if (st == TIME_NO_OFFSET)
			batch_reject(w->b, &loc, "comment date without zone", "pass --tz");
		else
			batch_reject(w->b, &loc, absent ? "no comment date" : "bad comment date",
			             absent ? NULL : time_status_text(st));
		return;
	}
	r.platform = "wordpress";
	r.channel = CHANNEL_PUBLIC;
	r.thread = thread;
	r.id = c->id;
	r.parent = empty(c->parent) || strspn(c->parent, "0") == strlen(c->parent) ? NULL : c->parent;
	r.author = name_text(w, c->author, sb);
	r.author_id = comment_author_id(w, c, r.author);
	if (is_staff(w, r.author_id))
		r.flags |= REC_OFFICIAL;
	r.text = html_text(w, c->content, sb);
	if (empty(c->approved) || !strcmp(c->approved, "1") || !strcmp(c->approved, "approve")) {
		/* published */
	} else if (!strcmp(c->approved, "0") || !strcmp(c->approved, "hold")) {
		r.flags |= REC_UNAPPROVED;
	} else if (!strcmp(c->approved, "spam")) {
		r.flags |= REC_SPAM;
	} else if (!strcmp(c->approved, "trash") || !strcmp(c->approved, "post-trashed")) {
		r.flags |= REC_DELETED;
	} else if (!w->warned_approved) {
		w->warned_approved = 1;
		diag_warn(&loc, "comment status '%s' not known: read as approved", c->approved);
	}
	batch_add(w->b, &r);
}

/* One item: its post record (when it is a post or page, or has comments), then its comments. */
static void emit_item(struct wxr *w, const struct item *it, struct strbuf *sb)
{
	struct loc loc = {.file = w->b->file, .line = it->line, .col = it->col};
	const char *thread;
	const struct author *au = empty(it->creator) ? NULL : author_by_login(w, it->creator);
	size_t n = it->complete ? it->n_comments : w->n_comments - it->first, i;

	if (!it->complete && !n)
		return;
	if (!is_content_type(it->type) && !n)
		return; /* attachment, menu item, template...: not a message */
	thread = thread_of(w, it);
	if (au && !au->key && !w->warned_creator) {
		w->warned_creator = 1;
		diag_warn(&loc,
		          "post author '%s' has no user id or e-mail in the export: their replies cannot be "
		          "told from citizens'; name them with --official",
		          it->creator);
	}
	if (!it->complete) {
		/* cut short by a syntax error: its complete comments are kept, the post is not */
	} else if (!thread) {
		/* Its comments are kept, in a thread named after the item's place in the file. */
		thread = batch_rejected_id(w->b, &loc);
		strbuf_reset(&w->tmp);
		if (n)
			strbuf_addf(&w->tmp, "its comments are filed under thread '%s'", thread);
		batch_reject(w->b, &loc, "item without post id or usable link", w->tmp.buf);
	} else {
		struct record r = {0};
		enum time_status st;
		int absent;
		r.loc = loc;
		st = wxr_clock_time(&w->clock, w->o->tz, it->date, it->date_gmt, &loc, &r.created, &r.flags, &absent);
		if (st != TIME_OK) {
			if (st == TIME_NO_OFFSET)
				batch_reject(w->b, &loc, "post date without zone", "pass --tz");
			else if (absent)
				batch_skip(w->b, "post without date (draft)"); /* the blog's own, unpublished */
			else
				batch_reject(w->b, &loc, "bad post date", time_status_text(st));
		} else {
			r.platform = "wordpress";
			r.channel = CHANNEL_PUBLIC;
			r.thread = thread;
			r.id = thread;
			r.flags |= REC_POST;
			r.author_id = au ? au->key : NULL;
			if (r.author_id)
				r.flags |= REC_OFFICIAL;
			r.author = au && !empty(au->display) ? name_text(w, au->display, sb) : it->creator;
			r.text = html_text(w, it->content, sb);
			if (!empty(it->status) && !strcmp(it->status, "trash"))
				r.flags |= REC_DELETED;
			else if (!empty(it->status) &&
			         (!strcmp(it->status, "draft") || !strcmp(it->status, "pending") ||
			          !strcmp(it->status, "future") || !strcmp(it->status, "auto-draft")))
				r.flags |= REC_UNAPPROVED;
			batch_add(w->b, &r);
		}
	}
	for (i = 0; i < n; i++)
		if (w->comments[it->first + i].complete)
			emit_comment(w, &w->comments[it->first + i], thread, sb);
}

static int wxr_detect(const char *head, size_t len)
{
	size_t i = 0;

	while (i < len && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
		i++;
	if (i == len || head[i] != '<')
		return 0;
	return xmlread_head_has(head, len, "<rss") && xmlread_head_has(head, len, "wordpress.org/export/1.") ? 80 : 0;
}

static int wxr_parse(struct batch *b, const char *buf, size_t len, const struct input_opts *o)
{
	static const struct xmlread_handlers h = {wxr_code, wxr_start, wxr_end};
	struct wxr w = {.b = b, .o = o, .cur_item = -1, .cur_comment = -1, .cur_author = -1};
	struct strbuf sb;
	long el, ec;
	int ret = 0, failed;
	size_t i;

	arena_init(&w.a);
	strbuf_init(&sb);
	strbuf_init(&w.tmp);
	strmap_init(&w.by_login);
	strmap_init(&w.uid_by_email);
	strmap_init(&w.uid_by_name);
	strmap_init(&w.key_by_email);
	strmap_init(&w.staff);
	failed = xmlread_parse(b, buf, len, &h, &w, &el, &ec) < 0;
	if (w.root != 1) {
		if (!failed)
			diag_error(&(struct loc){.file = b->file, .line = w.root_line, .col = w.root_col},
			           "not a WordPress export: the root element is not <rss>");
		ret = -1;
		goto done;
	}
	w.site = !empty(w.blog_url) ? site_of(&w.a, w.blog_url, 0) : NULL;
	if (!w.site && !empty(w.channel_link))
		w.site = site_of(&w.a, w.channel_link, 0);
	for (i = 0; i < w.n_items; i++)
		wxr_clock_add(&w.clock, w.items[i].date, w.items[i].date_gmt);
	for (i = 0; i < w.n_comments; i++)
		if (w.comments[i].complete)
			wxr_clock_add(&w.clock, w.comments[i].date, w.comments[i].date_gmt);
	wxr_clock_ready(&w.clock);
	resolve_authors(&w);
	for (i = 0; i < w.n_items; i++)
		emit_item(&w, &w.items[i], &sb);
	for (i = 0; i < w.n_strays; i++)
		batch_reject(b, &w.strays[i], "comment outside an item", NULL);
	if (failed && !b->n && !batch_rejected(b) && !batch_skipped(b)) {
		ret = -1; /* nothing could be read before the error: the file failed */
		goto done;
	}
	if (failed)
		batch_reject(b, &(struct loc){.file = b->file, .line = el, .col = ec}, "XML syntax error",
		             "the rest of the file is not read");
	b->read = (long)b->n + batch_rejected(b) + batch_skipped(b);
done:
	strbuf_release(&sb);
	free(w.items);
	free(w.comments);
	free(w.authors);
	wxr_clock_release(&w.clock);
	free(w.strays);
	strbuf_release(&w.tmp);
	strmap_release(&w.by_login);
	strmap_release(&w.uid_by_email);
	strmap_release(&w.uid_by_name);
	strmap_release(&w.key_by_email);
	strmap_release(&w.staff);
	arena_release(&w.a);
	return ret;
}

const struct input_format in_wxr = {
    .name = "wordpress-wxr",
    .summary = "WordPress export (WXR 1.0-1.2, Tools > Export): posts and pages with their comments; "
               "pingbacks and trackbacks left out",
    .detection = "XML with <rss> and a wordpress.org/export/1.x namespace",
    .detect = wxr_detect,
    .parse = wxr_parse,
};
