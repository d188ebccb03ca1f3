/* waits.h: the wait of every citizen comment of one analysed thread in calendar time and in
 * service time (from coverage_thread's answers; nothing here decides what answers what), the
 * agent who signed each answer, and the statistics over any set of comments. */
#ifndef REPLYCOV_WAITS_H
#define REPLYCOV_WAITS_H

#include <regex.h>

#include "coverage.h"
#include "hours.h"
#include "strmap.h"

/* --agent-signature: POSIX extended regular expressions tried in order on the text of an
 * official message (REG_NEWLINE: ^ and $ match at line ends). The first that matches names the
 * agent: its first capture group when it has one and it matched, else the whole match, with
 * blanks, punctuation and dashes trimmed from both ends. Names live until agents_release. */
struct agents {
	regex_t *re;
	size_t n_re, cap_re;
	struct strmap ids; /* name -> index + 1 */
	const char **names;
	size_t n_names, cap_names;
	struct arena arena;
};

void agents_init(struct agents *a);
void agents_release(struct agents *a);
/* Add a pattern. 0, or -1 when it does not compile (reported with regerror's reason). */
int agents_add(struct agents *a, const char *pattern);
/* The agent who signed text: an index into a->names, or -1 (unsigned, or no pattern). */
int agents_match(struct agents *a, const char *text);

enum wait_flag {
	WAIT_ANSWERED = 1 << 0,
	WAIT_OUT_OF_HOURS = 1 << 1,   /* arrived while the service was closed */
	WAIT_BEFORE_OPENING = 1 << 2, /* answered before the clock started */
	WAIT_SAME_DAY = 1 << 3,       /* answered within the service day the clock started on */
	WAIT_PRIVATE = 1 << 4         /* a private message, not a public comment */
};

/* One citizen comment needing a reply (answered or unanswered, not "not needed"). */
struct wait_row {
	/* The comment a row measures is not kept: thread_waits_comments gives it from the
	 * thread's coverage. The clock starts at hours_next_opening(hours, asked) (HOURS_NEVER
	 * when it never does): computed where it is shown. Rows stay to the end of a run. */
	long long asked;      /* its time, UTC */
	long long calendar_s; /* answer time - asked; -1 when unanswered */
	long long service_s;  /* open seconds (hours_wait); -1 when unanswered */
	int agent;            /* signer of the answer (agents index); -1 unsigned or unanswered */
	unsigned flags;       /* enum wait_flag */
};

struct waits_opts {
	struct hours *hours;        /* service hours (a schedule_always one for day and night) */
	int elapsed_before_opening; /* --before-opening elapsed */
	struct agents *agents;      /* may be NULL: every answer unsigned */
	long long from, to;         /* comments asked in [from, to); LLONG_MIN, LLONG_MAX for all */
};

struct agent_replies {
	int agent;    /* -1: unsigned */
	long replies; /* official messages in the period it signed */
};

struct thread_waits {
	struct wait_row *rows; /* comments needing a reply, asked in the period, thread order */
	size_t n;
	long not_needed;               /* comments in the period needing no reply */
	long outside;                  /* citizen comments asked outside the period */
	struct agent_replies *replies; /* official messages in the period, per signer */
	size_t n_replies;
	long long from, to; /* the period the rows were chosen in */
};

/* Waits of built thread t analysed into c. out owns its arrays (thread_waits_release). An empty
 * thread, or one without an official account, gives rows with no answer. */
void waits_thread(const struct thread *t, const struct thread_coverage *c, const struct waits_opts *o,
                  struct thread_waits *out);
void thread_waits_release(struct thread_waits *w);
/* For each of w's rows, the index of its comment in c (the coverage w was computed from):
 * comment_of_row must hold w->n entries. */
void thread_waits_comments(const struct thread_waits *w, const struct thread *t, const struct thread_coverage *c,
                           long *comment_of_row);

/* Statistics of one clock. Shares count over `need` (an unanswered comment was not answered
 * within an hour); median and p90 as PERCENTILE.INC, means rounded to the second; -1 when
 * nothing was answered. mean_fastest90 drops the slowest answered/10 (rounded down) waits. */
struct wait_stats {
	long long median, p90, mean, mean_fastest90;
	long within_1h, within_24h;
};

struct wait_figures {
	long need, answered;
	struct wait_stats calendar, service;
	long same_service_day, out_of_hours, before_opening;
};

/* Figures over an array of n rows (any order). */
void wait_figures_of(const struct wait_row *rows, size_t n, struct wait_figures *f);
/* Count row r into f's tallies (need, out of hours, answered, same service day, before
 * opening), not its waits; returns 1 when r was answered, so that its waits count too. */
int wait_figures_count(struct wait_figures *f, const struct wait_row *r);
/* Statistics of n waits (sorted in place); within_* count waits, the caller divides. */
void wait_stats_compute(long long *waits, size_t n, struct wait_stats *s);
/* Mean of the fastest n - n/10 of sorted v, rounded to the second; -1 when n is 0. */
long long mean_fastest90(const long long *v, size_t n);

#endif
