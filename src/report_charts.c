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
#include "report_run.h"
#include "report_cells.h"
#include "text.h"
#include "util_tz.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* Fill styles that tell bars apart without colour, in the order series use them. */
static const char *const fills[] = {"solid 0.85", "pattern 4", "pattern 5", "pattern 1",
                                    "pattern 2",  "pattern 6", "pattern 7", "empty"};

/* Marks drawn from too few messages: grey, apart. */
#define THIN_INK "'#767676'"
#define THIN_FILL "'#d9d9d9'"
/* Bars whose parts --min-cell withholds: hatched grey. */
#define WITHHELD_STYLE "linecolor rgb " THIN_INK " fillstyle pattern 2 border rgb " THIN_INK
/* More months than this and their labels are written on one line, slanted. */
#define MONTHS_FLAT 8

static struct chart *chart_new(struct report_ctx *x, enum report_chart id, const char *name, enum i18n_id title)
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
static void gp_set(struct chart *c, const char *what, const char *text)
{
	strbuf_addf(&c->body, "set %s ", what);
	gp_str(&c->body, text);
	strbuf_addch(&c->body, '\n');
}

/* A translated format with one %s (the zone), as a script string. */
static void gp_set_zone(struct report_ctx *x, struct chart *c, const char *what, enum i18n_id fmt)
{
	struct strbuf s;

	strbuf_init(&s);
	strbuf_addf(&s, tr(x->lang, fmt), x->zone_name);
	gp_set(c, what, s.buf);
	strbuf_release(&s);
}

/* A translated format whose one %s is the number n, as a script string. */
static void gp_str_n(struct report_ctx *x, struct strbuf *sb, enum i18n_id fmt, long n)
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
static void gp_str_n_set(struct report_ctx *x, struct chart *c, const char *what, enum i18n_id fmt, long n)
{
	strbuf_addf(&c->body, "set %s ", what);
	gp_str_n(x, &c->body, fmt, n);
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

static int cell_shown(const struct report_ctx *x, size_t h, long n)
{
	return cell_state(x, h, n) == PRIVACY_SHOWN;
}

/* The handle a table filed at index i of grid g (RC_NONE: none, or no --min-cell). */
static size_t cell_at(const struct report_ctx *x, enum rc_grid g, size_t i)
{
	return x->cells ? rc_at(x->cells, g, i) : RC_NONE;
}

/* The same when that cell holds the count n, else RC_NONE: a chart's count that is not the
 * table's (the data would disagree) is not given the table's state. */
static size_t cell_of(const struct report_ctx *x, enum rc_grid g, size_t i, long n)
{
	size_t h = cell_at(x, g, i);

	return h != RC_NONE && x->cells->pt.value[h] == n ? h : RC_NONE;
}

/* The summary's figure k when it is the count n, else RC_NONE. */
static size_t cell_slot(const struct report_ctx *x, enum rc_slot k, long n)
{
	return x->cells ? rc_slot(x->cells, k, n) : RC_NONE;
}

/* A count column: " 12", or " NaN" where the document hides it. */
static void dat_count(const struct report_ctx *x, struct strbuf *sb, size_t h, long n)
{
	if (cell_shown(x, h, n))
		strbuf_addf(sb, " %ld", n);
	else
		strbuf_addstr(sb, " NaN");
}

/* A label column: the count as the document shows it: as the language writes it ("1.234"),
 * "<K", or the withheld mark of the tables. */
static void dat_numlab(const struct report_ctx *x, struct strbuf *sb, size_t h, long n)
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

/* How a figure computed from den messages (num of them counted) is drawn. */
enum drawn {
	DRAW_NONE, /* nothing to compute from, or --min-cell hides a count it would give back */
	DRAW_THIN, /* fewer than CHART_MIN_N: grey, apart from the line, with its number */
	DRAW_LINE  /* on the line, in colour */
};

/* Two columns for a value: on the line, and apart; NaN where it is not drawn (NaN, unlike a
 * missing value, breaks a line: no line is drawn across a month left out). */
static void dat_split(struct strbuf *sb, enum drawn d, double v)
{
	if (d == DRAW_LINE)
		strbuf_addf(sb, " %.3f NaN", v);
	else if (d == DRAW_THIN)
		strbuf_addf(sb, " NaN %.3f", v);
	else
		strbuf_addstr(sb, " NaN NaN");
}

/* The least height a bar of one message is drawn with, as a share of the axis: it stays a bar. */
#define MIN_BAR_SHARE 0.02

/* "least" (the least height of a bar that is not zero, for an axis up to top) and h(c): the
 * height column c is drawn with (0 for NaN, least for less than least). valid(), because gnuplot
 * drops a point whose expression reads a NaN column, whatever it does with it. Stacked parts drawn with
 * h() each stay visible: a part of one message among hundreds is a bar, not a hairline. */
static void least_height(struct chart *c, double top)
{
	strbuf_addf(&c->body,
	            "least = %.4g\nh(c) = !valid(c) ? 0 : (column(c) > 0 && column(c) < least ? least : column(c))\n",
	            (top > 0 ? top : 1) * 1.08 * MIN_BAR_SHARE);
}

/* ---- stacked bars under --min-cell ---- */

/* What a bar drew besides its parts (stack_dat). */
#define BAR_GREY 1u /* a grey part: the parts the document hides, together */
#define BAR_MARK 2u /* a grey mark: the total is hidden */

/* A bar of nparts stacked parts v (cells h) and their total tot (cell ht), drawn as the document
 * shows its counts: each part shown is drawn; the parts it hides are one grey part when the total
 * is shown (the total less the parts shown, which a reader works out anyway), and when the total
 * is hidden the bar ends in a grey mark of no height in particular; above it, the total as the
 * document shows it ("<K", or the withheld mark). Writes the bar's columns after its label: the
 * parts (NaN where hidden), the grey part (or NaN), the grey mark (1 or 0), the text above it.
 * Returns BAR_GREY and BAR_MARK as drawn. */
static unsigned stack_dat(const struct report_ctx *x, struct strbuf *dat, const long *v, const size_t *h, size_t nparts,
                          long tot, size_t ht)
{
	long rest = tot;
	int hid = 0, tot_shown = cell_shown(x, ht, tot);
	size_t j;

	for (j = 0; j < nparts; j++)
		if (cell_shown(x, h[j], v[j])) {
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
	dat_numlab(x, dat, ht, tot);
	return (hid && tot_shown ? BAR_GREY : 0) | (tot_shown ? 0 : BAR_MARK);
}

/* The plot's last series for a stack whose parts are columns first..first+nparts-1 (drawn with
 * h()): the grey parts and marks when there are any (drew: stack_dat's, over every bar), and the
 * text above each bar. */
static void stack_plot_tail(struct report_ctx *x, struct chart *c, int first, int nparts, unsigned drew)
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
		gp_str_n(x, &c->body, T_CH_NOT_SHOWN, x->ro->privacy.min_cell);
	}
	strbuf_addstr(&c->body, ", \\\n     '' using 0:(");
	for (j = 0; j <= nparts; j++)
		strbuf_addf(&c->body, "h(%d) + ", first + j);
	strbuf_addf(&c->body, "(column(%d) != 0 ? least : 0)):%d with labels offset 0,0.8 notitle\n",
	            first + nparts + 1, first + nparts + 2);
}

/* The months on the x axis: xtic(...) naming each month (string column m) with, under it, the
 * number of messages (string column k) in brackets, left out where that column is empty. */
static void month_xtic(struct strbuf *sb, size_t n_months, int m, int k)
{
	strbuf_addf(sb, "xtic(strcol(%d).(strcol(%d) eq \"\" ? \"\" : \"%s(\".strcol(%d).\")\"))", m, k,
	            n_months > MONTHS_FLAT ? " " : "\\n", k);
}

/* gnuplot leaves room for one line of tic labels: two need a margin set. */
static void month_axis(struct chart *c, size_t n_months)
{
	strbuf_addstr(&c->body, n_months > MONTHS_FLAT ? "set xtics scale 0 rotate by 40 right\n"
	                                               : "set xtics scale 0\nset bmargin 4\n");
}

/* Under --min-cell, a month a line chart leaves out because the document hides what it would draw
 * there is a hatched grey band over the month, keyed as not shown: its .dat row ends in 1 (0 for
 * the others; the column is there only under --min-cell, col its number). */
static void dat_hidden_month(const struct report_ctx *x, struct strbuf *dat, int hidden)
{
	if (x->cells && x->cells->on)
		strbuf_addf(dat, " %d", hidden);
}

static void dat_hidden_month_header(const struct report_ctx *x, struct strbuf *dat)
{
	if (x->cells && x->cells->on)
		strbuf_addstr(dat, "# then 1 where --min-cell hides the month's figures (a grey band), else 0\n");
}

/* "plot " then the bands, first (behind the lines), from file's column col, up to top. */
static void plot_hidden_months(struct report_ctx *x, struct chart *c, const char *file, int col, double top)
{
	strbuf_addf(&c->body,
	            "set boxwidth 0.5\nplot '%s' using 0:(column(%d) != 0 ? %g : NaN) with boxes " WITHHELD_STYLE
	            " title ",
	            file, col, top);
	gp_str_n(x, &c->body, T_CH_NOT_SHOWN, x->ro->privacy.min_cell);
	strbuf_addstr(&c->body, ", \\\n     ");
}

/* The key above the plot, in as many columns as fit: gnuplot centres it on the plot (not the
 * drawing) and would let a row of long entries run off the right edge. longest: the longest
 * entry, in characters. */
static void key_top(struct chart *c, size_t longest)
{
	int cols = (int)(740.0 / ((double)longest * 0.6 * CHART_FONT_PX + 80.0));

	strbuf_addf(&c->body, "set key outside top center horizontal maxcols %d\n", cols < 1 ? 1 : cols);
}

/* The longer of n and the length of s in characters. */
static size_t longer(size_t n, const char *s)
{
	size_t k = 0;

	for (; s && *s; s++)
		k += ((unsigned char)*s & 0xc0) != 0x80;
	return k > n ? k : n;
}

/* A translated format whose one %s is the number n ("Fewer than 10 messages"), in sb. */
static const char *thin_words(struct report_ctx *x, struct strbuf *sb, enum i18n_id fmt, long n)
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
static size_t stack_key_longest(struct report_ctx *x, unsigned drew, size_t longest)
{
	struct strbuf w;

	strbuf_init(&w);
	if (drew & BAR_GREY)
		longest = longer(longest, tr(x->lang, T_CH_WITHHELD));
	if (drew & BAR_MARK)
		longest = longer(longest, thin_words(x, &w, T_CH_NOT_SHOWN, x->ro->privacy.min_cell));
	strbuf_release(&w);
	return longest;
}

/* The local time of t as gnuplot reads it with timefmt '%Y-%m-%dT%H:%M'. */
static void dat_time(struct strbuf *sb, const struct tz *zone, long long t)
{
	char b[20];

	report_local_minute(zone, t, b);
	b[10] = 'T';
	strbuf_addstr(sb, b);
}

static long long local_day(const struct tz *zone, long long t)
{
	int y, m, d, h, mi, s, wd;
	long off;

	tz_utc_to_local(zone, t, &y, &m, &d, &h, &mi, &s, &wd, &off);
	return tz_days_from_civil(y, m, d);
}

static long long day_start(const struct tz *zone, long long day)
{
	int y, m, d;
	long long utc;

	tz_civil_from_days(day, &y, &m, &d);
	tz_local_to_utc(zone, y, m, d, 0, 0, 0, &utc);
	return utc;
}

#define TIMEFMT "'%Y-%m-%dT%H:%M'"
#define TIMEFMT_PF "'%%Y-%%m-%%dT%%H:%%M'"  /* the same inside a printf format */
#define TIMELINE_DAILY_AFTER (21 * 86400LL) /* longer threads are drawn day by day */
#define TIMELINE_MAX_BINS 4000

static void time_axis(struct report_ctx *x, struct chart *c, int daily)
{
	strbuf_addstr(&c->body, "set xdata time\nset timefmt " TIMEFMT "\n");
	strbuf_addstr(&c->body, daily ? "set format x \"%d/%m\"\n" : "set format x \"%d/%m\\n%H:%M\"\n");
	gp_set_zone(x, c, "xlabel", T_AX_TIME);
}

/* ---- post-mortem ---- */

/* A tic step of 1, 2 or 5 times a power of ten giving at most 5 tics up to max. */
static long nice_step(long max)
{
	static const long nice[] = {1, 2, 5};
	long step = 1, scale = 1;
	int k = 0;

	while (max / step > 5 && step < 1000000000L) {
		k++;
		if (k % 3 == 0)
			scale *= 10;
		step = nice[k % 3] * scale;
	}
	return step;
}

/* The timeline's bins: the thread's messages by hour, or by local day for a long thread. */
struct bins {
	int daily;
	long long start, first_day; /* the first bin's instant; the thread's first local day */
	size_t nb;
	long *cit, *off; /* citizen comments, official replies */
};

static int timeline_daily(const struct report_focus *f)
{
	return f->last - f->first > TIMELINE_DAILY_AFTER;
}

static void timeline_bins(struct report_ctx *x, struct bins *b)
{
	const struct report_focus *f = &x->data->focus;
	size_t i;

	b->daily = timeline_daily(f);
	b->first_day = local_day(x->zone, f->first);
	if (b->daily) {
		b->start = day_start(x->zone, b->first_day);
		b->nb = (size_t)(local_day(x->zone, f->last) - b->first_day + 1);
	} else {
		b->start = f->first - ((f->first % 3600) + 3600) % 3600;
		b->nb = (size_t)((f->last - b->start) / 3600 + 1);
	}
	if (b->nb > TIMELINE_MAX_BINS)
		b->nb = TIMELINE_MAX_BINS;
	b->cit = xcalloc(b->nb, sizeof(long));
	b->off = xcalloc(b->nb, sizeof(long));
	for (i = 0; i < f->n_msgs; i++) {
		long long k =
		    b->daily ? local_day(x->zone, f->msgs[i].t) - b->first_day : (f->msgs[i].t - b->start) / 3600;
		if (k < 0 || (size_t)k >= b->nb)
			continue;
		if (f->msgs[i].official)
			b->off[k]++;
		else
			b->cit[k]++;
	}
}

static void bins_release(struct bins *b)
{
	free(b->cit);
	free(b->off);
}

/* Bin i's instant, and its local day counted from the thread's first (the timeline table's row). */
static long long bin_time(const struct bins *b, const struct tz *zone, size_t i)
{
	return b->daily ? day_start(zone, b->first_day + (long long)i) : b->start + (long long)i * 3600;
}

static size_t bin_day(const struct bins *b, const struct tz *zone, size_t i)
{
	long long d = b->daily ? (long long)i : local_day(zone, bin_time(b, zone, i)) - b->first_day;

	return d < 0 ? RC_NONE : (size_t)d;
}

/* The hours of the timeline are counts no table shows: cells, each day's adding up to its row in
 * the timeline's table. (Days are the table's own cells.) */
static void cells_timeline(struct report_ctx *x)
{
	struct bins b;
	size_t i = 0, *hours;

	if (!x->data->focus.n_msgs)
		return;
	timeline_bins(x, &b);
	hours = xmalloc(b.nb * sizeof(*hours));
	while (!b.daily && i < b.nb) {
		size_t day = bin_day(&b, x->zone, i), n = 0, hday = cell_at(x, RCG_DAYS, day);
		for (; i < b.nb && bin_day(&b, x->zone, i) == day; i++) {
			if (hday == RC_NONE) /* no message that day */
				continue;
			hours[n] = rc_value(x->cells, b.cit[i], 0);
			rc_put(x->cells, RCG_TIMELINE, i, hours[n++]);
		}
		rc_sum(x->cells, hday, hours, n);
	}
	free(hours);
	bins_release(&b);
}

static void chart_timeline(struct report_ctx *x)
{
	const struct report_focus *f = &x->data->focus;
	struct chart *c;
	struct bins b;
	int daily = timeline_daily(f), any_hidden = 0;
	size_t nb, i;
	long *cit, *off;

	c = chart_new(x, CH_TIMELINE, "timeline", daily ? T_CH_TIMELINE_DAY : T_CH_TIMELINE);
	if (!f->n_msgs) {
		c->empty = 1;
		return;
	}
	timeline_bins(x, &b);
	nb = b.nb;
	cit = b.cit;
	off = b.off;
	/* Citizen comments are counts about citizens, drawn as the document shows them: one it
	 * hides (--min-cell) is a grey mark of no height in particular, its count -1 here. Official
	 * replies are the institution's and stay. */
	for (i = 0; i < nb; i++) {
		size_t h = daily ? cell_at(x, RCG_DAYS, bin_day(&b, x->zone, i)) : cell_at(x, RCG_TIMELINE, i);
		if (!cell_shown(x, h, cit[i])) {
			cit[i] = -1;
			any_hidden = 1;
		}
	}
	strbuf_addf(&c->dat, "# %s, %s, %s, %s\n", daily ? "day" : "hour",
	            "citizen comments (NaN: withheld under --min-cell)", "official replies",
	            "1 where the comments are withheld");
	for (i = 0; i < nb; i++) {
		dat_time(&c->dat, x->zone, bin_time(&b, x->zone, i));
		if (cit[i] < 0)
			strbuf_addstr(&c->dat, " NaN");
		else
			strbuf_addf(&c->dat, " %ld", cit[i]);
		strbuf_addf(&c->dat, " %ld %d\n", off[i], cit[i] < 0);
	}
	time_axis(x, c, daily);
	gp_set(c, "ylabel", tr(x->lang, daily ? T_AX_PER_DAY : T_AX_PER_HOUR));
	/* Comments above the axis, replies below it: the two read apart in any print, and the
	 * tics say the counts without a sign. A bar of one message is drawn at least
	 * MIN_BAR_SHARE of the axis high, so it never vanishes into the axis. */
	{
		long step, top = 1, bottom = 1, v;
		double least;
		for (i = 0; i < nb; i++) {
			if (cit[i] > top)
				top = cit[i];
			if (off[i] > bottom)
				bottom = off[i];
		}
		least = (double)(top + bottom) * 1.12 * MIN_BAR_SHARE;
		step = nice_step(top > bottom ? top : bottom);
		strbuf_addf(&c->body, "set yrange [%.2f:%.2f]\nset ytics (", -(double)bottom * 1.12,
		            (double)top * 1.12);
		/* Negative tics at multiples of the step that fit; the bottom itself when none does. */
		if (bottom < step)
			strbuf_addf(&c->body, "'%ld' %ld, ", bottom, -bottom);
		for (v = -(bottom / step) * step; v < 0; v += step)
			strbuf_addf(&c->body, "'%ld' %ld, ", -v, v);
		for (v = 0; v <= top; v += step)
			strbuf_addf(&c->body, "%s'%ld' %ld", v ? ", " : "", v, v);
		strbuf_addf(&c->body, ")\nset xzeroaxis linetype -1 dashtype solid linewidth 1\nleast = %.3f\n", least);
	}
	strbuf_addf(&c->body,
	            "set key top right\nset boxwidth %d absolute\n"
	            "plot 'timeline.dat' using (timecolumn(1," TIMEFMT_PF
	            ")+%d):(column(2) > 0 ? (column(2) < least ? least : column(2)) : NaN) with boxes linetype 1 "
	            "dashtype solid fillstyle solid 0.85 border -1 title ",
	            daily ? 72000 : 3000, daily ? 43200 : 1800);
	gp_str(&c->body, tr(x->lang, T_CITIZEN_COMMENTS));
	strbuf_addf(&c->body,
	            ", \\\n     '' using (timecolumn(1," TIMEFMT_PF
	            ")+%d):(column(3) > 0 ? -(column(3) < least ? least : column(3)) : NaN) with boxes linetype 4 "
	            "dashtype solid fillstyle solid 0.85 border -1 title ",
	            daily ? 43200 : 1800);
	gp_str(&c->body, tr(x->lang, T_OFFICIAL_REPLIES));
	if (any_hidden) {
		strbuf_addf(&c->body,
		            ", \\\n     '' using (timecolumn(1," TIMEFMT_PF
		            ")+%d):(column(4) != 0 ? least : NaN) with boxes linecolor rgb " THIN_FILL
		            " fillstyle solid 1.0 border rgb " THIN_INK " title ",
		            daily ? 43200 : 1800);
		gp_str_n(x, &c->body, T_CH_NOT_SHOWN, x->ro->privacy.min_cell);
	}
	strbuf_addch(&c->body, '\n');
	bins_release(&b);
}

static void chart_backlog(struct report_ctx *x)
{
	struct chart *c = chart_new(x, CH_BACKLOG, "backlog", T_CH_BACKLOG);
	long k = x->ro && x->ro->privacy.min_cell > 1 ? x->ro->privacy.min_cell : 0;
	struct backlog b;
	size_t i;
	int any = 0, ok = 1, carried = 1, drawn = 0;
	long long first, seen = LLONG_MIN;

	if (!x->focus_times || !x->focus_times->w.n) {
		c->empty = 1;
		return;
	}
	first = local_day(x->zone, x->data->focus.first);
	times_backlog(x->focus_times, &b);
	/* Under --min-cell K the hour's arrivals and answers are left out, and the open count is
	 * rounded down to a multiple of K: two hours apart by one comment would otherwise count it.
	 * The hours of a day whose open counts the backlog's table hides (at the day's end, at its
	 * most, or carried from the day before) are not drawn. */
	strbuf_addf(&c->dat, "# hour, arrived, answered, open at the end of the hour%s\n",
	            k ? " (under --min-cell: NaN, NaN, rounded down to a multiple of K; NaN where the tables "
	                "withhold the day's)"
	              : "");
	for (i = 0; i < b.n; i++) {
		long long t = b.start + (long long)i * 3600, day = local_day(x->zone, t) - first;
		dat_time(&c->dat, x->zone, t);
		if (k && day != seen) {
			/* the day's row in the table, or none (a quiet day: the open count carried) */
			size_t he = day < 0 ? RC_NONE : cell_at(x, RCG_BACKLOG, (size_t)day * 2);
			seen = day;
			if (he != RC_NONE) {
				size_t hm = cell_at(x, RCG_BACKLOG, (size_t)day * 2 + 1);
				ok = carried && cell_shown(x, he, 0) && cell_shown(x, hm, 0);
				carried = cell_shown(x, he, 0);
			} else {
				ok = carried;
			}
		}
		if (k && !ok)
			strbuf_addstr(&c->dat, " NaN NaN NaN\n");
		else if (k)
			strbuf_addf(&c->dat, " NaN NaN %ld\n", b.open[i] / k * k);
		else
			strbuf_addf(&c->dat, " %ld %ld %ld\n", b.arrived[i], b.answered[i], b.open[i]);
		any |= b.open[i] > 0;
		drawn |= ok;
	}
	if (!any || !drawn) {
		strbuf_reset(&c->dat);
		c->empty = 1;
		x->withheld[CH_BACKLOG] = any;
		backlog_release(&b);
		return;
	}
	time_axis(x, c, b.n > (size_t)(TIMELINE_DAILY_AFTER / 3600));
	if (k)
		gp_str_n_set(x, c, "ylabel", T_AX_OPEN_ROUNDED, k);
	else
		gp_set(c, "ylabel", tr(x->lang, T_AX_OPEN));
	strbuf_addstr(&c->body, "set yrange [0:*]\nunset key\n"
	                        "plot 'backlog.dat' using (timecolumn(1," TIMEFMT
	                        ")+3600):4 with steps linetype 4 dashtype solid linewidth 2.5 notitle\n");
	backlog_release(&b);
}

static int cmp_ll(const void *a, const void *b)
{
	long long p = *(const long long *)a, q = *(const long long *)b;
	return p < q ? -1 : p > q;
}

/* The cumulative share answered within each wait, as steps; waits under a minute at a minute
 * (the axis is logarithmic). Under --min-cell K every step holds at least K comments (a step of
 * fewer would count them): the waits are taken K or more at a time. */
static void ecdf_block(struct strbuf *dat, long long *w, size_t n, long need, double xmax, long k)
{
	size_t i, last = 0;

	qsort(w, n, sizeof(*w), cmp_ll);
	strbuf_addf(dat, "%.6f 0\n", 1.0 / 60);
	for (i = 0; i < n; i++) {
		double h = (double)(w[i] < 60 ? 60 : w[i]) / 3600.0;
		size_t cum = i + 1;
		/* Several waits at the same value make one step. */
		if (i + 1 < n && (w[i + 1] < 60 ? 60 : w[i + 1]) == (w[i] < 60 ? 60 : w[i]))
			continue;
		if (k > 1 && (cum - last < (size_t)k || (cum < n && n - cum < (size_t)k)))
			continue;
		last = cum;
		strbuf_addf(dat, "%.6f %.4f\n", h, 100.0 * (double)cum / (double)need);
	}
	strbuf_addf(dat, "%.6f %.4f\n", xmax, n ? 100.0 * (double)n / (double)need : 0.0);
}

static void chart_waits(struct report_ctx *x)
{
	struct chart *c = chart_new(x, CH_WAITS, "waits", T_CH_WAITS);
	const struct thread_waits *w = x->focus_times ? &x->focus_times->w : NULL;
	long long *cal, *svc, maxw = 3600;
	size_t i, k = 0;
	double xmax;
	long kmin = x->ro && x->ro->privacy.min_cell > 1 ? x->ro->privacy.min_cell : 0;
	/* Tics at round waits, labelled as the tables write waits. */
	static const long long tics[] = {60, 600, 3600, 4 * 3600, 86400, 7 * 86400, 30 * 86400, 180 * 86400};
	struct strbuf lab;

	if (!w || !w->n) {
		c->empty = 1;
		return;
	}
	cal = xmalloc(w->n * sizeof(*cal));
	svc = xmalloc(w->n * sizeof(*svc));
	for (i = 0; i < w->n; i++)
		if (w->rows[i].flags & WAIT_ANSWERED) {
			cal[k] = w->rows[i].calendar_s;
			svc[k] = w->rows[i].service_s;
			if (cal[k] > maxw)
				maxw = cal[k];
			k++;
		}
	/* The curve ends at the coverage: with the number needing a reply it gives the answered
	 * and the unanswered counts back, so --min-cell draws it only when the document shows all
	 * three (the summary's, when they are these counts). */
	if (!k || !cell_shown(x, cell_slot(x, RCS_NEED, (long)w->n), (long)w->n) ||
	    !cell_shown(x, cell_slot(x, RCS_ANSWERED, (long)k), (long)k) ||
	    !cell_shown(x, cell_slot(x, RCS_UNANSWERED, (long)(w->n - k)), (long)(w->n - k))) {
		c->empty = 1;
		x->withheld[CH_WAITS] = k > 0;
		free(cal);
		free(svc);
		return;
	}
	xmax = (double)maxw / 3600.0 * 1.5;
	strbuf_addstr(&c->dat, "# wait in hours, % of the comments needing a reply answered within it\n"
	                       "# block 0: calendar time\n");
	ecdf_block(&c->dat, cal, k, (long)w->n, xmax, kmin);
	strbuf_addstr(&c->dat, "\n\n# block 1: service hours\n");
	ecdf_block(&c->dat, svc, k, (long)w->n, xmax, kmin);
	free(cal);
	free(svc);
	strbuf_addf(&c->body, "set logscale x 10\nset xrange [%.6f:%.6f]\nset xtics (", 1.0 / 60, xmax);
	strbuf_init(&lab);
	for (i = 0; i < sizeof(tics) / sizeof(*tics); i++) {
		if ((double)tics[i] / 3600.0 > xmax && i > 2)
			break;
		strbuf_reset(&lab);
		chart_wait_label(&lab, tics[i]);
		strbuf_addstr(&c->body, i ? ", " : "");
		gp_str(&c->body, lab.buf);
		strbuf_addf(&c->body, " %.6f", (double)tics[i] / 3600.0);
	}
	strbuf_release(&lab);
	strbuf_addstr(&c->body, ")\nset yrange [0:100]\nset ytics 0,20,100\nset key top left reverse Left\n");
	/* n: how many comments the shares are of. */
	strbuf_addstr(&c->body, "set key title ");
	gp_str_n(x, &c->body, T_CH_OF_NEED, (long)w->n);
	strbuf_addstr(&c->body, " left\n");
	gp_set(c, "xlabel", tr(x->lang, T_AX_WAIT_LOG));
	gp_set(c, "ylabel", tr(x->lang, T_AX_WITHIN));
	strbuf_addstr(&c->body, "plot 'waits.dat' index 0 using 1:2 with steps linetype 1 title ");
	gp_str(&c->body, tr(x->lang, T_CALENDAR));
	strbuf_addstr(&c->body, ", \\\n     '' index 1 using 1:2 with steps linetype 2 title ");
	gp_str(&c->body, tr(x->lang, T_SERVICE));
	strbuf_addch(&c->body, '\n');
}

/* The height a stack's bar is drawn to (what its parts shown, its grey part or mark add up to),
 * to scale the axis: never a count the document hides. */
static long stack_height(const struct report_ctx *x, const long *v, const size_t *h, size_t nparts, long tot, size_t ht)
{
	long shown = 0;
	size_t j;

	if (cell_shown(x, ht, tot))
		return tot;
	for (j = 0; j < nparts; j++)
		if (cell_shown(x, h[j], v[j]))
			shown += v[j];
	return shown;
}

static void chart_status(struct report_ctx *x)
{
	struct chart *c = chart_new(x, CH_STATUS, "status-by-class", T_CH_STATUS);
	const struct report_focus *f = &x->data->focus;
	static const int order[3] = {STATUS_ANSWERED, STATUS_NOT_NEEDED, STATUS_UNANSWERED};
	long v[CLASS_N + 1][3], tot[CLASS_N + 1], top = 0, any = 0;
	size_t h[CLASS_N + 1][3], ht[CLASS_N + 1];
	unsigned drew = 0;
	int k, j, nbars = CLASS_N + 1;

	if (!f->n_comments) {
		c->empty = 1;
		return;
	}
	/* The bars are the rows of the status table, with its cells (RCG_STATUS). */
	for (k = 0; k <= CLASS_N; k++) {
		tot[k] = 0;
		for (j = 0; j < 3; j++) {
			v[k][j] = f->status_by_class[k][order[j]];
			h[k][j] = cell_at(x, RCG_STATUS, (size_t)k * 4 + (size_t)j);
			tot[k] += v[k][j];
		}
		ht[k] = cell_at(x, RCG_STATUS, (size_t)k * 4 + 3);
	}
	/* Every comment classified: no "not classified" bar. */
	if (!tot[CLASS_N])
		nbars = CLASS_N;
	strbuf_addstr(&c->dat, "# class, answered, no reply needed, unanswered (NaN: withheld under --min-cell), a "
	                       "grey bar (the total, its parts withheld), a grey mark (1: the total withheld), the "
	                       "label above the bar\n");
	for (k = 0; k < nbars; k++) {
		long height = stack_height(x, v[k], h[k], 3, tot[k], ht[k]);
		dat_str(&c->dat, tr_class(x->lang, k));
		drew |= stack_dat(x, &c->dat, v[k], h[k], 3, tot[k], ht[k]);
		strbuf_addch(&c->dat, '\n');
		if (height > top)
			top = height;
		any |= tot[k];
	}
	if (!any) {
		strbuf_reset(&c->dat);
		c->empty = 1;
		return;
	}
	strbuf_addstr(&c->body, "set style data histograms\nset style histogram rowstacked\nset boxwidth 0.6 relative\n"
	                        "set yrange [0:*]\nset offsets 0,0,graph 0.08,0\nset xtics scale 0\n");
	least_height(c, (double)top);
	key_top(c, stack_key_longest(x, drew,
	                             longer(longer(longer(0, tr(x->lang, T_ANSWERED)), tr(x->lang, T_NOT_NEEDED)),
	                                    tr(x->lang, T_UNANSWERED))));
	gp_set(c, "ylabel", tr(x->lang, T_AX_COMMENTS));
	strbuf_addstr(&c->body, "plot 'status-by-class.dat' using (h(2)):xtic(1) linetype 3 dashtype solid fillstyle "
	                        "solid 0.85 border -1 title ");
	gp_str(&c->body, tr(x->lang, T_ANSWERED));
	strbuf_addstr(&c->body,
	              ", \\\n     '' using (h(3)) linetype 7 dashtype solid fillstyle empty border -1 title ");
	gp_str(&c->body, tr(x->lang, T_NOT_NEEDED));
	strbuf_addstr(&c->body,
	              ", \\\n     '' using (h(4)) linetype 4 dashtype solid fillstyle pattern 4 border -1 title ");
	gp_str(&c->body, tr(x->lang, T_UNANSWERED));
	stack_plot_tail(x, c, 2, 3, drew);
}

static int cmp_comment_key(const void *a, const void *b)
{
	const struct focus_comment *p = *(const struct focus_comment *const *)a;
	const struct focus_comment *q = *(const struct focus_comment *const *)b;
	int c = strcmp(p->author_key, q->author_key);
	return c ? c : (p->t > q->t) - (p->t < q->t);
}

static int cmp_active(const void *a, const void *b)
{
	const struct report_active *p = a, *q = b;
	int c;

	if (p->comments != q->comments)
		return p->comments > q->comments ? -1 : 1;
	if (p->answered != q->answered)
		return p->answered > q->answered ? -1 : 1;
	c = strcmp(p->name, q->name);
	return c ? c : strcmp(p->key, q->key);
}

struct report_active *report_active_citizens(const struct report_focus *f, size_t *n)
{
	const struct focus_comment **v = xmalloc((f->n_comments ? f->n_comments : 1) * sizeof(*v));
	struct report_active *out = xcalloc(f->n_comments ? f->n_comments : 1, sizeof(*out));
	size_t i, m = 0, k = 0;

	for (i = 0; i < f->n_comments; i++)
		if (f->comments[i].author && *f->comments[i].author)
			v[m++] = &f->comments[i];
	qsort(v, m, sizeof(*v), cmp_comment_key);
	for (i = 0; i < m; i++) {
		if (!k || strcmp(out[k - 1].key, v[i]->author_key)) {
			out[k].key = v[i]->author_key;
			out[k].name = v[i]->author;
			k++;
		}
		out[k - 1].comments++;
		if (v[i]->status != STATUS_NOT_NEEDED)
			out[k - 1].need++;
		if (v[i]->status == STATUS_ANSWERED)
			out[k - 1].answered++;
	}
	qsort(out, k, sizeof(*out), cmp_active);
	free(v);
	*n = k;
	return out;
}

/* How the rank-th most active citizen (from 1) is shown: by name only with --names; under
 * --pseudonymize by their pseudonym (the threads were rewritten before anything was gathered,
 * so the name held is the pseudonym); else as "Person 3", in the reader's language. */
static void active_label(struct report_ctx *x, const struct report_active *a, size_t rank, struct strbuf *sb)
{
	struct strbuf num;

	if ((x->ro && x->ro->names) || (x->ro && x->ro->have_pseudonyms)) {
		text_excerpt(a->name, 28, sb);
		return;
	}
	strbuf_init(&num);
	tr_num(&num, x->lang, (long long)rank);
	strbuf_addf(sb, tr(x->lang, T_CH_PERSON), num.buf);
	strbuf_release(&num);
}

static void chart_citizens(struct report_ctx *x)
{
	struct chart *c = chart_new(x, CH_CITIZENS, "citizens", T_CH_CITIZENS);
	size_t n, i, shown = 0;
	struct report_active *a = report_active_citizens(&x->data->focus, &n);
	struct strbuf name;
	long top = 0;

	strbuf_init(&name);
	strbuf_addstr(&c->dat, "# rank, who (\"Person 1\" unless --names or --pseudonymize), comments, answered, "
	                       "needing a reply (NaN: fewer than --min-cell), the labels of the first two\n");
	/* The first rows of the table of the most active, with its cells (RCG_ACTIVE): a count the
	 * document hides is not drawn, and its place says "<K" or the withheld mark. */
	for (i = 0; i < n && i < REPORT_TOP_CITIZENS; i++) {
		size_t hc = cell_at(x, RCG_ACTIVE, i * 3), hn = cell_at(x, RCG_ACTIVE, i * 3 + 1),
		       ha = cell_at(x, RCG_ACTIVE, i * 3 + 2);
		strbuf_reset(&name);
		active_label(x, &a[i], i + 1, &name);
		strbuf_addf(&c->dat, "%zu ", i + 1);
		dat_str(&c->dat, name.buf);
		dat_count(x, &c->dat, hc, a[i].comments);
		dat_count(x, &c->dat, ha, a[i].answered);
		dat_count(x, &c->dat, hn, a[i].need);
		dat_numlab(x, &c->dat, hc, a[i].comments);
		dat_numlab(x, &c->dat, ha, a[i].answered);
		strbuf_addch(&c->dat, '\n');
		/* the axis scaled on what is drawn */
		if (cell_shown(x, hc, a[i].comments) && a[i].comments > top)
			top = a[i].comments;
		if (cell_shown(x, ha, a[i].answered) && a[i].answered > top)
			top = a[i].answered;
		shown++;
	}
	strbuf_release(&name);
	free(a);
	if (!shown) {
		strbuf_reset(&c->dat);
		c->empty = 1;
		return;
	}
	c->height = 480;
	strbuf_addstr(&c->body,
	              "set style data histograms\nset style histogram clustered gap 1\nset boxwidth 0.9 relative\n"
	              "set xtics rotate by 30 right scale 0\nset yrange [0:*]\nset offsets 0,0,graph 0.08,0\n"
	              "set key top right\n");
	least_height(c, (double)top);
	gp_set(c, "ylabel", tr(x->lang, T_AX_COMMENTS));
	strbuf_addstr(&c->body,
	              "plot 'citizens.dat' using (h(3)):xtic(2) linetype 1 dashtype solid fillstyle pattern 5 "
	              "border -1 title ");
	gp_str(&c->body, tr(x->lang, T_COMMENTS));
	strbuf_addstr(&c->body,
	              ", \\\n     '' using (h(4)) linetype 3 dashtype solid fillstyle solid 0.85 border -1 title ");
	gp_str(&c->body, tr(x->lang, T_ANSWERED));
	/* Each bar says its count (an answered count of one is then not a sliver, and none answered
	 * says 0), or "<K" in its place. Clustered bars of two with gap 1 sit a sixth of a unit
	 * either side of their group's place. */
	strbuf_addstr(&c->body, ", \\\n     '' using ($0-1.0/6):(h(3)):6 with labels offset 0,0.7 notitle"
	                        ", \\\n     '' using ($0+1.0/6):(h(4)):7 with labels offset 0,0.7 notitle\n");
}

void report_charts_thread(struct report_ctx *x)
{
	chart_timeline(x);
	chart_backlog(x);
	chart_waits(x);
	chart_status(x);
	chart_citizens(x);
}

/* ---- period report ---- */

static void month_label(struct report_ctx *x, struct strbuf *sb, int ym)
{
	struct strbuf s;

	strbuf_init(&s);
	tr_month_label(&s, x->lang, ym);
	dat_str(sb, s.buf);
	strbuf_release(&s);
}

/* The series drawn: the first REPORT_MAX_SERIES - 1 by size, then "others" when more. */
static size_t series_order(const struct report_data *d, size_t *order)
{
	size_t i, j, n = d->n_series;
	long *tot = xcalloc(n ? n : 1, sizeof(long));

	for (i = 0; i < d->n_months; i++)
		for (j = 0; j < n; j++)
			tot[j] += d->months[i].by_series[j];
	for (i = 0; i < n; i++)
		order[i] = i;
	/* Insertion sort: few series; largest first, ties by platform then channel. */
	for (i = 1; i < n; i++) {
		size_t v = order[i];
		for (j = i; j > 0; j--) {
			size_t u = order[j - 1];
			int c = tot[u] != tot[v] ? (tot[u] < tot[v])
			                         : strcmp(d->series[u].platform, d->series[v].platform) > 0 ||
			                               (!strcmp(d->series[u].platform, d->series[v].platform) &&
			                                d->series[u].channel > d->series[v].channel);
			if (!c)
				break;
			order[j] = u;
		}
		order[j] = v;
	}
	free(tot);
	return n;
}

/* A platform as people write it ("Facebook", "X (Twitter)"); one replycov does not know, as the
 * input wrote it. */
static const char *platform_name(struct report_ctx *x, const char *key)
{
	static const struct {
		const char *key, *name;
	} known[] = {{"bluesky", "Bluesky"},     {"disqus", "Disqus"},       {"facebook", "Facebook"},
	             {"instagram", "Instagram"}, {"linkedin", "LinkedIn"},   {"mastodon", "Mastodon"},
	             {"messenger", "Messenger"}, {"reddit", "Reddit"},       {"telegram", "Telegram"},
	             {"threads", "Threads"},     {"tiktok", "TikTok"},       {"twitter", "X (Twitter)"},
	             {"whatsapp", "WhatsApp"},   {"wordpress", "WordPress"}, {"x", "X (Twitter)"},
	             {"youtube", "YouTube"}};
	size_t i;

	if (!key || !*key || !strcmp(key, "generic"))
		return tr(x->lang, T_CH_PLATFORM_OTHER);
	for (i = 0; i < sizeof(known) / sizeof(*known); i++)
		if (!strcmp(key, known[i].key))
			return known[i].name;
	return key;
}

void report_series_label(struct report_ctx *x, const struct report_series *s, struct strbuf *sb)
{
	strbuf_addf(sb, tr(x->lang, s->channel == CHANNEL_PRIVATE ? T_CH_SERIES_PRIVATE : T_CH_SERIES_PUBLIC),
	            platform_name(x, s->platform));
}

/* A month's citizen messages by series as the messages chart draws them: the first shown series
 * of order, then "others" when there are more (v and their cells h, cols of them); returns the
 * month's total. */
static long month_parts(const struct report_ctx *x, size_t i, const size_t *order, size_t n, size_t shown, long *v,
                        size_t *h)
{
	const struct report_data *d = x->data;
	size_t j, ns = d->n_series;
	long tot = 0;

	for (j = 0; j <= shown && j < n; j++)
		v[j] = 0;
	for (j = 0; j < n; j++) {
		long m = d->months[i].by_series[order[j]];
		v[j < shown ? j : shown] += m;
		if (j < shown)
			h[j] = cell_of(x, RCG_SERIES, i * (ns + 1) + order[j], m);
		tot += m;
	}
	if (shown < n)
		h[shown] = cell_of(x, RCG_OTHERS, i, v[shown]);
	return tot;
}

/* The messages chart's "others" (the series past the first REPORT_MAX_SERIES - 1): a count no
 * table shows, the sum of the month's cells of those series. */
static void cells_messages(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	size_t *order = xmalloc((d->n_series ? d->n_series : 1) * sizeof(size_t));
	size_t n = series_order(d, order), shown = REPORT_MAX_SERIES - 1, i, j, ns = d->n_series;
	size_t *rest = xmalloc((n ? n : 1) * sizeof(*rest));

	for (i = 0; n > REPORT_MAX_SERIES && i < d->n_months; i++) {
		long sum = 0;
		size_t h;
		for (j = shown; j < n; j++) {
			sum += d->months[i].by_series[order[j]];
			rest[j - shown] = cell_at(x, RCG_SERIES, i * (ns + 1) + order[j]);
		}
		h = rc_value(x->cells, sum, 0);
		rc_put(x->cells, RCG_OTHERS, i, h);
		rc_sum(x->cells, h, rest, n - shown);
	}
	free(rest);
	free(order);
}

static void chart_messages(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	struct chart *c = chart_new(x, CH_MESSAGES, "messages-by-month", T_CH_MESSAGES);
	size_t *order = xmalloc((d->n_series ? d->n_series : 1) * sizeof(size_t));
	size_t n = series_order(d, order), shown = n > REPORT_MAX_SERIES ? REPORT_MAX_SERIES - 1 : n, i, j,
	       cols = shown + (shown < n), *h = NULL;
	struct strbuf lab;
	size_t longest = 0;
	long *v = NULL, tot, top = 0;
	unsigned drew = 0;

	if (!d->n_months || !d->citizen) {
		c->empty = 1;
		free(order);
		return;
	}
	strbuf_init(&lab);
	/* A header row: the scripts take the series' names from it (columnheader), as data. */
	dat_str(&c->dat, tr(x->lang, T_H_MONTH));
	for (j = 0; j < shown; j++) {
		strbuf_reset(&lab);
		report_series_label(x, &d->series[order[j]], &lab);
		strbuf_addch(&c->dat, ' ');
		dat_str(&c->dat, lab.buf);
		longest = longer(longest, lab.buf);
	}
	if (shown < n) {
		strbuf_addch(&c->dat, ' ');
		dat_str(&c->dat, tr(x->lang, T_CH_OTHERS));
		longest = longer(longest, tr(x->lang, T_CH_OTHERS));
	}
	/* Then the grey bar and mark of --min-cell and the text above the bar (stack_dat). */
	strbuf_addch(&c->dat, ' ');
	dat_str(&c->dat, tr(x->lang, T_CH_WITHHELD));
	strbuf_addstr(&c->dat, " \"\" \"\"\n");
	v = xcalloc(cols ? cols : 1, sizeof(long));
	h = xcalloc(cols ? cols : 1, sizeof(size_t));
	/* The bars are the rows of the messages' table, with its cells (RCG_SERIES). */
	for (i = 0; i < d->n_months; i++) {
		size_t ns = d->n_series, ht;
		tot = month_parts(x, i, order, n, shown, v, h);
		ht = cell_of(x, RCG_SERIES, i * (ns + 1) + ns, tot);
		month_label(x, &c->dat, d->months[i].ym);
		drew |= stack_dat(x, &c->dat, v, h, cols, tot, ht);
		strbuf_addch(&c->dat, '\n');
		tot = stack_height(x, v, h, cols, tot, ht);
		if (tot > top)
			top = tot;
	}
	if (!top && !drew) {
		strbuf_reset(&c->dat);
		c->empty = 1;
		goto out;
	}
	strbuf_addf(&c->body,
	            "set style data histograms\nset style histogram rowstacked\nset boxwidth 0.7 relative\n"
	            "set xrange [-0.6:%zu.6]\nset yrange [0:*]\nset offsets 0,0,graph 0.08,0\n",
	            d->n_months - 1);
	least_height(c, (double)top);
	key_top(c, stack_key_longest(x, drew, longest));
	strbuf_addstr(&c->body, "set key autotitle columnheader\n");
	month_axis(c, d->n_months);
	gp_set(c, "ylabel", tr(x->lang, T_AX_MESSAGES));
	strbuf_addstr(&c->body, "plot ");
	/* Each part at least "least" high: a platform's one message in a month is a bar. */
	for (j = 0; j < cols; j++)
		strbuf_addf(
		    &c->body,
		    "%s'messages-by-month.dat' using (h(%zu))%s title columnheader(%zu) linetype %zu dashtype solid "
		    "fillstyle %s border -1",
		    j ? ", \\\n     " : "", j + 2, j ? "" : ":xtic(1)", j + 2, j % CHART_COLOURS + 1,
		    fills[j % (sizeof(fills) / sizeof(*fills))]);
	/* The total of each month above its bar: a month of one message is read, not guessed. */
	stack_plot_tail(x, c, 2, (int)cols, drew);
out:
	free(v);
	free(h);
	strbuf_release(&lab);
	free(order);
}

/* Each channel's needing a reply and answered in a month: counts only the coverage chart shows
 * (the table gives the month's and each channel's share), adding up to the month's cells. A
 * channel that has the whole month is the month's cells; one with nothing has none. */
static void cells_coverage(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	size_t i;
	int ch;

	for (i = 0; i < d->n_months; i++) {
		const struct report_month *m = &d->months[i];
		size_t hn = cell_at(x, RCG_COVERAGE, i * 2), ha = cell_at(x, RCG_COVERAGE, i * 2 + 1), need[2], ans[2];
		int one = -1;
		for (ch = 0; ch < 2; ch++)
			if (!m->need[1 - ch] && !m->answered[1 - ch])
				one = ch;
		if (one >= 0) {
			rc_put(x->cells, RCG_CHANNELS, i * 4 + (size_t)one * 2, hn);
			rc_put(x->cells, RCG_CHANNELS, i * 4 + (size_t)one * 2 + 1, ha);
			continue;
		}
		for (ch = 0; ch < 2; ch++) {
			need[ch] = rc_value(x->cells, m->need[ch], 0);
			ans[ch] = rc_value(x->cells, m->answered[ch], 0);
			rc_put(x->cells, RCG_CHANNELS, i * 4 + (size_t)ch * 2, need[ch]);
			rc_put(x->cells, RCG_CHANNELS, i * 4 + (size_t)ch * 2 + 1, ans[ch]);
		}
		rc_sum(x->cells, hn, need, 2);
		rc_sum(x->cells, ha, ans, 2);
	}
}

static void chart_coverage(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	struct chart *c = chart_new(x, CH_COVERAGE, "coverage-by-month", T_CH_COVERAGE);
	long need[2] = {0, 0};
	int line[3] = {0, 0, 0}, thin[3] = {0, 0, 0}, s, both, hid = 0, hid_month = 0;
	size_t i, nm = d->n_months;
	static const int pt_thin[3] = {6, 4, 8}; /* open circle, square, triangle: the series' points */

	for (i = 0; i < d->n_months; i++) {
		need[0] += d->months[i].need[0];
		need[1] += d->months[i].need[1];
	}
	if (!need[0] && !need[1]) {
		c->empty = 1;
		return;
	}
	both = need[0] && need[1];
	strbuf_addf(&c->dat,
	            "# month; coverage %% (all, public, private), each on the line and apart (NaN where not: "
	            "apart when fewer than %d need a reply);\n"
	            "# needing a reply, answered (NaN: withheld under --min-cell); the number needing a reply as "
	            "written (all, public, private)\n",
	            CHART_MIN_N);
	dat_hidden_month_header(x, &c->dat);
	/* Per series (all, public, private), a month's needing a reply and answered, drawn as the
	 * document shows them: the month's cells of the coverage table (RCG_COVERAGE) and each
	 * channel's (RCG_CHANNELS). A month whose counts it hides is not drawn in that series, nor in
	 * a channel's when the table withholds the channel's share (the month's counts hidden). */
	for (i = 0; i < nm; i++) {
		const struct report_month *m = &d->months[i];
		long v[3][2];
		size_t h[3][2];
		int month_shown;
		for (s = 0; s < 3; s++) {
			v[s][0] = s ? m->need[s - 1] : m->need[0] + m->need[1];
			v[s][1] = s ? m->answered[s - 1] : m->answered[0] + m->answered[1];
			h[s][0] = s ? cell_of(x, RCG_CHANNELS, i * 4 + (size_t)(s - 1) * 2, v[s][0])
			            : cell_of(x, RCG_COVERAGE, i * 2, v[s][0]);
			h[s][1] = s ? cell_of(x, RCG_CHANNELS, i * 4 + (size_t)(s - 1) * 2 + 1, v[s][1])
			            : cell_of(x, RCG_COVERAGE, i * 2 + 1, v[s][1]);
		}
		month_shown = cell_shown(x, h[0][0], v[0][0]) && cell_shown(x, h[0][1], v[0][1]);
		month_label(x, &c->dat, m->ym);
		for (s = 0; s < 3; s++) {
			long den = v[s][0], num = v[s][1];
			enum drawn dr =
			    den <= 0 || !month_shown || !cell_shown(x, h[s][0], den) || !cell_shown(x, h[s][1], num)
			        ? DRAW_NONE
			    : den < CHART_MIN_N ? DRAW_THIN
			                        : DRAW_LINE;
			dat_split(&c->dat, dr, den > 0 ? 100.0 * (double)num / (double)den : 0.0);
			line[s] |= dr == DRAW_LINE;
			thin[s] |= dr == DRAW_THIN;
			hid |= den > 0 && dr == DRAW_NONE;
		}
		dat_count(x, &c->dat, h[0][0], v[0][0]);
		dat_count(x, &c->dat, h[0][1], v[0][1]);
		for (s = 0; s < 3; s++)
			dat_numlab(x, &c->dat, h[s][0], v[s][0]);
		dat_hidden_month(x, &c->dat, v[0][0] > 0 && !month_shown);
		hid_month |= v[0][0] > 0 && !month_shown;
		strbuf_addch(&c->dat, '\n');
	}
	if (!line[0] && !thin[0]) {
		strbuf_reset(&c->dat);
		c->empty = 1;
		x->withheld[CH_COVERAGE] = hid;
		return;
	}
	strbuf_addf(&c->body, "set xrange [-0.5:%zu.5]\nset yrange [0:105]\nset ytics 0,20,100\n", d->n_months - 1);
	{
		struct strbuf kw;
		size_t longest = longer(0, tr(x->lang, T_ALL));
		strbuf_init(&kw);
		if (both)
			longest = longer(longer(longest, tr(x->lang, T_KEY_PUBLIC)), tr(x->lang, T_KEY_PRIVATE));
		if (thin[0] || (both && (thin[1] || thin[2])))
			longest = longer(longest, thin_words(x, &kw, T_CH_THIN, CHART_MIN_N));
		if (hid_month)
			longest = longer(longest, thin_words(x, &kw, T_CH_NOT_SHOWN, x->ro->privacy.min_cell));
		key_top(c, longest);
		strbuf_release(&kw);
	}
	month_axis(c, d->n_months);
	gp_set(c, "ylabel", tr(x->lang, T_AX_COVERAGE));
	if (hid_month)
		plot_hidden_months(x, c, "coverage-by-month.dat", 13, 105);
	else
		strbuf_addstr(&c->body, "plot ");
	strbuf_addstr(&c->body, "'coverage-by-month.dat' using 0:2:");
	month_xtic(&c->body, d->n_months, 1, 10);
	strbuf_addstr(&c->body, " with linespoints linetype 1 title ");
	gp_str(&c->body, tr(x->lang, T_ALL));
	if (both) {
		/* The channels apart only when there are both. */
		if (line[1]) {
			strbuf_addstr(&c->body, ", \\\n     '' using 0:4 with linespoints linetype 2 title ");
			gp_str(&c->body, tr(x->lang, T_KEY_PUBLIC));
		}
		if (line[2]) {
			strbuf_addstr(&c->body, ", \\\n     '' using 0:6 with linespoints linetype 3 title ");
			gp_str(&c->body, tr(x->lang, T_KEY_PRIVATE));
		}
	}
	/* Months of too few messages: a grey point, not joined, with their number beside it. */
	{
		int titled = 0;
		for (s = 0; s < (both ? 3 : 1); s++) {
			if (!thin[s])
				continue;
			strbuf_addf(&c->body,
			            ", \\\n     '' using 0:%d with points pointtype %d pointsize 1.3 "
			            "linecolor rgb " THIN_INK " title ",
			            3 + 2 * s, pt_thin[s]);
			if (titled)
				strbuf_addstr(&c->body, "''");
			else
				gp_str_n(x, &c->body, T_CH_THIN, CHART_MIN_N);
			titled = 1;
			strbuf_addf(&c->body,
			            ", \\\n     '' using 0:%d:%d with labels left offset 1,0 textcolor rgb " THIN_INK
			            " notitle",
			            3 + 2 * s, 10 + s);
		}
	}
	strbuf_addch(&c->body, '\n');
}

static void chart_waits_month(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	struct chart *c = chart_new(x, CH_WAITS_MONTH, "waits-by-month", T_CH_WAITS_MONTH);
	size_t i, nm = d->n_months;
	int line = 0, thin = 0, hid = 0;
	long long top = 0;

	strbuf_addf(&c->dat,
	            "# month; service hours: median, p90 on the line, median, p90 apart (fewer than %d answered); "
	            "calendar hours: median, p90;\n# answered (NaN: withheld under --min-cell), as written\n",
	            CHART_MIN_N);
	dat_hidden_month_header(x, &c->dat);
	/* A month's answered as the waits' table shows it (RCG_WAITS): a median is drawn when the
	 * count it is of is shown, as the table gives it (a median of so few is one person's wait). */
	for (i = 0; i < nm; i++) {
		const struct wait_figures *f = d->months[i].waits;
		long n = f ? f->answered : 0;
		size_t h = cell_of(x, RCG_WAITS, i, n);
		enum drawn dr = n <= 0 || !cell_shown(x, h, n) ? DRAW_NONE : n < CHART_MIN_N ? DRAW_THIN : DRAW_LINE;
		hid |= n > 0 && dr == DRAW_NONE;
		month_label(x, &c->dat, d->months[i].ym);
		if (dr == DRAW_NONE) {
			strbuf_addstr(&c->dat, " NaN NaN NaN NaN NaN NaN");
		} else {
			double med = (double)f->service.median / 3600.0, p90 = (double)f->service.p90 / 3600.0;
			if (dr == DRAW_LINE)
				strbuf_addf(&c->dat, " %.3f %.3f NaN NaN", med, p90);
			else
				strbuf_addf(&c->dat, " NaN NaN %.3f %.3f", med, p90);
			strbuf_addf(&c->dat, " %.3f %.3f", (double)f->calendar.median / 3600.0,
			            (double)f->calendar.p90 / 3600.0);
			if (f->service.p90 > top)
				top = f->service.p90;
			line |= dr == DRAW_LINE;
			thin |= dr == DRAW_THIN;
		}
		dat_count(x, &c->dat, h, n);
		dat_numlab(x, &c->dat, h, n);
		dat_hidden_month(x, &c->dat, n > 0 && dr == DRAW_NONE);
		strbuf_addch(&c->dat, '\n');
	}
	if (!line && !thin) {
		strbuf_reset(&c->dat);
		c->empty = 1;
		x->withheld[CH_WAITS_MONTH] = hid;
		return;
	}
	strbuf_addf(&c->body, "set xrange [-0.5:%zu.5]\n", d->n_months - 1);
	{
		struct strbuf w;
		size_t longest = longer(longer(0, tr(x->lang, T_MEDIAN)), tr(x->lang, T_P90));
		strbuf_init(&w);
		if (thin)
			longest = longer(longest, thin_words(x, &w, T_CH_THIN, CHART_MIN_N));
		if (hid)
			longest = longer(longest, thin_words(x, &w, T_CH_NOT_SHOWN, x->ro->privacy.min_cell));
		key_top(c, longest);
		strbuf_release(&w);
	}
	month_axis(c, d->n_months);
	/* The waits in the tables' units: "30 min", "1 h", never 0.5 hours. */
	chart_wait_axis(&c->body, "y", top, 3600.0);
	gp_set(c, "ylabel", tr(x->lang, T_AX_WAIT_SVC_H));
	if (hid) {
		long long tics[8]; /* chart_wait_axis's: the top of the axis is the last */
		size_t n = chart_wait_tics(top, tics, 8);
		plot_hidden_months(x, c, "waits-by-month.dat", 10, (double)tics[n - 1] / 3600.0);
	} else {
		strbuf_addstr(&c->body, "plot ");
	}
	strbuf_addstr(&c->body, "'waits-by-month.dat' using 0:2:");
	month_xtic(&c->body, d->n_months, 1, 9);
	strbuf_addstr(&c->body, " with linespoints linetype 1 title ");
	gp_str(&c->body, tr(x->lang, T_MEDIAN));
	strbuf_addstr(&c->body, ", \\\n     '' using 0:3 with linespoints linetype 2 title ");
	gp_str(&c->body, tr(x->lang, T_P90));
	if (thin) {
		strbuf_addstr(&c->body,
		              ", \\\n     '' using 0:4 with points pointtype 6 pointsize 1.3 linecolor rgb " THIN_INK
		              " title ");
		gp_str_n(x, &c->body, T_CH_THIN, CHART_MIN_N);
		strbuf_addstr(
		    &c->body,
		    ", \\\n     '' using 0:5 with points pointtype 4 pointsize 1.3 linecolor rgb " THIN_INK " notitle"
		    ", \\\n     '' using 0:5:9 with labels left offset 1,0 textcolor rgb " THIN_INK " notitle");
	}
	strbuf_addch(&c->body, '\n');
}

static void chart_classes(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	struct chart *c = chart_new(x, CH_CLASSES, "classes-by-month", T_CH_CLASSES);
	size_t i, nm = d->n_months;
	int ch, j, any = 0, thin = 0, grey = 0, has[2] = {0, 0}, groups = 0;
	double start[2] = {0, 0};
	static const int order[CLASS_N] = {CLASS_CRITICISM, CLASS_QUESTION, CLASS_THANKS, CLASS_OTHER};

	for (i = 0; i < nm; i++)
		for (ch = 0; ch < 2; ch++) {
			const long *k = d->months[i].cls[ch];
			if (k[0] + k[1] + k[2] + k[3])
				has[ch] = 1;
		}
	if (!has[0] && !has[1]) {
		c->empty = 1;
		return;
	}
	/* Public comments, then private messages, each a group of months side by side on one axis,
	 * a month's gap between them; the groups are named above the plot. */
	for (ch = 0; ch < 2; ch++)
		if (has[ch]) {
			start[ch] = groups ? (double)nm + 1 : 0;
			groups++;
		}
	strbuf_addf(&c->dat,
	            "# x, month, cumulative %% of classified messages: criticism, +question, +thanks, +other (NaN: "
	            "not drawn); grey bar: fewer than %d messages; hatched grey bar: shares withheld under "
	            "--min-cell; messages, as written\n",
	            CHART_MIN_N);
	for (ch = 0; ch < 2; ch++) {
		if (!has[ch])
			continue;
		strbuf_addf(&c->dat, "# %s\n", ch ? "private messages" : "public comments");
		/* The bars are the rows of the classes' table, with its cells (RCG_CLASSES), drawn as it
		 * shows them: a share with the month's number gives a count back, so a class is drawn
		 * when the table shows its count and the month's; the classes it hides are one hatched
		 * grey part, and a month whose number it hides is all hatched grey. */
		for (i = 0; i < nm; i++) {
			const long *k = d->months[i].cls[ch];
			size_t base = (i * 2 + (size_t)ch) * (CLASS_N + 1), ht;
			long cum = 0, tot = 0;
			int parts_hidden = 0;
			enum drawn dr;
			for (j = 0; j < CLASS_N; j++)
				tot += k[order[j]];
			ht = cell_of(x, RCG_CLASSES, base, tot);
			dr = tot <= 0 || !cell_shown(x, ht, tot) ? DRAW_NONE
			     : tot < CHART_MIN_N                 ? DRAW_THIN
			                                         : DRAW_LINE;
			strbuf_addf(&c->dat, "%g ", start[ch] + (double)i);
			month_label(x, &c->dat, d->months[i].ym);
			for (j = 0; j < CLASS_N; j++) {
				long n = k[order[j]];
				if (dr == DRAW_LINE &&
				    cell_shown(x, cell_of(x, RCG_CLASSES, base + 1 + (size_t)j, n), n)) {
					cum += n;
					strbuf_addf(&c->dat, " %.2f", 100.0 * (double)cum / (double)tot);
				} else {
					strbuf_addstr(&c->dat, " NaN");
					parts_hidden |= dr == DRAW_LINE;
				}
			}
			strbuf_addstr(&c->dat, dr == DRAW_THIN ? " 100" : " NaN");
			strbuf_addstr(&c->dat, tot > 0 && (dr == DRAW_NONE || parts_hidden) ? " 100" : " NaN");
			dat_numlab(x, &c->dat, ht, tot);
			strbuf_addch(&c->dat, '\n');
			any |= tot > 0;
			thin |= dr == DRAW_THIN;
			grey |= tot > 0 && (dr == DRAW_NONE || parts_hidden);
		}
	}
	if (!any) {
		strbuf_reset(&c->dat);
		c->empty = 1;
		return;
	}
	c->height = 480;
	strbuf_addf(&c->body, "set xrange [-0.7:%g]\nset yrange [0:100]\nset ytics 0,20,100\nset boxwidth 0.8\n",
	            groups == 2 ? 2.0 * (double)nm + 0.7 : (double)nm - 0.3);
	{
		/* The key in reading order (criticism first), though the bars are drawn tallest first. */
		struct strbuf w;
		size_t longest = 0;
		strbuf_init(&w);
		for (j = 0; j < CLASS_N; j++)
			longest = longer(longest, tr_class(x->lang, order[j]));
		if (thin)
			longest = longer(longest, thin_words(x, &w, T_CH_THIN, CHART_MIN_N));
		if (grey)
			longest = longer(longest, tr(x->lang, T_CH_WITHHELD));
		key_top(c, longest);
		strbuf_addstr(&c->body, "set key invert\n");
		strbuf_release(&w);
	}
	month_axis(c, nm);
	/* The groups' names on the top axis. */
	strbuf_addstr(&c->body, "set link x2\nset x2tics scale 0 (");
	for (ch = 0, groups = 0; ch < 2; ch++)
		if (has[ch]) {
			strbuf_addstr(&c->body, groups++ ? ", " : "");
			gp_str(&c->body, tr(x->lang, ch ? T_CH_GROUP_PRIVATE : T_CH_GROUP_PUBLIC));
			strbuf_addf(&c->body, " %g", start[ch] + ((double)nm - 1) / 2);
		}
	strbuf_addstr(&c->body, ")\nset border 3\n");
	gp_set(c, "ylabel", tr(x->lang, T_AX_SHARE));
	strbuf_addstr(&c->body, "plot ");
	if (thin) {
		strbuf_addstr(&c->body, "'classes-by-month.dat' using 1:7 with boxes linecolor rgb " THIN_FILL
		                        " fillstyle solid 1.0 border rgb " THIN_INK " title ");
		gp_str_n(x, &c->body, T_CH_THIN, CHART_MIN_N);
		strbuf_addstr(&c->body, ", \\\n     ");
	}
	if (grey) {
		strbuf_addstr(&c->body, "'classes-by-month.dat' using 1:8 with boxes " WITHHELD_STYLE " title ");
		gp_str(&c->body, tr(x->lang, T_CH_WITHHELD));
		strbuf_addstr(&c->body, ", \\\n     ");
	}
	strbuf_addstr(&c->body, "'classes-by-month.dat' using 1:6:");
	month_xtic(&c->body, nm, 2, 9);
	strbuf_addstr(&c->body, " with boxes linetype 7 dashtype solid fillstyle empty border -1 title ");
	gp_str(&c->body, tr(x->lang, T_CLASS_OTHER));
	strbuf_addstr(
	    &c->body,
	    ", \\\n     '' using 1:5 with boxes linetype 3 dashtype solid fillstyle pattern 5 border -1 title ");
	gp_str(&c->body, tr(x->lang, T_CLASS_THANKS));
	strbuf_addstr(
	    &c->body,
	    ", \\\n     '' using 1:4 with boxes linetype 1 dashtype solid fillstyle pattern 4 border -1 title ");
	gp_str(&c->body, tr(x->lang, T_CLASS_QUESTION));
	strbuf_addstr(
	    &c->body,
	    ", \\\n     '' using 1:3 with boxes linetype 4 dashtype solid fillstyle solid 0.85 border -1 title ");
	gp_str(&c->body, tr(x->lang, T_CLASS_CRITICISM));
	strbuf_addch(&c->body, '\n');
}

static void chart_heat(struct report_ctx *x)
{
	const struct report_heat *h = &x->data->heat;
	struct chart *c = chart_new(x, CH_HEAT, "waits-heatmap", T_CH_HEAT);
	long long top = 0;
	int wd, hr, any = 0, thin = 0;

	strbuf_addf(&c->dat,
	            "# hour, weekday (0 = Monday), median wait in hours (NaN: none answered), the same where at "
	            "least %d were answered (the colour), needing a reply, answered (NaN: withheld under "
	            "--min-cell), the label of a grey cell: how many were answered\n",
	            CHART_MIN_N);
	/* Each cell's counts are those the table's medians are of (RCG_HEAT), drawn as the document
	 * shows them: a median whose count it hides is not given. */
	for (wd = 0; wd < 7; wd++) {
		for (hr = 0; hr < 24; hr++) {
			size_t k = (size_t)(wd * 24 + hr);
			long need = h->need[wd][hr], ans = h->answered[wd][hr];
			size_t hn = cell_of(x, RCG_HEAT, k * 2, need), ha = cell_of(x, RCG_HEAT, k * 2 + 1, ans);
			long long m = h->median[wd][hr];
			int need_shown = cell_shown(x, hn, need), ans_shown = cell_shown(x, ha, ans);
			/* A cell with too few answered to say more than itself: grey, with its number
			 * answered as the document shows it ("<K", or the withheld mark). A cell with none
			 * needing a reply is blank. */
			int off = need <= 0 && need_shown;
			int colour = !off && ans_shown && ans >= CHART_MIN_N && m >= 0;
			strbuf_addf(&c->dat, "%d %d", hr, wd);
			if (!off && m >= 0 && ans_shown)
				strbuf_addf(&c->dat, " %.3f", (double)m / 3600.0);
			else
				strbuf_addstr(&c->dat, " NaN");
			if (colour)
				strbuf_addf(&c->dat, " %.3f", (double)m / 3600.0);
			else
				strbuf_addstr(&c->dat, " NaN");
			dat_count(x, &c->dat, hn, need);
			dat_count(x, &c->dat, ha, ans);
			if (!off && !colour) {
				dat_numlab(x, &c->dat, ha, ans);
				thin = 1;
			} else
				strbuf_addstr(&c->dat, " \"\"");
			strbuf_addch(&c->dat, '\n');
			if (colour && m > top)
				top = m;
			any |= !off;
		}
		strbuf_addch(&c->dat, '\n'); /* a blank line between rows of the grid */
	}
	if (!any) {
		strbuf_reset(&c->dat);
		c->empty = 1;
		return;
	}
	c->height = 420;
	/* Each cell a filled rectangle (vectors, crisp at any size: an image would be a bitmap the
	 * browser smooths when it scales it). */
	strbuf_addstr(&c->body,
	              "set xrange [-0.5:23.5]\nset yrange [6.5:-0.5]\nset xtics 0,1,23 scale 0\n"
	              "set grid noytics noxtics\nset border 0\nset key outside top center horizontal\n"
	              "set palette defined (0 '#fff7ec', 1 '#fdd49e', 2 '#fc8d59', 3 '#d7301f', 4 '#7f0000')\n"
	              "set ytics (");
	for (wd = 0; wd < 7; wd++) {
		strbuf_addf(&c->body, "%s", wd ? ", " : "");
		gp_str(&c->body, tr_weekday(x->lang, wd));
		strbuf_addf(&c->body, " %d", wd);
	}
	strbuf_addstr(&c->body, ") scale 0\n");
	gp_set_zone(x, c, "xlabel", T_AX_HOUR);
	if (top > 0) {
		/* The colour bar in the tables' units of wait. */
		chart_wait_axis(&c->body, "cb", top, 3600.0);
		strbuf_addstr(&c->body, "set cblabel ");
		gp_str(&c->body, tr(x->lang, T_AX_HEAT_CB));
		strbuf_addstr(&c->body, " offset 1,0\n");
	} else {
		strbuf_addstr(&c->body, "unset colorbox\n");
	}
	strbuf_addstr(&c->body, "plot ");
	if (top > 0)
		strbuf_addstr(&c->body, "'waits-heatmap.dat' using 1:2:(0.505):(0.505):4 with boxxyerror "
		                        "fillstyle solid 1.0 noborder linecolor palette notitle");
	if (thin) {
		strbuf_addstr(&c->body, top > 0 ? ", \\\n     '" : "'");
		strbuf_addstr(&c->body,
		              "waits-heatmap.dat' using 1:((!valid(5) || column(5) != 0) && !valid(4) ? column(2) : "
		              "NaN):(0.46):(0.46) "
		              "with boxxyerror fillstyle solid 1.0 noborder linecolor rgb " THIN_FILL " title ");
		gp_str_n(x, &c->body, T_CH_THIN_CELL, CHART_MIN_N);
		strbuf_addstr(&c->body, ", \\\n     '' using 1:2:7 with labels textcolor rgb '#333333' notitle");
	}
	strbuf_addch(&c->body, '\n');
}

void report_charts_cells(struct report_ctx *x)
{
	if (!x->cells || !x->cells->on)
		return;
	if (x->thread_mode) {
		cells_timeline(x);
	} else {
		cells_messages(x);
		cells_coverage(x);
	}
}

void report_charts_period(struct report_ctx *x)
{
	chart_messages(x);
	chart_coverage(x);
	chart_waits_month(x);
	chart_classes(x);
	chart_heat(x);
}
