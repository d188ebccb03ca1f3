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

/* Mark every record whose author has the same key as record `who`. */
static void mark_author(const struct thread *t, unsigned char *is_official, const struct record *who)
{
	struct strbuf k, m;
	size_t i;

	strbuf_init(&k);
	strbuf_init(&m);
	author_key(&k, who);
	for (i = 0; i < t->n; i++) {
		if (t->recs[i].flags & REC_AUTHOR_UNKNOWN)
			continue;
		author_key(&m, &t->recs[i]);
		if (!strcmp(k.buf, m.buf))
			is_official[i] = 1;
	}
	strbuf_release(&k);
	strbuf_release(&m);
}

enum official_source official_resolve(const struct thread *t, const struct official_names *o,
				      unsigned char *is_official, const char **name)
{
	enum official_source src = OFFICIAL_NONE;
	const char *page = NULL;
	struct strbuf tmp;
	size_t i;
	int any = 0;

	*name = NULL;
	memset(is_official, 0, t->n);
	strbuf_init(&tmp);
	for (i = 0; i < t->n; i++) {
		const struct record *r = &t->recs[i];
		if (r->page && !page)
			page = r->page;
		if ((r->flags & REC_OFFICIAL) && !(r->flags & REC_AUTHOR_UNKNOWN)) {
			is_official[i] = 1;
			src = OFFICIAL_SOURCE_FLAG;
		}
		if (option_match(o, r, &tmp))
			is_official[i] = any = 1;
	}
	strbuf_release(&tmp);
	if (src == OFFICIAL_SOURCE_FLAG) {
		/* The export says who is official; nothing to infer. */
	} else if (page) {
		for (i = 0; i < t->n; i++)
			if (t->recs[i].author_id && !strcmp(t->recs[i].author_id, page))
				is_official[i] = 1;
		src = OFFICIAL_PAGE;
	} else if (t->post >= 0 && !(t->recs[t->post].flags & REC_AUTHOR_UNKNOWN)) {
		mark_author(t, is_official, &t->recs[t->post]);
		src = OFFICIAL_POST_AUTHOR;
	} else {
		for (i = 0; i < t->n; i++)
			if ((t->recs[i].flags & REC_PAGE_AUTHOR) && !is_official[i]) {
				mark_author(t, is_official, &t->recs[i]);
				src = OFFICIAL_PAGE_CATEGORY;
			}
	}
	if (src == OFFICIAL_NONE && any)
		src = OFFICIAL_OPTION;
	for (i = 0; i < t->n; i++)
		if (is_official[i] && t->recs[i].author) {
			*name = t->recs[i].author;
			break;
		}
	if (!*name && src == OFFICIAL_PAGE)
		*name = page;
	return src;
}

const char *official_source_text(enum official_source s)
{
	switch (s) {
	case OFFICIAL_PAGE:
		return "page named by the post id";
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
