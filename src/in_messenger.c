/* in_messenger.c: Meta "Download Your Information" message files (message_1.json ...
 * message_N.json) from Messenger, a Page's download or Instagram. Names only, newest first,
 * every string in Latin-1 mojibake (repaired here). One file is one part of one conversation;
 * parts meet in the same thread (thread_path) with ids that do not depend on the part. It
 * infers the exporting account only in one-to-one conversations. */
#include "in_json.h"
#include "in_meta.h"
#include "input.h"
#include "strmap.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum kind {
	KIND_TEXT, /* a message: its content, or "" for a photo, file, sticker... */
	KIND_EVENT /* a call, reaction, membership notice or unsent message: outside the chain */
};

struct item {
	struct record r;
	double ms; /* timestamp_ms, for order and ids */
	long idx;  /* position in the file's (newest-first) list */
	enum kind kind;
};

struct dyi {
	struct batch *b;
	const struct input_opts *o;
	struct arena scratch; /* repaired strings live here until the parse ends */
	struct strbuf tmp;
	unsigned warned_type; /* one bit per field already reported with a wrong type */
};

/* s with the DYI mojibake undone (see meta_fix_mojibake); NULL stays NULL. */
static const char *fix(struct dyi *d, const char *s)
{
	if (!s)
		return NULL;
	strbuf_reset(&d->tmp);
	if (!meta_fix_mojibake(s, &d->tmp))
		return s;
	return arena_strndup(&d->scratch, d->tmp.buf, d->tmp.len);
}

static int ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), t = strlen(tail);
	return n >= t && !strcmp(s + n - t, tail);
}

/* Text Messenger writes in place of a message. English only: exports in other languages keep
 * these as ordinary text (they then count as needing a reply). */
static int is_reaction_text(const char *s)
{
	return (!strncmp(s, "Reacted ", 8) && strstr(s, " to your message")) ||
	       (strstr(s, " reacted ") && strstr(s, " to your message")) || !strcmp(s, "Liked a message") ||
	       ends_with(s, " liked a message") || ends_with(s, " liked a message.");
}

static int is_attachment_text(const char *s)
{
	return ends_with(s, " sent an attachment.") || !strcmp(s, "sent an attachment.");
}

/* A name reduced to what Meta keeps of it in a thread_path ("José Pérez" -> "joseperez"). */
static void slug(const char *name, struct strbuf *out)
{
	struct strbuf f;
	size_t i;

	strbuf_init(&f);
	text_fold(name, &f);
	strbuf_reset(out);
	for (i = 0; i < f.len; i++)
		if ((f.buf[i] >= 'a' && f.buf[i] <= 'z') || (f.buf[i] >= '0' && f.buf[i] <= '9'))
			strbuf_addch(out, f.buf[i]);
	strbuf_release(&f);
}

/* The exporting account: in a one-to-one conversation the title (and the thread_path
 * "inbox/<name>_<id>") names the OTHER participant. NULL when that does not single one out. */
static const char *find_exporter(const char **names, size_t n, const char *title, const char *path)
{
	struct strbuf a, p;
	const char *last, *us;
	int match[2] = {0, 0}, k;

	if (n != 2 || !names[0] || !names[1] || !strcmp(names[0], names[1]))
		return NULL;
	if (title) {
		for (k = 0; k < 2; k++)
			match[k] = !strcmp(names[k], title);
		if (match[0] != match[1])
			return match[0] ? names[1] : names[0];
	}
	if (!path)
		return NULL;
	last = strrchr(path, '/');
	last = last ? last + 1 : path;
	us = strrchr(last, '_');
	if (!us || us == last)
		return NULL;
	strbuf_init(&a);
	strbuf_init(&p);
	strbuf_add(&p, last, (size_t)(us - last));
	for (k = 0; k < 2; k++) {
		slug(names[k], &a);
		match[k] = a.len && !strcmp(a.buf, p.buf);
	}
	strbuf_release(&a);
	strbuf_release(&p);
	if (match[0] != match[1])
		return match[0] ? names[1] : names[0];
	return NULL;
}

/* Instagram's download keeps its files under your_instagram_activity/ (2024 on) or in a
 * folder named instagram-<user>-<date>...; the JSON itself is the same as Messenger's. */
static int instagram_path(const char *file)
{
	const char *p;

	if (strstr(file, "your_instagram_activity/"))
		return 1;
	for (p = file; (p = strstr(p, "instagram-")); p++)
		if (p == file || p[-1] == '/')
			return 1;
	return 0;
}

static int cmp_item(const void *x, const void *y)
{
	const struct item *a = x, *b = y;

	if (a->ms != b->ms)
		return a->ms < b->ms ? -1 : 1;
	return a->idx > b->idx ? -1 : a->idx < b->idx; /* newest first: a later index is older */
}

static int cmp_item_asc(const void *x, const void *y)
{
	const struct item *a = x, *b = y;

	if (a->ms != b->ms)
		return a->ms < b->ms ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static unsigned long fnv1a(const char *s)
{
	unsigned long h = 2166136261UL;

	for (; *s; s++)
		h = ((h ^ (unsigned char)*s) * 16777619UL) & 0xFFFFFFFFUL;
	return h;
}

/* One message object into items[*n] (or a rejection). */
static void read_message(struct dyi *d, const cJSON *m, long idx, long recno, struct item *it, size_t *n)
{
	const cJSON *ts = json_get(m, "timestamp_ms"), *type;
	const char *content;
	struct loc loc = {.file = d->b->file, .record = recno};
	enum time_status st;

	if (!cJSON_IsObject(m)) {
		batch_reject(d->b, &loc, "not a message object", NULL);
		return;
	}
	meta_check_type(m, "sender_name", NULL, cJSON_String, &d->warned_type, 1u << 0, &loc);
	meta_check_type(m, "content", NULL, cJSON_String, &d->warned_type, 1u << 1, &loc);
	meta_check_type(m, "timestamp_ms", NULL, cJSON_Number | cJSON_String, &d->warned_type, 1u << 2, &loc);
	memset(it, 0, sizeof(*it));
	it->r.loc = loc;
	it->idx = idx;
	if (!ts)
		ts = json_get(m, "timestamp"); /* exports before 2018: epoch seconds */
	st = json_time(ts, d->o->tz, &it->r.created, &it->r.flags);
	if (st != TIME_OK) {
		batch_reject(d->b, &loc, !ts ? "no timestamp_ms" : "bad timestamp_ms",
		             ts ? time_status_text(st) : NULL);
		return;
	}
	it->ms = cJSON_IsNumber(ts) && ts->valuedouble >= 1e11 ? ts->valuedouble : (double)it->r.created.utc * 1000.0;
	it->r.author = fix(d, json_str(m, "sender_name"));
	content = fix(d, json_str(m, "content"));
	type = json_get(m, "type");
	it->kind = KIND_TEXT;
	it->r.text = content;
	if (json_true(m, "is_unsent")) {
		it->kind = KIND_EVENT;
		it->r.flags |= REC_DELETED;
	} else if (json_get(m, "call_duration") ||
	           (cJSON_IsString(type) &&
	            (!strcmp(type->valuestring, "Call") || !strcmp(type->valuestring, "Subscribe") ||
	             !strcmp(type->valuestring, "Unsubscribe")))) {
		it->kind = KIND_EVENT;
	} else if (content && is_reaction_text(content)) {
		it->kind = KIND_EVENT;
	} else if (content && is_attachment_text(content)) {
		it->r.text = NULL; /* the attachment itself is not in the export */
	}
	if (it->kind == KIND_EVENT)
		it->r.text = NULL;
	(*n)++;
}

static int dyi_detect(const char *head, size_t len)
{
	if (!meta_json_start(head, len))
		return 0;
	if (meta_has(head, len, "\"sender_name\"") && meta_has(head, len, "\"timestamp_ms\""))
		return 80;
	if (meta_has(head, len, "\"thread_path\"") && meta_has(head, len, "\"participants\""))
		return 80;
	return 0;
}

static int dyi_parse(struct batch *b, const char *buf, size_t len, const struct input_opts *o)
{
	struct dyi d = {.b = b, .o = o};
	cJSON *root = json_parse(b, buf, len);
	const cJSON *msgs, *m, *p;
	const char **names = NULL, *title, *path, *thread, *exporter, *platform, *prev = NULL;
	struct item *items = NULL;
	size_t n_names = 0, cap_names = 0, n = 0, cap = 0, i, first;
	struct strmap same; /* sender -> messages seen in the current millisecond */
	int ranked = 0;
	struct loc loc = {.file = b->file, .record = 1};
	long idx = 0, up = 0, down = 0;
	struct strbuf sb;

	if (!root)
		return -1;
	msgs = json_array(root, "messages");
	if (!msgs && !json_get(root, "participants") && !json_get(root, "thread_path")) {
		diag_error(&(struct loc){.file = b->file, .line = 1, .col = 1},
		           "not a Meta DYI message file (no 'messages', 'participants' or 'thread_path')");
		cJSON_Delete(root);
		return -1;
	}
	meta_check_type(root, "messages", NULL, cJSON_Array, &d.warned_type, 1u << 3, &loc);
	meta_check_type(root, "participants", NULL, cJSON_Array, &d.warned_type, 1u << 4, &loc);
	meta_check_type(root, "title", NULL, cJSON_String, &d.warned_type, 1u << 5, &loc);
	meta_check_type(root, "thread_path", NULL, cJSON_String, &d.warned_type, 1u << 6, &loc);
	arena_init(&d.scratch);
	strbuf_init(&d.tmp);
	strbuf_init(&sb);
	cJSON_ArrayForEach (p, json_array(root, "participants")) {
		/* {name} objects; some tools save bare strings */
		const char *name = cJSON_IsString(p) ? p->valuestring : json_str(p, "name");
		XGROW(names, cap_names, n_names + 1);
		names[n_names++] = fix(&d, name);
	}
	title = fix(&d, json_str(root, "title"));
	path = fix(&d, json_str(root, "thread_path"));
	platform = instagram_path(b->file) ? "instagram" : "messenger";
	thread = path;
	if (!thread) {
		/* Only the thread_path is the same in every part of a conversation. */
		if (title) {
			thread = title;
		} else {
			for (i = 0; i < n_names; i++)
				if (names[i])
					strbuf_addf(&sb, "%s%s", sb.len ? " + " : "", names[i]);
			thread = sb.len ? arena_strdup(&d.scratch, sb.buf) : "unknown-conversation";
		}
		diag_warn(&loc,
		          "no 'thread_path': the conversation is named '%s' after its %s, so its parts may not "
		          "meet in one thread",
		          thread, title ? "title" : "participants");
	}
	exporter = find_exporter(names, n_names, title, path);
	if (!exporter && n_names)
		diag_warn(&loc,
		          "the exporting account cannot be told in this %s: its messages count as citizens' "
		          "unless named with --official",
		          n_names > 2 ? "group conversation" : "conversation");
	if (!msgs)
		diag_warn(&loc, "no 'messages' in this file");
	cJSON_ArrayForEach (m, msgs) {
		size_t before = n;
		XGROW(items, cap, n + 1);
		read_message(&d, m, idx, idx + 1, &items[n], &n);
		if (n > before && n >= 2) {
			double prv = items[n - 2].ms, cur = items[n - 1].ms;
			up += cur > prv;
			down += cur < prv;
		}
		idx++;
	}
	if (n > 1)
		qsort(items, n, sizeof(*items), up > down ? cmp_item_asc : cmp_item);
	strmap_init(&same);
	for (i = 0, first = 0; i < n; i++) {
		struct record *r = &items[i].r;
		long k = 0;
		/* The same id from whichever part (or export) holds the message: its millisecond,
		 * its sender, and its rank among messages of that sender in that millisecond. */
		if (items[i].ms != items[first].ms) {
			first = i;
			strmap_release(&same);
			strmap_init(&same);
		}
		if (i + 1 < n && items[i + 1].ms == items[i].ms && i == first)
			ranked = 1; /* a millisecond shared by several messages: count per sender */
		else if (i == first)
			ranked = 0;
		if (ranked) {
			int created;
			const char *who = r->author ? r->author : "";
			void **v =
			    strmap_put(&same, strmap_get(&same, who) ? who : arena_strdup(&d.scratch, who), &created);
			k = (long)(size_t)*v;
			*v = (void *)(size_t)(k + 1);
		}
		strbuf_reset(&sb);
		strbuf_addf(&sb, "%.0f_%08lx", items[i].ms, fnv1a(r->author ? r->author : ""));
		if (k)
			strbuf_addf(&sb, "_%ld", k);
		r->id = sb.buf;
		r->platform = platform;
		r->channel = CHANNEL_PRIVATE;
		r->thread = thread;
		r->page = exporter;
		if (exporter && r->author && !strcmp(r->author, exporter))
			r->flags |= REC_OFFICIAL;
		/* Calls, reactions and notices neither need nor give an answer: they hang outside
		 * the chain where each message answers the one before it. */
		r->parent = items[i].kind == KIND_EVENT ? NULL : prev;
		r = batch_add(b, r);
		if (items[i].kind != KIND_EVENT)
			prev = r->id;
	}
	strmap_release(&same);
	b->read = idx;
	free(items);
	free(names);
	strbuf_release(&sb);
	strbuf_release(&d.tmp);
	arena_release(&d.scratch);
	cJSON_Delete(root);
	return 0;
}

const struct input_format in_messenger = {
    .name = "messenger-dyi",
    .summary = "Meta \"Download Your Information\" message_N.json (Messenger, Page inbox, Instagram): "
               "mojibake repaired, parts of a conversation merged, calls/reactions/notices kept with empty text",
    .detection = "JSON with \"sender_name\" and \"timestamp_ms\", or \"thread_path\" and \"participants\"",
    .detect = dyi_detect,
    .parse = dyi_parse,
};
