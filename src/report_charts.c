/* report_charts.c: the data and gnuplot scripts of the report's charts. Post-mortem of a
 * thread: comments and official replies on one timeline, the open backlog, the distribution of
 * waits, the status of every comment by class, the most active citizens. Period report:
 * messages per month by platform and channel, coverage per month, median and p90 wait per
 * month, class shares public versus private, waits by weekday and hour. Times are in the
 * report's zone. Input text (names, platform names) goes only into .dat files through dat_str;
 * the scripts hold replycov's own words (gp_str) and numbers. Nothing is drawn here. */
#include "report_run.h"
#include "text.h"
#include "util_tz.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* Fill styles that tell bars apart without colour, in the order series use them. */
static const char *const fills[] = {"solid 0.85", "pattern 4", "pattern 5", "pattern 1",
                                    "pattern 2",  "pattern 6", "pattern 7", "empty"};

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

static void chart_timeline(struct report_ctx *x)
{
	const struct report_focus *f = &x->data->focus;
	struct chart *c;
	int daily = f->last - f->first > TIMELINE_DAILY_AFTER;
	long long start, first_day = 0;
	size_t nb, i;
	long *cit, *off;

	c = chart_new(x, CH_TIMELINE, "timeline", daily ? T_CH_TIMELINE_DAY : T_CH_TIMELINE);
	if (!f->n_msgs) {
		c->empty = 1;
		return;
	}
	if (daily) {
		first_day = local_day(x->zone, f->first);
		start = day_start(x->zone, first_day);
		nb = (size_t)(local_day(x->zone, f->last) - first_day + 1);
	} else {
		start = f->first - ((f->first % 3600) + 3600) % 3600;
		nb = (size_t)((f->last - start) / 3600 + 1);
	}
	if (nb > TIMELINE_MAX_BINS)
		nb = TIMELINE_MAX_BINS;
	cit = xcalloc(nb, sizeof(long));
	off = xcalloc(nb, sizeof(long));
	for (i = 0; i < f->n_msgs; i++) {
		long long b = daily ? local_day(x->zone, f->msgs[i].t) - first_day : (f->msgs[i].t - start) / 3600;
		if (b < 0 || (size_t)b >= nb)
			continue;
		if (f->msgs[i].official)
			off[b]++;
		else
			cit[b]++;
	}
	strbuf_addf(&c->dat, "# %s, %s, %s\n", daily ? "day" : "hour", "citizen comments", "official replies");
	for (i = 0; i < nb; i++) {
		long long t = daily ? day_start(x->zone, first_day + (long long)i) : start + (long long)i * 3600;
		dat_time(&c->dat, x->zone, t);
		strbuf_addf(&c->dat, " %ld %ld\n", cit[i], off[i]);
	}
	time_axis(x, c, daily);
	gp_set(c, "ylabel", tr(x->lang, daily ? T_AX_PER_DAY : T_AX_PER_HOUR));
	/* Comments above the axis, replies below it: the two read apart in any print, and the
	 * tics say the counts without a sign. */
	{
		long step, top = 1, bottom = 1, v;
		for (i = 0; i < nb; i++) {
			if (cit[i] > top)
				top = cit[i];
			if (off[i] > bottom)
				bottom = off[i];
		}
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
		strbuf_addstr(&c->body, ")\nset xzeroaxis linetype -1 dashtype solid linewidth 1\n");
	}
	strbuf_addf(&c->body,
	            "set key top right\nset boxwidth %d absolute\n"
	            "plot 'timeline.dat' using (timecolumn(1," TIMEFMT_PF
	            ")+%d):(column(2) > 0 ? column(2) : NaN) with boxes linetype 1 dashtype solid fillstyle solid 0.85 "
	            "border -1 title ",
	            daily ? 72000 : 3000, daily ? 43200 : 1800);
	gp_str(&c->body, tr(x->lang, T_CITIZEN_COMMENTS));
	strbuf_addf(&c->body,
	            ", \\\n     '' using (timecolumn(1," TIMEFMT_PF
	            ")+%d):(column(3) > 0 ? -column(3) : NaN) with boxes linetype 4 dashtype solid fillstyle solid "
	            "0.85 border -1 title ",
	            daily ? 43200 : 1800);
	gp_str(&c->body, tr(x->lang, T_OFFICIAL_REPLIES));
	strbuf_addch(&c->body, '\n');
	free(cit);
	free(off);
}

static void chart_backlog(struct report_ctx *x)
{
	struct chart *c = chart_new(x, CH_BACKLOG, "backlog", T_CH_BACKLOG);
	struct backlog b;
	size_t i;

	if (!x->focus_times || !x->focus_times->w.n) {
		c->empty = 1;
		return;
	}
	times_backlog(x->focus_times, &b);
	strbuf_addstr(&c->dat, "# hour, arrived, answered, open at the end of the hour\n");
	for (i = 0; i < b.n; i++) {
		dat_time(&c->dat, x->zone, b.start + (long long)i * 3600);
		strbuf_addf(&c->dat, " %ld %ld %ld\n", b.arrived[i], b.answered[i], b.open[i]);
	}
	time_axis(x, c, b.n > (size_t)(TIMELINE_DAILY_AFTER / 3600));
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
 * (the axis is logarithmic). */
static void ecdf_block(struct strbuf *dat, long long *w, size_t n, long need, double xmax)
{
	size_t i;

	qsort(w, n, sizeof(*w), cmp_ll);
	strbuf_addf(dat, "%.6f 0\n", 1.0 / 60);
	for (i = 0; i < n; i++) {
		double h = (double)(w[i] < 60 ? 60 : w[i]) / 3600.0;
		/* Several waits at the same value make one step. */
		if (i + 1 < n && (w[i + 1] < 60 ? 60 : w[i + 1]) == (w[i] < 60 ? 60 : w[i]))
			continue;
		strbuf_addf(dat, "%.6f %.4f\n", h, 100.0 * (double)(i + 1) / (double)need);
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
	static const struct {
		const char *label;
		double h;
	} tics[] = {{"1 min", 1.0 / 60}, {"10 min", 1.0 / 6}, {"1 h", 1},    {"4 h", 4},
	            {"1 d", 24},         {"7 d", 168},        {"30 d", 720}, {"180 d", 4320}};

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
	if (!k) {
		c->empty = 1;
		free(cal);
		free(svc);
		return;
	}
	xmax = (double)maxw / 3600.0 * 1.5;
	strbuf_addstr(&c->dat, "# wait in hours, % of the comments needing a reply answered within it\n"
	                       "# block 0: calendar time\n");
	ecdf_block(&c->dat, cal, k, (long)w->n, xmax);
	strbuf_addstr(&c->dat, "\n\n# block 1: service hours\n");
	ecdf_block(&c->dat, svc, k, (long)w->n, xmax);
	free(cal);
	free(svc);
	strbuf_addf(&c->body, "set logscale x 10\nset xrange [%.6f:%.6f]\nset xtics (", 1.0 / 60, xmax);
	for (i = 0; i < sizeof(tics) / sizeof(*tics); i++) {
		if (tics[i].h > xmax && i > 2)
			break;
		strbuf_addf(&c->body, "%s'%s' %.6f", i ? ", " : "", tics[i].label, tics[i].h);
	}
	strbuf_addstr(&c->body, ")\nset yrange [0:100]\nset ytics 0,20,100\nset key bottom right\n");
	gp_set(c, "xlabel", tr(x->lang, T_AX_WAIT_LOG));
	gp_set(c, "ylabel", tr(x->lang, T_AX_WITHIN));
	strbuf_addstr(&c->body, "plot 'waits.dat' index 0 using 1:2 with steps linetype 1 title ");
	gp_str(&c->body, tr(x->lang, T_CALENDAR));
	strbuf_addstr(&c->body, ", \\\n     '' index 1 using 1:2 with steps linetype 2 title ");
	gp_str(&c->body, tr(x->lang, T_SERVICE));
	strbuf_addch(&c->body, '\n');
}

static void chart_status(struct report_ctx *x)
{
	struct chart *c = chart_new(x, CH_STATUS, "status-by-class", T_CH_STATUS);
	const struct report_focus *f = &x->data->focus;
	int k;

	if (!f->n_comments) {
		c->empty = 1;
		return;
	}
	strbuf_addstr(&c->dat, "# class, answered, no reply needed, unanswered\n");
	for (k = 0; k <= CLASS_N; k++) {
		const long *s = f->status_by_class[k];
		if (k == CLASS_N && !s[0] && !s[1] && !s[2])
			continue; /* every comment classified: no "not classified" bar */
		dat_str(&c->dat, tr_class(x->lang, k));
		strbuf_addf(&c->dat, " %ld %ld %ld\n", s[STATUS_ANSWERED], s[STATUS_NOT_NEEDED], s[STATUS_UNANSWERED]);
	}
	strbuf_addstr(&c->body, "set style data histograms\nset style histogram rowstacked\nset boxwidth 0.6 relative\n"
	                        "set yrange [0:*]\nset key outside right top vertical\nset xtics scale 0\n");
	gp_set(c, "ylabel", tr(x->lang, T_AX_COMMENTS));
	strbuf_addstr(&c->body, "plot 'status-by-class.dat' using 2:xtic(1) linetype 3 dashtype solid fillstyle solid "
	                        "0.85 border -1 title ");
	gp_str(&c->body, tr(x->lang, T_ANSWERED));
	strbuf_addstr(&c->body, ", \\\n     '' using 3 linetype 7 dashtype solid fillstyle empty border -1 title ");
	gp_str(&c->body, tr(x->lang, T_NOT_NEEDED));
	strbuf_addstr(&c->body, ", \\\n     '' using 4 linetype 4 dashtype solid fillstyle pattern 4 border -1 title ");
	gp_str(&c->body, tr(x->lang, T_UNANSWERED));
	strbuf_addch(&c->body, '\n');
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

static void chart_citizens(struct report_ctx *x)
{
	struct chart *c = chart_new(x, CH_CITIZENS, "citizens", T_CH_CITIZENS);
	size_t n, i;
	struct report_active *a = report_active_citizens(&x->data->focus, &n);
	struct strbuf name;

	if (!n) {
		c->empty = 1;
		free(a);
		return;
	}
	strbuf_init(&name);
	strbuf_addstr(&c->dat, "# rank, name, comments, answered, needing a reply\n");
	for (i = 0; i < n && i < REPORT_TOP_CITIZENS; i++) {
		strbuf_reset(&name);
		text_excerpt(a[i].name, 28, &name);
		strbuf_addf(&c->dat, "%zu ", i + 1);
		dat_str(&c->dat, name.buf);
		strbuf_addf(&c->dat, " %ld %ld %ld\n", a[i].comments, a[i].answered, a[i].need);
	}
	strbuf_release(&name);
	free(a);
	c->height = 480;
	strbuf_addstr(&c->body,
	              "set style data histograms\nset style histogram clustered gap 1\nset boxwidth 0.9 relative\n"
	              "set xtics rotate by 30 right scale 0\nset yrange [0:*]\nset key top right\n");
	gp_set(c, "ylabel", tr(x->lang, T_AX_COMMENTS));
	strbuf_addstr(
	    &c->body,
	    "plot 'citizens.dat' using 3:xtic(2) linetype 1 dashtype solid fillstyle pattern 5 border -1 title ");
	gp_str(&c->body, tr(x->lang, T_COMMENTS));
	strbuf_addstr(&c->body,
	              ", \\\n     '' using 4 linetype 3 dashtype solid fillstyle solid 0.85 border -1 title ");
	gp_str(&c->body, tr(x->lang, T_ANSWERED));
	strbuf_addch(&c->body, '\n');
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

void report_series_label(struct report_ctx *x, const struct report_series *s, struct strbuf *sb)
{
	strbuf_addf(sb, "%s · %s", s->platform, tr(x->lang, s->channel == CHANNEL_PRIVATE ? T_PRIVATE : T_PUBLIC));
}

static void chart_messages(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	struct chart *c = chart_new(x, CH_MESSAGES, "messages-by-month", T_CH_MESSAGES);
	size_t *order = xmalloc((d->n_series ? d->n_series : 1) * sizeof(size_t));
	size_t n = series_order(d, order), shown = n > REPORT_MAX_SERIES ? REPORT_MAX_SERIES - 1 : n, i, j;
	struct strbuf lab;

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
	}
	if (shown < n) {
		strbuf_addch(&c->dat, ' ');
		dat_str(&c->dat, tr(x->lang, T_OTHER_SERIES));
	}
	strbuf_addch(&c->dat, '\n');
	for (i = 0; i < d->n_months; i++) {
		long rest = 0;
		month_label(x, &c->dat, d->months[i].ym);
		for (j = 0; j < n; j++) {
			if (j < shown)
				strbuf_addf(&c->dat, " %ld", d->months[i].by_series[order[j]]);
			else
				rest += d->months[i].by_series[order[j]];
		}
		if (shown < n)
			strbuf_addf(&c->dat, " %ld", rest);
		strbuf_addch(&c->dat, '\n');
	}
	strbuf_addstr(&c->body, "set style data histograms\nset style histogram rowstacked\nset boxwidth 0.7 relative\n"
	                        "set yrange [0:*]\nset key outside right top vertical\nset xtics scale 0\n");
	gp_set(c, "xlabel", tr(x->lang, T_AX_MONTH));
	gp_set(c, "ylabel", tr(x->lang, T_AX_MESSAGES));
	strbuf_addstr(&c->body, "plot ");
	for (j = 0; j < shown + (shown < n); j++)
		strbuf_addf(&c->body,
		            "%s'messages-by-month.dat' using %zu%s title columnheader(%zu) linetype %zu dashtype solid "
		            "fillstyle %s border -1",
		            j ? ", \\\n     " : "", j + 2, j ? "" : ":xtic(1)", j + 2, j % CHART_COLOURS + 1,
		            fills[j % (sizeof(fills) / sizeof(*fills))]);
	strbuf_addch(&c->body, '\n');
	strbuf_release(&lab);
	free(order);
}

/* value n / d as a percentage for a .dat file, "?" (missing) when d is 0. */
static void dat_pct(struct strbuf *sb, long n, long d)
{
	if (d <= 0)
		strbuf_addstr(sb, " ?");
	else
		strbuf_addf(sb, " %.2f", 100.0 * (double)n / (double)d);
}

static void chart_coverage(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	struct chart *c = chart_new(x, CH_COVERAGE, "coverage-by-month", T_CH_COVERAGE);
	long need[2] = {0, 0};
	size_t i;

	for (i = 0; i < d->n_months; i++) {
		need[0] += d->months[i].need[0];
		need[1] += d->months[i].need[1];
	}
	if (!need[0] && !need[1]) {
		c->empty = 1;
		return;
	}
	strbuf_addstr(&c->dat, "# month, coverage % (all, public, private), needing a reply, answered\n");
	for (i = 0; i < d->n_months; i++) {
		const struct report_month *m = &d->months[i];
		month_label(x, &c->dat, m->ym);
		dat_pct(&c->dat, m->answered[0] + m->answered[1], m->need[0] + m->need[1]);
		dat_pct(&c->dat, m->answered[0], m->need[0]);
		dat_pct(&c->dat, m->answered[1], m->need[1]);
		strbuf_addf(&c->dat, " %ld %ld\n", m->need[0] + m->need[1], m->answered[0] + m->answered[1]);
	}
	strbuf_addf(&c->body,
	            "set xrange [-0.5:%zu.5]\nset yrange [0:100]\nset ytics 0,20,100\nset key outside right top "
	            "vertical\nset xtics scale 0\n",
	            d->n_months - 1);
	gp_set(c, "xlabel", tr(x->lang, T_AX_MONTH));
	gp_set(c, "ylabel", tr(x->lang, T_AX_COVERAGE));
	strbuf_addstr(&c->body, "plot 'coverage-by-month.dat' using 0:2:xtic(1) with linespoints linetype 1 title ");
	gp_str(&c->body, tr(x->lang, T_ALL));
	if (need[0] && need[1]) {
		/* The channels apart only when there are both. */
		strbuf_addstr(&c->body, ", \\\n     '' using 0:3 with linespoints linetype 2 title ");
		gp_str(&c->body, tr(x->lang, T_KEY_PUBLIC));
		strbuf_addstr(&c->body, ", \\\n     '' using 0:4 with linespoints linetype 3 title ");
		gp_str(&c->body, tr(x->lang, T_KEY_PRIVATE));
	}
	strbuf_addch(&c->body, '\n');
}

static void dat_hours(struct strbuf *sb, const struct wait_figures *f, long long v)
{
	if (!f || v < 0)
		strbuf_addstr(sb, " ?");
	else
		strbuf_addf(sb, " %.3f", (double)v / 3600.0);
}

static void chart_waits_month(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	struct chart *c = chart_new(x, CH_WAITS_MONTH, "waits-by-month", T_CH_WAITS_MONTH);
	size_t i;
	int any = 0;

	for (i = 0; i < d->n_months; i++)
		if (d->months[i].waits && d->months[i].waits->answered)
			any = 1;
	if (!any) {
		c->empty = 1;
		return;
	}
	strbuf_addstr(&c->dat, "# month, service hours: median, p90; calendar hours: median, p90\n");
	for (i = 0; i < d->n_months; i++) {
		const struct wait_figures *f = d->months[i].waits;
		month_label(x, &c->dat, d->months[i].ym);
		dat_hours(&c->dat, f, f ? f->service.median : -1);
		dat_hours(&c->dat, f, f ? f->service.p90 : -1);
		dat_hours(&c->dat, f, f ? f->calendar.median : -1);
		dat_hours(&c->dat, f, f ? f->calendar.p90 : -1);
		strbuf_addch(&c->dat, '\n');
	}
	strbuf_addf(
	    &c->body,
	    "set xrange [-0.5:%zu.5]\nset yrange [0:*]\nset key outside right top vertical\nset xtics scale 0\n",
	    d->n_months - 1);
	gp_set(c, "xlabel", tr(x->lang, T_AX_MONTH));
	gp_set(c, "ylabel", tr(x->lang, T_AX_WAIT_SVC_H));
	strbuf_addstr(&c->body, "plot 'waits-by-month.dat' using 0:2:xtic(1) with linespoints linetype 1 title ");
	gp_str(&c->body, tr(x->lang, T_MEDIAN));
	strbuf_addstr(&c->body, ", \\\n     '' using 0:3 with linespoints linetype 2 title ");
	gp_str(&c->body, tr(x->lang, T_P90));
	strbuf_addch(&c->body, '\n');
}

static void chart_classes(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	struct chart *c = chart_new(x, CH_CLASSES, "classes-by-month", T_CH_CLASSES);
	size_t i;
	int ch, any = 0;
	struct strbuf lab;
	static const int order[CLASS_N] = {CLASS_CRITICISM, CLASS_QUESTION, CLASS_THANKS, CLASS_OTHER};

	strbuf_init(&lab);
	strbuf_addstr(
	    &c->dat,
	    "# x, bar, cumulative % of classified messages: criticism, +question, +thanks, +other; messages\n");
	for (i = 0; i < d->n_months; i++)
		for (ch = 0; ch < 2; ch++) {
			const long *k = d->months[i].cls[ch];
			long tot = k[0] + k[1] + k[2] + k[3], cum = 0;
			int j;
			if (!tot)
				continue;
			any = 1;
			strbuf_addf(&c->dat, "%zu ", 3 * i + (size_t)ch);
			dat_str(&c->dat, tr(x->lang, ch ? T_PRIVATE_SHORT : T_PUBLIC_SHORT));
			for (j = 0; j < CLASS_N; j++) {
				cum += k[order[j]];
				strbuf_addf(&c->dat, " %.2f", 100.0 * (double)cum / (double)tot);
			}
			strbuf_addf(&c->dat, " %ld\n", tot);
		}
	if (!any) {
		c->empty = 1;
		strbuf_release(&lab);
		return;
	}
	c->height = 480;
	strbuf_addf(&c->body,
	            "set xrange [-1:%zu]\nset yrange [0:100]\nset ytics 0,20,100\nset boxwidth 0.9\n"
	            "set key outside right top vertical\nset xtics scale 0\nset bmargin 5\n",
	            3 * d->n_months - 1);
	/* Month names under each pair of bars: replycov's own words, as labels. */
	for (i = 0; i < d->n_months; i++) {
		strbuf_reset(&lab);
		tr_month_label(&lab, x->lang, d->months[i].ym);
		strbuf_addf(&c->body, "set label %zu ", i + 1);
		gp_str(&c->body, lab.buf);
		strbuf_addf(&c->body, " at first %zu.5, graph -0.09 center\n", 3 * i);
	}
	gp_set(c, "ylabel", tr(x->lang, T_AX_SHARE));
	strbuf_addstr(&c->body, "plot 'classes-by-month.dat' using 1:6:xtic(2) with boxes linetype 7 dashtype solid "
	                        "fillstyle empty border -1 title ");
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
	strbuf_release(&lab);
}

/* A short label for a heat-map cell: minutes under an hour, hours under two days, else days. */
static void heat_label(struct strbuf *sb, long long s)
{
	if (s < 0)
		strbuf_addstr(sb, "-");
	else if (s < 3600)
		strbuf_addf(sb, "%lldm", s / 60);
	else if (s < 172800)
		strbuf_addf(sb, "%lldh", (s + 1800) / 3600);
	else
		strbuf_addf(sb, "%lldd", (s + 43200) / 86400);
}

static void chart_heat(struct report_ctx *x)
{
	const struct report_heat *h = &x->data->heat;
	struct chart *c = chart_new(x, CH_HEAT, "waits-heatmap", T_CH_HEAT);
	double max = (double)h->max_median / 3600.0;
	struct strbuf lab;
	int wd, hr, any = 0;

	for (wd = 0; wd < 7; wd++)
		for (hr = 0; hr < 24; hr++)
			if (h->median[wd][hr] >= 0)
				any = 1;
	if (!any) {
		c->empty = 1;
		return;
	}
	if (max <= 0)
		max = 1;
	strbuf_init(&lab);
	strbuf_addstr(&c->dat, "# hour, weekday (0 = Monday), median wait in hours (NaN: none answered), label, label "
	                       "colour, needing a reply, answered\n");
	for (wd = 0; wd < 7; wd++) {
		for (hr = 0; hr < 24; hr++) {
			long long m = h->median[wd][hr];
			strbuf_reset(&lab);
			heat_label(&lab, m);
			if (m >= 0)
				strbuf_addf(&c->dat, "%d %d %.3f ", hr, wd, (double)m / 3600.0);
			else
				strbuf_addf(&c->dat, "%d %d NaN ", hr, wd);
			dat_str(&c->dat, lab.buf);
			/* White text on the darker half of the palette; grey dashes where nothing was. */
			strbuf_addf(&c->dat, " %d %ld %ld\n",
			            m < 0                             ? 0xa0a0a0
			            : (double)m / 3600.0 > max * 0.55 ? 0xffffff
			                                              : 0x000000,
			            h->need[wd][hr], h->answered[wd][hr]);
		}
		strbuf_addch(&c->dat, '\n'); /* a blank line between rows of the grid */
	}
	c->height = 400;
	strbuf_addf(
	    &c->body,
	    "set xrange [-0.5:23.5]\nset yrange [6.5:-0.5]\nset xtics 0,1,23 scale 0\nset grid noytics\nset border 0\n"
	    "set cbrange [0:%.3f]\n"
	    "set palette defined (0 '#fff7ec', 1 '#fdd49e', 2 '#fc8d59', 3 '#d7301f', 4 '#7f0000')\n"
	    "unset key\nset ytics (",
	    max);
	for (wd = 0; wd < 7; wd++) {
		strbuf_addf(&c->body, "%s", wd ? ", " : "");
		gp_str(&c->body, tr_weekday(x->lang, wd));
		strbuf_addf(&c->body, " %d", wd);
	}
	strbuf_addstr(&c->body, ") scale 0\n");
	gp_set_zone(x, c, "xlabel", T_AX_HOUR);
	strbuf_addstr(&c->body, "set cblabel ");
	gp_str(&c->body, tr(x->lang, T_AX_HEAT_CB));
	strbuf_addstr(&c->body, " offset 1.5,0\n");
	strbuf_addstr(&c->body, "plot 'waits-heatmap.dat' using 1:2:3 with image, \\\n"
	                        "     '' using 1:2:4:5 with labels textcolor rgb variable font ',8'\n");
	strbuf_release(&lab);
}

void report_charts_period(struct report_ctx *x)
{
	chart_messages(x);
	chart_coverage(x);
	chart_waits_month(x);
	chart_classes(x);
	chart_heat(x);
}
