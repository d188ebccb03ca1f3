/* test_chart.c: what the report's charts may and may not draw, on hand-made months, cells and
 * comments: a rate, a median or a share from fewer than CHART_MIN_N messages is drawn apart (grey,
 * with its n), never on the line; n is written under every month; --min-cell K: the charts draw
 * each count as the document's tables show it, deciding with them (the cells the tables of
 * report_period.c and report_thread.c file, made here by hand, with the counts only the charts
 * show): no count below K in a .dat file, labelled "<K"; a count the tables withhold so that a
 * small one cannot be worked out is not drawn either, labelled with the tables' mark; the most
 * active citizens are "Person 1"... unless --names; a bar of one message is drawn at least
 * "least" high; wait axes are labelled in the tables' units. */
#include "chart.h"
#include "report_cells.h"
#include "report_run.h"
#include "unit.h"
#include "util_tz.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define NBSP "\xc2\xa0"

/* The line of dat that starts with prefix (without its newline), or "" when none. */
static const char *line_of(const struct strbuf *dat, const char *prefix)
{
	static char buf[1024];
	const char *p = dat->buf;
	size_t n = strlen(prefix);

	while (p && *p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		if (len >= n && !strncmp(p, prefix, n)) {
			if (len >= sizeof(buf))
				len = sizeof(buf) - 1;
			memcpy(buf, p, len);
			buf[len] = '\0';
			return buf;
		}
		p = nl ? nl + 1 : NULL;
	}
	return "";
}

/* Field n (from 0) of a .dat line into buf: fields are split at spaces (none here holds one). */
static void field(const char *line, int n, char *buf, size_t cap)
{
	size_t len;

	for (; n > 0 && line; n--) {
		line = strchr(line, ' ');
		line = line ? line + 1 : NULL;
	}
	line = line ? line : "";
	len = strcspn(line, " ");
	if (len >= cap)
		len = cap - 1;
	memcpy(buf, line, len);
	buf[len] = '\0';
}

static int starts(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static void test_wait_labels(void)
{
	struct strbuf sb;
	long long t[8];
	size_t n;
	static const struct {
		long long s;
		const char *want;
	} cases[] = {{0, "0"},
	             {45, "45" NBSP "s"},
	             {1800, "30" NBSP "min"},
	             {3600, "1" NBSP "h"},
	             {5400, "1" NBSP "h 30" NBSP "min"},
	             {4 * 3600, "4" NBSP "h"},
	             {86400, "1" NBSP "d"},
	             {86400 + 43200, "1" NBSP "d 12" NBSP "h"},
	             {7 * 86400, "7" NBSP "d"}};
	size_t i;

	strbuf_init(&sb);
	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		strbuf_reset(&sb);
		chart_wait_label(&sb, cases[i].s);
		CHECK_EQ_STR(sb.buf, cases[i].want);
	}
	/* Round steps, at most six intervals, the top at or above the largest wait. */
	n = chart_wait_tics(5400, t, 8);
	CHECK_EQ_LL(n, 7);
	CHECK_EQ_LL(t[1], 900);
	CHECK_EQ_LL(t[n - 1], 5400);
	n = chart_wait_tics(2 * 3600 + 1, t, 8);
	CHECK_EQ_LL(t[1], 1800);
	CHECK_EQ_LL(t[n - 1], 9000); /* 2 h 30 min */
	n = chart_wait_tics(0, t, 8);
	CHECK_EQ_LL(n, 2);
	CHECK_EQ_LL(t[0], 0);
	CHECK(t[1] > 0);
	/* Beyond the longest round step, still six intervals reaching the top. */
	n = chart_wait_tics(20LL * 365 * 86400, t, 8);
	CHECK(n <= 7);
	CHECK(t[n - 1] >= 20LL * 365 * 86400);
	n = chart_wait_tics(LLONG_MAX, t, 8);
	CHECK(n >= 2 && n <= 7);
	/* The axis: the labels at hours (the data is in hours), the range to the top. */
	strbuf_reset(&sb);
	chart_wait_axis(&sb, "y", 5400, 3600.0);
	CHECK(strstr(sb.buf, "set ytics ('0' 0, '15" NBSP "min' 0.25, ") != NULL);
	CHECK(strstr(sb.buf, "'1" NBSP "h 30" NBSP "min' 1.5)\n") != NULL);
	CHECK(strstr(sb.buf, "set yrange [0:1.5]\n") != NULL);
	strbuf_release(&sb);
}

/* One title: the caption. The SVG and PNG draw none; only the text drawing carries it. */
static void test_title(void)
{
	struct chart c;
	struct strbuf sb;

	chart_init(&c, "demo", "Coverage per month");
	strbuf_addstr(&c.body, "plot 'demo.dat' using 1:2 with lines\n");
	strbuf_init(&sb);
	chart_script(&c, &sb);
	CHECK(strstr(sb.buf, "  if (fmt eq \"dumb\") { set title 'Coverage per month' } else { unset title }\n") !=
	      NULL);
	CHECK(strstr(sb.buf, "font 'DejaVu Sans,14'") != NULL);
	strbuf_release(&sb);
	chart_release(&c);
}

/* ---- the period's charts on hand-made months ---- */

#define NM 4
struct period {
	struct report_data d;
	struct report_month m[NM];
	struct report_series series[9];
	long by_series[NM][9];
	struct wait_figures w[NM];
	struct runopts ro;
	struct report_ctx x;
	struct doc doc;
	struct report_cells rc;
};

/* Under --min-cell, the document's cells as report_period.c's tables file them for these months:
 * the summary's figures; each month's messages by series, and its total; needing a reply and
 * answered, the waits' answered (the same as the coverage's); the classes' rows; the heat map's
 * counts; every column adding up to the summary's. Then the charts' own counts, and the
 * decision. */
static void period_cells(struct period *p)
{
	static const int order[CLASS_N] = {CLASS_CRITICISM, CLASS_QUESTION, CLASS_THANKS, CLASS_OTHER};
	struct report_cells *rc = &p->rc;
	size_t ns = p->d.n_series, ser[9], mon[NM], nd[NM], an[NM], heat[2][7 * 24], i, j, k;
	long cit = 0, need = 0, ans = 0;
	int wd, hr, ch;

	doc_init(&p->doc, "en");
	report_cells_init(rc, &p->x, &p->doc);
	p->x.cells = rc;
	for (i = 0; i < NM; i++)
		for (ch = 0; ch < 2; ch++) {
			cit += p->m[i].citizen[ch];
			need += p->m[i].need[ch];
			ans += p->m[i].answered[ch];
		}
	/* The summary's figures published (fixed): the secondary suppression then falls on the
	 * months, which the charts draw (else withholding the totals would do). */
	rc->slot[RCS_COMMENTS] = rc_value(rc, cit, PRIVACY_FIXED);
	rc->slot[RCS_NEED] = rc_value(rc, need, PRIVACY_FIXED);
	rc->slot[RCS_ANSWERED] = rc_value(rc, ans, PRIVACY_FIXED);
	for (i = 0; i < NM; i++) {
		const struct report_month *m = &p->m[i];
		size_t w, cls[CLASS_N + 1];
		for (j = 0; j < ns; j++) {
			ser[j] = rc_value(rc, m->by_series[j], 0);
			rc_put(rc, RCG_SERIES, i * (ns + 1) + j, ser[j]);
		}
		mon[i] = rc_value(rc, m->citizen[0] + m->citizen[1], 0);
		rc_sum(rc, mon[i], ser, ns);
		rc_put(rc, RCG_SERIES, i * (ns + 1) + ns, mon[i]);
		nd[i] = rc_value(rc, m->need[0] + m->need[1], 0);
		an[i] = rc_value(rc, m->answered[0] + m->answered[1], 0);
		rc_put(rc, RCG_COVERAGE, i * 2, nd[i]);
		rc_put(rc, RCG_COVERAGE, i * 2 + 1, an[i]);
		w = rc_value(rc, m->waits ? m->waits->answered : 0, 0);
		rc_same(rc, w, an[i]);
		rc_put(rc, RCG_WAITS, i, w);
		for (ch = 0; ch < 2; ch++) {
			if (!m->citizen[ch])
				continue;
			cls[0] = rc_value(rc, m->citizen[ch], 0);
			for (k = 0; k < CLASS_N; k++)
				cls[1 + k] = rc_value(rc, m->cls[ch][order[k]], 0);
			rc_sum(rc, cls[0], cls + 1, CLASS_N);
			for (k = 0; k <= CLASS_N; k++)
				rc_put(rc, RCG_CLASSES, (i * 2 + (size_t)ch) * (CLASS_N + 1) + k, cls[k]);
		}
	}
	rc_sum(rc, rc->slot[RCS_COMMENTS], mon, NM);
	rc_sum(rc, rc->slot[RCS_NEED], nd, NM);
	rc_sum(rc, rc->slot[RCS_ANSWERED], an, NM);
	for (wd = 0; wd < 7; wd++)
		for (hr = 0; hr < 24; hr++) {
			k = (size_t)(wd * 24 + hr);
			heat[0][k] = rc_value(rc, p->d.heat.need[wd][hr], 0);
			heat[1][k] = rc_value(rc, p->d.heat.answered[wd][hr], 0);
			rc_put(rc, RCG_HEAT, k * 2, heat[0][k]);
			rc_put(rc, RCG_HEAT, k * 2 + 1, heat[1][k]);
		}
	rc_sum(rc, rc->slot[RCS_NEED], heat[0], 7 * 24);
	rc_sum(rc, rc->slot[RCS_ANSWERED], heat[1], 7 * 24);
	report_charts_cells(&p->x);
	report_cells_apply(rc);
}

/* Months Jan..Apr 2026, public comments only: need[i] needing a reply, ans[i] answered. */
static void period_init(struct period *p, const long *need, const long *ans, long min_cell)
{
	int i;

	memset(p, 0, sizeof(*p));
	p->series[0].platform = "facebook";
	p->series[0].channel = 0;
	for (i = 0; i < NM; i++) {
		struct report_month *m = &p->m[i];
		m->ym = 2026 * 12 + i;
		m->need[0] = need[i];
		m->answered[0] = ans[i];
		m->citizen[0] = need[i];
		m->cls[0][CLASS_QUESTION] = need[i];
		p->by_series[i][0] = need[i];
		m->by_series = p->by_series[i];
		p->series[0].citizen += need[i];
		if (ans[i]) {
			p->w[i].need = need[i];
			p->w[i].answered = ans[i];
			p->w[i].service.median = 1800;
			p->w[i].service.p90 = 5400;
			p->w[i].calendar.median = 3600;
			p->w[i].calendar.p90 = 7200;
			m->waits = &p->w[i];
		}
		p->d.citizen += need[i];
	}
	p->d.months = p->m;
	p->d.n_months = NM;
	p->d.series = p->series;
	p->d.n_series = 1;
	p->d.heat.need[0][9] = 3;
	p->d.heat.answered[0][9] = 3;
	p->d.heat.median[0][9] = 600;
	p->d.heat.need[1][10] = 40;
	p->d.heat.answered[1][10] = 30;
	p->d.heat.median[1][10] = 1200;
	p->d.heat.need[2][11] = 20;
	p->d.heat.answered[2][11] = 12;
	p->d.heat.median[2][11] = 2400;
	p->ro.privacy.min_cell = min_cell;
	p->x.lang = UI_EN;
	p->x.ro = &p->ro;
	p->x.data = &p->d;
	p->x.zone_name = "UTC";
	if (min_cell > 1)
		period_cells(p);
	report_charts_period(&p->x);
}

static void period_release(struct period *p)
{
	int k;

	if (p->x.cells) {
		report_cells_release(&p->rc);
		doc_release(&p->doc);
	}
	for (k = 0; k < CH_N; k++)
		if (p->x.built[k])
			chart_release(&p->x.charts[k]);
}

static void test_min_n(void)
{
	/* January: 9 needing a reply (one fewer than CHART_MIN_N); April: exactly 10. */
	static const long need[NM] = {9, 40, 0, 10}, ans[NM] = {9, 20, 0, 3};
	struct period p;
	const struct strbuf *cov, *wm;

	period_init(&p, need, ans, 0);
	cov = &p.x.charts[CH_COVERAGE].dat;
	CHECK(!p.x.charts[CH_COVERAGE].empty);
	/* All, then public, each as (on the line, apart): January apart, February and April on the
	 * line, March (nothing to compute) in neither. */
	CHECK(starts(line_of(cov, "\"Jan 2026\""), "\"Jan 2026\" NaN 100.000 NaN 100.000"));
	CHECK(starts(line_of(cov, "\"Feb 2026\""), "\"Feb 2026\" 50.000 NaN 50.000 NaN"));
	CHECK(starts(line_of(cov, "\"Mar 2026\""), "\"Mar 2026\" NaN NaN NaN NaN"));
	CHECK(starts(line_of(cov, "\"Apr 2026\""), "\"Apr 2026\" 30.000 NaN 30.000 NaN"));
	/* n of every month, as written, for the axis ("(9)" under January). */
	CHECK(strstr(line_of(cov, "\"Jan 2026\""), " 9 9 \"9\" \"9\" \"0\"") != NULL);
	CHECK(strstr(line_of(cov, "\"Feb 2026\""), " 40 20 \"40\" \"40\" \"0\"") != NULL);
	/* The apart points are grey, keyed, and labelled with their n. */
	CHECK(strstr(p.x.charts[CH_COVERAGE].body.buf, "with points pointtype 6") != NULL);
	CHECK(strstr(p.x.charts[CH_COVERAGE].body.buf, "title 'Fewer than 10 messages'") != NULL);
	CHECK(strstr(p.x.charts[CH_COVERAGE].body.buf, "with labels left") != NULL);
	CHECK(strstr(p.x.charts[CH_COVERAGE].body.buf, "\"\\n(\".strcol(10).\")\"") != NULL);
	/* Waits: the same rule on the answered; the axis in the tables' units, not hours. */
	wm = &p.x.charts[CH_WAITS_MONTH].dat;
	CHECK(starts(line_of(wm, "\"Jan 2026\""), "\"Jan 2026\" NaN NaN 0.500 1.500"));
	CHECK(starts(line_of(wm, "\"Feb 2026\""), "\"Feb 2026\" 0.500 1.500 NaN NaN"));
	CHECK(starts(line_of(wm, "\"Apr 2026\""), "\"Apr 2026\" NaN NaN 0.500 1.500")); /* 3 answered */
	CHECK(strstr(p.x.charts[CH_WAITS_MONTH].body.buf, "'1" NBSP "h 30" NBSP "min' 1.5") != NULL);
	/* Classes: a month of fewer than 10 is a grey bar of 100 with no shares. */
	CHECK(starts(line_of(&p.x.charts[CH_CLASSES].dat, "0 \"Jan 2026\""), "0 \"Jan 2026\" NaN NaN NaN NaN 100 NaN"));
	CHECK(starts(line_of(&p.x.charts[CH_CLASSES].dat, "1 \"Feb 2026\""), "1 \"Feb 2026\" 0.00 100.00"));
	/* Heat map: 3 answered is a grey cell saying 3; 30 and 12 are coloured. */
	CHECK(strstr(p.x.charts[CH_HEAT].dat.buf, "\n9 0 0.167 NaN 3 3 \"3\"\n") != NULL);
	CHECK(strstr(p.x.charts[CH_HEAT].dat.buf, "\n10 1 0.333 0.333 40 30 \"\"\n") != NULL);
	/* The bars of a month of 9 among 40 are drawn at least "least" high, with their total. */
	CHECK(strstr(p.x.charts[CH_MESSAGES].body.buf, "least = ") != NULL);
	CHECK(strstr(p.x.charts[CH_MESSAGES].body.buf, "using (h(2)):xtic(1)") != NULL);
	CHECK(starts(line_of(&p.x.charts[CH_MESSAGES].dat, "\"Jan 2026\""), "\"Jan 2026\" 9 NaN 0 \"9\""));
	period_release(&p);
}

static void test_all_thin(void)
{
	/* Months of one message: nothing on the line, every month apart; the chart still drawn. */
	static const long need[NM] = {1, 0, 1, 0}, ans[NM] = {1, 0, 0, 0};
	struct period p;

	period_init(&p, need, ans, 0);
	CHECK(!p.x.charts[CH_COVERAGE].empty);
	CHECK(starts(line_of(&p.x.charts[CH_COVERAGE].dat, "\"Jan 2026\""), "\"Jan 2026\" NaN 100.000"));
	CHECK(starts(line_of(&p.x.charts[CH_COVERAGE].dat, "\"Mar 2026\""), "\"Mar 2026\" NaN 0.000"));
	/* nothing on the line: every month's first figure is NaN */
	CHECK(starts(line_of(&p.x.charts[CH_COVERAGE].dat, "\"Feb 2026\""), "\"Feb 2026\" NaN NaN"));
	CHECK(starts(line_of(&p.x.charts[CH_COVERAGE].dat, "\"Apr 2026\""), "\"Apr 2026\" NaN NaN"));
	period_release(&p);
}

static void test_min_cell(void)
{
	/* --min-cell 5: January's 3 is hidden ("<5"), and as the months add up to the summary's
	 * total, the tables withhold the smallest other (March, 20 and 10); so do the charts, with
	 * the tables' mark. February is drawn. */
	static const long need[NM] = {3, 40, 20, 0}, ans[NM] = {3, 20, 10, 0};
	struct period p;
	const char *l;

	period_init(&p, need, ans, 5);
	l = line_of(&p.x.charts[CH_COVERAGE].dat, "\"Jan 2026\"");
	CHECK(starts(l, "\"Jan 2026\" NaN NaN NaN NaN NaN NaN NaN NaN"));
	CHECK(strstr(l, "\"<5\"") != NULL);
	CHECK(strchr(l, '3') == NULL);
	l = line_of(&p.x.charts[CH_COVERAGE].dat, "\"Mar 2026\"");
	CHECK(starts(l, "\"Mar 2026\" NaN NaN NaN NaN NaN NaN NaN NaN"));
	CHECK(strstr(l, " 20 ") == NULL && strstr(l, "\"20\"") == NULL && strstr(l, " 10 ") == NULL);
	CHECK(starts(line_of(&p.x.charts[CH_COVERAGE].dat, "\"Feb 2026\""), "\"Feb 2026\" 50.000 NaN"));
	/* Waits: January's 3 answered, then March's 10, withheld. */
	CHECK(starts(line_of(&p.x.charts[CH_WAITS_MONTH].dat, "\"Jan 2026\""),
	             "\"Jan 2026\" NaN NaN NaN NaN NaN NaN NaN \"<5\""));
	CHECK(strstr(line_of(&p.x.charts[CH_WAITS_MONTH].dat, "\"Mar 2026\""), "NaN \"c\"") != NULL);
	CHECK(strstr(line_of(&p.x.charts[CH_COVERAGE].dat, "\"Mar 2026\""), " \"c\" \"c\" \"0\"") != NULL);
	/* Messages: January no bar, a grey mark saying "<5"; March's total withheld (the mark "c");
	 * February's parts drawn. */
	CHECK(starts(line_of(&p.x.charts[CH_MESSAGES].dat, "\"Jan 2026\""), "\"Jan 2026\" NaN NaN 1 \"<5\""));
	CHECK(starts(line_of(&p.x.charts[CH_MESSAGES].dat, "\"Mar 2026\""), "\"Mar 2026\" NaN NaN 1 \"c\""));
	CHECK(starts(line_of(&p.x.charts[CH_MESSAGES].dat, "\"Feb 2026\""), "\"Feb 2026\" 40 NaN 0 \"40\""));
	CHECK(strstr(p.x.charts[CH_MESSAGES].body.buf, "'Not shown: fewer than 5, or it would reveal one'") != NULL);
	/* Heat map: 3 answered is "<5", its median not given; the cells needing a reply add up to
	 * the summary's, so the next smallest (20) is withheld too (the answered do not: 45, not 33). */
	CHECK(strstr(p.x.charts[CH_HEAT].dat.buf, "\n9 0 NaN NaN NaN NaN \"<5\"\n") != NULL);
	CHECK(strstr(p.x.charts[CH_HEAT].dat.buf, "\n11 2 0.667 0.667 NaN 12 \"\"\n") != NULL);
	CHECK(strstr(p.x.charts[CH_HEAT].dat.buf, "\n10 1 0.333 0.333 40 30 \"\"\n") != NULL);
	period_release(&p);
}

/* ---- the post-mortem's status and most active citizens ---- */

struct focus {
	struct report_data d;
	struct focus_comment c[8];
	struct focus_msg msgs[12];
	struct tz *zone;
	struct runopts ro;
	struct report_ctx x;
	struct doc doc;
	struct report_cells rc;
};

/* Under --min-cell, the cells of report_thread.c's tables: the summary's figures (published,
 * fixed, as in period_cells), the status table (each row adding up to its total, each column to
 * the summary's figure) and the most active citizens. */
static void focus_cells(struct focus *f)
{
	static const enum rc_slot slots[4] = {RCS_ANSWERED, RCS_NOT_NEEDED, RCS_UNANSWERED, RCS_COMMENTS};
	static const int status[3] = {STATUS_ANSWERED, STATUS_NOT_NEEDED, STATUS_UNANSWERED};
	struct report_cells *rc = &f->rc;
	struct report_active *a;
	size_t col[4][CLASS_N + 1], n = 0, i, j;
	long sum[4] = {0, 0, 0, 0};
	int k;

	doc_init(&f->doc, "en");
	report_cells_init(rc, &f->x, &f->doc);
	f->x.cells = rc;
	for (k = 0; k <= CLASS_N; k++)
		for (j = 0; j < 3; j++) {
			sum[j] += f->d.focus.status_by_class[k][status[j]];
			sum[3] += f->d.focus.status_by_class[k][status[j]];
		}
	for (j = 0; j < 4; j++)
		rc->slot[slots[j]] = rc_value(rc, sum[j], PRIVACY_FIXED);
	for (k = 0; k <= CLASS_N; k++) {
		const long *v = f->d.focus.status_by_class[k];
		if (k == CLASS_N && !v[0] && !v[1] && !v[2])
			continue;
		for (j = 0; j < 3; j++)
			col[j][n] = rc_value(rc, v[status[j]], 0);
		col[3][n] = rc_value(rc, v[0] + v[1] + v[2], 0);
		{
			size_t parts[3] = {col[0][n], col[1][n], col[2][n]};
			rc_sum(rc, col[3][n], parts, 3);
		}
		for (j = 0; j < 4; j++)
			rc_put(rc, RCG_STATUS, (size_t)k * 4 + j, col[j][n]);
		n++;
	}
	for (j = 0; j < 4; j++)
		rc_sum(rc, rc->slot[slots[j]], col[j], n);
	a = report_active_citizens(&f->d.focus, &n);
	for (i = 0; i < n; i++) {
		rc_put(rc, RCG_ACTIVE, i * 3, rc_value(rc, a[i].comments, 0));
		rc_put(rc, RCG_ACTIVE, i * 3 + 1, rc_value(rc, a[i].need, 0));
		rc_put(rc, RCG_ACTIVE, i * 3 + 2, rc_value(rc, a[i].answered, 0));
	}
	free(a);
	/* the timeline's table: the citizen comments of each day with messages */
	for (i = 0; i < f->d.focus.n_msgs;) {
		long long day = f->d.focus.msgs[i].t / 86400;
		long cit = 0;
		for (; i < f->d.focus.n_msgs && f->d.focus.msgs[i].t / 86400 == day; i++)
			cit += !f->d.focus.msgs[i].official;
		rc_put(rc, RCG_DAYS, (size_t)(day - f->d.focus.first / 86400), rc_value(rc, cit, 0));
	}
	report_charts_cells(&f->x);
	report_cells_apply(rc);
}

static void focus_init(struct focus *f, int names, long min_cell)
{
	static const char *const who[8][2] = {{"1", "Ana Soler"}, {"1", "Ana Soler"}, {"1", "Ana Soler"},
	                                      {"2", "Pau Vidal"}, {"2", "Pau Vidal"}, {"3", "Rocío Peña"},
	                                      {"1", "Ana Soler"}, {"1", "Ana Soler"}};
	int i;

	memset(f, 0, sizeof(*f));
	for (i = 0; i < 8; i++) {
		f->c[i].t = 1000 + i;
		f->c[i].id = "c";
		f->c[i].author_key = who[i][0];
		f->c[i].author = who[i][1];
		f->c[i].status = i % 2 ? STATUS_ANSWERED : STATUS_UNANSWERED;
	}
	f->d.focus.comments = f->c;
	f->d.focus.n_comments = 8;
	/* criticism: 2 answered, 10 unanswered; question: 20, 0, 20; thanks: 0, 30, 0 */
	f->d.focus.status_by_class[CLASS_CRITICISM][STATUS_ANSWERED] = 2;
	f->d.focus.status_by_class[CLASS_CRITICISM][STATUS_UNANSWERED] = 10;
	f->d.focus.status_by_class[CLASS_QUESTION][STATUS_ANSWERED] = 20;
	f->d.focus.status_by_class[CLASS_QUESTION][STATUS_UNANSWERED] = 20;
	f->d.focus.status_by_class[CLASS_THANKS][STATUS_NOT_NEEDED] = 30;
	f->d.focus.status_by_class[CLASS_OTHER][STATUS_NOT_NEEDED] = 25;
	f->ro.names = names;
	f->ro.privacy.min_cell = min_cell;
	f->x.lang = UI_EN;
	f->x.thread_mode = 1;
	f->x.ro = &f->ro;
	f->x.data = &f->d;
	f->x.zone_name = "UTC";
	if (min_cell > 1)
		focus_cells(f);
	report_charts_thread(&f->x);
}

static void focus_release(struct focus *f)
{
	int k;

	if (f->x.cells) {
		report_cells_release(&f->rc);
		doc_release(&f->doc);
	}
	tz_free(f->zone);
	for (k = 0; k < CH_N; k++)
		if (f->x.built[k])
			chart_release(&f->x.charts[k]);
}

static void test_citizens(void)
{
	struct focus f;
	const struct strbuf *dat;

	/* By default nobody is named: "Person 1" in the order of the tables (most comments first). */
	focus_init(&f, 0, 0);
	dat = &f.x.charts[CH_CITIZENS].dat;
	CHECK(strstr(dat->buf, "Ana") == NULL && strstr(dat->buf, "Pau") == NULL && strstr(dat->buf, "Roc") == NULL);
	CHECK(starts(line_of(dat, "1 "), "1 \"Person 1\" 5 "));
	CHECK(starts(line_of(dat, "2 "), "2 \"Person 2\" 2 "));
	CHECK(starts(line_of(dat, "3 "), "3 \"Person 3\" 1 "));
	CHECK(strstr(f.x.charts[CH_CITIZENS].body.buf, "Ana") == NULL);
	focus_release(&f);
	/* --names: the names. */
	focus_init(&f, 1, 0);
	CHECK(starts(line_of(&f.x.charts[CH_CITIZENS].dat, "1 "), "1 \"Ana Soler\" 5 "));
	focus_release(&f);
	/* --min-cell 3: Pau's 2 comments are not drawn and say "<3". */
	focus_init(&f, 0, 3);
	dat = &f.x.charts[CH_CITIZENS].dat;
	CHECK(starts(line_of(dat, "2 "), "2 \"Person 2\" NaN NaN NaN \"<3\" \"<3\""));
	CHECK(starts(line_of(dat, "1 "), "1 \"Person 1\" 5 NaN 5 \"5\" \"<3\"")); /* 2 of 5 answered */
	focus_release(&f);
}

static void test_status(void)
{
	struct focus f;
	const struct strbuf *dat;

	focus_init(&f, 0, 0);
	dat = &f.x.charts[CH_STATUS].dat;
	CHECK(starts(line_of(dat, "\"Criticism\""), "\"Criticism\" 2 0 10 NaN 0 \"12\""));
	CHECK(strstr(f.x.charts[CH_STATUS].body.buf, "least = ") != NULL);
	focus_release(&f);
	/* --min-cell 5: criticism's 2 answered is hidden; its row and the answered column would give
	 * it back, so the tables withhold criticism's 10 unanswered, question's 20 answered and, for
	 * that, its 20 unanswered. The chart draws what they show (the zeros, thanks and other) and
	 * the parts they hide as one grey part: the total less the parts shown. */
	focus_init(&f, 0, 5);
	dat = &f.x.charts[CH_STATUS].dat;
	CHECK(starts(line_of(dat, "\"Criticism\""), "\"Criticism\" NaN 0 NaN 12 0 \"12\""));
	CHECK(starts(line_of(dat, "\"Question\""), "\"Question\" NaN 0 NaN 40 0 \"40\""));
	CHECK(starts(line_of(dat, "\"Other\""), "\"Other\" 0 25 0 NaN 0 \"25\""));
	/* each part drawn exactly when the table shows its cell */
	{
		static const int status[3] = {STATUS_ANSWERED, STATUS_NOT_NEEDED, STATUS_UNANSWERED};
		char name[32], v[16];
		int k, j;
		for (k = 0; k < CLASS_N; k++) {
			snprintf(name, sizeof(name), "\"%s\"", tr_class(UI_EN, k));
			for (j = 0; j < 3; j++) {
				size_t h = rc_at(&f.rc, RCG_STATUS, (size_t)k * 4 + (size_t)j);
				field(line_of(dat, name), 1 + j, v, sizeof(v));
				CHECK_EQ_LL(!strcmp(v, "NaN"),
				            rc_state(&f.rc, h, f.d.focus.status_by_class[k][status[j]]) !=
				                PRIVACY_SHOWN);
			}
		}
	}
	CHECK(strstr(f.x.charts[CH_STATUS].body.buf, "'Parts withheld for privacy'") != NULL);
	focus_release(&f);
}

/* ---- the charts draw what the document decided ---- */

/* Withhold the cells filed in grid g (every one, or those at an odd index), as the secondary
 * suppression may to protect a small count elsewhere, and draw the charts again. */
static void withhold(struct report_ctx *x, enum rc_grid g, int odd_only)
{
	size_t i;
	int k;

	for (i = 0; i < x->cells->n_grid[g]; i++)
		if (x->cells->grid[g][i] != RC_NONE && (!odd_only || i % 2))
			x->cells->pt.state[x->cells->grid[g][i]] = PRIVACY_WITHHELD;
	for (k = 0; k < CH_N; k++)
		if (x->built[k]) {
			chart_release(&x->charts[k]);
			x->built[k] = 0;
		}
	if (x->thread_mode)
		report_charts_thread(x);
	else
		report_charts_period(x);
}

/* Months of nine series (Facebook's private messages, eight platforms' public comments, drawn
 * as seven and "others"), every count large: nothing is small, so what is hidden is what the
 * decision withholds. */
static void period_wide(struct period *p)
{
	static const char *const plat[9] = {"facebook", "instagram", "youtube",  "twitter",  "mastodon",
	                                    "bluesky",  "reddit",    "linkedin", "wordpress"};
	int i, j;

	memset(p, 0, sizeof(*p));
	for (j = 0; j < 9; j++) {
		p->series[j].platform = plat[j];
		p->series[j].channel = j ? 0 : 1;
	}
	for (i = 0; i < NM; i++) {
		struct report_month *m = &p->m[i];
		m->ym = 2026 * 12 + i;
		for (j = 0; j < 9; j++)
			p->by_series[i][j] = j ? 10 + j : 20 + i; /* public: 11..18, 116 in all */
		m->by_series = p->by_series[i];
		m->citizen[0] = m->need[0] = m->cls[0][CLASS_QUESTION] = 116;
		m->citizen[1] = m->need[1] = m->cls[1][CLASS_QUESTION] = 20 + i;
		m->answered[0] = 60;
		m->answered[1] = 10;
		p->d.citizen += m->citizen[0] + m->citizen[1];
	}
	p->d.months = p->m;
	p->d.n_months = NM;
	p->d.series = p->series;
	p->d.n_series = 9;
	p->ro.privacy.min_cell = 5;
	p->x.lang = UI_EN;
	p->x.ro = &p->ro;
	p->x.data = &p->d;
	p->x.zone_name = "UTC";
	period_cells(p);
	report_charts_period(&p->x);
}

static void test_follow_period(void)
{
	struct period p;
	char v[32];
	const char *l;

	period_wide(&p);
	/* "Others" (Instagram's 11 and YouTube's 12, the smallest: 23) and each channel's counts are drawn. */
	l = line_of(&p.x.charts[CH_MESSAGES].dat, "\"Jan 2026\"");
	field(l, 9, v, sizeof(v));
	CHECK_EQ_STR(v, "23");
	l = line_of(&p.x.charts[CH_COVERAGE].dat, "\"Jan 2026\"");
	CHECK(starts(l, "\"Jan 2026\" 51.471 NaN 51.724 NaN 50.000 NaN 136 70 \"136\" \"116\" \"20\""));
	/* A channel's answered withheld: its point is not drawn, its number needing a reply is. */
	withhold(&p.x, RCG_CHANNELS, 1);
	l = line_of(&p.x.charts[CH_COVERAGE].dat, "\"Jan 2026\"");
	CHECK(starts(l, "\"Jan 2026\" 51.471 NaN NaN NaN NaN NaN 136 70 \"136\" \"116\" \"20\""));
	/* Withheld, they are not: the months' bars end in the grey part, the channels' points and
	 * numbers are gone (the month's stay), and the labels say "c". */
	withhold(&p.x, RCG_OTHERS, 0);
	withhold(&p.x, RCG_CHANNELS, 0);
	l = line_of(&p.x.charts[CH_MESSAGES].dat, "\"Jan 2026\"");
	field(l, 9, v, sizeof(v));
	CHECK_EQ_STR(v, "NaN");
	field(l, 10, v, sizeof(v));
	CHECK_EQ_STR(v, "23");
	l = line_of(&p.x.charts[CH_COVERAGE].dat, "\"Jan 2026\"");
	CHECK(starts(l, "\"Jan 2026\" 51.471 NaN NaN NaN NaN NaN 136 70 \"136\" \"c\" \"c\""));
	period_release(&p);
}

/* The most active citizens and the timeline of a thread whose comments come six in one hour on
 * one day, six in one hour on another (by hour when two days apart, by day when 25). */
static void focus_timeline(struct focus *f, long long days_apart)
{
	int i;

	focus_init(f, 0, 0);
	for (i = 0; i < 12; i++) {
		f->msgs[i].t = 9 * 3600 + (i < 6 ? 0 : days_apart * 86400) + 60 * i;
		f->msgs[i].official = 0;
	}
	f->d.focus.msgs = f->msgs;
	f->d.focus.n_msgs = 12;
	f->d.focus.first = 8 * 3600;
	f->d.focus.last = f->msgs[11].t;
	f->zone = tz_load("UTC");
	f->x.zone = f->zone;
	f->ro.privacy.min_cell = 5;
	for (i = 0; i < CH_N; i++)
		if (f->x.built[i]) {
			chart_release(&f->x.charts[i]);
			f->x.built[i] = 0;
		}
	focus_cells(f);
	report_charts_thread(&f->x);
}

static void test_follow_thread(void)
{
	static const long long apart[2] = {2, 25};
	struct focus f;
	int k;

	for (k = 0; k < 2; k++) {
		focus_timeline(&f, apart[k]);
		CHECK(strstr(f.x.charts[CH_TIMELINE].dat.buf, apart[k] == 2 ? "T09:00 6 0 0\n" : "T00:00 6 0 0\n") !=
		      NULL);
		CHECK(strstr(f.x.charts[CH_CITIZENS].dat.buf, "\n1 \"Person 1\" 5 ") != NULL);
		/* the hours (or days) and the citizens' counts withheld: none drawn, each says "c" */
		withhold(&f.x, RCG_TIMELINE, 0);
		withhold(&f.x, RCG_DAYS, 0);
		withhold(&f.x, RCG_ACTIVE, 0);
		CHECK(strstr(f.x.charts[CH_TIMELINE].dat.buf, " 6 ") == NULL);
		CHECK(strstr(f.x.charts[CH_TIMELINE].dat.buf,
		             apart[k] == 2 ? "T09:00 NaN 0 1\n" : "T00:00 NaN 0 1\n") != NULL);
		CHECK(starts(line_of(&f.x.charts[CH_CITIZENS].dat, "1 "), "1 \"Person 1\" NaN NaN NaN \"c\" \"c\""));
		focus_release(&f);
	}
}

int main(void)
{
	unit_name = "test_chart";
	test_wait_labels();
	test_title();
	test_min_n();
	test_all_thin();
	test_min_cell();
	test_citizens();
	test_status();
	test_follow_period();
	test_follow_thread();
	return unit_end();
}
