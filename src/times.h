/* times.h: the response-time report of a whole run. Each analysed thread's waits are kept (a
 * thread brought back by a re-read replaces its earlier waits); at the end come the figures
 * overall and per thread, platform, channel, month and agent, the platform table for private
 * messages, and each thread's hourly backlog.
 *
 * This is also the API for `coverage --format json`: call times_run_add from the command's
 * on_thread with the thread and its thread_coverage, times_report_build after the pipeline,
 * and render with out_times_json_report (out_times.h). Strings live in the run's arena until
 * times_run_release; nothing here prints. */
#ifndef REPLYCOV_TIMES_H
#define REPLYCOV_TIMES_H

#include "platform.h"
#include "waits.h"

struct times_thread {
	const char *key, *platform, *id;
	/* how people know the thread (tr_post_label): its post's first line with words (60
	 * characters, NULL when it has none), when the post was published (the first message
	 * without post), and whether every message is private (a conversation) */
	const char *headline;
	long long post_time;
	int private_conv;
	/* The waits. w.rows is there for the thread times_run_add returned last (its caller reads
	 * them at once; in a run of one thread, to the end): when the next thread comes, they are
	 * packed into packed_rows (pack.h), a few bytes a row instead of 32, and w.rows is NULL.
	 * times_thread_rows gives the rows of any thread. */
	struct thread_waits w;
	unsigned char *packed_rows;
	struct platform_msg *openers; /* counted private messages (platform.h) */
	size_t n_openers, cap_openers;
};

struct times_run {
	struct waits_opts o; /* a copy; its hours and agents stay the caller's */
	struct arena arena;
	struct strmap threads;     /* key -> struct times_thread */
	struct times_thread *last; /* the thread whose rows are not packed */
	struct strmap platforms;   /* interned platform names */
	struct strbuf packed;      /* scratch */
};

void times_run_init(struct times_run *r, const struct waits_opts *o);
void times_run_release(struct times_run *r);
/* Fold built thread t, analysed into c, in; a thread added before under the same key is
 * replaced. Returns the stored entry, valid until the thread is added again or the run ends. */
const struct times_thread *times_run_add(struct times_run *r, const struct thread *t, const struct thread_coverage *c);
/* The threads by key (natural order, see id_cmp); the caller frees the array. */
struct times_thread **times_run_threads(const struct times_run *r, size_t *n);
/* The tt->w.n rows of tt: tt->w.rows when it has them, else unpacked into *scratch (grown as
 * needed, *cap its size in rows; the caller frees it). Valid until the next call with the
 * same scratch. */
const struct wait_row *times_thread_rows(const struct times_thread *tt, struct wait_row **scratch, size_t *cap);

struct times_group {
	const char *key;       /* thread key, platform, channel, "YYYY-MM", agent or "unsigned" */
	long replies;          /* agent groups: official messages in the period they signed */
	struct wait_figures f; /* agent groups hold only the comments the agent answered */
};

struct times_report {
	long threads, comments_outside, not_needed;
	long before_first_timetable; /* comments asked before the schedule's first timetable */
	long long first, last;       /* first and last comment needing a reply; 0 when none */
	long long last_event;        /* the last of those comments and their answers */
	struct wait_figures overall;
	struct times_group *by_thread, *by_platform, *by_channel, *by_month, *by_agent;
	size_t n_thread, n_platform, n_channel, n_month, n_agent;
	struct platform_table platform;
	struct arena arena; /* group keys: the report needs nothing of the run once built */
};

void times_report_build(const struct times_run *r, struct times_report *rep);
void times_report_release(struct times_report *rep);

/* Hourly backlog of one thread: for each UTC hour from the first comment needing a reply to the
 * last arrival or answer, how many arrived, how many were answered and how many were still open
 * at the end of the hour (unanswered comments stay open). At most BACKLOG_MAX_HOURS. */
#define BACKLOG_MAX_HOURS (24L * 400)
struct backlog {
	long long start; /* UTC instant of the first hour */
	size_t n;
	long *arrived, *answered, *open;
	int truncated; /* events after BACKLOG_MAX_HOURS were left out */
};
void times_backlog(const struct times_thread *tt, struct backlog *b);
void backlog_release(struct backlog *b);

#endif
