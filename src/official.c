/* official.c: deciding which authors are the institution. It does not compute coverage. */
#include "official.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

void official_names_add(struct official_names *o, const char *name)
{
	struct strbuf sb;

	if (o->n == o->cap) {
		size_t c = o->cap;
		XGROW(o->given, c, o->n + 1);
		XGROW(o->folded, o->cap, o->n + 1);
	}
	strbuf_init(&sb);
	text_fold_words(name, &sb);
	o->given[o->n] = xstrdup(name);
	o->folded[o->n] = strbuf_detach(&sb);
	o->n++;
}

void official_names_release(struct official_names *o)
{
	size_t i;

	for (i = 0; i < o->n; i++) {
		free(o->given[i]);
		free(o->folded[i]);
	}
	free(o->given);
	free(o->folded);
	memset(o, 0, sizeof(*o));
}

void author_key(struct strbuf *out, const struct record *r)
{
	strbuf_reset(out);
	if (r->author_id) {
		strbuf_addstr(out, "id:");
		strbuf_addstr(out, r->author_id);
	} else if (r->author) {
		strbuf_addstr(out, "name:");
		text_fold_words(r->author, out);
	}
}

static int option_match(const struct official_names *o, const struct record *r, struct strbuf *tmp)
{
	size_t i;

	if (!o || !o->n || (r->flags & REC_AUTHOR_UNKNOWN))
		return 0;
	for (i = 0; i < o->n; i++)
		if (r->author_id && !strcmp(r->author_id, o->given[i]))
			return 1;
	if (!r->author)
		return 0;
	/* Words only: "@handle" and "handle", "d'Ocupació" and "d’Ocupacio" compare equal. */
	strbuf_reset(tmp);
	text_fold_words(r->author, tmp);
	for (i = 0; i < o->n; i++)
		if (!strcmp(tmp->buf, o->folded[i]))
			return 1;
	return 0;
}

enum official_source official_resolve(const struct thread *t, const struct official_names *o,
                                      unsigned char *is_official, const char **name)
{
	enum official_source src = OFFICIAL_NONE;
	const char *page = NULL;
	struct strmap keys; /* author keys of the official side */
	struct arena arena;
	struct strbuf tmp, key;
	size_t i;
	int flagged = 0, named = 0;

	*name = NULL;
	memset(is_official, 0, t->n);
	strmap_init(&keys);
	arena_init(&arena);
	strbuf_init(&tmp);
	strbuf_init(&key);
	/* The export's own marks and --official, by author: one flagged message makes its author
	 * official in every message of the thread. */
	for (i = 0; i < t->n; i++) {
		const struct record *r = &t->recs[i];
		int mark = 0;
		if (r->page && !page)
			page = r->page;
		if (r->flags & REC_AUTHOR_UNKNOWN)
			continue;
		if (r->flags & REC_OFFICIAL)
			mark = flagged = 1;
		if (option_match(o, r, &tmp))
			mark = named = 1;
		if (mark) {
			author_key(&key, r);
			if (!strmap_get(&keys, key.buf))
				*strmap_put(&keys, arena_strdup(&arena, key.buf), NULL) = (void *)1;
		}
	}
	if (flagged) {
		src = OFFICIAL_SOURCE_FLAG;
	} else if (page) {
		/* The page the ids name is unambiguous: --official adds to it. */
		src = OFFICIAL_PAGE;
	} else if (named) {
		/* Naming the account replaces the weaker guesses below: on Twitter a citizen's
		 * tweet often opens the conversation, and its author is not the institution. */
		src = OFFICIAL_OPTION;
	} else if (t->post >= 0 && !(t->recs[t->post].flags & REC_AUTHOR_UNKNOWN)) {
		author_key(&key, &t->recs[t->post]);
		*strmap_put(&keys, arena_strdup(&arena, key.buf), NULL) = (void *)1;
		src = OFFICIAL_POST_AUTHOR;
	} else {
		for (i = 0; i < t->n; i++) {
			if (!(t->recs[i].flags & REC_PAGE_AUTHOR) || (t->recs[i].flags & REC_AUTHOR_UNKNOWN))
				continue;
			author_key(&key, &t->recs[i]);
			if (!strmap_get(&keys, key.buf))
				*strmap_put(&keys, arena_strdup(&arena, key.buf), NULL) = (void *)1;
			src = OFFICIAL_PAGE_CATEGORY;
		}
	}
	for (i = 0; i < t->n; i++) {
		const struct record *r = &t->recs[i];
		if (r->flags & REC_AUTHOR_UNKNOWN)
			continue;
		if (src == OFFICIAL_PAGE && r->author_id && !strcmp(r->author_id, page)) {
			is_official[i] = 1;
			continue;
		}
		if (!keys.len)
			continue;
		author_key(&key, r);
		if (strmap_get(&keys, key.buf))
			is_official[i] = 1;
	}
	for (i = 0; i < t->n; i++)
		if (is_official[i] && (t->recs[i].author || t->recs[i].author_id)) {
			/* Some exports (Bluesky DMs) give an id and no name: show the id then. */
			*name = t->recs[i].author ? t->recs[i].author : t->recs[i].author_id;
			if (t->recs[i].author)
				break;
		}
	if (!*name && src == OFFICIAL_PAGE)
		*name = page;
	if (src == OFFICIAL_NONE && o && o->n) {
		/* The user named the account and it never wrote here: it is known, and silent. */
		src = OFFICIAL_OPTION;
		*name = o->given[0];
	}
	strbuf_release(&tmp);
	strbuf_release(&key);
	strmap_release(&keys);
	arena_release(&arena);
	return src;
}

const char *official_source_text(enum official_source s)
{
	switch (s) {
	case OFFICIAL_PAGE:
		return "account the export names (page, channel, owner)";
	case OFFICIAL_POST_AUTHOR:
		return "author of the post";
	case OFFICIAL_PAGE_CATEGORY:
		return "page account among the commenters";
	case OFFICIAL_OPTION:
		return "--official";
	case OFFICIAL_SOURCE_FLAG:
		return "marked official in the export";
	default:
		return "none known";
	}
}
