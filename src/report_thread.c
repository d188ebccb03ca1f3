/* report_thread.c: the document of `replycov thread`, the post-mortem of one thread: what it
 * was and who answered for the institution, the shape of the day (comments and replies on one
 * timeline, the backlog), how long people waited, what was answered by class, who wrote most,
 * and every comment left unanswered. Each chart comes with the table of its figures. */
#include "report_run.h"
#include "classify.h"
#include "util_tz.h"

#include <stdlib.h>
#include <string.h>

#define R(i) (1u << (i))
#define UNANSWERED_ROWS 50

static const struct times_group *focus_group(struct report_ctx *x)
{
	size_t i;

	for (i = 0; i < x->rep->n_thread; i++)
		if (!strcmp(x->rep->by_thread[i].key, x->data->focus.key))
			return &x->rep->by_thread[i];
	return NULL;
}

static void summary(struct report_ctx *x, struct doc *d)
{
	const struct report_focus *f = &x->data->focus;
	const struct thread_result *r = x->focus;
	const struct times_group *g = focus_group(x);
	struct wait_figures none;
	const struct wait_figures *w = g ? &g->f : &none;
	const char *h[2];
	struct doc_table *t;
	long official = 0, never = 0;
	size_t i;
	int nothing;

	memset(&none, 0, sizeof(none));
	none.calendar.median = none.calendar.p90 = none.service.median = none.service.p90 = -1;
	for (i = 0; i < f->n_msgs; i++)
		official += f->msgs[i].official;
	never = r->citizens_unanswered;
	doc_section(d, "summary", tr(x->lang, T_SEC_SUMMARY));
	if (!x->have_gnuplot && (x->parts & (RF_HTML | RF_MD | RF_CHARTS)))
		doc_notice(d, tr(x->lang, x->parts & RF_CHARTS ? T_NO_GNUPLOT : T_NO_GNUPLOT_NODIR));
	if (x->no_official_threads)
		doc_notice(d,
		           doc_fmt(d, tr(x->lang, T_NO_OFFICIAL_NOTICE), report_numtxt(x, d, x->no_official_threads)));
	nothing = report_nothing_notice(x, d);
	if (r->need)
		doc_para(d, doc_fmt(d, tr(x->lang, T_SUMMARY_SENTENCE), report_numtxt(x, d, r->answered),
		                    report_numtxt(x, d, r->need), report_pct(x, d, r->answered, r->need),
		                    report_numtxt(x, d, never), report_numtxt(x, d, (long long)r->n_contrib)));
	else if (!nothing)
		doc_para(d, tr(x->lang, T_SUMMARY_NOTHING));
	if (w->answered)
		doc_para(d, doc_fmt(d, tr(x->lang, T_SUMMARY_WAIT), report_waittxt(x, d, w->calendar.median),
		                    report_waittxt(x, d, w->service.median), report_waittxt(x, d, w->calendar.p90),
		                    report_waittxt(x, d, w->service.p90)));
	h[0] = tr(x->lang, T_FIGURE);
	h[1] = tr(x->lang, T_VALUE);
	t = doc_table(d, 2, 0, h);
#define ROW(label, value)                                                                                              \
	do {                                                                                                           \
		doc_cell(d, t, tr(x->lang, label));                                                                    \
		doc_cell(d, t, value);                                                                                 \
	} while (0)
	ROW(T_H_THREAD, f->key);
	ROW(T_H_CHANNEL, tr(x->lang, f->channel == CHANNEL_PRIVATE ? T_PRIVATE : T_PUBLIC));
	if (f->title)
		ROW(T_POST, f->title);
	ROW(T_OFFICIAL_ACCOUNT, f->official_name ? f->official_name : tr(x->lang, T_NO_OFFICIAL));
	ROW(T_FIRST_MESSAGE, report_localtxt(x, d, f->first));
	ROW(T_LAST_MESSAGE, report_localtxt(x, d, f->last));
	if (x->period)
		ROW(T_PERIOD, report_period_words(x, d));
	ROW(T_ZONE, x->zone_name);
	ROW(T_CITIZEN_COMMENTS, report_numtxt(x, d, r->comments));
	ROW(T_OFFICIAL_REPLIES, report_numtxt(x, d, official));
	ROW(T_NEED_REPLY, report_numtxt(x, d, r->need));
	ROW(T_ANSWERED, report_numtxt(x, d, r->answered));
	ROW(T_UNANSWERED, report_numtxt(x, d, r->unanswered));
	ROW(T_NOT_NEEDED, report_numtxt(x, d, r->not_needed));
	ROW(T_COVERAGE, report_pct(x, d, r->answered, r->need));
	ROW(T_COVERAGE_STRICT, report_pct(x, d, r->answered, r->comments));
	ROW(T_CITIZENS, report_numtxt(x, d, (long long)r->n_contrib));
	ROW(T_NEVER_ANSWERED, report_numtxt(x, d, never));
	ROW(T_MEDIAN_CAL, report_waittxt(x, d, w->calendar.median));
	ROW(T_P90_CAL, report_waittxt(x, d, w->calendar.p90));
	ROW(T_MEDIAN_SVC, report_waittxt(x, d, w->service.median));
	ROW(T_P90_SVC, report_waittxt(x, d, w->service.p90));
	ROW(T_WITHIN_1H, report_pct(x, d, w->calendar.within_1h, w->need));
	ROW(T_WITHIN_24H, report_pct(x, d, w->calendar.within_24h, w->need));
	ROW(T_OUT_OF_HOURS, report_pct(x, d, w->out_of_hours, w->need));
	ROW(T_SAME_DAY, report_pct(x, d, w->same_service_day, w->need));
	ROW(T_SCHEDULE, report_schedule_text(x, d));
	ROW(T_POLICY, report_policy_text(x, d));
#undef ROW
}

static long long local_day(const struct tz *zone, long long t)
{
	int y, m, dd, h, mi, s, wd;
	long off;

	tz_utc_to_local(zone, t, &y, &m, &dd, &h, &mi, &s, &wd, &off);
	return tz_days_from_civil(y, m, dd);
}

static const char *day_txt(struct report_ctx *x, struct doc *d, long long day)
{
	struct strbuf sb;
	const char *s;

	strbuf_init(&sb);
	tr_day_label(&sb, x->lang, day, 1);
	s = doc_str(d, sb.buf);
	strbuf_release(&sb);
	return s;
}

static void timeline(struct report_ctx *x, struct doc *d)
{
	const struct report_focus *f = &x->data->focus;
	const char *h[3];
	struct doc_table *t;
	size_t i = 0;

	doc_section(d, "timeline", tr(x->lang, T_SEC_TIMELINE));
	report_doc_chart(x, d, CH_TIMELINE, tr(x->lang, T_CH_TIMELINE_DESC));
	h[0] = tr(x->lang, T_H_DAY);
	h[1] = tr(x->lang, T_CITIZEN_COMMENTS);
	h[2] = tr(x->lang, T_OFFICIAL_REPLIES);
	t = doc_table(d, 3, R(1) | R(2), h);
	/* Days with messages only: messages are sorted by time, so a day is a run. */
	while (i < f->n_msgs) {
		long long day = local_day(x->zone, f->msgs[i].t);
		long cit = 0, off = 0;
		for (; i < f->n_msgs && local_day(x->zone, f->msgs[i].t) == day; i++) {
			if (f->msgs[i].official)
				off++;
			else
				cit++;
		}
		doc_cell(d, t, day_txt(x, d, day));
		doc_cell(d, t, report_numtxt(x, d, cit));
		doc_cell(d, t, report_numtxt(x, d, off));
	}
}

static void backlog(struct report_ctx *x, struct doc *d)
{
	const char *h[5];
	struct doc_table *t;
	struct backlog b;
	size_t i = 0;

	doc_section(d, "backlog", tr(x->lang, T_SEC_BACKLOG));
	report_doc_chart(x, d, CH_BACKLOG, tr(x->lang, T_CH_BACKLOG_DESC));
	if (!x->focus_times || !x->focus_times->w.n)
		return;
	h[0] = tr(x->lang, T_H_DAY);
	h[1] = tr(x->lang, T_NEED_REPLY);
	h[2] = tr(x->lang, T_ANSWERED);
	h[3] = tr(x->lang, T_H_OPEN_END);
	h[4] = tr(x->lang, T_H_MAX_OPEN);
	t = doc_table(d, 5, R(1) | R(2) | R(3) | R(4), h);
	times_backlog(x->focus_times, &b);
	while (i < b.n) {
		/* The hours of one local day; the end of hour i is what "open" counts at. */
		long long day = local_day(x->zone, b.start + (long long)i * 3600);
		long arr = 0, ans = 0, most = 0, end = 0;
		for (; i < b.n && local_day(x->zone, b.start + (long long)i * 3600) == day; i++) {
			arr += b.arrived[i];
			ans += b.answered[i];
			end = b.open[i];
			if (b.open[i] > most)
				most = b.open[i];
		}
		if (!arr && !ans)
			continue; /* a quiet day: the open count is the same as the day before */
		doc_cell(d, t, day_txt(x, d, day));
		doc_cell(d, t, report_numtxt(x, d, arr));
		doc_cell(d, t, report_numtxt(x, d, ans));
		doc_cell(d, t, report_numtxt(x, d, end));
		doc_cell(d, t, report_numtxt(x, d, most));
	}
	backlog_release(&b);
}

static void waits(struct report_ctx *x, struct doc *d)
{
	const struct times_group *g = focus_group(x);
	const char *h[3];
	struct doc_table *t;

	doc_section(d, "waits", tr(x->lang, T_SEC_WAITS));
	report_doc_chart(x, d, CH_WAITS, tr(x->lang, T_CH_WAITS_DESC));
	if (!g)
		return;
	h[0] = tr(x->lang, T_FIGURE);
	h[1] = tr(x->lang, T_CALENDAR);
	h[2] = tr(x->lang, T_SERVICE);
	t = doc_table(d, 3, R(1) | R(2), h);
	doc_cell(d, t, tr(x->lang, T_MEDIAN));
	doc_cell(d, t, report_waittxt(x, d, g->f.calendar.median));
	doc_cell(d, t, report_waittxt(x, d, g->f.service.median));
	doc_cell(d, t, tr(x->lang, T_P90));
	doc_cell(d, t, report_waittxt(x, d, g->f.calendar.p90));
	doc_cell(d, t, report_waittxt(x, d, g->f.service.p90));
	doc_cell(d, t, tr(x->lang, T_WITHIN_1H));
	doc_cell(d, t, report_pct(x, d, g->f.calendar.within_1h, g->f.need));
	doc_cell(d, t, report_pct(x, d, g->f.service.within_1h, g->f.need));
	doc_cell(d, t, tr(x->lang, T_WITHIN_24H));
	doc_cell(d, t, report_pct(x, d, g->f.calendar.within_24h, g->f.need));
	doc_cell(d, t, report_pct(x, d, g->f.service.within_24h, g->f.need));
}

static void status(struct report_ctx *x, struct doc *d)
{
	const struct report_focus *f = &x->data->focus;
	const char *h[5];
	struct doc_table *t;
	int k;

	doc_section(d, "status", tr(x->lang, T_SEC_STATUS));
	report_doc_chart(x, d, CH_STATUS, tr(x->lang, T_CH_STATUS_DESC));
	h[0] = tr(x->lang, T_H_CLASS);
	h[1] = tr(x->lang, T_ANSWERED);
	h[2] = tr(x->lang, T_NOT_NEEDED);
	h[3] = tr(x->lang, T_UNANSWERED);
	h[4] = tr(x->lang, T_CITIZEN_COMMENTS);
	t = doc_table(d, 5, R(1) | R(2) | R(3) | R(4), h);
	for (k = 0; k <= CLASS_N; k++) {
		const long *s = f->status_by_class[k];
		if (k == CLASS_N && !s[0] && !s[1] && !s[2])
			continue;
		doc_cell(d, t, tr_class(x->lang, k));
		doc_cell(d, t, report_numtxt(x, d, s[STATUS_ANSWERED]));
		doc_cell(d, t, report_numtxt(x, d, s[STATUS_NOT_NEEDED]));
		doc_cell(d, t, report_numtxt(x, d, s[STATUS_UNANSWERED]));
		doc_cell(d, t, report_numtxt(x, d, s[0] + s[1] + s[2]));
	}
}

static void active(struct report_ctx *x, struct doc *d)
{
	size_t n, i;
	struct report_active *a = report_active_citizens(&x->data->focus, &n);
	const char *h[4];
	struct doc_table *t;

	doc_section(d, "citizens", tr(x->lang, T_SEC_ACTIVE));
	report_doc_chart(x, d, CH_CITIZENS, tr(x->lang, T_CH_CITIZENS_DESC));
	h[0] = tr(x->lang, T_H_NAME);
	h[1] = tr(x->lang, T_COMMENTS);
	h[2] = tr(x->lang, T_NEED_REPLY);
	h[3] = tr(x->lang, T_ANSWERED);
	t = doc_table(d, 4, R(1) | R(2) | R(3), h);
	for (i = 0; i < n && i < REPORT_TABLE_ROWS; i++) {
		doc_cell(d, t, a[i].name);
		doc_cell(d, t, report_numtxt(x, d, a[i].comments));
		doc_cell(d, t, report_numtxt(x, d, a[i].need));
		doc_cell(d, t, report_numtxt(x, d, a[i].answered));
	}
	if (n > REPORT_TABLE_ROWS)
		t->note = doc_fmt(d, tr(x->lang, T_SHOWN_OF), report_numtxt(x, d, REPORT_TABLE_ROWS),
		                  report_numtxt(x, d, (long long)n), "citizens.csv");
	free(a);
}

static void unanswered(struct report_ctx *x, struct doc *d)
{
	const struct report_focus *f = &x->data->focus;
	const char *h[4];
	struct doc_table *t;
	size_t i, n = 0, shown = 0;

	doc_section(d, "unanswered", tr(x->lang, T_SEC_UNANSWERED));
	for (i = 0; i < f->n_comments; i++)
		n += f->comments[i].status == STATUS_UNANSWERED;
	if (!n) {
		doc_para(d, tr(x->lang, T_NOTHING_UNANSWERED));
		return;
	}
	h[0] = tr(x->lang, T_H_TIME);
	h[1] = tr(x->lang, T_H_NAME);
	h[2] = tr(x->lang, T_H_CLASS);
	h[3] = tr(x->lang, T_H_TEXT);
	t = doc_table(d, 4, 0, h);
	t->nowrap = 1; /* the time on one line */
	for (i = 0; i < f->n_comments && shown < UNANSWERED_ROWS; i++) {
		const struct focus_comment *c = &f->comments[i];
		if (c->status != STATUS_UNANSWERED)
			continue;
		doc_cell(d, t, report_localtxt(x, d, c->t));
		doc_cell(d, t, c->author ? c->author : "");
		doc_cell(d, t, tr_class(x->lang, c->cls >= 0 ? c->cls : CLASS_N));
		doc_cell(d, t, c->excerpt);
		shown++;
	}
	if (n > shown)
		t->note = doc_fmt(d, tr(x->lang, T_SHOWN_OF), report_numtxt(x, d, (long long)shown),
		                  report_numtxt(x, d, (long long)n), "comments.csv");
}

void report_doc_thread(struct report_ctx *x, struct doc *d)
{
	d->title = doc_fmt(d, "%s: %s", tr(x->lang, T_THREAD_TITLE), report_thread_name(x, d));
	d->title_small = x->data->focus.key;
	d->subtitle = doc_fmt(d, tr(x->lang, T_SUB_THREAD), x->zone_name);
	d->toc_title = tr(x->lang, T_TOC);
	d->footer = tr(x->lang, T_FOOTER);
	summary(x, d);
	timeline(x, d);
	backlog(x, d);
	waits(x, d);
	status(x, d);
	active(x, d);
	unanswered(x, d);
	report_proof(x, d);
	report_fairness(x, d);
	report_doc_method(x, d);
	report_doc_files(x, d);
	report_manifest(x, d);
}
