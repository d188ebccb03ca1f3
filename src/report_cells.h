/* report_cells.h: --min-cell in the tables of a report or post-mortem. The sections add their
 * figures through these calls instead of doc_cell: each count about people becomes a cell of one
 * privacy_table for the whole document, with the sums a reader can check between them (a row's
 * total, a column adding up to the summary's figure, the same figure shown twice), and the
 * percentages, waits and sentences built from counts remember which. report_cells_apply then
 * runs the secondary suppression (privacy_suppress) and rewrites in place the text of every cell
 * it hides: "<K" for a small count, T_CELL_WITHHELD for a count withheld so that no small one can
 * be worked out, and the same mark for a percentage or wait computed from either.
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

struct rc_display; /* a cell of a doc table, or a paragraph, to rewrite */

struct report_cells {
	struct report_ctx *x;
	struct doc *d;
	int on; /* --min-cell K with K >= 2 */
	struct privacy_table pt;
	struct rc_display *v;
	size_t n, cap;
	size_t slot[RCS_N]; /* RC_NONE when not set */
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

/* Decide what is hidden and rewrite the cells and sentences. Returns how many small counts a
 * reader can still work out (see privacy_suppress). */
size_t report_cells_apply(struct report_cells *rc);
/* The sentence that says how small counts are shown (T_NOTE_MIN_CELL), or NULL without
 * --min-cell. */
const char *rc_note(struct report_cells *rc);

#endif
