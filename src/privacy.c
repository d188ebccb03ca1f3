/* privacy.c: the small-count rule and the choice between names and pseudonyms. */
#include "privacy.h"
#include "thread.h"
#include "official.h"

int privacy_hides(const struct privacy *pv, long n)
{
	return pv && pv->min_cell > 1 && n > 0 && n < pv->min_cell;
}

void privacy_count(const struct privacy *pv, long n, struct strbuf *sb)
{
	if (privacy_hides(pv, n))
		strbuf_addf(sb, "<%ld", pv->min_cell);
	else
		strbuf_addf(sb, "%ld", n);
}

void privacy_rewrite_thread(const struct privacy *pv, struct thread *t, const unsigned char *official)
{
	struct strbuf sb;
	size_t i;

	if (!pv || !pv->ps)
		return;
	strbuf_init(&sb);
	for (i = 0; i < t->n; i++) {
		struct record *r = &t->recs[i];
		strbuf_reset(&sb);
		privacy_text(pv, r->platform, r->text, NULL, &sb);
		r->text = arena_strdup(&t->arena, sb.buf);
		if (official[i] || (r->flags & REC_AUTHOR_UNKNOWN))
			continue;
		strbuf_reset(&sb);
		pseudonym_author(pv->ps, r, &sb);
		r->author = arena_strdup(&t->arena, sb.buf);
		r->author_id = r->author;
	}
	strbuf_release(&sb);
}

void privacy_author(const struct privacy *pv, const struct record *r, struct strbuf *sb)
{
	if (pv && pv->ps) {
		pseudonym_author(pv->ps, r, sb);
		return;
	}
	if (r->author)
		strbuf_addstr(sb, r->author);
	else if (r->author_id)
		strbuf_addstr(sb, r->author_id);
	else
		strbuf_addstr(sb, "unknown");
}

void privacy_person(const struct privacy *pv, const char *platform, const char *akey, const char *name,
                    struct strbuf *sb)
{
	if (!akey)
		strbuf_addstr(sb, name ? name : "unknown");
	else if (pv && pv->ps)
		pseudonym_of(pv->ps, platform, akey, sb);
	else
		strbuf_addstr(sb, name ? name : akey);
}

void privacy_text(const struct privacy *pv, const char *platform, const char *text, const char *keep_akey,
                  struct strbuf *sb)
{
	if (pv && pv->ps)
		pseudonym_text(pv->ps, platform, text, keep_akey, sb);
	else
		strbuf_addstr(sb, text);
}
