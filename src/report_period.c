/* report_period.c: the document of `replycov report`: the summary of a period over every
 * thread, platform and channel, a section per chart with the table of its figures (so the
 * report says everything without gnuplot too), the threads, the platforms and channels, the
 * citizens never answered, and the closing sections. It words figures computed elsewhere. */
#include "report_run.h"
#include "classify.h"
#include "util_tz.h"

#include <stdlib.h>
#include <string.h>

#define R(i) (1u << (i)) /* a right-aligned (numeric) column */

static void summary(struct report_ctx *x, struct doc *d)
{
	const struct report_data *rd = x->data;
	const struct wait_figures *w = &x->rep->overall;
	struct summary s;
	const char *h[2];
	struct doc_table *t;
	long need[2] = {0, 0}, ans[2] = {0, 0};
	size_t i;
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
		doc_para(d, doc_fmt(d, tr(x->lang, T_SUMMARY_SENTENCE), report_numtxt(x, d, s.answered),
		                    report_numtxt(x, d, s.need_reply), report_pct(x, d, s.answered, s.need_reply),
		                    report_numtxt(x, d, s.users_never_answered), report_numtxt(x, d, s.users)));
		if (w->answered)
			doc_para(d,
			         doc_fmt(d, tr(x->lang, T_SUMMARY_WAIT), report_waittxt(x, d, w->calendar.median),
			                 report_waittxt(x, d, w->service.median), report_waittxt(x, d, w->calendar.p90),
			                 report_waittxt(x, d, w->service.p90)));
		if (need[0] && need[1])
			doc_para(d, doc_fmt(d, tr(x->lang, T_SUMMARY_PRIVATE_PUBLIC), report_pct(x, d, ans[0], need[0]),
			                    report_pct(x, d, ans[1], need[1])));
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
	ROW(T_PERIOD, report_period_words(x, d));
	ROW(T_ZONE, x->zone_name);
	ROW(T_THREADS, report_numtxt(x, d, s.threads));
	ROW(T_CITIZEN_MESSAGES, report_numtxt(x, d, s.comments));
	ROW(T_OFFICIAL_REPLIES, report_numtxt(x, d, rd->official));
	ROW(T_NEED_REPLY, report_numtxt(x, d, s.need_reply));
	ROW(T_ANSWERED, report_numtxt(x, d, s.answered));
	ROW(T_UNANSWERED, report_numtxt(x, d, s.unanswered));
	ROW(T_NOT_NEEDED, report_numtxt(x, d, s.not_needed));
	ROW(T_COVERAGE, report_pct(x, d, s.answered, s.need_reply));
	ROW(T_COVERAGE_STRICT, report_pct(x, d, s.answered, s.comments));
	ROW(T_CITIZENS, report_numtxt(x, d, s.users));
	ROW(T_NEVER_ANSWERED, report_numtxt(x, d, s.users_never_answered));
	ROW(T_MEDIAN_CAL, report_waittxt(x, d, w->calendar.median));
	ROW(T_P90_CAL, report_waittxt(x, d, w->calendar.p90));
	ROW(T_MEDIAN_SVC, report_waittxt(x, d, w->service.median));
	ROW(T_P90_SVC, report_waittxt(x, d, w->service.p90));
	ROW(T_WITHIN_1H, report_pct(x, d, w->calendar.within_1h, w->need));
	ROW(T_WITHIN_24H, report_pct(x, d, w->calendar.within_24h, w->need));
	ROW(T_OUT_OF_HOURS, report_pct(x, d, w->out_of_hours, w->need));
	ROW(T_SCHEDULE, report_schedule_text(x, d));
	ROW(T_POLICY, report_policy_text(x, d));
#undef ROW
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

static void messages(struct report_ctx *x, struct doc *d)
{
	const struct report_data *rd = x->data;
	const char **h = xmalloc((rd->n_series + 3) * sizeof(*h));
	struct doc_table *t;
	struct strbuf lab;
	size_t i, j, cols = rd->n_series + 3;
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
		doc_cell(d, t, month_txt(x, d, m->ym));
		for (j = 0; j < rd->n_series; j++)
			doc_cell(d, t, report_numtxt(x, d, m->by_series[j]));
		doc_cell(d, t, report_numtxt(x, d, m->citizen[0] + m->citizen[1]));
		doc_cell(d, t, report_numtxt(x, d, m->official[0] + m->official[1]));
	}
	strbuf_release(&lab);
	free(h);
}

static void coverage(struct report_ctx *x, struct doc *d)
{
	const struct report_data *rd = x->data;
	const char *h[6];
	struct doc_table *t;
	size_t i;

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
		doc_cell(d, t, report_numtxt(x, d, m->need[0] + m->need[1]));
		doc_cell(d, t, report_numtxt(x, d, m->answered[0] + m->answered[1]));
		doc_cell(d, t, report_pct(x, d, m->answered[0] + m->answered[1], m->need[0] + m->need[1]));
		doc_cell(d, t, report_pct(x, d, m->answered[0], m->need[0]));
		doc_cell(d, t, report_pct(x, d, m->answered[1], m->need[1]));
	}
}

static void waits(struct report_ctx *x, struct doc *d)
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
		doc_cell(d, t, month_txt(x, d, m->ym));
		doc_cell(d, t, report_numtxt(x, d, f ? f->answered : 0));
		doc_cell(d, t, report_waittxt(x, d, f ? f->service.median : -1));
		doc_cell(d, t, report_waittxt(x, d, f ? f->service.p90 : -1));
		doc_cell(d, t, report_waittxt(x, d, f ? f->calendar.median : -1));
		doc_cell(d, t, report_waittxt(x, d, f ? f->calendar.p90 : -1));
	}
}

static void classes(struct report_ctx *x, struct doc *d)
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
			doc_cell(d, t, month_txt(x, d, rd->months[i].ym));
			doc_cell(d, t, tr(x->lang, ch ? T_PRIVATE : T_PUBLIC));
			doc_cell(d, t, report_numtxt(x, d, tot));
			for (k = 0; k < CLASS_N; k++)
				doc_cell(d, t,
				         doc_fmt(d, "%s (%s)", report_numtxt(x, d, c[order[k]]),
				                 report_pct(x, d, c[order[k]], tot)));
		}
}

static void heat(struct report_ctx *x, struct doc *d)
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
		for (wd = 0; wd < 7; wd++)
			doc_cell(d, t, report_waittxt(x, d, hm->median[wd][hr]));
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

static void threads(struct report_ctx *x, struct doc *d)
{
	size_t n, i;
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
	for (i = 0; i < n && i < REPORT_TABLE_ROWS; i++) {
		const struct thread_result *r = v[i];
		const struct times_group *g = strmap_get(&by_key, r->key);
		doc_cell_small(d, t, report_thread_label(x, d, r), r->key);
		doc_cell(d, t,
		         tr(x->lang, report_thread_channel(x->data, r->key) == CHANNEL_PRIVATE ? T_PRIVATE : T_PUBLIC));
		doc_cell(d, t, r->official_name ? r->official_name : tr(x->lang, T_NO_OFFICIAL));
		doc_cell(d, t, report_numtxt(x, d, r->comments));
		doc_cell(d, t, report_numtxt(x, d, r->need));
		doc_cell(d, t, report_numtxt(x, d, r->answered));
		doc_cell(d, t, report_pct(x, d, r->answered, r->need));
		doc_cell(d, t, report_waittxt(x, d, g ? g->f.calendar.median : -1));
		doc_cell(d, t, report_waittxt(x, d, g ? g->f.service.median : -1));
	}
	if (n > REPORT_TABLE_ROWS)
		t->note = doc_fmt(d, tr(x->lang, T_SHOWN_OF), report_numtxt(x, d, REPORT_TABLE_ROWS),
		                  report_numtxt(x, d, (long long)n), "threads.csv");
	strmap_release(&by_key);
	free(v);
}

static void platforms(struct report_ctx *x, struct doc *d)
{
	const struct report_data *rd = x->data;
	const char *h[7];
	struct doc_table *t;
	struct strbuf lab;
	size_t i;

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
			doc_cell(d, t, report_numtxt(x, d, s->citizen));
			doc_cell(d, t, report_numtxt(x, d, s->official));
			doc_cell(d, t, report_numtxt(x, d, s->need));
			doc_cell(d, t, report_numtxt(x, d, s->answered));
			doc_cell(d, t, report_pct(x, d, s->answered, s->need));
		}
		free(o);
	}
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
		doc_cell(d, t, report_numtxt(x, d, g->f.answered));
		doc_cell(d, t, report_waittxt(x, d, g->f.calendar.median));
		doc_cell(d, t, report_waittxt(x, d, g->f.calendar.p90));
		doc_cell(d, t, report_waittxt(x, d, g->f.service.median));
		doc_cell(d, t, report_waittxt(x, d, g->f.service.p90));
	}
	strbuf_release(&lab);
}

static void never(struct report_ctx *x, struct doc *d)
{
	size_t n, i;
	struct citizen **v = results_never_answered(x->results, &n);
	const char *h[4];
	struct doc_table *t;

	doc_section(d, "never-answered", tr(x->lang, T_SEC_NEVER));
	if (!n) {
		doc_para(d, tr(x->lang, T_NOTHING_UNANSWERED));
		free(v);
		return;
	}
	h[0] = tr(x->lang, T_H_NAME);
	h[1] = tr(x->lang, T_H_PLATFORM);
	h[2] = tr(x->lang, T_NEED_REPLY);
	h[3] = tr(x->lang, T_THREADS);
	t = doc_table(d, 4, R(2) | R(3), h);
	for (i = 0; i < n && i < REPORT_TABLE_ROWS; i++) {
		doc_cell(d, t, v[i]->name ? v[i]->name : v[i]->key);
		doc_cell(d, t, v[i]->platform);
		doc_cell(d, t, report_numtxt(x, d, v[i]->need));
		doc_cell(d, t, report_numtxt(x, d, v[i]->threads));
	}
	if (n > REPORT_TABLE_ROWS)
		t->note = doc_fmt(d, tr(x->lang, T_SHOWN_OF), report_numtxt(x, d, REPORT_TABLE_ROWS),
		                  report_numtxt(x, d, (long long)n), "citizens.csv");
	free(v);
}

void report_doc_period(struct report_ctx *x, struct doc *d)
{
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
	summary(x, d);
	messages(x, d);
	coverage(x, d);
	waits(x, d);
	classes(x, d);
	heat(x, d);
	threads(x, d);
	platforms(x, d);
	never(x, d);
	report_proof(x, d);
	report_fairness(x, d);
	report_doc_method(x, d);
	report_doc_files(x, d);
	report_manifest(x, d);
}
