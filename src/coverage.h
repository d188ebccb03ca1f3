/* coverage.h: which citizen comments of one thread were answered by the official account,
 * by which rule and after how long. Pure analysis: plain structs in, plain structs out. */
#ifndef REPLYCOV_COVERAGE_H
#define REPLYCOV_COVERAGE_H

#include "official.h"
#include "thread.h"

struct class_source;

enum comment_status { STATUS_ANSWERED, STATUS_NOT_NEEDED, STATUS_UNANSWERED };

enum answer_rule {
	RULE_NONE = 0,
	RULE_DIRECT = 1 << 0,  /* the official message is a descendant of the comment */
	RULE_BRANCH = 1 << 1,  /* it follows the comment in the same reply list */
	RULE_MENTION = 1 << 2, /* it names the comment's author later in the thread */
	RULE_ALL = 7
};

/* Why a comment needs no reply. Spam and comments deleted before anyone could answer are
 * listed with their status (never dropped), but no reply is owed to them. */
enum not_needed_reason { NN_NONE, NN_EMPTY, NN_NO_WORDS, NN_SPAM, NN_DELETED, NN_CLASS };

struct coverage_opts {
	unsigned rules;                        /* RULE_* bits; RULE_ALL by default */
	int need_all;                          /* --need-reply all: nothing is "not needed" */
	const struct official_names *official; /* --official, may be NULL */
	unsigned need_classes;                 /* classes that need a reply (1 << CLASS_x), for the
	                                        * records the run classified (cls >= 0); 0: no class policy */
	const struct class_source *classes;    /* the run's classifier, for writers that explain */
	long long from, to;                    /* only citizen messages in [from, to) are judged; both
	                                        * 0: no period (official replies count whenever sent) */
};

struct comment_result {
	long rec; /* index of the citizen's message in the thread */
	enum comment_status status;
	enum answer_rule rule; /* RULE_NONE unless answered */
	enum not_needed_reason reason;
	long answer;    /* index of the answering official message, -1 when none */
	long long wait; /* seconds from comment to answer */
};

struct thread_coverage {
	unsigned char *official; /* per record of the thread: 1 when official */
	enum official_source source;
	const char *official_name;       /* display name of the official account, or NULL */
	struct comment_result *comments; /* every non-official message, in thread order */
	size_t n_comments;
	long n_official;
	long answered, not_needed, unanswered, unknown_author;
	long not_needed_class; /* of not_needed, those the need-reply policy excluded */
	long outside_period;   /* citizen messages left out by --period/--from/--to */
};

/* Analyse built thread t. out is filled and owns its arrays (thread_coverage_release). An
 * empty thread gives zero comments; a thread with no official account gives every citizen
 * comment unanswered (or not needed) and source OFFICIAL_NONE. */
void coverage_thread(const struct thread *t, const struct coverage_opts *o, struct thread_coverage *out);
void thread_coverage_release(struct thread_coverage *c);

const char *status_name(enum comment_status s); /* "answered", "not_needed", "unanswered" */
const char *rule_name(enum answer_rule r);      /* "direct", "branch", "mention", "" */
/* "empty", "no_words", "spam", "deleted", "class" (the need-reply policy), "" */
const char *reason_name(enum not_needed_reason r);
/* Parse "direct,branch" into RULE_* bits; -1 on an unknown name. */
int rules_parse(const char *s);

#endif
