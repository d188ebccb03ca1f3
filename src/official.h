/* official.h: who speaks for the institution in a thread, by author (every message of an
 * official author is official). In order: authors the export itself marks (REC_OFFICIAL);
 * else the page the ids name (Facebook), plus --official; else --official alone when it
 * names someone in the thread; else the author of the thread's root post; else (a listing
 * without its post) the authors that are pages. --official matches an author id, or a
 * display name ignoring case, accents and punctuation. */
#ifndef REPLYCOV_OFFICIAL_H
#define REPLYCOV_OFFICIAL_H

#include "thread.h"

struct official_names {
	char **given;  /* as typed on the command line */
	char **folded; /* folded for name comparison */
	size_t n, cap;
};

void official_names_add(struct official_names *o, const char *name);
void official_names_release(struct official_names *o);

enum official_source {
	OFFICIAL_NONE,          /* nobody known: every message counts as a citizen's */
	OFFICIAL_PAGE,          /* the page id implied by the post id */
	OFFICIAL_POST_AUTHOR,   /* the author of the root post */
	OFFICIAL_PAGE_CATEGORY, /* authors that are pages (from.category) */
	OFFICIAL_OPTION,        /* only --official matched */
	OFFICIAL_SOURCE_FLAG    /* the export marks the official side (inbound=False...) */
};

/* Fill is_official[i] (t->n entries) for thread t (built). Returns how the official account
 * was found; *name gets a display name for it (owned by t, or by o), NULL when none. */
enum official_source official_resolve(const struct thread *t, const struct official_names *o,
                                      unsigned char *is_official, const char **name);
const char *official_source_text(enum official_source s);

/* The key an author is known by inside one platform: "id:<author_id>" or "name:<folded>". */
void author_key(struct strbuf *out, const struct record *r);

#endif
