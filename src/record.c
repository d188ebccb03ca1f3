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
	b->file = file;   /* not copied: records keep pointing at it after the batch is gone */
	b->format = "";
}

void batch_release(struct batch *b)
{
	arena_release(&b->arena);
	free(b->recs);
	free(b->rejects);
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
		diag_warn(&d->loc, "implausible time %s for '%s' (kept as given)", time_format_utc(d->created.utc, tb), d->id);
	}
	if (d->flags & REC_NO_OFFSET)
		b->comp.no_offset++;
	if (d->flags & REC_APPROX_TIME)
		b->comp.approx_time++;
	return d;
}

void batch_reject(struct batch *b, const struct loc *loc, const char *reason, const char *detail)
{
	size_t i;

	if (detail && *detail)
		diag_error(loc, "record rejected: %s: %s", reason, detail);
	else
		diag_error(loc, "record rejected: %s", reason);
	for (i = 0; i < b->n_rejects; i++)
		if (!strcmp(b->rejects[i].reason, reason))
			break;
	if (i == b->n_rejects) {
		XGROW(b->rejects, b->cap_rejects, i + 1);
		b->rejects[i].reason = reason;
		b->rejects[i].n = 0;
		b->n_rejects++;
	}
	b->rejects[i].n++;
}

long batch_rejected(const struct batch *b)
{
	long n = 0;
	size_t i;

	for (i = 0; i < b->n_rejects; i++)
		n += b->rejects[i].n;
	return n;
}
