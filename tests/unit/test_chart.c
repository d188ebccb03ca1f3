/* test_chart.c: what the report's charts may and may not draw, on hand-made months, cells and
 * comments: a rate, a median or a share from fewer than CHART_MIN_N messages is drawn apart (grey,
 * with its n), never on the line; n is written under every month; --min-cell K writes no count
 * below K in a .dat file and labels it "<K", and withholds a second figure when one alone would
 * be given back by the total; the most active citizens are "Person 1"... unless --names; a bar of
 * one message is drawn at least "least" high; wait axes are labelled in the tables' units. */
#include "chart.h"
#include "report_run.h"
#include "unit.h"

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
	struct report_series series[1];
	long by_series[NM][1];
	struct wait_figures w[NM];
	struct runopts ro;
	struct report_ctx x;
};

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
	report_charts_period(&p->x);
}

static void period_release(struct period *p)
{
	int k;

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
	 * total, the smallest other (March, 20) is withheld too; February is drawn. */
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
	CHECK(strstr(line_of(&p.x.charts[CH_WAITS_MONTH].dat, "\"Mar 2026\""), "NaN \"\"") != NULL);
	/* Messages: January no bar, a grey mark saying "<5"; March's total withheld (no label);
	 * February's parts drawn. */
	CHECK(starts(line_of(&p.x.charts[CH_MESSAGES].dat, "\"Jan 2026\""), "\"Jan 2026\" NaN NaN 1 \"<5\""));
	CHECK(starts(line_of(&p.x.charts[CH_MESSAGES].dat, "\"Mar 2026\""), "\"Mar 2026\" NaN NaN 1 \"\""));
	CHECK(starts(line_of(&p.x.charts[CH_MESSAGES].dat, "\"Feb 2026\""), "\"Feb 2026\" 40 NaN 0 \"40\""));
	CHECK(strstr(p.x.charts[CH_MESSAGES].body.buf, "'Not shown: fewer than 5, or it would reveal one'") != NULL);
	/* Heat map: 3 answered is "<5", and neither 3 nor the next smallest (12) is in the file. */
	CHECK(strstr(p.x.charts[CH_HEAT].dat.buf, "\n9 0 0.167 NaN NaN NaN \"<5\"\n") != NULL);
	CHECK(strstr(p.x.charts[CH_HEAT].dat.buf, "\n11 2 0.667 NaN NaN NaN \"\"\n") != NULL);
	period_release(&p);
}

/* ---- the post-mortem's status and most active citizens ---- */

struct focus {
	struct report_data d;
	struct focus_comment c[8];
	struct runopts ro;
	struct report_ctx x;
};

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
	report_charts_thread(&f->x);
}

static void focus_release(struct focus *f)
{
	int k;

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
	/* --min-cell 5: criticism's 2 answered withholds its parts (a grey bar of 12); being the
	 * only one, the smallest other class with comments (other, 25) is withheld too. */
	focus_init(&f, 0, 5);
	dat = &f.x.charts[CH_STATUS].dat;
	CHECK(starts(line_of(dat, "\"Criticism\""), "\"Criticism\" NaN NaN NaN 12 0 \"12\""));
	CHECK(starts(line_of(dat, "\"Other\""), "\"Other\" NaN NaN NaN 25 0 \"25\""));
	CHECK(starts(line_of(dat, "\"Question\""), "\"Question\" 20 0 20 NaN 0 \"40\""));
	CHECK(strstr(f.x.charts[CH_STATUS].body.buf, "'Parts withheld for privacy'") != NULL);
	focus_release(&f);
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
	return unit_end();
}
