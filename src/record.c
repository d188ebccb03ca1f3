/* record.c: copying records into a batch and counting what was rejected.
 * It does not know any input format; adapters fill struct record and call batch_add. */
#include "record.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

void batch_init(struct batch *b, const char *file)
{
	memset(b, 0, sizeof(*b));
	arena_init(&b->arena);
	b->file = file; /* not copied: records keep pointing at it after the batch is gone */
	b->format = "";
}

void batch_release(struct batch *b)
{
	arena_release(&b->arena);
	free(b->recs);
	free(b->rejects);
	free(b->skips);
	memset(b, 0, sizeof(*b));
}

static const char *copy_text(struct batch *b, const char *s, const struct loc *loc, const char *what)
{
	struct strbuf sb;
	size_t n, bad;
	const char *r;

	if (!s)
		return NULL;
	n = strlen(s);
	if (n > TEXT_CAP) {
		diag_warn(loc, "%s of %zu bytes truncated to %d", what, n, TEXT_CAP);
		n = TEXT_CAP;
		/* cut on a character boundary */
		while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	strbuf_init(&sb);
	bad = text_repair_utf8(s, n, &sb);
	if (bad)
		diag_warn(loc, "%s has %zu invalid UTF-8 byte sequence%s, replaced by U+FFFD", what, bad,
		          bad == 1 ? "" : "s");
	r = arena_strndup(&b->arena, sb.buf, sb.len);
	strbuf_release(&sb);
	return r;
}

struct record *batch_add(struct batch *b, const struct record *r)
{
	struct record *d;
	struct arena *a = &b->arena;

	XGROW(b->recs, b->cap, b->n + 1);
	d = &b->recs[b->n++];
	*d = *r;
	d->cls = -1;
	d->own_cls = -1;
	d->cues = NULL;
	d->platform = arena_strdup(a, r->platform);
	d->thread = copy_text(b, r->thread, &r->loc, "thread id");
	d->id = copy_text(b, r->id, &r->loc, "id");
	d->parent = copy_text(b, r->parent, &r->loc, "parent id");
	d->author_id = copy_text(b, r->author_id, &r->loc, "author id");
	d->author = copy_text(b, r->author, &r->loc, "author name");
	d->page = copy_text(b, r->page, &r->loc, "page id");
	d->text = r->text ? copy_text(b, r->text, &r->loc, "text") : "";
	d->loc.file = b->file;
	if (d->parent && !*d->parent)
		d->parent = NULL;
	if (d->author_id && !*d->author_id)
		d->author_id = NULL;
	if (d->author && !*d->author)
		d->author = NULL;
	if (!d->author_id && !d->author)
		d->flags |= REC_AUTHOR_UNKNOWN;
	if (d->flags & REC_AUTHOR_UNKNOWN)
		b->comp.author_unknown++;
	/* Before 2004 (no social network) or after 2100: kept, but a person should look. */
	if (d->created.utc < 1072915200LL || d->created.utc >= 4102444800LL) {
		char tb[40];
		diag_warn(&d->loc, "implausible time %s for '%s' (kept as given)", time_format_utc(d->created.utc, tb),
		          d->id);
	}
	if (d->flags & REC_NO_OFFSET)
		b->comp.no_offset++;
	if (d->flags & REC_APPROX_TIME)
		b->comp.approx_time++;
	return d;
}

static void count_reason(struct reject_count **v, size_t *n, size_t *cap, const char *reason)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (!strcmp((*v)[i].reason, reason))
			break;
	if (i == *n) {
		xgrow((void **)v, cap, i + 1, sizeof(**v));
		(*v)[i].reason = reason;
		(*v)[i].n = 0;
		(*n)++;
	}
	(*v)[i].n++;
}

void batch_reject(struct batch *b, const struct loc *loc, const char *reason, const char *detail)
{
	if (detail && *detail)
		diag_error(loc, "record rejected: %s: %s", reason, detail);
	else
		diag_error(loc, "record rejected: %s", reason);
	count_reason(&b->rejects, &b->n_rejects, &b->cap_rejects, reason);
}

const char *batch_rejected_id(struct batch *b, const struct loc *loc)
{
	struct strbuf sb;
	const char *r;

	strbuf_init(&sb);
	strbuf_addf(&sb, "rejected@%s", loc->file ? loc->file : b->file);
	if (loc->line && loc->col)
		strbuf_addf(&sb, ":%ld:%ld", loc->line, loc->col);
	else if (loc->line)
		strbuf_addf(&sb, ":%ld", loc->line);
	else
		strbuf_addf(&sb, "#%ld", loc->record);
	r = arena_strndup(&b->arena, sb.buf, sb.len);
	strbuf_release(&sb);
	return r;
}

void batch_skip(struct batch *b, const char *reason)
{
	count_reason(&b->skips, &b->n_skips, &b->cap_skips, reason);
}

static long total(const struct reject_count *v, size_t n)
{
	long t = 0;
	size_t i;

	for (i = 0; i < n; i++)
		t += v[i].n;
	return t;
}

long batch_rejected(const struct batch *b)
{
	return total(b->rejects, b->n_rejects);
}

long batch_skipped(const struct batch *b)
{
	return total(b->skips, b->n_skips);
}
