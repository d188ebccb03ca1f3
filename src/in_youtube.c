/* in_youtube.c: YouTube Data API v3 comment JSON: commentThreads.list and comments.list
 * responses, a single commentThread or comment, an array of any of these, and several of them
 * one after another in a file (JSON lines, pages appended). Replies link to their top-level
 * comment; the channel that owns the video is passed on as the page. Missing pages and
 * replies left out of a thread are counted, never fetched. */
#include "in_json.h"
#include "input.h"
#include "strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What a commentThread in this file says about its top-level comment, for replies listed
 * elsewhere in the file (comments.list pages carry no videoId) and for completeness. */
struct top {
	const char *thread; /* in the batch arena */
	const char *page;   /* NULL when the thread has no channelId */
	long declared;      /* totalReplyCount, -1 when absent */
	long held;          /* replies to it found in this file */
};

struct yt {
	struct batch *b;
	const struct input_opts *o;
	long recno;            /* message objects met, in document order */
	struct strmap tops;    /* top-level comment id -> struct top */
	struct strmap replies; /* ids of the replies counted in some top's held */
	int warned_no_video, warned_no_thread, warned_status;
};

enum pass { PASS_INDEX, PASS_EMIT };

/* Appends code point cp as UTF-8 (U+FFFD for NUL, surrogates and values out of range). */
static void add_utf8(struct strbuf *out, unsigned long cp)
{
	if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		cp = 0xFFFD;
	if (cp < 0x80) {
		strbuf_addch(out, (int)cp);
	} else if (cp < 0x800) {
		strbuf_addch(out, (int)(0xC0 | (cp >> 6)));
		strbuf_addch(out, (int)(0x80 | (cp & 0x3F)));
	} else if (cp < 0x10000) {
		strbuf_addch(out, (int)(0xE0 | (cp >> 12)));
		strbuf_addch(out, (int)(0x80 | ((cp >> 6) & 0x3F)));
		strbuf_addch(out, (int)(0x80 | (cp & 0x3F)));
	} else {
		strbuf_addch(out, (int)(0xF0 | (cp >> 18)));
		strbuf_addch(out, (int)(0x80 | ((cp >> 12) & 0x3F)));
		strbuf_addch(out, (int)(0x80 | ((cp >> 6) & 0x3F)));
		strbuf_addch(out, (int)(0x80 | (cp & 0x3F)));
	}
}

/* The entity at s ("&amp;", "&#39;", "&#x1F600;"): appends its text and returns its length,
 * or 0 when it is not one (the '&' is then literal). */
static size_t entity(const char *s, struct strbuf *out)
{
	static const struct {
		const char *name;
		const char *text;
	} named[] = {{"amp;", "&"}, {"lt;", "<"}, {"gt;", ">"}, {"quot;", "\""}, {"apos;", "'"}, {"nbsp;", "\xC2\xA0"}};
	size_t i;

	if (s[1] == '#') {
		unsigned long cp = 0;
		int hex = s[2] == 'x' || s[2] == 'X', nd = 0;
		const char *p = s + 2 + hex;
		for (;; p++, nd++) {
			int d;
			if (*p >= '0' && *p <= '9')
				d = *p - '0';
			else if (hex && *p >= 'a' && *p <= 'f')
				d = *p - 'a' + 10;
			else if (hex && *p >= 'A' && *p <= 'F')
				d = *p - 'A' + 10;
			else
				break;
			if (cp <= 0x10FFFF)
				cp = cp * (hex ? 16 : 10) + (unsigned long)d;
		}
		if (!nd || *p != ';')
			return 0;
		add_utf8(out, cp);
		return (size_t)(p + 1 - s);
	}
	for (i = 0; i < sizeof(named) / sizeof(*named); i++) {
		size_t n = strlen(named[i].name);
		if (!strncmp(s + 1, named[i].name, n)) {
			strbuf_addstr(out, named[i].text);
			return n + 1;
		}
	}
	return 0;
}

/* textDisplay is HTML: <br> is a line break, links keep their text, other tags go, entities
 * are decoded. A '<' that opens no tag stays as it is. Linear: the next '>' is looked up
 * once for all the '<' before it. */
static void html_to_text(const char *s, struct strbuf *out)
{
	const char *gt = NULL;
	int no_gt = 0;

	while (*s) {
		if (*s == '<') {
			const char *n = s + 1 + (s[1] == '/');
			if ((*n >= 'a' && *n <= 'z') || (*n >= 'A' && *n <= 'Z')) {
				if (!no_gt && (!gt || gt < s) && !(gt = strchr(s, '>')))
					no_gt = 1;
				if (gt) {
					if ((n[0] == 'b' || n[0] == 'B') && (n[1] == 'r' || n[1] == 'R') &&
					    (n[2] == '>' || n[2] == '/' || n[2] == ' '))
						strbuf_addch(out, '\n');
					s = gt + 1;
					continue;
				}
			}
		} else if (*s == '&') {
			size_t n = entity(s, out);
			if (n) {
				s += n;
				continue;
			}
		}
		strbuf_addch(out, *s++);
	}
}

/* How many bytes of s to print so that at most max are shown, cut on a character boundary. */
static int shown(const char *s, size_t max)
{
	size_t n = strlen(s);

	if (n > max) {
		n = max;
		while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	return (int)n;
}

static const char *video_of(const cJSON *sn, const cJSON *tsn)
{
	const char *v = json_str(sn, "videoId");

	if (!v || !*v)
		v = json_str(tsn, "videoId");
	return v && *v ? v : NULL;
}

static const char *channel_of(const cJSON *sn, const cJSON *tsn)
{
	const char *c = json_str(sn, "channelId");

	if (!c || !*c)
		c = json_str(tsn, "channelId");
	return c && *c ? c : NULL;
}

static int is_kind(const cJSON *o, const char *kind)
{
	const char *k = json_str(o, "kind");
	return k && !strcmp(k, kind);
}

static int is_thread(const cJSON *o)
{
	return is_kind(o, "youtube#commentThread") || json_object(json_object(o, "snippet"), "topLevelComment");
}

static int is_comment(const cJSON *o)
{
	const cJSON *sn = json_object(o, "snippet");

	return is_kind(o, "youtube#comment") ||
	       (sn &&
	        (json_get(sn, "publishedAt") || json_get(sn, "authorDisplayName") || json_get(sn, "textDisplay")));
}

static struct loc rec_loc(struct yt *y)
{
	return (struct loc){.file = y->b->file, .record = y->recno};
}

static void reject(struct yt *y, const char *reason, const char *detail)
{
	struct loc loc;

	y->recno++;
	loc = rec_loc(y);
	batch_reject(y->b, &loc, reason, detail);
}

/* The thread of comments whose video is unknown: named after their top-level comment, and
 * never equal to its id (the core would take a parent equal to the thread for top level). */
static const char *comment_thread(struct yt *y, const char *top)
{
	size_t n = strlen(top);
	char *t = arena_alloc(&y->b->arena, n + sizeof("comment-"));

	memcpy(t, "comment-", sizeof("comment-") - 1);
	memcpy(t + sizeof("comment-") - 1, top, n + 1);
	return t;
}

/* The thread of a top-level comment (or a whole commentThread): its video, or for a channel
 * discussion (no videoId) the channel itself, or failing both "comment-<id>" (said once, at
 * warn_at, unless NULL). */
static const char *top_thread(struct yt *y, const cJSON *sn, const cJSON *tsn, const char *id,
                              const struct loc *warn_at)
{
	const char *v = video_of(sn, tsn);

	if (v)
		return v;
	v = channel_of(sn, tsn);
	if (v)
		return v;
	if (warn_at && !y->warned_no_thread) {
		y->warned_no_thread = 1;
		diag_warn(warn_at, "comment '%s' names neither video nor channel: filed under thread 'comment-%s'", id,
		          id);
	}
	return comment_thread(y, id);
}

/* One comment object into a record; tsn is the snippet of its commentThread (NULL for a
 * comment listed alone), top the id of the thread's top-level comment when c is one of its
 * embedded replies. */
static void emit(struct yt *y, const cJSON *c, const cJSON *tsn, const char *top)
{
	struct record r = {0};
	const cJSON *sn = json_object(c, "snippet");
	const cJSON *ach = json_get(sn, "authorChannelId");
	const char *id = json_str(c, "id"), *dot, *status;
	const cJSON *upd;
	struct strbuf text;
	struct top *t = NULL;
	enum time_status st;
	struct when w;
	unsigned f2 = 0;

	y->recno++;
	r.loc = rec_loc(y);
	if (!id || !*id) {
		batch_reject(y->b, &r.loc, "comment without id", NULL);
		return;
	}
	if (!sn) {
		batch_reject(y->b, &r.loc, "comment without snippet", id);
		return;
	}
	r.platform = "youtube";
	r.channel = CHANNEL_PUBLIC;
	r.id = id;
	/* Replies are "<top-level id>.<suffix>" and carry parentId; only two levels exist. */
	r.parent = json_str(sn, "parentId");
	if ((!r.parent || !*r.parent) && top && strcmp(top, id))
		r.parent = top;
	if ((!r.parent || !*r.parent) && (dot = strchr(id, '.')) && dot > id)
		r.parent = arena_strndup(&y->b->arena, id, (size_t)(dot - id));
	if (r.parent && !*r.parent)
		r.parent = NULL;
	if (r.parent)
		t = strmap_get(&y->tops, r.parent);
	r.page = channel_of(sn, tsn);
	r.thread = video_of(sn, tsn);
	if (!r.thread && r.parent) {
		if (t) {
			r.thread = t->thread;
			if (!r.page)
				r.page = t->page;
		} else if (tsn) {
			r.thread = top_thread(y, sn, tsn, r.parent, &r.loc);
		} else {
			/* A comments.list page of replies: no videoId, and the thread is not in this file. */
			r.thread = comment_thread(y, r.parent);
			if (!y->warned_no_video) {
				y->warned_no_video = 1;
				diag_warn(&r.loc,
				          "replies without videoId (comments.list page): filed under thread "
				          "'%s', not under their video; put the commentThreads response in the "
				          "same file to join them",
				          r.thread);
			}
		}
	}
	if (!r.thread)
		r.thread = top_thread(y, sn, tsn, id, &r.loc);
	if (cJSON_IsObject(ach))
		r.author_id = json_str(ach, "value");
	else if (cJSON_IsString(ach))
		r.author_id = ach->valuestring;
	if (!r.author_id || !*r.author_id) {
		/* "http://www.youtube.com/channel/UC..." names the channel too ("/@handle" does not) */
		const char *url = json_str(sn, "authorChannelUrl"), *p = url ? strstr(url, "/channel/") : NULL;
		if (p && p[9] && !strchr(p + 9, '/') && !strchr(p + 9, '?'))
			r.author_id = p + 9;
	}
	r.author = json_str(sn, "authorDisplayName");
	strbuf_init(&text);
	r.text = json_str(sn, "textOriginal");
	if (!r.text || !*r.text) {
		const char *html = json_str(sn, "textDisplay");
		if (html) {
			html_to_text(html, &text);
			r.text = text.buf;
		}
	}
	st = json_time(json_get(sn, "publishedAt"), y->o->tz, &r.created, &r.flags);
	if (st != TIME_OK) {
		int has = json_get(sn, "publishedAt") != NULL;
		batch_reject(y->b, &r.loc, has ? "bad publishedAt" : "no publishedAt", has ? time_status_text(st) : id);
		strbuf_release(&text);
		return;
	}
	upd = json_get(sn, "updatedAt");
	if (upd && json_time(upd, y->o->tz, &w, &f2) == TIME_OK && w.utc > r.created.utc)
		r.flags |= REC_EDITED;
	status = json_str(sn, "moderationStatus");
	if (status) {
		/* Only the owner's moderation queries return it; "published" is the normal case. */
		if (!strcmp(status, "heldForReview"))
			r.flags |= REC_UNAPPROVED;
		else if (!strcmp(status, "likelySpam"))
			r.flags |= REC_SPAM | REC_UNAPPROVED; /* held in the same queue, not public */
		else if (!strcmp(status, "rejected"))
			r.flags |= REC_DELETED; /* the owner removed it from public view */
		else if (strcmp(status, "published") && !y->warned_status) {
			y->warned_status = 1;
			diag_warn(&r.loc, "unknown moderationStatus '%.*s' ignored", shown(status, 40), status);
		}
	}
	batch_add(y->b, &r);
	strbuf_release(&text);
	if (t && t->held < t->declared) {
		int created;
		/* the batch copy of the id lives as long as the map */
		strmap_put(&y->replies, y->b->recs[y->b->n - 1].id, &created);
		t->held += created; /* a reply listed twice (overlapping pages) counts once */
	}
}

static void do_thread(struct yt *y, const cJSON *th, enum pass pass)
{
	const cJSON *tsn = json_object(th, "snippet");
	const cJSON *tlc = json_object(tsn, "topLevelComment");
	const cJSON *replies = json_array(json_object(th, "replies"), "comments");
	const cJSON *trc = json_get(tsn, "totalReplyCount");
	const char *id = json_str(tlc, "id");
	const cJSON *c;

	if (!id || !*id)
		id = json_str(th, "id");
	if (pass == PASS_INDEX) {
		int created;
		void **cell;
		struct top *t;
		if (!id || !*id)
			return;
		cell = strmap_put(&y->tops, arena_strdup(&y->b->arena, id), &created);
		if (!created)
			return; /* the same thread twice (overlapping pages): the first one counts */
		t = arena_alloc(&y->b->arena, sizeof(*t));
		t->thread = arena_strdup(&y->b->arena, top_thread(y, json_object(tlc, "snippet"), tsn, id, NULL));
		t->page = arena_strdup(&y->b->arena, channel_of(json_object(tlc, "snippet"), tsn));
		t->declared = cJSON_IsNumber(trc) && trc->valuedouble >= 0 && trc->valuedouble < 1e9
		                  ? (long)trc->valuedouble
		                  : -1;
		*cell = t;
		return;
	}
	if (tlc)
		emit(y, tlc, tsn, NULL);
	else
		reject(y, "comment thread without topLevelComment", id);
	cJSON_ArrayForEach (c, replies) {
		if (cJSON_IsObject(c)) {
			emit(y, c, tsn, id);
		} else {
			char detail[160];
			id = id ? id : "?";
			snprintf(detail, sizeof(detail), "in the replies of '%.*s'", shown(id, 120), id);
			reject(y, "reply is not a comment object", detail);
		}
	}
}

/* One element of a listing or of a top-level array: a thread or a comment. */
static void do_item(struct yt *y, const cJSON *it, enum pass pass)
{
	if (is_thread(it))
		do_thread(y, it, pass);
	else if (pass == PASS_INDEX)
		return;
	else if (cJSON_IsObject(it) && is_comment(it))
		emit(y, it, NULL, NULL);
	else
		reject(y, "not a comment or comment thread", cJSON_IsObject(it) ? json_str(it, "kind") : NULL);
}

/* One top-level JSON value. Returns 0 when it is not a YouTube comment object at all. */
static int do_value(struct yt *y, const cJSON *v, enum pass pass, int nested)
{
	const cJSON *items = json_array(v, "items"), *it;

	if (cJSON_IsArray(v) && !nested) {
		cJSON_ArrayForEach (it, v) {
			if (cJSON_IsObject(it) && (json_array(it, "items") || is_thread(it) || is_comment(it)))
				do_value(y, it, pass, 1);
			else if (pass == PASS_EMIT)
				reject(y, "not a comment or comment thread", NULL);
		}
		return 1;
	}
	if (items) {
		cJSON_ArrayForEach (it, items) {
			do_item(y, it, pass);
		}
		if (pass == PASS_EMIT && json_str(v, "nextPageToken") && *json_str(v, "nextPageToken"))
			y->b->comp.paging_next++;
		return 1;
	}
	if (is_thread(v) || (cJSON_IsObject(v) && is_comment(v))) {
		do_item(y, v, pass);
		return 1;
	}
	return 0;
}

/* A value after the first one does not parse: the rest of the file is counted as one
 * rejected record. */
static void syntax_error(struct batch *b, const char *buf, size_t len, const char *end)
{
	struct loc loc = {.file = b->file};
	size_t off = end && end >= buf ? (size_t)(end - buf) : len;
	char detail[64];
	size_t k;
	int n = 0;

	input_offset_loc(buf, len, off, &loc.line, &loc.col);
	/* cJSON points at the last byte when the text stops inside a value */
	for (k = off + 1; k < len && (buf[k] == ' ' || buf[k] == '\n' || buf[k] == '\r' || buf[k] == '\t'); k++)
		;
	if (off + 1 >= len || k >= len) {
		batch_reject(b, &loc, "JSON syntax error, rest of file not read",
		             "the file ends too early (truncated?)");
		return;
	}
	while (n < 12 && off + (size_t)n < len && buf[off + (size_t)n] != '\n' && buf[off + (size_t)n] != '\r')
		n++;
	snprintf(detail, sizeof(detail), "near '%.*s'", n, buf + off);
	batch_reject(b, &loc, "JSON syntax error, rest of file not read", detail);
}

static int yt_parse(struct batch *b, const char *buf, size_t len, const struct input_opts *o)
{
	struct yt y = {.b = b, .o = o};
	cJSON **vals = NULL;
	size_t n = 0, cap = 0, off = 0, i, clean_len = 0;
	int pass, ret = 0;
	char *clean = json_nul_free(b, buf, len, &clean_len);

	if (clean) {
		buf = clean;
		len = clean_len;
	}

	/* Several values may follow one another: pages appended, or one response per line. */
	for (;;) {
		const char *end = NULL;
		cJSON *v;
		while (off < len && (buf[off] == ' ' || buf[off] == '\n' || buf[off] == '\r' || buf[off] == '\t'))
			off++;
		if (off >= len)
			break;
		v = cJSON_ParseWithLengthOpts(buf + off, len - off, &end, 0);
		if (!v) {
			if (n == 0) {
				/* json_parse says it best: truncated, nested too deep, or where the error is */
				cJSON_Delete(json_parse(b, buf, len));
				free(clean);
				return -1;
			}
			syntax_error(b, buf, len, end);
			b->read++;
			break;
		}
		XGROW(vals, cap, n + 1);
		vals[n++] = v;
		off = end && end > buf + off ? (size_t)(end - buf) : len;
	}
	strmap_init(&y.tops);
	strmap_init(&y.replies);
	for (pass = PASS_INDEX; pass <= PASS_EMIT; pass++) {
		for (i = 0; i < n; i++) {
			if (do_value(&y, vals[i], (enum pass)pass, 0) || pass == PASS_INDEX)
				continue;
			if (n == 1) {
				const char *msg = json_str(json_object(vals[i], "error"), "message");
				struct loc loc = {.file = b->file, .line = 1, .col = 1};
				if (msg)
					diag_error(&loc, "the file holds an API error response, not comments: '%.*s'",
					           shown(msg, 200), msg);
				else
					diag_error(&loc, "not a YouTube Data API comment, comment thread or listing");
				ret = -1;
			} else {
				reject(&y, "not a YouTube comment object", NULL);
			}
		}
	}
	for (i = 0; i < y.tops.cap; i++) {
		const struct top *t = y.tops.slots[i].value;
		if (y.tops.slots[i].key && t && t->declared >= 0) {
			b->comp.declared += t->declared;
			b->comp.declared_held += t->held;
		}
	}
	b->read += y.recno;
	strmap_release(&y.tops);
	strmap_release(&y.replies);
	for (i = 0; i < n; i++)
		cJSON_Delete(vals[i]);
	free(vals);
	free(clean);
	return ret;
}

/* 1 when head[0..len) holds needle (the head is not NUL-terminated at len). */
static int has(const char *head, size_t len, const char *needle)
{
	size_t n = strlen(needle), i;

	for (i = 0; i + n <= len; i++)
		if (head[i] == needle[0] && !memcmp(head + i, needle, n))
			return 1;
	return 0;
}

static int yt_detect(const char *head, size_t len)
{
	size_t i = 0;

	while (i < len && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
		i++;
	if (i == len || (head[i] != '{' && head[i] != '['))
		return 0;
	/* Every API object says what it is: "youtube#commentThreadListResponse", "youtube#comment"... */
	/* Keys through the head's shared index (in_json.c); the kind value is searched only when
	 * a "kind" key is there at all. */
	if (json_head_key(head, len, "kind") && has(head, len, "\"youtube#comment"))
		return 80;
	if (json_head_key(head, len, "topLevelComment") ||
	    (json_head_key(head, len, "authorChannelId") && json_head_key(head, len, "textDisplay")))
		return 60;
	return 0;
}

const struct input_format in_youtube = {
    .name = "youtube-api",
    .summary = "YouTube Data API v3 JSON: commentThreads.list and comments.list responses, single thread "
               "or comment, arrays of them, several responses appended in one file",
    .detection = "JSON naming \"youtube#comment...\" kinds (or \"topLevelComment\", or \"authorChannelId\" with "
                 "\"textDisplay\")",
    .detect = yt_detect,
    .parse = yt_parse,
};
