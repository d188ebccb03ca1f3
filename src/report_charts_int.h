/* report_charts_int.h: what the report's chart files share and nothing else includes: the
 * chart's start, gnuplot settings and counts as the document shows them (report_charts.c), used
 * by the post-mortem's charts (report_charts_thread.c) and the period's (report_charts_period.c). */
#ifndef REPLYCOV_REPORT_CHARTS_INT_H
#define REPLYCOV_REPORT_CHARTS_INT_H

#include "report_run.h"
#include "report_cells.h"
#include "text.h"
#include "util_tz.h"

/* Marks drawn from too few messages: grey, apart. */
#define THIN_INK "'#767676'"
#define THIN_FILL "'#d9d9d9'"
/* Bars whose parts --min-cell withholds: hatched grey. */
#define WITHHELD_STYLE "linecolor rgb " THIN_INK " fillstyle pattern 2 border rgb " THIN_INK
/* More months than this and their labels are written on one line, slanted. */
#define MONTHS_FLAT 8
/* The least height a bar of one message is drawn with, as a share of the axis: it stays a bar. */
#define MIN_BAR_SHARE 0.02
/* What a bar drew besides its parts (rch_stack_dat). */
#define BAR_GREY 1u /* a grey part: the parts the document hides, together */
#define BAR_MARK 2u /* a grey mark: the total is hidden */

/* How a figure computed from den messages (num of them counted) is drawn. */
enum drawn {
	DRAW_NONE, /* nothing to compute from, or --min-cell hides a count it would give back */
	DRAW_THIN, /* fewer than CHART_MIN_N: grey, apart from the line, with its number */
	DRAW_LINE  /* on the line, in colour */
};

/* Fill styles that tell bars apart without colour, in the order series use them. */
extern const char *const rch_fills[8];

struct chart *rch_chart_new(struct report_ctx *x, enum report_chart id, const char *name, enum i18n_id title);
void rch_gp_set(struct chart *c, const char *what, const char *text);
void rch_gp_set_zone(struct report_ctx *x, struct chart *c, const char *what, enum i18n_id fmt);
void rch_gp_str_n(struct report_ctx *x, struct strbuf *sb, enum i18n_id fmt, long n);
void rch_gp_str_n_set(struct report_ctx *x, struct chart *c, const char *what, enum i18n_id fmt, long n);
int rch_cell_shown(const struct report_ctx *x, size_t h, long n);
size_t rch_cell_at(const struct report_ctx *x, enum rc_grid g, size_t i);
size_t rch_cell_of(const struct report_ctx *x, enum rc_grid g, size_t i, long n);
size_t rch_cell_slot(const struct report_ctx *x, enum rc_slot k, long n);
void rch_dat_count(const struct report_ctx *x, struct strbuf *sb, size_t h, long n);
void rch_dat_numlab(const struct report_ctx *x, struct strbuf *sb, size_t h, long n);
void rch_dat_split(struct strbuf *sb, enum drawn d, double v);
void rch_least_height(struct chart *c, double top);
unsigned rch_stack_dat(const struct report_ctx *x, struct strbuf *dat, const long *v, const size_t *h, size_t nparts,
                       long tot, size_t ht);
void rch_stack_plot_tail(struct report_ctx *x, struct chart *c, int first, int nparts, unsigned drew);
void rch_month_xtic(struct strbuf *sb, size_t n_months, int m, int k);
void rch_month_axis(struct chart *c, size_t n_months);
void rch_dat_hidden_month(const struct report_ctx *x, struct strbuf *dat, int hidden);
void rch_dat_hidden_month_header(const struct report_ctx *x, struct strbuf *dat);
void rch_plot_hidden_months(struct report_ctx *x, struct chart *c, const char *file, int col, double top);
void rch_key_top(struct chart *c, size_t longest);
size_t rch_longer(size_t n, const char *s);
const char *rch_thin_words(struct report_ctx *x, struct strbuf *sb, enum i18n_id fmt, long n);
size_t rch_stack_key_longest(struct report_ctx *x, unsigned drew, size_t longest);
long rch_stack_height(const struct report_ctx *x, const long *v, const size_t *h, size_t nparts, long tot, size_t ht);
void rch_cells_timeline(struct report_ctx *x);
void rch_cells_messages(struct report_ctx *x);
void rch_cells_coverage(struct report_ctx *x);

#endif
