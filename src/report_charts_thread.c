/* report_charts_thread.c: the post-mortem's charts: comments and official replies on one
 * timeline, the open backlog, the distribution of waits, the status of every comment by class,
 * the most active citizens (report_charts.c says what every chart may and may not do). */
#include "report_charts_int.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

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
	rch_gp_set_zone(x, c, "xlabel", T_AX_TIME);
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
void rch_cells_timeline(struct report_ctx *x)
{
	struct bins b;
	size_t i = 0, *hours;

	if (!x->data->focus.n_msgs)
		return;
	timeline_bins(x, &b);
	hours = xmalloc(b.nb * sizeof(*hours));
	while (!b.daily && i < b.nb) {
		size_t day = bin_day(&b, x->zone, i), n = 0, hday = rch_cell_at(x, RCG_DAYS, day);
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

	c = rch_chart_new(x, CH_TIMELINE, "timeline", daily ? T_CH_TIMELINE_DAY : T_CH_TIMELINE);
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
		size_t h = daily ? rch_cell_at(x, RCG_DAYS, bin_day(&b, x->zone, i)) : rch_cell_at(x, RCG_TIMELINE, i);
		if (!rch_cell_shown(x, h, cit[i])) {
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
	rch_gp_set(c, "ylabel", tr(x->lang, daily ? T_AX_PER_DAY : T_AX_PER_HOUR));
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
		rch_gp_str_n(x, &c->body, T_CH_NOT_SHOWN, x->ro->privacy.min_cell);
	}
	strbuf_addch(&c->body, '\n');
	bins_release(&b);
}

static void chart_backlog(struct report_ctx *x)
{
	struct chart *c = rch_chart_new(x, CH_BACKLOG, "backlog", T_CH_BACKLOG);
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
			size_t he = day < 0 ? RC_NONE : rch_cell_at(x, RCG_BACKLOG, (size_t)day * 2);
			seen = day;
			if (he != RC_NONE) {
				size_t hm = rch_cell_at(x, RCG_BACKLOG, (size_t)day * 2 + 1);
				ok = carried && rch_cell_shown(x, he, 0) && rch_cell_shown(x, hm, 0);
				carried = rch_cell_shown(x, he, 0);
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
		rch_gp_str_n_set(x, c, "ylabel", T_AX_OPEN_ROUNDED, k);
	else
		rch_gp_set(c, "ylabel", tr(x->lang, T_AX_OPEN));
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
	struct chart *c = rch_chart_new(x, CH_WAITS, "waits", T_CH_WAITS);
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
	if (!k || !rch_cell_shown(x, rch_cell_slot(x, RCS_NEED, (long)w->n), (long)w->n) ||
	    !rch_cell_shown(x, rch_cell_slot(x, RCS_ANSWERED, (long)k), (long)k) ||
	    !rch_cell_shown(x, rch_cell_slot(x, RCS_UNANSWERED, (long)(w->n - k)), (long)(w->n - k))) {
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
	rch_gp_str_n(x, &c->body, T_CH_OF_NEED, (long)w->n);
	strbuf_addstr(&c->body, " left\n");
	rch_gp_set(c, "xlabel", tr(x->lang, T_AX_WAIT_LOG));
	rch_gp_set(c, "ylabel", tr(x->lang, T_AX_WITHIN));
	strbuf_addstr(&c->body, "plot 'waits.dat' index 0 using 1:2 with steps linetype 1 title ");
	gp_str(&c->body, tr(x->lang, T_CALENDAR));
	strbuf_addstr(&c->body, ", \\\n     '' index 1 using 1:2 with steps linetype 2 title ");
	gp_str(&c->body, tr(x->lang, T_SERVICE));
	strbuf_addch(&c->body, '\n');
}

static void chart_status(struct report_ctx *x)
{
	struct chart *c = rch_chart_new(x, CH_STATUS, "status-by-class", T_CH_STATUS);
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
			h[k][j] = rch_cell_at(x, RCG_STATUS, (size_t)k * 4 + (size_t)j);
			tot[k] += v[k][j];
		}
		ht[k] = rch_cell_at(x, RCG_STATUS, (size_t)k * 4 + 3);
	}
	/* Every comment classified: no "not classified" bar. */
	if (!tot[CLASS_N])
		nbars = CLASS_N;
	strbuf_addstr(&c->dat, "# class, answered, no reply needed, unanswered (NaN: withheld under --min-cell), a "
	                       "grey bar (the total, its parts withheld), a grey mark (1: the total withheld), the "
	                       "label above the bar\n");
	for (k = 0; k < nbars; k++) {
		long height = rch_stack_height(x, v[k], h[k], 3, tot[k], ht[k]);
		dat_str(&c->dat, tr_class(x->lang, k));
		drew |= rch_stack_dat(x, &c->dat, v[k], h[k], 3, tot[k], ht[k]);
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
	rch_least_height(c, (double)top);
	rch_key_top(c, rch_stack_key_longest(
	                   x, drew,
	                   rch_longer(rch_longer(rch_longer(0, tr(x->lang, T_ANSWERED)), tr(x->lang, T_NOT_NEEDED)),
	                              tr(x->lang, T_UNANSWERED))));
	rch_gp_set(c, "ylabel", tr(x->lang, T_AX_COMMENTS));
	strbuf_addstr(&c->body, "plot 'status-by-class.dat' using (h(2)):xtic(1) linetype 3 dashtype solid fillstyle "
	                        "solid 0.85 border -1 title ");
	gp_str(&c->body, tr(x->lang, T_ANSWERED));
	strbuf_addstr(&c->body,
	              ", \\\n     '' using (h(3)) linetype 7 dashtype solid fillstyle empty border -1 title ");
	gp_str(&c->body, tr(x->lang, T_NOT_NEEDED));
	strbuf_addstr(&c->body,
	              ", \\\n     '' using (h(4)) linetype 4 dashtype solid fillstyle pattern 4 border -1 title ");
	gp_str(&c->body, tr(x->lang, T_UNANSWERED));
	rch_stack_plot_tail(x, c, 2, 3, drew);
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
	struct chart *c = rch_chart_new(x, CH_CITIZENS, "citizens", T_CH_CITIZENS);
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
		size_t hc = rch_cell_at(x, RCG_ACTIVE, i * 3), hn = rch_cell_at(x, RCG_ACTIVE, i * 3 + 1),
		       ha = rch_cell_at(x, RCG_ACTIVE, i * 3 + 2);
		strbuf_reset(&name);
		active_label(x, &a[i], i + 1, &name);
		strbuf_addf(&c->dat, "%zu ", i + 1);
		dat_str(&c->dat, name.buf);
		rch_dat_count(x, &c->dat, hc, a[i].comments);
		rch_dat_count(x, &c->dat, ha, a[i].answered);
		rch_dat_count(x, &c->dat, hn, a[i].need);
		rch_dat_numlab(x, &c->dat, hc, a[i].comments);
		rch_dat_numlab(x, &c->dat, ha, a[i].answered);
		strbuf_addch(&c->dat, '\n');
		/* the axis scaled on what is drawn */
		if (rch_cell_shown(x, hc, a[i].comments) && a[i].comments > top)
			top = a[i].comments;
		if (rch_cell_shown(x, ha, a[i].answered) && a[i].answered > top)
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
	rch_least_height(c, (double)top);
	rch_gp_set(c, "ylabel", tr(x->lang, T_AX_COMMENTS));
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
