/* fairness.h: were some citizens answered less than others? Figures of a whole run, folded
 * thread by thread from coverage's answers (like results_add; a thread handed over again
 * replaces its earlier contribution):
 *   - answer rate of criticism against the other classes, of frequent critics (citizens with
 *     FAIR_FREQUENT_MIN criticisms or more) against everyone else, and of public comments
 *     against private messages, each with 95% Wilson intervals and Fisher's exact test;
 *   - order: per thread, the share of answers given while an earlier comment was still
 *     waiting, and the longest jump (how many waiting comments one answer passed over);
 *   - the moderation log: every hidden, deleted, spam-marked or unapproved citizen comment with
 *     its status. They are left out of the rates, never counted as answered, and counted.
 * The comments compared: citizen comments in the period that need a reply under the policy
 * (coverage's answered and unanswered) and are not moderated. An answered comment of a class
 * the policy excludes (a "thanks" the page replied to) is left out of the class comparison and
 * counted: its unanswered peers are not in the figures, so keeping it would flatter the rest.
 *
 * Use (coverage, report):
 *     struct fairness f;  fairness_init(&f, &ro.cov, period_text);
 *     per thread:         fairness_add(&f, t, &c, replace);
 *     at the end:         struct fairness_figures fig;  fairness_figures(&f, &fig);
 *                         out_fairness_json(&fig, &f, &ro.privacy, &sb) or fairness_doc (out_fairness.h)
 *                         fairness_figures_release(&fig);  fairness_release(&f);
 * Strings live in the run's arena until fairness_release; nothing here prints. */
#ifndef REPLYCOV_FAIRNESS_H
#define REPLYCOV_FAIRNESS_H

#include "coverage.h"
#include "pack.h"
#include "stats.h"
#include "strmap.h"

#define FAIR_FREQUENT_MIN 2 /* criticisms that make a citizen a frequent critic */

/* The flags that make a comment moderated, in the order the log names them. */
#define FAIR_MODERATION_FLAGS (REC_HIDDEN | REC_DELETED | REC_SPAM | REC_UNAPPROVED)

/* One moderated citizen comment. */
struct fair_moderated {
	const char *thread, *platform, *id, *akey; /* thread key; akey as official.h's author_key, NULL unknown */
	const char *author_id, *author;            /* as the export gives them (may be NULL) */
	struct when created;
	unsigned flags; /* the record's flags */
	int cls, conf;  /* class (-1 none) and confidence in percent */
	enum comment_status status;
	enum not_needed_reason reason;
	enum answer_rule rule;
	const char *answer_id; /* when coverage found an answer, else NULL */
	const char *text;      /* the comment's text (first FAIR_EXCERPT characters) */
};
#define FAIR_EXCERPT 200

struct fair_user;

/* Order within one thread. */
struct fair_order {
	long answered;            /* answered comments compared */
	long out_of_order;        /* answered while an earlier comment still waited */
	long longest_jump;        /* most earlier comments still waiting when one was answered */
	const char *jump_id;      /* the comment answered in that jump, NULL when none */
	const char *jump_over_id; /* the earliest comment it passed over */
	long long jump_at;        /* when that answer came (UTC) */
};

struct fair_thread {
	const char *key, *platform, *id;
	/* what names the thread for people (tr_post_label): the post's first line with words
	 * (text_headline, 60 characters) or NULL, when it was published (the first message when
	 * there is no post), and whether every message is private (a conversation, not a post) */
	const char *headline;
	long long post_time;
	int private_conv;
	long cls[2][2];      /* [criticism, rest][answered, unanswered] */
	long chan[2][2];     /* [public, private][answered, unanswered] */
	long left_out_class; /* answered, of a class the policy excludes */
	long unclassified;   /* compared comments the run did not classify */
	long unknown_author; /* compared comments without an author (not in the critics figure) */
	long moderated_need; /* moderated comments coverage says need a reply */
	struct fair_order order;
	/* per user of the thread: the index in fairness.people, criticisms, need, answered, packed
	 * (pack.h) in the run's scratch file, to take them back when the thread is read again */
	struct packed_blob contrib;
	size_t n_contrib;
	struct fair_moderated *mod;
	size_t n_mod;
};

struct fairness {
	struct arena arena;
	struct strmap threads;   /* key -> struct fair_thread */
	struct strmap users;     /* "platform/author key" -> index into people + 1 */
	struct strmap platforms; /* interned platform names */
	struct fair_user **people;
	size_t n_people, cap_people;
	struct strbuf packed; /* scratch */
	struct spill store;   /* the threads' packed contributions */
	int need_all;         /* the policy the figures used (copied from coverage_opts) */
	unsigned need_classes, rules;
	const char *period; /* as given, or NULL */
	struct strbuf key;  /* scratch */
	struct strbuf ak;   /* scratch */
};

void fairness_init(struct fairness *f, const struct coverage_opts *cov, const char *period);
void fairness_release(struct fairness *f);
/* Fold thread t, analysed into c, in (replace: added before under the same key). The records
 * must carry classes (pipeline.classes) for the class figures; unclassified ones are counted. */
void fairness_add(struct fairness *f, const struct thread *t, const struct thread_coverage *c, int replace);

struct fair_rate {
	long answered, need;
	double lo, hi; /* 95% Wilson interval of answered / need */
};

/* Group a against group b: table [[a.answered, a.need - a.answered], [b.answered, ...]].
 * test.p_less is the one-sided p-value of "a was answered less than b". */
struct fair_compare {
	const char *a_name, *b_name;
	struct fair_rate a, b;
	struct fisher test;
};

struct fairness_figures {
	struct fair_compare by_class; /* criticism vs the rest */
	struct fair_compare frequent; /* frequent critics vs everyone else */
	struct fair_compare channel;  /* public vs private */
	long users, critics, frequent_critics;
	long left_out_class, unclassified, unknown_author;
	long moderated, moderated_need; /* every moderated comment; those needing a reply */
	long moderated_by_flag[4];      /* hidden, deleted, spam, unapproved (a comment may have several) */
	long moderated_criticism;       /* moderated comments classified criticism */
	long order_answered, order_out_of_order, order_threads, order_threads_out;
	const struct fair_thread *longest;  /* the thread with the longest jump, or NULL */
	const struct fair_thread **threads; /* with at least one compared answer, by key */
	size_t n_threads;
	const struct fair_moderated **log; /* by thread key, time, id */
	size_t n_log;
};

/* Compute the figures; fig points into f (valid until the next fairness_add or release). */
void fairness_figures(const struct fairness *f, struct fairness_figures *fig);
void fairness_figures_release(struct fairness_figures *fig);

/* "hidden", "deleted", "spam", "unapproved" for bit k of FAIR_MODERATION_FLAGS (k = 0..3). */
const char *fair_flag_name(int k);
unsigned fair_flag_bit(int k);

#endif
