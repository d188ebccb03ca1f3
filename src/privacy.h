/* privacy.h: what a writer needs to protect people: pseudonyms (pseudonym.h) and the smallest
 * count an aggregated table may show (--min-cell K: a count from 1 to K-1 is shown as "<K",
 * and the rates and tests computed from it are withheld, since they would give it back).
 * Zero is shown: it is not a person. Nothing here allocates. */
#ifndef REPLYCOV_PRIVACY_H
#define REPLYCOV_PRIVACY_H

#include "pseudonym.h"
#include "strbuf.h"

struct privacy {
	struct pseudonyms *ps; /* NULL: names shown as written. Under anonymous, the set that finds
	                        * the citizens' names in texts, which it replaces by
	                        * PRIVACY_REDACTED (it makes no pseudonym) */
	long min_cell;         /* 0 or 1: every count shown */
	int anonymous;         /* citizens neither named nor pseudonymised: the documents meant to be
	                        * published (report, thread, user) without --names or --pseudonymize;
	                        * they are counted, or numbered within one table */
	const char *unnamed;   /* under anonymous, how a person is written in the document's language
	                        * ("another person"); NULL: "-" */
};

/* What replaces a citizen's name or @handle in a text under anonymous (no language has it). */
#define PRIVACY_REDACTED "[\xe2\x80\xa6]" /* "[…]" */

/* Set pv up for a document that names nobody (anonymous): scrub is initialised (released by the
 * caller with pseudonyms_release) with a fixed key (it makes no pseudonym, so the key protects
 * nothing), and every name it learns is replaced in texts by PRIVACY_REDACTED. unnamed: as in
 * struct privacy. */
void privacy_anonymous(struct privacy *pv, struct pseudonyms *scrub, const char *unnamed);
/* 1 when citizens may not be named nor pseudonymised (pv->anonymous). pv may be NULL. */
int privacy_names_nobody(const struct privacy *pv);

/* 1 when count n must not be shown (0 < n < min_cell). */
int privacy_hides(const struct privacy *pv, long n);
/* Append n, or "<K" when it is hidden. pv may be NULL. */
void privacy_count(const struct privacy *pv, long n, struct strbuf *sb);
/* Append how r's author is shown: the display name (or id, or "unknown"), or its pseudonym;
 * under anonymous, pv->unnamed (nobody named: a writer that can say more, "Person 3", says it
 * itself). */
void privacy_author(const struct privacy *pv, const struct record *r, struct strbuf *sb);
/* The same for a citizen known by platform and author key (NULL: unknown) and display name
 * (pv->unnamed under anonymous, whatever the key). */
void privacy_person(const struct privacy *pv, const char *platform, const char *akey, const char *name,
                    struct strbuf *sb);
/* Append text, with names replaced under --pseudonymize (keep_akey as in pseudonym_text), or by
 * PRIVACY_REDACTED under anonymous. */
void privacy_text(const struct privacy *pv, const char *platform, const char *text, const char *keep_akey,
                  struct strbuf *sb);

struct thread;
/* Under --pseudonymize, rewrite thread t in place before anything is written from it: every
 * citizen's name and id become their pseudonym (so identities stay distinct and stable) and
 * every text has names and @handles replaced; official messages keep their author. Under
 * anonymous only the texts are rewritten (names and ids stay, for counting people apart: the
 * writers name nobody). The new strings live in t's arena. Otherwise nothing changes. */
void privacy_rewrite_thread(const struct privacy *pv, struct thread *t, const unsigned char *official);

/* Secondary suppression (--min-cell K). A table here is a set of counts (cells) and the sums a
 * reader can check between them: "this row's total is the sum of its cells", "the months add up
 * to the summary's figure", written as relations sum(coef * cell) = constant. privacy_suppress
 * hides every count about people from 1 to K-1 (shown "<K": PRIVACY_SMALL), then, as long as a
 * reader could work one of them out exactly from what is shown and the relations (knowing that
 * a "<K" cell is 1..K-1 and a withheld one any number), withholds one more cell of a relation
 * that gives it away (PRIVACY_WITHHELD): the smallest non-zero count there, else a zero. Cells
 * marked PRIVACY_FIXED are shown whatever (counts not about people, or figures published where
 * they cannot be withheld). The table owns its arrays; nothing here prints. */
enum privacy_state { PRIVACY_SHOWN, PRIVACY_SMALL, PRIVACY_WITHHELD };
#define PRIVACY_FIXED 1u

struct privacy_rel {
	size_t start, len; /* its terms */
	long long c;       /* the constant */
};
struct privacy_term {
	size_t cell;
	int coef;
};

struct privacy_table {
	long *value;
	unsigned char *flags, *state; /* PRIVACY_FIXED; enum privacy_state */
	size_t n, cap;
	struct privacy_rel *rels;
	size_t n_rels, cap_rels;
	struct privacy_term *terms;
	size_t n_terms, cap_terms;
};

void privacy_table_init(struct privacy_table *t);
void privacy_table_release(struct privacy_table *t);
/* A new cell holding value (flags: PRIVACY_FIXED or 0); returns its index. */
size_t privacy_table_add(struct privacy_table *t, long value, unsigned flags);
/* The relation total = parts[0] + ... + parts[n-1], when the values satisfy it (returns 1);
 * a sum the values do not satisfy is no relation a reader knows (returns 0, nothing added). */
int privacy_table_sum(struct privacy_table *t, size_t total, const size_t *parts, size_t n);
/* The relation sum(coef[i] * cells[i]) = its value now (a reader who knows the constant, e.g.
 * the official messages a thread's message count includes). coef is +1 or -1. */
void privacy_table_relation(struct privacy_table *t, const size_t *cells, const int *coef, size_t n);
/* Decide every cell's state under pv's --min-cell (pv NULL or min_cell below 2: every cell
 * shown). Returns how many small counts could still be worked out because only fixed cells
 * would cover them (0 unless the caller fixed too much); they stay "<K". */
size_t privacy_suppress(const struct privacy *pv, struct privacy_table *t);

#endif
