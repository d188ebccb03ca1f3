/* results.h: coverage results of a whole run, folded thread by thread: per-thread figures,
 * citizens across threads, the unanswered comments to list, and the summary. A thread
 * handed over again (rebuilt from overlapping exports) replaces its earlier figures.
 * Strings live in the results' arena until results_release. */
#ifndef REPLYCOV_RESULTS_H
#define REPLYCOV_RESULTS_H

#include "coverage.h"
#include "pack.h"
#include "privacy.h"
#include "strmap.h"

struct citizen {
	const char *key; /* platform '/' author key */
	const char *platform, *author_id, *name;
	long comments, need, answered, unanswered, not_needed, threads;
};

struct thread_result;

/* One citizen in one thread (results_contributions). */
struct contribution {
	struct citizen *who;
	int comments, need, answered, unanswered, not_needed;
};

struct file_count {
	const char *file; /* the run's input path (pointer identity) */
	long n;
};

struct thread_result {
	const char *key, *platform, *id;
	const char *title;    /* start of the post text, or NULL without post */
	const char *headline; /* the post's first line with words (60 characters), or NULL */
	long long post_time;  /* when the post was published; the first message without post */
	int private_conv;     /* every message is private: a conversation, not a post */
	const char *official_name;
	enum official_source source;
	long messages, official, comments, need, answered, unanswered, not_needed, unknown_author;
	long not_needed_class, outside_period;
	long duplicates, changed, orphans, cycles;
	long long first, last; /* time of the first and last message */
	/* The answered comments' waits, sorted and packed (pack.h: each the difference from the one
	 * before; results_summary reads them all), with their median and p90 (-1 when none). */
	unsigned char *waits;
	size_t n_waits;
	long long median_s, p90_s;
	/* What each citizen of the thread wrote in it, kept so that a re-read thread can take its
	 * counts back: packed (pack.h; results_contributions unpacks it), a few bytes a citizen
	 * instead of 32, in the results' scratch file (only a re-read reads them again). */
	struct packed_blob contrib;
	size_t n_contrib;                   /* citizens who wrote in the thread */
	long citizens_unanswered;           /* of them, those with a comment needing a reply and none answered here */
	unsigned gen;                       /* bumped when a re-read replaces the thread */
	struct file_count *orphans_by_file; /* replies with a missing parent, by input file */
	size_t n_orphan_files;
};

/* An unanswered comment kept for the "never answered" listing. */
struct unanswered {
	struct thread_result *thread;
	unsigned gen;
	struct citizen *who;
	size_t who_idx; /* its index in results.people */
	const char *id;
	long long time;
	const char *excerpt; /* first 80 characters, or NULL when not kept */
	long next;           /* the same citizen's next unanswered comment, or -1 */
};

struct summary {
	long threads, messages, official, comments, need_reply, answered, unanswered, not_needed;
	long unknown_author, users, users_never_answered, threads_without_official;
	long not_needed_class;     /* excluded by the need-reply policy (thanks, other) */
	long outside_period;       /* citizen messages outside --period, not judged */
	double coverage_pct;       /* answered / need_reply * 100; 0 when nothing needs a reply */
	long long median_s, p90_s; /* over answered comments; -1 when none */
	long n_waits;
};

struct results {
	struct arena arena;
	struct strmap threads;   /* key -> struct thread_result */
	struct strmap citizens;  /* key -> index into people + 1 */
	struct citizen **people; /* every citizen, in the order met */
	size_t n_people, cap_people;
	struct strmap platforms; /* interned platform names */
	struct strbuf packed;    /* scratch */
	struct spill store;      /* the threads' packed contributions */
	struct contribution *scratch_contrib;
	size_t cap_scratch_contrib;
	struct unanswered *unans;
	size_t n_unans, cap_unans;
	/* listing mode: each citizen's (by index in people) first and last unanswered comment,
	 * chained through struct unanswered.next; -1 when none */
	long *first_unans, *last_unans;
	size_t cap_chain;
	struct unanswered **listed; /* the array results_unanswered_of last returned */
	size_t cap_listed;
	int keep_excerpts; /* listing mode: keep excerpts, drop comments of answered citizens */
	struct strbuf scratch;
	const struct privacy *pv; /* excerpts shown under --pseudonymize when set */
};

void results_init(struct results *r, int keep_excerpts);
void results_release(struct results *r);
/* Fold one analysed thread in (replace: it was folded before). */
void results_add(struct results *r, const struct thread *t, const struct thread_coverage *c, int replace);

/* The contributions of thread tr (*n of them: tr->n_contrib, unless the scratch file could
 * not be read back, which is reported), in the order the citizens first wrote in it; the
 * caller frees the array. */
struct contribution *results_contributions(const struct results *r, const struct thread_result *tr, size_t *n);

/* Sorted views, valid until the next results_add; the caller frees the arrays. */
struct thread_result **results_threads(const struct results *r, size_t *n); /* by key */
struct citizen **results_citizens(const struct results *r, size_t *n);      /* by key */
/* Citizens never answered: need >= 1 and answered == 0; most need first, then name, key. */
struct citizen **results_never_answered(const struct results *r, size_t *n);
/* Live unanswered comments of one citizen, by time then id; *n set. The array belongs to r
 * and is valid until the next call. */
struct unanswered **results_unanswered_of(struct results *r, const struct citizen *c, size_t *n);
void results_summary(const struct results *r, struct summary *s);
/* Fill m (initialised by the caller) with input path -> number of replies read from it whose
 * parent is missing (values are counts cast to pointers; keys are the run's paths). */
void results_orphans_by_file(const struct results *r, struct strmap *m);

/* The p-th percentile (0..100) of sorted v by linear interpolation between closest ranks
 * (Excel PERCENTILE.INC), rounded to the nearest second; -1 when n is 0. */
long long percentile(const long long *v, size_t n, double p);

#endif
