/* report_cells.h: --min-cell in the tables and charts of a report or post-mortem. The sections add
 * their figures through these calls instead of doc_cell: each count about people becomes a cell of
 * one privacy_table for the whole document, with the sums a reader can check between them (a row's
 * total, a column adding up to the summary's figure, the same figure shown twice), and the
 * percentages, waits and sentences built from counts remember which. report_cells_apply then
 * runs the secondary suppression (privacy_suppress) and rewrites in place the text of every cell
 * it hides: "<K" for a small count, T_CELL_WITHHELD for a count withheld so that no small one can
 * be worked out, and the same mark for a percentage or wait computed from either.
 * The charts draw the same counts: a section files the handles of the cells its chart draws again
 * (rc_put), the charts add the counts only they show with the sums tying them to the tables'
 * (report_charts_cells), and once report_cells_apply has decided, every chart draws a count as
 * the document shows it (rc_state): one decision per document.
 * Without --min-cell (K below 2) every call writes its cell at once, exactly as doc_cell with the
 * report's formatters would, registers nothing, and returns RC_NONE.
 * Counts not about people (official replies, threads) are added with PRIVACY_FIXED. A figure
 * only derivable from the table, never shown (need - answered when unanswered is not a column),
 * is not a cell. */
#ifndef REPLYCOV_REPORT_CELLS_H
#define REPLYCOV_REPORT_CELLS_H

#include "doc.h"
#include "privacy.h"

struct report_ctx;

#define RC_NONE ((size_t)-1)

/* Figures a later section refers to (the same count shown again must be the same cell). */
enum rc_slot { RCS_COMMENTS, RCS_NEED, RCS_ANSWERED, RCS_UNANSWERED, RCS_NOT_NEEDED, RCS_NEVER, RCS_N };

/* The handles a chart finds again, each a list indexed as said (RC_NONE where none was put). */
enum rc_grid {
	/* post-mortem */
	RCG_DAYS,     /* the timeline's table: a day's citizen comments; day - the thread's first day */
	RCG_BACKLOG,  /* the backlog's table: (day - first day) * 2 + 0 open at its end, + 1 most open */
	RCG_STATUS,   /* class * 4 + answered, no reply needed, unanswered, every comment */
	RCG_ACTIVE,   /* rank * 3 + comments, needing a reply, answered */
	RCG_TIMELINE, /* the timeline chart's hour (only the chart shows it) */
	/* period */
	RCG_SERIES,   /* month * (series + 1) + the series' citizen messages; + series: the month's */
	RCG_OTHERS,   /* month: the messages chart's "others" (only the chart shows it) */
	RCG_COVERAGE, /* month * 2 + needing a reply, answered */
	RCG_CHANNELS, /* month * 4 + channel * 2 + needing a reply, answered (only the chart shows them) */
	RCG_WAITS,    /* month: answered, as the waits' table shows it */
	RCG_CLASSES,  /* (month * 2 + channel) * (CLASS_N + 1) + 0: the messages, 1 + k: class order[k] */
	RCG_HEAT,     /* (weekday * 24 + hour) * 2 + needing a reply, answered (the medians' counts) */
	RCG_N
};

struct rc_display; /* a cell of a doc table, or a paragraph, to rewrite */

struct report_cells {
	struct report_ctx *x;
	struct doc *d;
	int on; /* --min-cell K with K >= 2 */
	struct privacy_table pt;
	struct rc_display *v;
	size_t n, cap;
	size_t slot[RCS_N]; /* RC_NONE when not set */
	size_t *grid[RCG_N], n_grid[RCG_N];
};

void report_cells_init(struct report_cells *rc, struct report_ctx *x, struct doc *d);
void report_cells_release(struct report_cells *rc);

/* A count cell appended to table t (flags: 0, or PRIVACY_FIXED for counts not about people).
 * Returns its handle. small: small print under it, or NULL. */
size_t rc_count(struct report_cells *rc, struct doc_table *t, long n, unsigned flags);
/* A count that is not a table cell but is written elsewhere (a sentence): its handle. */
size_t rc_value(struct report_cells *rc, long n, unsigned flags);
/* n / den as a percentage, appended to t: withheld when n or den is small, or when cell hn or
 * hden is hidden: the cells of n and den, or (for a share of counts not shown, public messages in
 * a row of every channel) the row's own counts, which the share would help work out. */
void rc_pct(struct report_cells *rc, struct doc_table *t, long n, long den, size_t hn, size_t hden);
/* "n (pct)": the count n (a cell, returned) and its share of den (handle hden, or RC_NONE). */
size_t rc_count_pct(struct report_cells *rc, struct doc_table *t, long n, long den, size_t hden);
/* A wait in seconds (negative: none) over the waits of n answered messages (handle hn, or
 * RC_NONE when n is not shown): withheld when n is small or its cell hidden. */
void rc_wait(struct report_cells *rc, struct doc_table *t, long long s, long n, size_t hn);

/* total = parts[0] + ... (when the values say so); handles RC_NONE make it no relation. */
void rc_sum(struct report_cells *rc, size_t total, const size_t *parts, size_t n);
/* a and b are the same count shown twice (when their values are equal). */
void rc_same(struct report_cells *rc, size_t a, size_t b);
/* sum(coef[i] * cells[i]) = 0, when the values say so (a backlog's day: open today - open
 * yesterday - arrived + answered). */
void rc_zero(struct report_cells *rc, const size_t *cells, const int *coef, size_t n);

/* An argument of a sentence: a count (h, n), a percentage (n / den over handles h and h2), or a
 * wait (s, over n answered messages of handle h). */
enum rc_arg_kind { RA_COUNT, RA_PCT, RA_WAIT };
struct rc_arg {
	enum rc_arg_kind kind;
	size_t h, h2;
	long n, den;
	long long s;
};
/* Set paragraph b's text to fmt (a language table's sentence, %s only) with args, now or, under
 * --min-cell, once the suppression is known. */
void rc_para(struct report_cells *rc, struct doc_block *b, const char *fmt, const struct rc_arg *args, size_t n);

/* File handle h (RC_NONE: nothing) at index i of grid g, and find it again (RC_NONE when none was
 * put there). Without --min-cell nothing is kept. */
void rc_put(struct report_cells *rc, enum rc_grid g, size_t i, size_t h);
size_t rc_at(const struct report_cells *rc, enum rc_grid g, size_t i);
/* Slot k's handle when it holds the count n, else RC_NONE (another figure). */
size_t rc_slot(const struct report_cells *rc, enum rc_slot k, long n);

/* Decide what is hidden and rewrite the cells and sentences. Returns how many small counts a
 * reader can still work out (see privacy_suppress). */
size_t report_cells_apply(struct report_cells *rc);
/* How the document shows the count n of cell h, once applied: PRIVACY_SHOWN, PRIVACY_SMALL ("<K")
 * or PRIVACY_WITHHELD (the withheld mark). h RC_NONE: a count no relation ties, hidden when small.
 * Always PRIVACY_SHOWN without --min-cell. */
enum privacy_state rc_state(const struct report_cells *rc, size_t h, long n);

/* The sentence that says how small counts are shown (T_NOTE_MIN_CELL), or NULL without
 * --min-cell. */
const char *rc_note(struct report_cells *rc);

#endif
