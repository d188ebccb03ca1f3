/* in_ytdl.c: the output of youtube-comment-downloader (egbertbouman): JSON lines, one comment
 * per line, and its --pretty form {"comments": [...]} or a plain array. The tool writes no
 * video id, so the file is the thread (its name without extension, or a "vid" field some forks
 * add), and no owner channel, so the official account must come from --official. Its times
 * are computed from relative text ("2 days ago") when downloading: all are approximate. */
#include "in_json.h"
#include "input.h"
#include "strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Replies of one top-level comment: how many YouTube showed ("replies") and how many the file has. */
struct count {
	long declared; /* -1 until a top-level line with a plain reply count is met */
	long held;
};

struct ytdl {
	struct batch *b;
	const struct input_opts *o;
	const char *file_thread; /* the file name without folder and extension */
	struct strmap counts;    /* top-level cid -> struct count */
	struct strmap replies;   /* reply cids already counted */
	int warned_no_parsed, warned_reply_flag;
};

/* The counts of top-level comment cid; the map keeps the pointer, so cid must live in the
 * batch arena. */
static struct count *count_of(struct ytdl *d, const char *cid)
{
	int created;
	void **cell = strmap_put(&d->counts, cid, &created);

	if (created) {
		struct count *c = arena_alloc(&d->b->arena, sizeof(*c));
		*cell = c;
		c->declared = -1;
	}
	return *cell;
}

/* "12" -> 12; "1.2K", "1,2 mil", "" and anything else that is not a plain count -> -1. */
static long plain_count(const cJSON *v)
{
	const char *s;
	long n = 0;

	if (cJSON_IsNumber(v))
		return v->valuedouble >= 0 && v->valuedouble < 1e9 ? (long)v->valuedouble : -1;
	if (!cJSON_IsString(v) || !*(s = v->valuestring))
		return -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9' || n > 100000000)
			return -1;
		n = n * 10 + (*s - '0');
	}
	return n;
}

/* How many bytes of s to print so that at most max are shown, cut on a character boundary. */
static int shown(const char *s, size_t max)
{
	size_t n = strlen(s);

	if (n > max)
		for (n = max; n && ((unsigned char)s[n] & 0xC0) == 0x80; n--)
			;
	return (int)n;
}

static void emit(struct ytdl *d, const cJSON *o, const struct loc *loc)
{
	struct record r = {0};
	const char *cid = json_str(o, "cid"), *dot, *vid, *when = json_str(o, "time");
	const cJSON *tp = json_get(o, "time_parsed");
	enum time_status st;
	char detail[120];

	r.loc = *loc;
	if (!cid || !*cid) {
		batch_reject(d->b, loc, json_get(o, "cid") ? "cid is not a string" : "no cid", NULL);
		return;
	}
	snprintf(detail, sizeof(detail), "%.*s", shown(cid, 100), cid);
	if (!json_get(o, "text")) {
		batch_reject(d->b, loc, "no text", detail);
		return;
	}
	if (!(r.text = json_str(o, "text"))) {
		batch_reject(d->b, loc, "text is not a string", detail);
		return;
	}
	r.platform = "youtube";
	r.channel = CHANNEL_PUBLIC;
	r.id = cid;
	/* Replies are "<parent cid>.<suffix>"; YouTube has two levels only. */
	if ((dot = strchr(cid, '.'))) {
		if (dot == cid) {
			snprintf(detail, sizeof(detail), "'%.*s' names no parent before its '.'", shown(cid, 60), cid);
			batch_reject(d->b, loc, "bad cid", detail);
			return;
		}
		r.parent = arena_strndup(&d->b->arena, cid, (size_t)(dot - cid));
	} else if (json_true(o, "reply") && !d->warned_reply_flag) {
		d->warned_reply_flag = 1;
		diag_warn(loc, "comment '%.*s' is marked as a reply but its cid names no parent: kept as top level",
		          shown(cid, 100), cid);
	}
	vid = json_str(o, "vid");
	r.thread = vid && *vid ? vid : d->file_thread;
	r.author_id = json_str(o, "channel");
	r.author = json_str(o, "author");
	r.flags = REC_APPROX_TIME;
	/* YouTube appends "(edited)", "(editado)", "(bearbeitet)"... to the relative time. */
	if (when && strchr(when, '('))
		r.flags |= REC_EDITED;
	if (!tp) {
		if (when)
			snprintf(detail, sizeof(detail), "the tool could not date '%.*s'", shown(when, 60), when);
		else
			snprintf(detail, sizeof(detail), "%.*s", shown(cid, 100), cid);
		batch_reject(d->b, loc, "no time_parsed", detail);
		if (!d->warned_no_parsed) {
			d->warned_no_parsed = 1;
			diag_note("youtube-comment-downloader writes time_parsed when it can read the relative time; "
			          "download again with a current version, or with --language en");
		}
		return;
	}
	st = json_time(tp, NULL, &r.created, &r.flags);
	if (st != TIME_OK) {
		batch_reject(d->b, loc, "bad time_parsed", time_status_text(st));
		return;
	}
	batch_add(d->b, &r);
	if (r.parent) {
		int created;
		/* keys live in the batch arena; a reply listed twice counts once */
		strmap_put(&d->replies, d->b->recs[d->b->n - 1].id, &created);
		if (created)
			count_of(d, r.parent)->held++;
	} else {
		long n = plain_count(json_get(o, "replies"));
		if (n >= 0)
			count_of(d, d->b->recs[d->b->n - 1].id)->declared = n;
	}
}

static void finish_counts(struct ytdl *d)
{
	size_t i;

	for (i = 0; i < d->counts.cap; i++) {
		const struct count *c = d->counts.slots[i].value;
		if (d->counts.slots[i].key && c && c->declared >= 0) {
			d->b->comp.declared += c->declared;
			d->b->comp.declared_held += c->held < c->declared ? c->held : c->declared;
		}
	}
}

static int blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Default output: one JSON object per line. Every non-blank line is one record. */
static void read_lines(struct ytdl *d, const char *buf, size_t len)
{
	const char *p = buf, *end = buf + len;
	long line = 0;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end, *s = p, *pe = NULL;
		struct loc loc = {.file = d->b->file};
		cJSON *v;
		char detail[80];
		long l;

		line++;
		while (s < e && blank(*s))
			s++;
		while (e > s && blank(e[-1]))
			e--;
		if (s == e) {
			p = nl ? nl + 1 : end;
			continue;
		}
		d->b->read++;
		input_offset_loc(p, (size_t)(s - p), (size_t)(s - p), &l, &loc.col);
		loc.line = line;
		p = nl ? nl + 1 : end;
		v = cJSON_ParseWithLengthOpts(s, (size_t)(e - s), &pe, 0);
		if (!v || pe != e) {
			long c;
			if (!pe || pe < s || pe > e)
				pe = e;
			input_offset_loc(s, (size_t)(e - s), (size_t)(pe - s), &l, &c);
			if (pe >= e || (!v && *s == '{' && e[-1] != '}'))
				snprintf(detail, sizeof(detail), "the line ends before the object closes (truncated?)");
			else
				snprintf(detail, sizeof(detail), "JSON syntax error at column %ld", loc.col + c - 1);
			batch_reject(d->b, &loc, "line is not a JSON object", detail);
		} else if (!cJSON_IsObject(v)) {
			batch_reject(d->b, &loc, "line is not a JSON object",
			             cJSON_IsArray(v) ? "an array" : "a single value");
		} else {
			emit(d, v, &loc);
		}
		cJSON_Delete(v);
	}
}

/* --pretty output ({"comments": [...]}) or a JSON array of comments, read whole. */
static int read_document(struct ytdl *d, const char *buf, size_t len)
{
	cJSON *root = json_parse(d->b, buf, len);
	const cJSON *list, *it;
	long recno = 0;

	if (!root)
		return -1;
	list = cJSON_IsArray(root) ? root : json_array(root, "comments");
	if (!list && json_get(root, "cid")) {
		struct loc loc = {.file = d->b->file, .record = 1};
		d->b->read = 1;
		emit(d, root, &loc);
		cJSON_Delete(root);
		return 0;
	}
	if (!list) {
		diag_error(&(struct loc){.file = d->b->file, .line = 1, .col = 1},
		           "not youtube-comment-downloader output (no \"comments\" array, no \"cid\")");
		cJSON_Delete(root);
		return -1;
	}
	cJSON_ArrayForEach (it, list) {
		struct loc loc = {.file = d->b->file, .record = ++recno};
		if (cJSON_IsObject(it))
			emit(d, it, &loc);
		else
			batch_reject(d->b, &loc, "not a comment object", NULL);
	}
	d->b->read = recno;
	cJSON_Delete(root);
	return 0;
}

/* The first non-blank line, as [*s, *e). */
static void first_line(const char *buf, size_t len, const char **s, const char **e)
{
	const char *p = buf, *end = buf + len, *q;

	while (p < end && blank(*p))
		p++;
	q = memchr(p, '\n', (size_t)(end - p));
	q = q ? q : end;
	while (q > p && blank(q[-1]))
		q--;
	*s = p;
	*e = q;
}

/* 1 when [s, e) holds needle. */
static int has(const char *s, const char *e, const char *needle)
{
	size_t n = strlen(needle);

	for (; (size_t)(e - s) >= n; s++)
		if (!memcmp(s, needle, n))
			return 1;
	return 0;
}

/* 1 when [s, e) is one complete JSON object. */
static int line_is_object(const char *s, const char *e)
{
	const char *pe = NULL;
	cJSON *v = cJSON_ParseWithLengthOpts(s, (size_t)(e - s), &pe, 0);
	int ok = v && cJSON_IsObject(v) && pe == e;

	cJSON_Delete(v);
	return ok;
}

/* The thread a file stands for: "Xk3pQ9rLmZ0.json", "Xk3pQ9rLmZ0.json.comments" ->
 * "Xk3pQ9rLmZ0" (a video id is 11 letters, digits, '-' or '_', and has no dot); any other
 * name loses its last extension, as the generic CSV does: "comments.jsonl" -> "comments". */
static const char *file_thread(struct arena *a, const char *base)
{
	const char *dot = strchr(base, '.');
	size_t i;

	for (i = 0; i < 11; i++) {
		char c = base[i];
		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
		      c == '_'))
			break;
	}
	if (i == 11 && (base[11] == '.' || !base[11]))
		return arena_strndup(a, base, 11);
	dot = strrchr(base, '.');
	return arena_strndup(a, base, dot && dot != base ? (size_t)(dot - base) : strlen(base));
}

static int ytdl_parse(struct batch *b, const char *buf, size_t len, const struct input_opts *o)
{
	struct ytdl d = {.b = b, .o = o};
	const char *base = strrchr(b->file, '/'), *s, *e;
	size_t clean_len = 0;
	char *clean = json_nul_free(b, buf, len, &clean_len);
	int ret = 0;

	if (clean) {
		buf = clean;
		len = clean_len;
	}

	/* No video id in the lines: the file is the thread, named like the tool's README names it
	 * ("--output ScMzIvxBSi4.json"), so the same video from the API joins it. */
	base = base ? base + 1 : b->file;
	d.file_thread = file_thread(&b->arena, base);
	strmap_init(&d.counts);
	strmap_init(&d.replies);
	first_line(buf, len, &s, &e);
	/* JSON lines unless the first line is not a whole object: then the pretty form or an
	 * array (a JSON-lines file whose first line is broken still reads line by line). */
	if (s == e || line_is_object(s, e) || (*s == '{' && has(s, e, "\"cid\"")))
		read_lines(&d, buf, len);
	else
		ret = read_document(&d, buf, len);
	finish_counts(&d);
	strmap_release(&d.counts);
	strmap_release(&d.replies);
	free(clean);
	return ret;
}

static int ytdl_detect(const char *head, size_t len)
{
	const char *hints[] = {"votes", "heart", "time_parsed", "photo", NULL};
	const char *s, *e, *end = head + len;
	int i, n = 0;

	first_line(head, len, &s, &e);
	if (s == e || (*s != '{' && *s != '['))
		return 0;
	/* keys through the head's shared index (in_json.c) */
	(void)end;
	if (!json_head_key(head, len, "cid") || json_head_key(head, len, "uri") || json_head_key(head, len, "kind"))
		return 0;
	for (i = 0; hints[i]; i++)
		n += json_head_key(head, len, hints[i]);
	if (!n)
		return 0;
	/* The tool writes "cid" first: {"cid": "Ugx...", "text": ... */
	if (e - s > 7 && !strncmp(s, "{\"cid\":", 7))
		return 75;
	return n >= 2 ? 65 : 45;
}

const struct input_format in_ytdl = {
    .name = "youtube-downloader",
    .summary = "youtube-comment-downloader output: JSON lines (one comment per line), --pretty "
               "{\"comments\": [...]} or an array; one file per video, named by the video id",
    .detection = "JSON with \"cid\" and the tool's \"votes\", \"heart\", \"time_parsed\" or \"photo\" (no \"uri\", no "
                 "\"kind\")",
    .detect = ytdl_detect,
    .parse = ytdl_parse,
};
