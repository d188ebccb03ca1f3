/* report_thread.c: the document of `replycov thread`, the post-mortem of one thread: what it
 * was and who answered for the institution, the shape of the day (comments and replies on one
 * timeline, the backlog), how long people waited, what was answered by class, who wrote most,
 * and every comment left unanswered. Each chart comes with the table of its figures. */
#include "report_run.h"
#include "classify.h"
#include "report_cells.h"
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

static void summary(struct report_ctx *x, struct doc *d, struct report_cells *rc)
{
	const struct report_focus *f = &x->data->focus;
	const struct thread_result *r = x->focus;
	const struct times_group *g = focus_group(x);
	struct wait_figures none;
	const struct wait_figures *w = g ? &g->f : &none;
	const char *h[2];
	struct doc_table *t;
	struct doc_block *sentence = NULL, *wait_sentence = NULL;
	long official = 0, never = 0;
	size_t i, hc, hn, ha, hu, hnn, hp, hna, hw, parts[3];
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
	/* the sentences are worded once the table's counts are known (--min-cell) */
	if (r->need)
		sentence = doc_para(d, "");
	else if (!nothing)
		doc_para(d, tr(x->lang, T_SUMMARY_NOTHING));
	if (w->answered)
		wait_sentence = doc_para(d, "");
	h[0] = tr(x->lang, T_FIGURE);
	h[1] = tr(x->lang, T_VALUE);
	t = doc_table(d, 2, 0, h);
#define ROW(label, value)                                                                                              \
	do {                                                                                                           \
		doc_cell(d, t, tr(x->lang, label));                                                                    \
		doc_cell(d, t, value);                                                                                 \
	} while (0)
#define LABEL(label) doc_cell(d, t, tr(x->lang, label))
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
	LABEL(T_CITIZEN_COMMENTS);
	hc = rc->slot[RCS_COMMENTS] = rc_count(rc, t, r->comments, 0);
	LABEL(T_OFFICIAL_REPLIES);
	rc_count(rc, t, official, PRIVACY_FIXED);
	LABEL(T_NEED_REPLY);
	hn = rc->slot[RCS_NEED] = rc_count(rc, t, r->need, 0);
	LABEL(T_ANSWERED);
	ha = rc->slot[RCS_ANSWERED] = rc_count(rc, t, r->answered, 0);
	LABEL(T_UNANSWERED);
	hu = rc->slot[RCS_UNANSWERED] = rc_count(rc, t, r->unanswered, 0);
	LABEL(T_NOT_NEEDED);
	hnn = rc->slot[RCS_NOT_NEEDED] = rc_count(rc, t, r->not_needed, 0);
	LABEL(T_COVERAGE);
	rc_pct(rc, t, r->answered, r->need, ha, hn);
	LABEL(T_COVERAGE_STRICT);
	rc_pct(rc, t, r->answered, r->comments, ha, hc);
	LABEL(T_CITIZENS);
	hp = rc_count(rc, t, (long)r->n_contrib, 0);
	LABEL(T_NEVER_ANSWERED);
	hna = rc->slot[RCS_NEVER] = rc_count(rc, t, never, 0);
	hw = w->answered == r->answered ? ha : RC_NONE;
	LABEL(T_MEDIAN_CAL);
	rc_wait(rc, t, w->calendar.median, w->answered, hw);
	LABEL(T_P90_CAL);
	rc_wait(rc, t, w->calendar.p90, w->answered, hw);
	LABEL(T_MEDIAN_SVC);
	rc_wait(rc, t, w->service.median, w->answered, hw);
	LABEL(T_P90_SVC);
	rc_wait(rc, t, w->service.p90, w->answered, hw);
	LABEL(T_WITHIN_1H);
	rc_pct(rc, t, w->calendar.within_1h, w->need, RC_NONE, w->need == r->need ? hn : RC_NONE);
	LABEL(T_WITHIN_24H);
	rc_pct(rc, t, w->calendar.within_24h, w->need, RC_NONE, w->need == r->need ? hn : RC_NONE);
	LABEL(T_OUT_OF_HOURS);
	rc_pct(rc, t, w->out_of_hours, w->need, RC_NONE, w->need == r->need ? hn : RC_NONE);
	LABEL(T_SAME_DAY);
	rc_pct(rc, t, w->same_service_day, w->need, RC_NONE, w->need == r->need ? hn : RC_NONE);
	ROW(T_SCHEDULE, report_schedule_text(x, d));
	ROW(T_POLICY, report_policy_text(x, d));
#undef ROW
#undef LABEL
	/* comments = answered + unanswered + not needed, need = answered + unanswered */
	parts[0] = ha;
	parts[1] = hu;
	parts[2] = hnn;
	rc_sum(rc, hc, parts, 3);
	rc_sum(rc, hn, parts, 2);
	if (sentence) {
		struct rc_arg a[5] = {{RA_COUNT, ha, RC_NONE, r->answered, 0, 0},
		                      {RA_COUNT, hn, RC_NONE, r->need, 0, 0},
		                      {RA_PCT, ha, hn, r->answered, r->need, 0},
		                      {RA_COUNT, hna, RC_NONE, never, 0, 0},
		                      {RA_COUNT, hp, RC_NONE, (long)r->n_contrib, 0, 0}};
		rc_para(rc, sentence, tr(x->lang, T_SUMMARY_SENTENCE), a, 5);
	}
	if (wait_sentence) {
		struct rc_arg a[4] = {{RA_WAIT, hw, RC_NONE, w->answered, 0, w->calendar.median},
		                      {RA_WAIT, hw, RC_NONE, w->answered, 0, w->service.median},
		                      {RA_WAIT, hw, RC_NONE, w->answered, 0, w->calendar.p90},
		                      {RA_WAIT, hw, RC_NONE, w->answered, 0, w->service.p90}};
		rc_para(rc, wait_sentence, tr(x->lang, T_SUMMARY_WAIT), a, 4);
	}
	if (rc_note(rc))
		doc_para(d, rc_note(rc))->flags |= DOC_SMALL;
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

static void timeline(struct report_ctx *x, struct doc *d, struct report_cells *rc)
{
	const struct report_focus *f = &x->data->focus;
	const char *h[3];
	struct doc_table *t;
	size_t i = 0, *days = xmalloc((f->n_msgs ? f->n_msgs : 1) * sizeof(*days)), n_days = 0;

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
		days[n_days++] = rc_count(rc, t, cit, 0);
		rc_count(rc, t, off, PRIVACY_FIXED);
	}
	/* the days add up to the citizen comments, when every one is in the period */
	rc_sum(rc, rc->slot[RCS_COMMENTS], days, n_days);
	free(days);
}

static void backlog(struct report_ctx *x, struct doc *d, struct report_cells *rc)
{
	const char *h[5];
	struct doc_table *t;
	struct backlog b;
	size_t i = 0, prev = RC_NONE, *arrived, *answered, n_days = 0;

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
	arrived = xmalloc((b.n ? b.n : 1) * sizeof(*arrived));
	answered = xmalloc((b.n ? b.n : 1) * sizeof(*answered));
	while (i < b.n) {
		/* The hours of one local day; the end of hour i is what "open" counts at. */
		long long day = local_day(x->zone, b.start + (long long)i * 3600);
		long arr = 0, ans = 0, most = 0, end = 0;
		size_t open;
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
		arrived[n_days] = rc_count(rc, t, arr, 0);
		answered[n_days] = rc_count(rc, t, ans, 0);
		open = rc_count(rc, t, end, 0);
		rc_count(rc, t, most, 0);
		/* open at the end of the day = open the day before + arrived - answered */
		if (prev != RC_NONE) {
			size_t c[4] = {open, prev, arrived[n_days], answered[n_days]};
			rc_zero(rc, c, (const int[]){1, -1, -1, 1}, 4);
		} else {
			size_t c[3] = {open, arrived[n_days], answered[n_days]};
			rc_zero(rc, c, (const int[]){1, -1, 1}, 3);
		}
		prev = open;
		n_days++;
	}
	rc_sum(rc, rc->slot[RCS_NEED], arrived, n_days);
	rc_sum(rc, rc->slot[RCS_ANSWERED], answered, n_days);
	free(arrived);
	free(answered);
	backlog_release(&b);
}

static void waits(struct report_ctx *x, struct doc *d, struct report_cells *rc)
{
	const struct times_group *g = focus_group(x);
	const char *h[3];
	struct doc_table *t;
	size_t hw, hn;

	doc_section(d, "waits", tr(x->lang, T_SEC_WAITS));
	report_doc_chart(x, d, CH_WAITS, tr(x->lang, T_CH_WAITS_DESC));
	if (!g)
		return;
	h[0] = tr(x->lang, T_FIGURE);
	h[1] = tr(x->lang, T_CALENDAR);
	h[2] = tr(x->lang, T_SERVICE);
	t = doc_table(d, 3, R(1) | R(2), h);
	hw = g->f.answered == x->focus->answered ? rc->slot[RCS_ANSWERED] : RC_NONE;
	hn = g->f.need == x->focus->need ? rc->slot[RCS_NEED] : RC_NONE;
	doc_cell(d, t, tr(x->lang, T_MEDIAN));
	rc_wait(rc, t, g->f.calendar.median, g->f.answered, hw);
	rc_wait(rc, t, g->f.service.median, g->f.answered, hw);
	doc_cell(d, t, tr(x->lang, T_P90));
	rc_wait(rc, t, g->f.calendar.p90, g->f.answered, hw);
	rc_wait(rc, t, g->f.service.p90, g->f.answered, hw);
	doc_cell(d, t, tr(x->lang, T_WITHIN_1H));
	rc_pct(rc, t, g->f.calendar.within_1h, g->f.need, RC_NONE, hn);
	rc_pct(rc, t, g->f.service.within_1h, g->f.need, RC_NONE, hn);
	doc_cell(d, t, tr(x->lang, T_WITHIN_24H));
	rc_pct(rc, t, g->f.calendar.within_24h, g->f.need, RC_NONE, hn);
	rc_pct(rc, t, g->f.service.within_24h, g->f.need, RC_NONE, hn);
}

/* Comments by class and status: each row adds up to its total, each column to the summary's
 * figure. */
static void status(struct report_ctx *x, struct doc *d, struct report_cells *rc)
{
	const struct report_focus *f = &x->data->focus;
	const char *h[5];
	struct doc_table *t;
	size_t col[4][CLASS_N + 1], n = 0, j;
	static const enum rc_slot totals[4] = {RCS_ANSWERED, RCS_NOT_NEEDED, RCS_UNANSWERED, RCS_COMMENTS};
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
		col[0][n] = rc_count(rc, t, s[STATUS_ANSWERED], 0);
		col[1][n] = rc_count(rc, t, s[STATUS_NOT_NEEDED], 0);
		col[2][n] = rc_count(rc, t, s[STATUS_UNANSWERED], 0);
		col[3][n] = rc_count(rc, t, s[0] + s[1] + s[2], 0);
		{
			size_t parts[3] = {col[0][n], col[1][n], col[2][n]};
			rc_sum(rc, col[3][n], parts, 3);
		}
		n++;
	}
	for (j = 0; j < 4; j++)
		rc_sum(rc, rc->slot[totals[j]], col[j], n);
}

static void active(struct report_ctx *x, struct doc *d, struct report_cells *rc)
{
	size_t n, i;
	struct report_active *a = report_active_citizens(&x->data->focus, &n);
	int unnamed = privacy_names_nobody(&x->ro->privacy);
	size_t *col = xmalloc(3 * (n ? n : 1) * sizeof(*col));
	const char *h[4];
	struct doc_table *t;

	doc_section(d, "citizens", tr(x->lang, T_SEC_ACTIVE));
	report_doc_chart(x, d, CH_CITIZENS, tr(x->lang, T_CH_CITIZENS_DESC));
	h[0] = tr(x->lang, unnamed ? TP_F_PERSON : T_H_NAME);
	h[1] = tr(x->lang, T_COMMENTS);
	h[2] = tr(x->lang, T_NEED_REPLY);
	h[3] = tr(x->lang, T_ANSWERED);
	t = doc_table(d, 4, R(1) | R(2) | R(3), h);
	for (i = 0; i < n && i < REPORT_TABLE_ROWS; i++) {
		if (unnamed) /* numbered as the chart numbers its bars: most comments first */
			doc_cell(d, t, doc_fmt(d, tr(x->lang, T_CH_PERSON), report_numtxt(x, d, (long long)i + 1)));
		else
			doc_cell(d, t, a[i].name);
		col[i] = rc_count(rc, t, a[i].comments, 0);
		col[n + i] = rc_count(rc, t, a[i].need, 0);
		col[2 * n + i] = rc_count(rc, t, a[i].answered, 0);
	}
	if (n > REPORT_TABLE_ROWS)
		t->note = doc_fmt(d, tr(x->lang, T_SHOWN_OF), report_numtxt(x, d, REPORT_TABLE_ROWS),
		                  report_numtxt(x, d, (long long)n), "citizens.csv");
	else { /* everyone is in the table: its columns add up to the summary's figures */
		rc_sum(rc, rc->slot[RCS_COMMENTS], col, n);
		rc_sum(rc, rc->slot[RCS_NEED], col + n, n);
		rc_sum(rc, rc->slot[RCS_ANSWERED], col + 2 * n, n);
	}
	free(col);
	if (unnamed && n)
		t->note =
		    t->note ? doc_fmt(d, "%s %s", tr(x->lang, T_NOTE_UNNAMED), t->note) : tr(x->lang, T_NOTE_UNNAMED);
	free(a);
}

static void unanswered(struct report_ctx *x, struct doc *d)
{
	const struct report_focus *f = &x->data->focus;
	int unnamed = privacy_names_nobody(&x->ro->privacy);
	const char *h[4];
	struct doc_table *t;
	size_t i, n = 0, shown = 0, k = 0;

	doc_section(d, "unanswered", tr(x->lang, T_SEC_UNANSWERED));
	for (i = 0; i < f->n_comments; i++)
		n += f->comments[i].status == STATUS_UNANSWERED;
	if (!n) {
		doc_para(d, tr(x->lang, T_NOTHING_UNANSWERED));
		return;
	}
	/* Naming nobody, the table has no name column; the texts have the names in them replaced
	 * (privacy_rewrite_thread). */
	h[k++] = tr(x->lang, T_H_TIME);
	if (!unnamed)
		h[k++] = tr(x->lang, T_H_NAME);
	h[k++] = tr(x->lang, T_H_CLASS);
	h[k++] = tr(x->lang, T_H_TEXT);
	t = doc_table(d, k, 0, h);
	t->nowrap = 1; /* the time on one line */
	for (i = 0; i < f->n_comments && shown < UNANSWERED_ROWS; i++) {
		const struct focus_comment *c = &f->comments[i];
		if (c->status != STATUS_UNANSWERED)
			continue;
		doc_cell(d, t, report_localtxt(x, d, c->t));
		if (!unnamed)
			doc_cell(d, t, c->author ? c->author : "");
		doc_cell(d, t, tr_class(x->lang, c->cls >= 0 ? c->cls : CLASS_N));
		doc_cell(d, t, c->excerpt);
		shown++;
	}
	if (n > shown)
		t->note = doc_fmt(d, tr(x->lang, T_SHOWN_OF), report_numtxt(x, d, (long long)shown),
		                  report_numtxt(x, d, (long long)n), "comments.csv");
	if (unnamed) {
		const char *r = doc_fmt(d, tr(x->lang, T_NOTE_REDACTED), PRIVACY_REDACTED);
		t->note = t->note ? doc_fmt(d, "%s %s", r, t->note) : r;
	}
}

void report_doc_thread(struct report_ctx *x, struct doc *d)
{
	struct report_cells rc;

	d->title = doc_fmt(d, "%s: %s", tr(x->lang, T_THREAD_TITLE), report_thread_name(x, d));
	d->title_small = x->data->focus.key;
	d->subtitle = doc_fmt(d, tr(x->lang, T_SUB_THREAD), x->zone_name);
	d->toc_title = tr(x->lang, T_TOC);
	d->footer = tr(x->lang, T_FOOTER);
	report_cells_init(&rc, x, d);
	summary(x, d, &rc);
	timeline(x, d, &rc);
	backlog(x, d, &rc);
	waits(x, d, &rc);
	status(x, d, &rc);
	active(x, d, &rc);
	unanswered(x, d);
	report_proof(x, d);
	report_fairness(x, d);
	report_doc_method(x, d);
	report_doc_files(x, d);
	report_manifest(x, d);
	/* --min-cell: every count of the tables above is known, what a reader could add up too */
	report_cells_apply(&rc);
	report_cells_release(&rc);
}
