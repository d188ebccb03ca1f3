/* proof.h: the proof sheet of one citizen (`replycov user`): every message of that person in the
 * period, across threads and channels, with its thread context (the post, the message it
 * replied to, the messages just before and after), its status and rule, who answered and when,
 * the wait in calendar and service time, how that wait ranks among everyone else's in the same
 * threads and in every thread of the period, and, for each unanswered comment, the citizens who
 * wrote later in the same thread and were answered.
 *
 * The person is found while the run goes: proof_add looks at each analysed thread (coverage's
 * answers, waits.h's waits) for citizen messages whose author id is the query, or whose display
 * name is the query compared as official.c compares names (text_fold_words), optionally with a
 * platform prefix ("facebook/123"). Every matching author is a candidate; only the candidates'
 * threads are kept (their messages and context, copied), plus the waits of every thread of the
 * period for the percentiles. A query that matches several people is for the caller to list.
 * Strings live in the proof's arena until proof_release; nothing here prints. */
#ifndef REPLYCOV_PROOF_H
#define REPLYCOV_PROOF_H

#include "coverage.h"
#include "strmap.h"
#include "waits.h"

#define PROOF_EXCERPT 240 /* characters of context messages kept */

/* A message shown around one of the person's, or the post. */
struct proof_ctx {
	int present;
	const char *id;
	const char *akey;      /* author key of a citizen (for pseudonyms), NULL for official/unknown */
	const char *author;    /* display name (or id), NULL when unknown */
	int official, subject; /* written by the official account / by the person */
	struct when created;
	const char *text; /* excerpt */
};

/* A comment written after one of the person's, in the same thread, and answered. */
struct proof_other {
	const char *id, *akey, *author;
	struct when created;
	long long answered_at;
	enum answer_rule rule;
	long long wait;
};

struct proof_msg {
	long index; /* position in the thread (time order) */
	const char *id, *parent;
	struct when created;
	enum channel channel;
	const char *text;        /* in full */
	unsigned flags;          /* record flags */
	int cls, lang, conf, by; /* class (-1 none), language, confidence %, decided_by */
	enum comment_status status;
	enum answer_rule rule;
	enum not_needed_reason reason;
	/* the answer (status answered) */
	const char *answer_id, *answer_author, *answer_text, *agent;
	struct when answered;
	long long wait_cal, wait_svc; /* -1 when not answered or not needing a reply */
	unsigned wait_flags;          /* enum wait_flag */
	struct proof_ctx reply_to, before, after;
	/* unanswered: the later comments of the thread that were answered */
	struct proof_other *later;
	size_t n_later;
	long later_citizens; /* distinct authors among them */
	/* answered: later comments answered before this one */
	long later_answered_first;
};

struct proof_thread {
	const char *key, *platform, *id;
	enum channel channel;
	const char *official_name;
	struct proof_ctx post; /* present when the export holds the post */
	/* How people know the thread (tr_post_label): the post's first line with words (NULL when
	 * none), the post's time (else the first message's), and whether it is all private. */
	const char *headline;
	long long post_time;
	int private_conv;
	struct proof_msg *msgs; /* the person's messages in the period, in thread order */
	size_t n_msgs;
	long outside_period;   /* the person's messages outside the period */
	long all, official;    /* the person's messages in this thread: as a citizen (all dates), as official */
	long long first, last; /* times of the first and last as a citizen */
};

/* Waits of one thread's comments needing a reply in the period (everyone's). */
struct proof_pool {
	long need, answered;
	long long *cal, *svc; /* answered only, sorted */
	size_t n;
};

struct proof_person {
	const char *key; /* "platform/author key" */
	const char *platform, *akey, *author_id, *name;
	int by_id;              /* the query is this person's author id */
	long messages;          /* citizen messages, all dates */
	long official_messages; /* messages where this author speaks for the institution */
	long long first, last;  /* times of the first and last message */
	struct strmap threads;  /* key -> struct proof_thread */
};

struct proof {
	struct arena arena;
	const char *query, *q_platform, *q_rest; /* as given; "facebook" and "123" of "facebook/123" */
	char *q_folded;                          /* folded words of q_rest */
	const struct waits_opts *wo;
	struct strmap people; /* key -> struct proof_person (the candidates) */
	struct strmap pools;  /* thread key -> struct proof_pool */
	struct strbuf a, b;
};

/* Start looking for query; wo gives service hours and agents for the waits (not owned). */
void proof_init(struct proof *pf, const char *query, const struct waits_opts *wo);
void proof_release(struct proof *pf);
/* Look at built thread t analysed into c (replace: handed over before). */
void proof_add(struct proof *pf, const struct thread *t, const struct thread_coverage *c, int replace);

/* The candidates: people matched by id first (when any matched by id, those alone), then by
 * name; sorted by platform, name, key. Officials (no citizen message) are included with
 * messages == 0. The caller frees the array. */
struct proof_person **proof_candidates(const struct proof *pf, size_t *n);

/* How one wait compares with the others of a pool (the person's own waits left out). */
struct proof_rank {
	long n, less, equal, more;
	int percentile; /* round(100 * (less + equal / 2) / n); -1 when n == 0 */
};

struct proof_item {
	const struct proof_thread *t;
	const struct proof_msg *m;
	struct proof_rank same_cal, same_svc, all_cal, all_svc; /* answered ones */
};

struct proof_scope {
	long need, answered;              /* other people's comments needing a reply, answered */
	long long median_cal, median_svc; /* of their answered waits; -1 when none */
};

struct proof_sheet {
	const struct proof_person *who;
	const struct proof_thread **threads; /* by key */
	size_t n_threads;
	struct proof_item *items; /* by time, then thread key, then index */
	size_t n_items;
	long need, answered, unanswered, not_needed, outside_period, public_msgs, private_msgs;
	long long median_cal, median_svc; /* of the person's answered waits; -1 when none */
	struct proof_scope same, all;     /* other people: in the person's threads; in every thread */
	int never_answered;               /* need > 0 and nothing answered */
};

/* Build the sheet of who (a candidate of pf). s points into pf: valid until proof_release. */
void proof_sheet_build(const struct proof *pf, const struct proof_person *who, struct proof_sheet *s);
void proof_sheet_release(struct proof_sheet *s);

#endif
