/* privacy.h: what a writer needs to protect people: pseudonyms (pseudonym.h) and the smallest
 * count an aggregated table may show (--min-cell K: a count from 1 to K-1 is shown as "<K",
 * and the rates and tests computed from it are withheld, since they would give it back).
 * Zero is shown: it is not a person. Nothing here allocates. */
#ifndef REPLYCOV_PRIVACY_H
#define REPLYCOV_PRIVACY_H

#include "pseudonym.h"
#include "strbuf.h"

struct privacy {
	struct pseudonyms *ps; /* NULL: names shown as written */
	long min_cell;         /* 0 or 1: every count shown */
};

/* 1 when count n must not be shown (0 < n < min_cell). */
int privacy_hides(const struct privacy *pv, long n);
/* Append n, or "<K" when it is hidden. pv may be NULL. */
void privacy_count(const struct privacy *pv, long n, struct strbuf *sb);
/* Append how r's author is shown: the display name (or id, or "unknown"), or its pseudonym. */
void privacy_author(const struct privacy *pv, const struct record *r, struct strbuf *sb);
/* The same for a citizen known by platform and author key (NULL: unknown) and display name. */
void privacy_person(const struct privacy *pv, const char *platform, const char *akey, const char *name,
                    struct strbuf *sb);
/* Append text, with names replaced under --pseudonymize (keep_akey as in pseudonym_text). */
void privacy_text(const struct privacy *pv, const char *platform, const char *text, const char *keep_akey,
                  struct strbuf *sb);

struct thread;
/* Under --pseudonymize, rewrite thread t in place before anything is written from it: every
 * citizen's name and id become their pseudonym (so identities stay distinct and stable) and
 * every text has names and @handles replaced; official messages keep their author. The new
 * strings live in t's arena. Without pseudonyms, nothing changes. */
void privacy_rewrite_thread(const struct privacy *pv, struct thread *t, const unsigned char *official);

#endif
