/* report.h: what `replycov report` and `replycov thread` gather from a run, in the report's
 * time zone: each thread's messages by month and platform/channel (with classes and statuses),
 * the months over every thread, waits by weekday and hour of arrival, and for the thread of a
 * post-mortem its messages and comments one by one. Pure analysis: it takes coverage_thread's
 * and times' results, decides nothing about answers, and never prints or writes files.
 * Strings live in the report_data's arena until report_data_release. */
#ifndef REPLYCOV_REPORT_H
#define REPLYCOV_REPORT_H

#include "classify.h"
#include "coverage.h"
#include "strmap.h"
#include "times.h"

struct tz;

#define REPORT_MAX_SERIES 8   /* platform/channel pairs drawn; more are summed as "other" */
#define REPORT_MAX_MONTHS 240 /* months of an axis at most (the latest, when more have data) */
#define REPORT_GAP_MONTHS 36  /* without a period, empty months are shown up to this span */

/* A platform and channel ("facebook", private): one series of the messages chart. */
struct report_series {
	const char *platform;
	int channel; /* enum channel */
	/* totals over the months kept (report_data_finish) */
	long citizen, official, need, answered, not_needed;
};

/* What one thread brought to one month and series. Comments asked outside the period are
 * not counted; official messages count in the month they were sent, when that is in the
 * period (the post that opens a thread is not a reply and is not counted). */
struct report_cell {
	int ym; /* year * 12 + month - 1 in the report's zone */
	int series;
	long citizen, official;
	long need, answered, not_needed;
	long cls[CLASS_N + 1]; /* citizen messages by class; [CLASS_N]: not classified */
};

/* One month over every thread. Channel index 0 is public, 1 private. */
struct report_month {
	int ym;
	long citizen[2], official[2];
	long need[2], answered[2], not_needed[2];
	long cls[2][CLASS_N + 1];
	long *by_series;                  /* citizen messages per series (report_data.n_series entries) */
	const struct wait_figures *waits; /* times_report's month, NULL when none needed a reply */
};

/* Comments needing a reply by local weekday (0 = Monday) and hour of arrival. */
struct report_heat {
	long need[7][24], answered[7][24];
	long long median[7][24]; /* calendar seconds of the answered ones; -1 when none */
	long long max_median;    /* the largest cell, 0 when none */
};

/* The thread of a post-mortem, message by message. */
struct focus_msg {
	long long t;
	int official;
};

struct focus_comment {
	long long t;
	const char *id, *author, *author_key, *excerpt;
	int cls; /* enum msg_class, or -1 when not classified */
	enum comment_status status;
	long long wait; /* calendar seconds; -1 unless answered */
};

struct report_focus {
	const char *key, *platform, *id;
	const char *title;         /* the post's text (first 160 characters), or NULL */
	const char *headline;      /* its first line with words (60 characters), or NULL */
	long long post_time;       /* when the post was published (the first message without post) */
	const char *official_name; /* NULL when no official account is known */
	int channel;               /* CHANNEL_PRIVATE when every message is private */
	long long first, last;     /* first and last message, post included */
	struct focus_msg *msgs;    /* every message but the post, by time */
	size_t n_msgs;
	struct focus_comment *comments; /* citizen comments judged (in the period), by time */
	size_t n_comments;
	long status_by_class[CLASS_N + 1][3]; /* [class][enum comment_status] */
};

struct report_data {
	const struct tz *zone;
	long long from, to; /* the period as instants, LLONG_MIN and LLONG_MAX for none */
	struct arena arena;
	struct report_series *series;
	size_t n_series, cap_series;
	struct strmap threads;       /* key -> struct report_thread */
	struct report_month *months; /* after report_data_finish: by month, gaps filled */
	size_t n_months;
	struct report_heat heat;
	long citizen, official; /* over every month and channel */
	int have_focus;
	struct report_focus focus;
};

void report_data_init(struct report_data *d, const struct tz *zone, long long from, long long to);
void report_data_release(struct report_data *d);
/* Fold thread t, analysed into c, in; a thread added before under the same key is replaced. */
void report_data_add(struct report_data *d, const struct thread *t, const struct thread_coverage *c);
/* The citizen messages of every thread as ratio counts them (ratio_adjust.h): by channel and
 * the classifier's own class, the ones a person labeled by label and the classifier's class. */
struct class_tally;
void report_data_tally(const struct report_data *d, struct class_tally *out);
/* Keep thread t message by message as the post-mortem's thread (replacing an earlier one). */
void report_data_focus(struct report_data *d, const struct thread *t, const struct thread_coverage *c);
/* Sum the threads into months (the period's months; else from the first to the last month with
 * messages, empty months included when that spans at most REPORT_GAP_MONTHS, else only the
 * months with messages; at most the latest REPORT_MAX_MONTHS) and fill the heat map from the run's waits.
 * rep's months are borrowed: rep must outlive d's months. */
void report_data_finish(struct report_data *d, const struct times_run *tr, const struct times_report *rep);
/* The channel of thread key (CHANNEL_PRIVATE when every message is private), or -1. */
int report_thread_channel(const struct report_data *d, const char *key);

/* Local fields of an instant in zone: "2026-03-02 09:05" (17 bytes with the NUL). */
void report_local_minute(const struct tz *zone, long long t, char *buf);
/* year * 12 + month - 1 of an instant in zone, and its local weekday (0 = Monday) and hour. */
int report_ym(const struct tz *zone, long long t);
void report_weekday_hour(const struct tz *zone, long long t, int *wday, int *hour);

#endif
