/* platform.h: the platform's private-message figures emulated from one documented variant, and
 * the steps from that figure to replycov's own, each naming the rule it changes and how much it
 * moves the response rate and the response time.
 *
 * Emulated variant: Meta's Page "response rate" and "response time" as the older, detailed
 * Help Center text described them (copies cited in README.md, "The platform's figure"): a
 * message counts when it is the first a person sends after neither side wrote for 24 hours; the
 * rate is the share of those the page answered; the time is the mean of the fastest 90 % of
 * the first replies, over the 30 days up to the last counted message (the last 10 counted
 * messages when those 30 days hold fewer). It is never Meta's exact current figure: the
 * definitions have changed over the years, and automatic replies, away mode, "mark as done"
 * and spam marks are not in the exports replycov reads. */
#ifndef REPLYCOV_PLATFORM_H
#define REPLYCOV_PLATFORM_H

#include <stddef.h>

#include "coverage.h"
#include "schedule.h"
#include "waits.h"

#define PLATFORM_SILENCE 86400 /* seconds without messages that open a new conversation */
#define PLATFORM_WINDOW_DAYS 30
#define PLATFORM_MIN_MESSAGES 10

/* A citizen message of a private conversation that the platform counts (it opens a
 * conversation), asked in the period. */
struct platform_msg {
	long long asked;
	long long reply;    /* the platform's rule: first official message at or after it; -1 none */
	long long cov_wait; /* coverage's calendar wait (replycov's answer rules); -1 none */
};

/* The counted messages of thread t (analysed into c) whose channel is private and that were
 * asked in [from, to), appended to *v (capacity *cap, count *n). Spam-marked messages neither
 * count nor end a silence. Public threads add nothing. */
void platform_thread(const struct thread *t, const struct thread_coverage *c, long long from, long long to,
                     struct platform_msg **v, size_t *n, size_t *cap);

struct platform_step {
	const char *rule; /* what this step changes, a static string */
	long messages, answered;
	long long time_s;    /* the response time by this step's measure; -1 when none */
	const char *measure; /* "mean of the fastest 90%", "mean", "median" */
	int service;         /* 1: service hours, 0: day and night */
};

struct platform_table {
	long openers;                     /* counted messages in the period */
	long long window_from, window_to; /* the emulated window, local days (inclusive); 0, -1 when none */
	long window_messages;             /* counted messages inside it */
	int window_last10;                /* fewer than PLATFORM_MIN_MESSAGES in it: the last ones were used */
	struct platform_step steps[8];
	size_t n_steps;
};

/* Build the steps: the platform variant first, replycov's figure (private messages needing a
 * reply, replycov's rules, service hours, median) last. msgs is sorted by time in place; rows
 * are the private messages' wait rows. The zone of s decides the window's days. With no
 * counted message and no private row, n_steps is 0. */
void platform_table_build(struct platform_msg *msgs, size_t n, const struct wait_row *const *rows, size_t n_rows,
                          const struct schedule *s, struct platform_table *out);

#endif
