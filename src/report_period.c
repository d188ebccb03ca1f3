/* report_period.c: the document of `replycov report`: the summary of a period over every
 * thread, platform and channel, a section per chart with the table of its figures (so the
 * report says everything without gnuplot too), the threads, the platforms and channels, the
 * citizens never answered, and the closing sections. It words figures computed elsewhere. */
#include "report_run.h"
#include "classify.h"
#include "ratio_adjust.h"
#include "report_cells.h"
#include "util_tz.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define R(i) (1u << (i)) /* a right-aligned (numeric) column */

/* A figure's handle in its slot, for the sections that show it again. */
static size_t slot(struct report_cells *rc, enum rc_slot k, size_t h)
{
	rc->slot[k] = h;
	return h;
}

static void summary(struct report_ctx *x, struct doc *d, struct report_cells *rc)
{
	const struct report_data *rd = x->data;
	const struct wait_figures *w = &x->rep->overall;
	struct summary s;
	const char *h[2];
	struct doc_table *t;
	struct doc_block *sentence = NULL, *wait_sentence = NULL;
	long need[2] = {0, 0}, ans[2] = {0, 0};
	size_t i, hc, hn, ha, hu, hnn, hp, hna, parts[3];
	int nothing;

	results_summary(x->results, &s);
	for (i = 0; i < rd->n_months; i++) {
		need[0] += rd->months[i].need[0];
		need[1] += rd->months[i].need[1];
		ans[0] += rd->months[i].answered[0];
		ans[1] += rd->months[i].answered[1];
	}
	doc_section(d, "summary", tr(x->lang, T_SEC_SUMMARY));
	if (!x->have_gnuplot && (x->parts & (RF_HTML | RF_MD | RF_CHARTS)))
		doc_notice(d, tr(x->lang, x->parts & RF_CHARTS ? T_NO_GNUPLOT : T_NO_GNUPLOT_NODIR));
	if (x->no_official_threads)
		doc_notice(d,
		           doc_fmt(d, tr(x->lang, T_NO_OFFICIAL_NOTICE), report_numtxt(x, d, x->no_official_threads)));
	nothing = report_nothing_notice(x, d);
	if (s.need_reply) {
		/* the sentences are worded once the table's counts are known (--min-cell) */
		sentence = doc_para(d, "");
		if (w->answered)
			wait_sentence = doc_para(d, "");
		if (need[0] && need[1]) {
			struct rc_arg a[2] = {{RA_PCT, RC_NONE, RC_NONE, ans[0], need[0], 0},
			                      {RA_PCT, RC_NONE, RC_NONE, ans[1], need[1], 0}};
			rc_para(rc, doc_para(d, ""), tr(x->lang, T_SUMMARY_PRIVATE_PUBLIC), a, 2);
		}
	} else if (!nothing) {
		doc_para(d, tr(x->lang, T_SUMMARY_NOTHING));
	}
	h[0] = tr(x->lang, T_FIGURE);
	h[1] = tr(x->lang, T_VALUE);
	t = doc_table(d, 2, R(1), h);
#define ROW(label, value)                                                                                              \
	do {                                                                                                           \
		doc_cell(d, t, tr(x->lang, label));                                                                    \
		doc_cell(d, t, value);                                                                                 \
	} while (0)
#define LABEL(label) doc_cell(d, t, tr(x->lang, label))
	ROW(T_PERIOD, report_period_words(x, d));
	ROW(T_ZONE, x->zone_name);
	LABEL(T_THREADS);
	rc_count(rc, t, s.threads, PRIVACY_FIXED);
	LABEL(T_CITIZEN_MESSAGES);
	hc = slot(rc, RCS_COMMENTS, rc_count(rc, t, s.comments, 0));
	LABEL(T_OFFICIAL_REPLIES);
	rc_count(rc, t, rd->official, PRIVACY_FIXED);
	LABEL(T_NEED_REPLY);
	hn = slot(rc, RCS_NEED, rc_count(rc, t, s.need_reply, 0));
	LABEL(T_ANSWERED);
	ha = slot(rc, RCS_ANSWERED, rc_count(rc, t, s.answered, 0));
	LABEL(T_UNANSWERED);
	hu = slot(rc, RCS_UNANSWERED, rc_count(rc, t, s.unanswered, 0));
	LABEL(T_NOT_NEEDED);
	hnn = slot(rc, RCS_NOT_NEEDED, rc_count(rc, t, s.not_needed, 0));
	LABEL(T_COVERAGE);
	rc_pct(rc, t, s.answered, s.need_reply, ha, hn);
	LABEL(T_COVERAGE_STRICT);
	rc_pct(rc, t, s.answered, s.comments, ha, hc);
	LABEL(T_CITIZENS);
	hp = rc_count(rc, t, s.users, 0);
	LABEL(T_NEVER_ANSWERED);
	hna = slot(rc, RCS_NEVER, rc_count(rc, t, s.users_never_answered, 0));
	LABEL(T_MEDIAN_CAL);
	rc_wait(rc, t, w->calendar.median, w->answered, w->answered == s.answered ? ha : RC_NONE);
	LABEL(T_P90_CAL);
	rc_wait(rc, t, w->calendar.p90, w->answered, w->answered == s.answered ? ha : RC_NONE);
	LABEL(T_MEDIAN_SVC);
	rc_wait(rc, t, w->service.median, w->answered, w->answered == s.answered ? ha : RC_NONE);
	LABEL(T_P90_SVC);
	rc_wait(rc, t, w->service.p90, w->answered, w->answered == s.answered ? ha : RC_NONE);
	LABEL(T_WITHIN_1H);
	rc_pct(rc, t, w->calendar.within_1h, w->need, RC_NONE, w->need == s.need_reply ? hn : RC_NONE);
	LABEL(T_WITHIN_24H);
	rc_pct(rc, t, w->calendar.within_24h, w->need, RC_NONE, w->need == s.need_reply ? hn : RC_NONE);
	LABEL(T_OUT_OF_HOURS);
	rc_pct(rc, t, w->out_of_hours, w->need, RC_NONE, w->need == s.need_reply ? hn : RC_NONE);
	ROW(T_SCHEDULE, report_schedule_text(x, d));
	ROW(T_POLICY, report_policy_text(x, d));
#undef ROW
#undef LABEL
	/* what a reader can add up: comments = answered + unanswered + not needed, need = answered +
	 * unanswered */
	parts[0] = ha;
	parts[1] = hu;
	parts[2] = hnn;
	rc_sum(rc, hc, parts, 3);
	rc_sum(rc, hn, parts, 2);
	if (sentence) {
		struct rc_arg a[5] = {{RA_COUNT, ha, RC_NONE, s.answered, 0, 0},
		                      {RA_COUNT, hn, RC_NONE, s.need_reply, 0, 0},
		                      {RA_PCT, ha, hn, s.answered, s.need_reply, 0},
		                      {RA_COUNT, hna, RC_NONE, s.users_never_answered, 0, 0},
		                      {RA_COUNT, hp, RC_NONE, s.users, 0, 0}};
		rc_para(rc, sentence, tr(x->lang, T_SUMMARY_SENTENCE), a, 5);
	}
	if (wait_sentence) {
		size_t hw = w->answered == s.answered ? ha : RC_NONE;
		struct rc_arg a[4] = {{RA_WAIT, hw, RC_NONE, w->answered, 0, w->calendar.median},
		                      {RA_WAIT, hw, RC_NONE, w->answered, 0, w->service.median},
		                      {RA_WAIT, hw, RC_NONE, w->answered, 0, w->calendar.p90},
		                      {RA_WAIT, hw, RC_NONE, w->answered, 0, w->service.p90}};
		rc_para(rc, wait_sentence, tr(x->lang, T_SUMMARY_WAIT), a, 4);
	}
	if (rc_note(rc))
		doc_para(d, rc_note(rc))->flags |= DOC_SMALL;
}

static const char *month_txt(struct report_ctx *x, struct doc *d, int ym)
{
	struct strbuf sb;
	const char *s;

	strbuf_init(&sb);
	tr_month_label(&sb, x->lang, ym);
	s = doc_str(d, sb.buf);
	strbuf_release(&sb);
	return s;
}

/* The months' citizen messages by series: each row adds up to its total, each series' column to
 * the platforms' table (series_cells, filled here), the totals to the summary's. */
static void messages(struct report_ctx *x, struct doc *d, struct report_cells *rc, size_t *series_cells)
{
	const struct report_data *rd = x->data;
	const char **h = xmalloc((rd->n_series + 3) * sizeof(*h));
	struct doc_table *t;
	struct strbuf lab;
	size_t i, j, cols = rd->n_series + 3;
	size_t *row = xmalloc((rd->n_series ? rd->n_series : 1) * sizeof(*row));
	size_t *col = xmalloc((rd->n_series + 1) * (rd->n_months ? rd->n_months : 1) * sizeof(*col));
	unsigned right = 0;

	doc_section(d, "messages", tr(x->lang, T_SEC_MESSAGES));
	report_doc_chart(x, d, CH_MESSAGES, tr(x->lang, T_CH_MESSAGES_DESC));
	strbuf_init(&lab);
	h[0] = tr(x->lang, T_H_MONTH);
	for (j = 0; j < rd->n_series; j++) {
		strbuf_reset(&lab);
		report_series_label(x, &rd->series[j], &lab);
		h[j + 1] = doc_str(d, lab.buf);
	}
	h[rd->n_series + 1] = tr(x->lang, T_CITIZEN_MESSAGES);
	h[rd->n_series + 2] = tr(x->lang, T_OFFICIAL_REPLIES);
	for (j = 1; j < cols && j < 32; j++)
		right |= R(j);
	t = doc_table(d, cols, right, h);
	for (i = 0; i < rd->n_months; i++) {
		const struct report_month *m = &rd->months[i];
		size_t total;
		doc_cell(d, t, month_txt(x, d, m->ym));
		for (j = 0; j < rd->n_series; j++)
			col[j * rd->n_months + i] = row[j] = rc_count(rc, t, m->by_series[j], 0);
		total = col[rd->n_series * rd->n_months + i] = rc_count(rc, t, m->citizen[0] + m->citizen[1], 0);
		rc_count(rc, t, m->official[0] + m->official[1], PRIVACY_FIXED);
		rc_sum(rc, total, row, rd->n_series);
	}
	/* a series' months add up to its figure in the platforms' table, the totals to the summary's */
	for (j = 0; j <= rd->n_series; j++) {
		size_t sum = j < rd->n_series ? rc_value(rc, rd->series[j].citizen, 0) : rc->slot[RCS_COMMENTS];
		if (j < rd->n_series)
			series_cells[j] = sum;
		rc_sum(rc, sum, col + j * rd->n_months, rd->n_months);
	}
	strbuf_release(&lab);
	free(row);
	free(col);
	free(h);
}

/* The months' comments needing a reply and answered (month_answered: their cells, for the
 * waits' table); the columns add up to the summary's figures. */
static void coverage(struct report_ctx *x, struct doc *d, struct report_cells *rc, size_t *month_answered)
{
	const struct report_data *rd = x->data;
	const char *h[6];
	struct doc_table *t;
	size_t i, *need = xmalloc((rd->n_months ? rd->n_months : 1) * sizeof(*need));

	doc_section(d, "coverage", tr(x->lang, T_SEC_COVERAGE));
	report_doc_chart(x, d, CH_COVERAGE, tr(x->lang, T_CH_COVERAGE_DESC));
	h[0] = tr(x->lang, T_H_MONTH);
	h[1] = tr(x->lang, T_NEED_REPLY);
	h[2] = tr(x->lang, T_ANSWERED);
	h[3] = tr(x->lang, T_COVERAGE);
	h[4] = doc_fmt(d, "%s (%s)", tr(x->lang, T_COVERAGE), tr(x->lang, T_PUBLIC));
	h[5] = doc_fmt(d, "%s (%s)", tr(x->lang, T_COVERAGE), tr(x->lang, T_PRIVATE));
	t = doc_table(d, 6, R(1) | R(2) | R(3) | R(4) | R(5), h);
	for (i = 0; i < rd->n_months; i++) {
		const struct report_month *m = &rd->months[i];
		doc_cell(d, t, month_txt(x, d, m->ym));
		need[i] = rc_count(rc, t, m->need[0] + m->need[1], 0);
		month_answered[i] = rc_count(rc, t, m->answered[0] + m->answered[1], 0);
		rc_pct(rc, t, m->answered[0] + m->answered[1], m->need[0] + m->need[1], month_answered[i], need[i]);
		/* a channel's share, with the other's, would give the month's hidden counts back */
		rc_pct(rc, t, m->answered[0], m->need[0], month_answered[i], need[i]);
		rc_pct(rc, t, m->answered[1], m->need[1], month_answered[i], need[i]);
	}
	rc_sum(rc, rc->slot[RCS_NEED], need, rd->n_months);
	rc_sum(rc, rc->slot[RCS_ANSWERED], month_answered, rd->n_months);
	free(need);
}

static void waits(struct report_ctx *x, struct doc *d, struct report_cells *rc, const size_t *month_answered)
{
	const struct report_data *rd = x->data;
	const char *h[6];
	struct doc_table *t;
	size_t i;

	doc_section(d, "waits", tr(x->lang, T_SEC_WAITS));
	report_doc_chart(x, d, CH_WAITS_MONTH, tr(x->lang, T_CH_WAITS_MONTH_DESC));
	h[0] = tr(x->lang, T_H_MONTH);
	h[1] = tr(x->lang, T_ANSWERED);
	h[2] = tr(x->lang, T_MEDIAN_SVC);
	h[3] = tr(x->lang, T_P90_SVC);
	h[4] = tr(x->lang, T_MEDIAN_CAL);
	h[5] = tr(x->lang, T_P90_CAL);
	t = doc_table(d, 6, R(1) | R(2) | R(3) | R(4) | R(5), h);
	for (i = 0; i < rd->n_months; i++) {
		const struct report_month *m = &rd->months[i];
		const struct wait_figures *f = m->waits;
		long n = f ? f->answered : 0;
		size_t hn;
		doc_cell(d, t, month_txt(x, d, m->ym));
		hn = rc_count(rc, t, n, 0);
		rc_same(rc, hn, month_answered[i]);
		rc_wait(rc, t, f ? f->service.median : -1, n, hn);
		rc_wait(rc, t, f ? f->service.p90 : -1, n, hn);
		rc_wait(rc, t, f ? f->calendar.median : -1, n, hn);
		rc_wait(rc, t, f ? f->calendar.p90 : -1, n, hn);
	}
}

static void classes(struct report_ctx *x, struct doc *d, struct report_cells *rc)
{
	const struct report_data *rd = x->data;
	static const int order[CLASS_N] = {CLASS_CRITICISM, CLASS_QUESTION, CLASS_THANKS, CLASS_OTHER};
	const char *h[7];
	struct doc_table *t;
	size_t i;
	int ch, k;

	doc_section(d, "classes", tr(x->lang, T_SEC_CLASSES));
	report_doc_chart(x, d, CH_CLASSES, tr(x->lang, T_CH_CLASSES_DESC));
	h[0] = tr(x->lang, T_H_MONTH);
	h[1] = tr(x->lang, T_H_CHANNEL);
	h[2] = tr(x->lang, T_CITIZEN_MESSAGES);
	for (k = 0; k < CLASS_N; k++)
		h[3 + k] = tr_class(x->lang, order[k]);
	t = doc_table(d, 7, R(2) | R(3) | R(4) | R(5) | R(6), h);
	for (i = 0; i < rd->n_months; i++)
		for (ch = 0; ch < 2; ch++) {
			const long *c = rd->months[i].cls[ch];
			long tot = c[0] + c[1] + c[2] + c[3];
			if (!tot)
				continue;
			size_t htot, parts[CLASS_N];
			doc_cell(d, t, month_txt(x, d, rd->months[i].ym));
			doc_cell(d, t, tr(x->lang, ch ? T_PRIVATE : T_PUBLIC));
			htot = rc_count(rc, t, tot, 0);
			for (k = 0; k < CLASS_N; k++)
				parts[k] = rc_count_pct(rc, t, c[order[k]], tot, htot);
			rc_sum(rc, htot, parts, CLASS_N);
		}
	/* Which shares these are: corrected with n labels when the run tallied enough of them
	 * (RATIO_MIN_LABELS of each class, as ratio asks), else raw. */
	{
		struct confusion cm = {{{0}}};
		struct adjusted adj;
		const char *v[6];
		int enough = x->class_tally != NULL;
		if (enough)
			class_tally_confusion(x->class_tally, &cm);
		for (k = 0; k < CLASS_N && enough; k++)
			enough = confusion_row(&cm, k) >= RATIO_MIN_LABELS;
		if (!enough) {
			doc_para(d, tr(x->lang, T_CLASSES_RAW));
			return;
		}
		ratio_adjust(x->class_tally, NULL, RATIO_DRAWS, RATIO_SEED, &adj);
		for (k = 0; k < 6; k++) {
			const struct share_ci *s = &adj.share[k < 3 ? CHANNEL_PUBLIC : CHANNEL_PRIVATE]
			                                     [k < 3 ? CLASS_CRITICISM : CLASS_THANKS];
			double p = k % 3 == 0 ? s->est : k % 3 == 1 ? s->lo : s->hi;
			v[k] = isnan(p) ? "-" : report_pct(x, d, lround(p * 10000), 10000);
		}
		doc_para(d, doc_fmt(d, tr(x->lang, T_CLASSES_CORRECTED), report_numtxt(x, d, confusion_total(&cm)),
		                    v[0], v[1], v[2], v[3], v[4], v[5]));
	}
}

static void heat(struct report_ctx *x, struct doc *d, struct report_cells *rc)
{
	const struct report_heat *hm = &x->data->heat;
	const char *h[8];
	struct doc_table *t;
	int wd, hr;

	doc_section(d, "heatmap", tr(x->lang, T_SEC_HEAT));
	report_doc_chart(x, d, CH_HEAT, tr(x->lang, T_CH_HEAT_DESC));
	h[0] = tr(x->lang, T_H_HOUR);
	for (wd = 0; wd < 7; wd++)
		h[1 + wd] = tr_weekday(x->lang, wd);
	t = doc_table(d, 8, 0xfe, h);
	t->caption = tr(x->lang, T_AX_HEAT_CB);
	t->note = tr(x->lang, T_HEAT_BLANK);
	for (hr = 0; hr < 24; hr++) {
		doc_cell(d, t, doc_fmt(d, "%02d:00", hr));
		for (wd = 0; wd < 7; wd++) /* a median of a few waits is withheld with them */
			rc_wait(rc, t, hm->median[wd][hr], hm->answered[wd][hr], RC_NONE);
	}
}

static int cmp_need(const void *a, const void *b)
{
	const struct thread_result *p = *(const struct thread_result *const *)a;
	const struct thread_result *q = *(const struct thread_result *const *)b;
	int c;

	if (p->need != q->need)
		return p->need > q->need ? -1 : 1;
	c = id_cmp(p->key, q->key);
	return c ? c : strcmp(p->key, q->key);
}

static void threads(struct report_ctx *x, struct doc *d, struct report_cells *rc)
{
	size_t n, i, shown, *cells;
	struct thread_result **v = results_threads(x->results, &n);
	const char *h[9];
	struct doc_table *t;
	struct strmap by_key;

	doc_section(d, "threads", tr(x->lang, T_SEC_THREADS));
	qsort(v, n, sizeof(*v), cmp_need);
	/* Groups by key once: a report may hold many thousand threads. */
	strmap_init(&by_key);
	for (i = 0; i < x->rep->n_thread; i++)
		*strmap_put(&by_key, x->rep->by_thread[i].key, NULL) = &x->rep->by_thread[i];
	h[0] = tr(x->lang, T_H_THREAD);
	h[1] = tr(x->lang, T_H_CHANNEL);
	h[2] = tr(x->lang, T_H_OFFICIAL);
	h[3] = tr(x->lang, T_CITIZEN_MESSAGES);
	h[4] = tr(x->lang, T_NEED_REPLY);
	h[5] = tr(x->lang, T_ANSWERED);
	h[6] = tr(x->lang, T_COVERAGE);
	h[7] = tr(x->lang, T_MEDIAN_CAL);
	h[8] = tr(x->lang, T_MEDIAN_SVC);
	t = doc_table(d, 9, R(3) | R(4) | R(5) | R(6) | R(7) | R(8), h);
	shown = n < REPORT_TABLE_ROWS ? n : REPORT_TABLE_ROWS;
	cells = xmalloc(3 * (shown ? shown : 1) * sizeof(*cells));
	for (i = 0; i < shown; i++) {
		const struct thread_result *r = v[i];
		const struct times_group *g = strmap_get(&by_key, r->key);
		size_t ha, hn;
		long nw = g ? g->f.answered : 0;
		doc_cell_small(d, t, report_thread_label(x, d, r), r->key);
		doc_cell(d, t,
		         tr(x->lang, report_thread_channel(x->data, r->key) == CHANNEL_PRIVATE ? T_PRIVATE : T_PUBLIC));
		doc_cell(d, t, r->official_name ? r->official_name : tr(x->lang, T_NO_OFFICIAL));
		cells[i] = rc_count(rc, t, r->comments, 0);
		cells[shown + i] = hn = rc_count(rc, t, r->need, 0);
		cells[2 * shown + i] = ha = rc_count(rc, t, r->answered, 0);
		rc_pct(rc, t, r->answered, r->need, ha, hn);
		rc_wait(rc, t, g ? g->f.calendar.median : -1, nw, nw == r->answered ? ha : RC_NONE);
		rc_wait(rc, t, g ? g->f.service.median : -1, nw, nw == r->answered ? ha : RC_NONE);
	}
	/* every thread in the table: its columns add up to the summary's figures */
	if (shown == n) {
		rc_sum(rc, rc->slot[RCS_COMMENTS], cells, shown);
		rc_sum(rc, rc->slot[RCS_NEED], cells + shown, shown);
		rc_sum(rc, rc->slot[RCS_ANSWERED], cells + 2 * shown, shown);
	}
	free(cells);
	if (n > REPORT_TABLE_ROWS)
		t->note = doc_fmt(d, tr(x->lang, T_SHOWN_OF), report_numtxt(x, d, REPORT_TABLE_ROWS),
		                  report_numtxt(x, d, (long long)n), "threads.csv");
	strmap_release(&by_key);
	free(v);
}

static void platforms(struct report_ctx *x, struct doc *d, struct report_cells *rc, const size_t *series_cells)
{
	const struct report_data *rd = x->data;
	const char *h[7];
	struct doc_table *t;
	struct strbuf lab;
	size_t i, ns = rd->n_series ? rd->n_series : 1;
	size_t *cit = xmalloc(ns * sizeof(*cit)), *need = xmalloc(ns * sizeof(*need)),
	       *ans = xmalloc(ns * sizeof(*ans));
	size_t *g_ans = xmalloc((x->rep->n_platform + x->rep->n_channel + 1) * sizeof(*g_ans));

	doc_section(d, "platforms", tr(x->lang, T_SEC_PLATFORMS));
	h[0] = tr(x->lang, T_H_PLATFORM);
	h[1] = tr(x->lang, T_H_CHANNEL);
	h[2] = tr(x->lang, T_CITIZEN_MESSAGES);
	h[3] = tr(x->lang, T_OFFICIAL_REPLIES);
	h[4] = tr(x->lang, T_NEED_REPLY);
	h[5] = tr(x->lang, T_ANSWERED);
	h[6] = tr(x->lang, T_COVERAGE);
	t = doc_table(d, 7, R(2) | R(3) | R(4) | R(5) | R(6), h);
	strbuf_init(&lab);
	{
		/* By platform, then public before private. */
		size_t *o = xmalloc((rd->n_series ? rd->n_series : 1) * sizeof(*o)), j, k;
		for (i = 0; i < rd->n_series; i++)
			o[i] = i;
		for (i = 1; i < rd->n_series; i++)
			for (j = i; j > 0; j--) {
				const struct report_series *a = &rd->series[o[j - 1]], *b = &rd->series[o[j]];
				int c = strcmp(a->platform, b->platform);
				if (c < 0 || (!c && a->channel <= b->channel))
					break;
				k = o[j];
				o[j] = o[j - 1];
				o[j - 1] = k;
			}
		for (i = 0; i < rd->n_series; i++) {
			const struct report_series *s = &rd->series[o[i]];
			doc_cell(d, t, s->platform);
			doc_cell(d, t, tr(x->lang, s->channel == CHANNEL_PRIVATE ? T_PRIVATE : T_PUBLIC));
			cit[i] = rc_count(rc, t, s->citizen, 0);
			rc_same(rc, cit[i], series_cells[o[i]]);
			rc_count(rc, t, s->official, PRIVACY_FIXED);
			need[i] = rc_count(rc, t, s->need, 0);
			ans[i] = rc_count(rc, t, s->answered, 0);
			rc_pct(rc, t, s->answered, s->need, ans[i], need[i]);
		}
		free(o);
	}
	rc_sum(rc, rc->slot[RCS_COMMENTS], cit, rd->n_series);
	rc_sum(rc, rc->slot[RCS_NEED], need, rd->n_series);
	rc_sum(rc, rc->slot[RCS_ANSWERED], ans, rd->n_series);
	/* Waits by platform (every channel) and by channel (every platform), as times computes them. */
	h[0] = tr(x->lang, T_H_PLATFORM);
	h[1] = tr(x->lang, T_H_CHANNEL);
	h[2] = tr(x->lang, T_ANSWERED);
	h[3] = tr(x->lang, T_MEDIAN_CAL);
	h[4] = tr(x->lang, T_P90_CAL);
	h[5] = tr(x->lang, T_MEDIAN_SVC);
	h[6] = tr(x->lang, T_P90_SVC);
	t = doc_table(d, 7, R(2) | R(3) | R(4) | R(5) | R(6), h);
	for (i = 0; i < x->rep->n_platform + x->rep->n_channel; i++) {
		int by_platform = i < x->rep->n_platform;
		const struct times_group *g =
		    by_platform ? &x->rep->by_platform[i] : &x->rep->by_channel[i - x->rep->n_platform];
		if (by_platform) {
			doc_cell(d, t, g->key);
			doc_cell(d, t, tr(x->lang, T_ALL));
		} else {
			doc_cell(d, t, tr(x->lang, T_ALL));
			doc_cell(d, t, tr(x->lang, !strcmp(g->key, "private") ? T_PRIVATE : T_PUBLIC));
		}
		g_ans[i] = rc_count(rc, t, g->f.answered, 0);
		rc_wait(rc, t, g->f.calendar.median, g->f.answered, g_ans[i]);
		rc_wait(rc, t, g->f.calendar.p90, g->f.answered, g_ans[i]);
		rc_wait(rc, t, g->f.service.median, g->f.answered, g_ans[i]);
		rc_wait(rc, t, g->f.service.p90, g->f.answered, g_ans[i]);
	}
	/* the platforms add up to every answered comment, and so do the channels */
	rc_sum(rc, rc->slot[RCS_ANSWERED], g_ans, x->rep->n_platform);
	rc_sum(rc, rc->slot[RCS_ANSWERED], g_ans + x->rep->n_platform, x->rep->n_channel);
	strbuf_release(&lab);
	free(cit);
	free(need);
	free(ans);
	free(g_ans);
}

/* The citizens never answered: by name only with --names (or as their pseudonyms); otherwise
 * counted, and each row numbered. */
static void never(struct report_ctx *x, struct doc *d, struct report_cells *rc)
{
	size_t n, i;
	struct citizen **v = results_never_answered(x->results, &n);
	int unnamed = privacy_names_nobody(&x->ro->privacy);
	const char *h[4];
	struct doc_table *t;

	doc_section(d, "never-answered", tr(x->lang, T_SEC_NEVER));
	if (!n) {
		doc_para(d, tr(x->lang, T_NOTHING_UNANSWERED));
		free(v);
		return;
	}
	if (unnamed) {
		/* the same count as the summary's: hidden there, hidden here */
		struct rc_arg a = {RA_COUNT, rc->slot[RCS_NEVER], RC_NONE, (long)n, 0, 0};
		int many = n != 1 || (rc->on && privacy_hides(&x->ro->privacy, (long)n));
		rc_para(rc, doc_para(d, ""), tr(x->lang, many ? T_NEVER_UNNAMED_MANY : T_NEVER_UNNAMED_ONE), &a, 1);
	}
	h[0] = tr(x->lang, unnamed ? TP_F_PERSON : T_H_NAME);
	h[1] = tr(x->lang, T_H_PLATFORM);
	h[2] = tr(x->lang, T_NEED_REPLY);
	h[3] = tr(x->lang, T_THREADS);
	t = doc_table(d, 4, R(2) | R(3), h);
	for (i = 0; i < n && i < REPORT_TABLE_ROWS; i++) {
		if (unnamed)
			doc_cell(d, t, doc_fmt(d, tr(x->lang, T_CH_PERSON), report_numtxt(x, d, (long long)i + 1)));
		else
			doc_cell(d, t, v[i]->name ? v[i]->name : v[i]->key);
		doc_cell(d, t, v[i]->platform);
		rc_count(rc, t, v[i]->need, 0);
		rc_count(rc, t, v[i]->threads, 0);
	}
	if (n > REPORT_TABLE_ROWS)
		t->note = doc_fmt(d, tr(x->lang, T_SHOWN_OF), report_numtxt(x, d, REPORT_TABLE_ROWS),
		                  report_numtxt(x, d, (long long)n), "citizens.csv");
	free(v);
}

void report_doc_period(struct report_ctx *x, struct doc *d)
{
	struct report_cells rc;
	size_t *series, *month_answered;

	d->title = tr(x->lang, T_REPORT_TITLE);
	{
		struct strbuf sub;
		strbuf_init(&sub);
		report_subtitle(x, &sub);
		d->subtitle = doc_str(d, sub.buf);
		strbuf_release(&sub);
	}
	d->toc_title = tr(x->lang, T_TOC);
	d->footer = tr(x->lang, T_FOOTER);
	report_cells_init(&rc, x, d);
	series = xmalloc((x->data->n_series ? x->data->n_series : 1) * sizeof(*series));
	month_answered = xmalloc((x->data->n_months ? x->data->n_months : 1) * sizeof(*month_answered));
	summary(x, d, &rc);
	messages(x, d, &rc, series);
	coverage(x, d, &rc, month_answered);
	waits(x, d, &rc, month_answered);
	classes(x, d, &rc);
	heat(x, d, &rc);
	threads(x, d, &rc);
	platforms(x, d, &rc, series);
	never(x, d, &rc);
	report_proof(x, d);
	report_fairness(x, d);
	report_doc_method(x, d);
	report_doc_files(x, d);
	report_manifest(x, d);
	/* --min-cell: every count of the tables above is known, what a reader could add up too */
	report_cells_apply(&rc);
	report_cells_release(&rc);
	free(series);
	free(month_answered);
}
