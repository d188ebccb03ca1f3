/* report_charts.c: the data and gnuplot scripts of the report's charts. Post-mortem of a
 * thread: comments and official replies on one timeline, the open backlog, the distribution of
 * waits, the status of every comment by class, the most active citizens. Period report:
 * messages per month by platform and channel, coverage per month, median and p90 wait per
 * month, class shares public versus private, waits by weekday and hour. Times are in the
 * report's zone. Input text (names, platform names) goes only into .dat files through dat_str;
 * the scripts hold replycov's own words (gp_str) and numbers. Nothing is drawn here.
 *
 * What a chart may not do: draw a rate, a median or a share from fewer than CHART_MIN_N
 * messages as if it were a finding (such a month or cell is drawn grey, apart from the line, and
 * says how many messages it holds); hide n (under each month, in brackets, the messages it is
 * computed from); lose a bar of one message (bars carry their count); show a wait in another
 * unit than the tables (wait axes are labelled "30 min", "1 h"); name a citizen unless --names
 * was given; show a count the document's tables hide under --min-cell K, in a drawing, a label
 * or a .dat file. The tables and the charts share one decision (report_cells.h): the counts only a
 * chart shows are cells too (report_charts_cells, with the sums tying them to the tables'), and
 * once it is made a chart draws each count as the tables show it: a hidden one left out, in its
 * place a grey mark saying "<K" or the tables' withheld mark, with every figure computed from it. */
#include "report_charts_int.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* Fill styles that tell bars apart without colour, in the order series use them. */
const char *const rch_fills[] = {"solid 0.85", "pattern 4", "pattern 5", "pattern 1",
                                 "pattern 2",  "pattern 6", "pattern 7", "empty"};

struct chart *rch_chart_new(struct report_ctx *x, enum report_chart id, const char *name, enum i18n_id title)
{
	struct chart *c = &x->charts[id];

	chart_init(c, name, tr(x->lang, title));
	/* Spanish and Valencian write 0,5 and 2,5 on an axis as in the tables */
	if (x->lang != UI_EN)
		strbuf_addstr(&c->body, "set decimalsign ','\n");
	x->built[id] = 1;
	return c;
}

/* "set NAME 'text'\n" with the text quoted by gp_str. */
void rch_gp_set(struct chart *c, const char *what, const char *text)
{
	strbuf_addf(&c->body, "set %s ", what);
	gp_str(&c->body, text);
	strbuf_addch(&c->body, '\n');
}

/* A translated format with one %s (the zone), as a script string. */
void rch_gp_set_zone(struct report_ctx *x, struct chart *c, const char *what, enum i18n_id fmt)
{
	struct strbuf s;

	strbuf_init(&s);
	strbuf_addf(&s, tr(x->lang, fmt), x->zone_name);
	rch_gp_set(c, what, s.buf);
	strbuf_release(&s);
}

/* A translated format whose one %s is the number n, as a script string. */
void rch_gp_str_n(struct report_ctx *x, struct strbuf *sb, enum i18n_id fmt, long n)
{
	struct strbuf num, s;

	strbuf_init(&num);
	strbuf_init(&s);
	tr_num(&num, x->lang, n);
	strbuf_addf(&s, tr(x->lang, fmt), num.buf);
	gp_str(sb, s.buf);
	strbuf_release(&num);
	strbuf_release(&s);
}

/* "set NAME '...'" with a translated format whose one %s is the number n. */
void rch_gp_str_n_set(struct report_ctx *x, struct chart *c, const char *what, enum i18n_id fmt, long n)
{
	strbuf_addf(&c->body, "set %s ", what);
	rch_gp_str_n(x, &c->body, fmt, n);
	strbuf_addch(&c->body, '\n');
}

/* ---- counts about citizens: --min-cell ---- */

/* How the document shows the count n of cell h (report_cells.h), decided with its tables: a chart
 * draws what they show and nothing they hide. h RC_NONE: a count no table shows and no sum ties,
 * hidden when it is small. */
static enum privacy_state cell_state(const struct report_ctx *x, size_t h, long n)
{
	if (x->cells)
		return rc_state(x->cells, h, n);
	return x->ro && privacy_hides(&x->ro->privacy, n) ? PRIVACY_SMALL : PRIVACY_SHOWN;
}

int rch_cell_shown(const struct report_ctx *x, size_t h, long n)
{
	return cell_state(x, h, n) == PRIVACY_SHOWN;
}

/* The handle a table filed at index i of grid g (RC_NONE: none, or no --min-cell). */
size_t rch_cell_at(const struct report_ctx *x, enum rc_grid g, size_t i)
{
	return x->cells ? rc_at(x->cells, g, i) : RC_NONE;
}

/* The same when that cell holds the count n, else RC_NONE: a chart's count that is not the
 * table's (the data would disagree) is not given the table's state. */
size_t rch_cell_of(const struct report_ctx *x, enum rc_grid g, size_t i, long n)
{
	size_t h = rch_cell_at(x, g, i);

	return h != RC_NONE && x->cells->pt.value[h] == n ? h : RC_NONE;
}

/* The summary's figure k when it is the count n, else RC_NONE. */
size_t rch_cell_slot(const struct report_ctx *x, enum rc_slot k, long n)
{
	return x->cells ? rc_slot(x->cells, k, n) : RC_NONE;
}

/* A count column: " 12", or " NaN" where the document hides it. */
void rch_dat_count(const struct report_ctx *x, struct strbuf *sb, size_t h, long n)
{
	if (rch_cell_shown(x, h, n))
		strbuf_addf(sb, " %ld", n);
	else
		strbuf_addstr(sb, " NaN");
}

/* A label column: the count as the document shows it: as the language writes it ("1.234"),
 * "<K", or the withheld mark of the tables. */
void rch_dat_numlab(const struct report_ctx *x, struct strbuf *sb, size_t h, long n)
{
	struct strbuf s;

	strbuf_init(&s);
	switch (cell_state(x, h, n)) {
	case PRIVACY_SMALL:
		strbuf_addch(&s, '<');
		tr_num(&s, x->lang, x->ro->privacy.min_cell);
		break;
	case PRIVACY_WITHHELD:
		strbuf_addstr(&s, tr(x->lang, T_CELL_WITHHELD));
		break;
	default:
		tr_num(&s, x->lang, n);
	}
	strbuf_addch(sb, ' ');
	dat_str(sb, s.buf);
	strbuf_release(&s);
}

/* Two columns for a value: on the line, and apart; NaN where it is not drawn (NaN, unlike a
 * missing value, breaks a line: no line is drawn across a month left out). */
void rch_dat_split(struct strbuf *sb, enum drawn d, double v)
{
	if (d == DRAW_LINE)
		strbuf_addf(sb, " %.3f NaN", v);
	else if (d == DRAW_THIN)
		strbuf_addf(sb, " NaN %.3f", v);
	else
		strbuf_addstr(sb, " NaN NaN");
}

/* "least" (the least height of a bar that is not zero, for an axis up to top) and h(c): the
 * height column c is drawn with (0 for NaN, least for less than least). valid(), because gnuplot
 * drops a point whose expression reads a NaN column, whatever it does with it. Stacked parts drawn with
 * h() each stay visible: a part of one message among hundreds is a bar, not a hairline. */
void rch_least_height(struct chart *c, double top)
{
	strbuf_addf(&c->body,
	            "least = %.4g\nh(c) = !valid(c) ? 0 : (column(c) > 0 && column(c) < least ? least : column(c))\n",
	            (top > 0 ? top : 1) * 1.08 * MIN_BAR_SHARE);
}

/* ---- stacked bars under --min-cell ---- */

/* A bar of nparts stacked parts v (cells h) and their total tot (cell ht), drawn as the document
 * shows its counts: each part shown is drawn; the parts it hides are one grey part when the total
 * is shown (the total less the parts shown, which a reader works out anyway), and when the total
 * is hidden the bar ends in a grey mark of no height in particular; above it, the total as the
 * document shows it ("<K", or the withheld mark). Writes the bar's columns after its label: the
 * parts (NaN where hidden), the grey part (or NaN), the grey mark (1 or 0), the text above it.
 * Returns BAR_GREY and BAR_MARK as drawn. */
unsigned rch_stack_dat(const struct report_ctx *x, struct strbuf *dat, const long *v, const size_t *h, size_t nparts,
                       long tot, size_t ht)
{
	long rest = tot;
	int hid = 0, tot_shown = rch_cell_shown(x, ht, tot);
	size_t j;

	for (j = 0; j < nparts; j++)
		if (rch_cell_shown(x, h[j], v[j])) {
			strbuf_addf(dat, " %ld", v[j]);
			rest -= v[j];
		} else {
			strbuf_addstr(dat, " NaN");
			hid = 1;
		}
	if (hid && tot_shown)
		strbuf_addf(dat, " %ld", rest);
	else
		strbuf_addstr(dat, " NaN");
	strbuf_addf(dat, " %d", !tot_shown);
	rch_dat_numlab(x, dat, ht, tot);
	return (hid && tot_shown ? BAR_GREY : 0) | (tot_shown ? 0 : BAR_MARK);
}

/* The plot's last series for a stack whose parts are columns first..first+nparts-1 (drawn with
 * h()): the grey parts and marks when there are any (drew: stack_dat's, over every bar), and the
 * text above each bar. */
void rch_stack_plot_tail(struct report_ctx *x, struct chart *c, int first, int nparts, unsigned drew)
{
	int j;

	/* Always the same columns, so that the labels' height is one expression. */
	if (drew & BAR_GREY) {
		strbuf_addf(&c->body, ", \\\n     '' using (h(%d)) " WITHHELD_STYLE " title ", first + nparts);
		gp_str(&c->body, tr(x->lang, T_CH_WITHHELD));
	}
	if (drew & BAR_MARK) {
		strbuf_addf(&c->body,
		            ", \\\n     '' using (column(%d) != 0 ? least : 0) linecolor rgb " THIN_INK
		            " fillstyle solid 1.0 border rgb " THIN_INK " title ",
		            first + nparts + 1);
		rch_gp_str_n(x, &c->body, T_CH_NOT_SHOWN, x->ro->privacy.min_cell);
	}
	strbuf_addstr(&c->body, ", \\\n     '' using 0:(");
	for (j = 0; j <= nparts; j++)
		strbuf_addf(&c->body, "h(%d) + ", first + j);
	strbuf_addf(&c->body, "(column(%d) != 0 ? least : 0)):%d with labels offset 0,0.8 notitle\n",
	            first + nparts + 1, first + nparts + 2);
}

/* The months on the x axis: xtic(...) naming each month (string column m) with, under it, the
 * number of messages (string column k) in brackets, left out where that column is empty. */
void rch_month_xtic(struct strbuf *sb, size_t n_months, int m, int k)
{
	strbuf_addf(sb, "xtic(strcol(%d).(strcol(%d) eq \"\" ? \"\" : \"%s(\".strcol(%d).\")\"))", m, k,
	            n_months > MONTHS_FLAT ? " " : "\\n", k);
}

/* gnuplot leaves room for one line of tic labels: two need a margin set. */
void rch_month_axis(struct chart *c, size_t n_months)
{
	strbuf_addstr(&c->body, n_months > MONTHS_FLAT ? "set xtics scale 0 rotate by 40 right\n"
	                                               : "set xtics scale 0\nset bmargin 4\n");
}

/* Under --min-cell, a month a line chart leaves out because the document hides what it would draw
 * there is a hatched grey band over the month, keyed as not shown: its .dat row ends in 1 (0 for
 * the others; the column is there only under --min-cell, col its number). */
void rch_dat_hidden_month(const struct report_ctx *x, struct strbuf *dat, int hidden)
{
	if (x->cells && x->cells->on)
		strbuf_addf(dat, " %d", hidden);
}

void rch_dat_hidden_month_header(const struct report_ctx *x, struct strbuf *dat)
{
	if (x->cells && x->cells->on)
		strbuf_addstr(dat, "# then 1 where --min-cell hides the month's figures (a grey band), else 0\n");
}

/* "plot " then the bands, first (behind the lines), from file's column col, up to top. */
void rch_plot_hidden_months(struct report_ctx *x, struct chart *c, const char *file, int col, double top)
{
	strbuf_addf(&c->body,
	            "set boxwidth 0.5\nplot '%s' using 0:(column(%d) != 0 ? %g : NaN) with boxes " WITHHELD_STYLE
	            " title ",
	            file, col, top);
	rch_gp_str_n(x, &c->body, T_CH_NOT_SHOWN, x->ro->privacy.min_cell);
	strbuf_addstr(&c->body, ", \\\n     ");
}

/* The key above the plot, in as many columns as fit: gnuplot centres it on the plot (not the
 * drawing) and would let a row of long entries run off the right edge. longest: the longest
 * entry, in characters. */
void rch_key_top(struct chart *c, size_t longest)
{
	int cols = (int)(740.0 / ((double)longest * 0.6 * CHART_FONT_PX + 80.0));

	strbuf_addf(&c->body, "set key outside top center horizontal maxcols %d\n", cols < 1 ? 1 : cols);
}

/* The longer of n and the length of s in characters. */
size_t rch_longer(size_t n, const char *s)
{
	size_t k = 0;

	for (; s && *s; s++)
		k += ((unsigned char)*s & 0xc0) != 0x80;
	return k > n ? k : n;
}

/* A translated format whose one %s is the number n ("Fewer than 10 messages"), in sb. */
const char *rch_thin_words(struct report_ctx *x, struct strbuf *sb, enum i18n_id fmt, long n)
{
	struct strbuf num;

	strbuf_init(&num);
	tr_num(&num, x->lang, n);
	strbuf_reset(sb);
	strbuf_addf(sb, tr(x->lang, fmt), num.buf);
	strbuf_release(&num);
	return sb->buf;
}

/* The words a stack's key may add (drew: stack_dat's), for its width. */
size_t rch_stack_key_longest(struct report_ctx *x, unsigned drew, size_t longest)
{
	struct strbuf w;

	strbuf_init(&w);
	if (drew & BAR_GREY)
		longest = rch_longer(longest, tr(x->lang, T_CH_WITHHELD));
	if (drew & BAR_MARK)
		longest = rch_longer(longest, rch_thin_words(x, &w, T_CH_NOT_SHOWN, x->ro->privacy.min_cell));
	strbuf_release(&w);
	return longest;
}

/* The height a stack's bar is drawn to (what its parts shown, its grey part or mark add up to),
 * to scale the axis: never a count the document hides. */
long rch_stack_height(const struct report_ctx *x, const long *v, const size_t *h, size_t nparts, long tot, size_t ht)
{
	long shown = 0;
	size_t j;

	if (rch_cell_shown(x, ht, tot))
		return tot;
	for (j = 0; j < nparts; j++)
		if (rch_cell_shown(x, h[j], v[j]))
			shown += v[j];
	return shown;
}

void report_charts_cells(struct report_ctx *x)
{
	if (!x->cells || !x->cells->on)
		return;
	if (x->thread_mode) {
		rch_cells_timeline(x);
	} else {
		rch_cells_messages(x);
		rch_cells_coverage(x);
	}
}
