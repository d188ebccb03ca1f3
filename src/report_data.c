/* report_data.c: the figures of a report, gathered thread by thread and summed at the end.
 * Each thread keeps a few cells (month x platform/channel) so that a thread brought back by a
 * re-read replaces its earlier figures; nothing per comment is kept, except for the one thread
 * of a post-mortem. No printing. */
#include "report.h"
#include "ratio_adjust.h"
#include "results.h"
#include "text.h"
#include "util_tz.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct report_thread {
	const char *key;
	int channel;
	struct report_cell *cells;
	size_t n_cells;
	struct report_labeled *labeled; /* the messages a person labeled, by channel, label and the
	                                 * classifier's own class; NULL when none (most threads) */
	size_t n_labeled;
};

struct report_labeled {
	unsigned char channel, label, own;
	long n;
};

void report_data_init(struct report_data *d, const struct tz *zone, long long from, long long to)
{
	memset(d, 0, sizeof(*d));
	d->zone = zone;
	d->from = from;
	d->to = to;
	arena_init(&d->arena);
	strmap_init(&d->threads);
}

void report_data_release(struct report_data *d)
{
	size_t i;

	for (i = 0; i < d->threads.cap; i++)
		if (d->threads.slots[i].key) {
			struct report_thread *rt = d->threads.slots[i].value;
			free(rt->cells);
			free(rt->labeled);
		}
	for (i = 0; i < d->n_months; i++)
		free(d->months[i].by_series);
	free(d->months);
	free(d->series);
	free(d->focus.msgs);
	free(d->focus.comments);
	strmap_release(&d->threads);
	arena_release(&d->arena);
	memset(d, 0, sizeof(*d));
}

int report_ym(const struct tz *zone, long long t)
{
	int y, m, day, h, mi, s, wd;
	long off;

	tz_utc_to_local(zone, t, &y, &m, &day, &h, &mi, &s, &wd, &off);
	return y * 12 + m - 1;
}

void report_weekday_hour(const struct tz *zone, long long t, int *wday, int *hour)
{
	int y, m, day, mi, s, wd;
	long off;

	tz_utc_to_local(zone, t, &y, &m, &day, hour, &mi, &s, &wd, &off);
	*wday = (wd + 6) % 7;
}

void report_local_minute(const struct tz *zone, long long t, char *buf)
{
	int y, m, day, h, mi, s, wd;
	long off;

	tz_utc_to_local(zone, t, &y, &m, &day, &h, &mi, &s, &wd, &off);
	/* Years outside 0..9999 would not fit; the exports replycov reads never hold them, but a
	 * hostile one might: clamp rather than overflow. */
	if (y < 0)
		y = 0;
	if (y > 9999)
		y = 9999;
	snprintf(buf, 17, "%04d-%02d-%02d %02d:%02d", y, m, day, h, mi);
}

static int series_of(struct report_data *d, const char *platform, int channel)
{
	size_t i;

	for (i = 0; i < d->n_series; i++)
		if (d->series[i].channel == channel && !strcmp(d->series[i].platform, platform))
			return (int)i;
	XGROW(d->series, d->cap_series, d->n_series + 1);
	memset(&d->series[d->n_series], 0, sizeof(*d->series));
	d->series[d->n_series].platform = arena_strdup(&d->arena, platform);
	d->series[d->n_series].channel = channel;
	return (int)d->n_series++;
}

/* The cell of (ym, series) in a thread's small list; threads span few months. */
static struct report_cell *cell_of(struct report_cell **v, size_t *n, size_t *cap, int ym, int series)
{
	size_t i;

	for (i = *n; i-- > 0;)
		if ((*v)[i].ym == ym && (*v)[i].series == series)
			return &(*v)[i];
	XGROW(*v, *cap, *n + 1);
	memset(&(*v)[*n], 0, sizeof(**v));
	(*v)[*n].ym = ym;
	(*v)[*n].series = series;
	return &(*v)[(*n)++];
}

static int all_private(const struct thread *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (t->recs[i].channel != CHANNEL_PRIVATE)
			return 0;
	return t->n > 0;
}

static void labeled_add(struct report_thread *rt, const struct record *r)
{
	size_t j;

	for (j = 0; j < rt->n_labeled; j++)
		if (rt->labeled[j].channel == r->channel && rt->labeled[j].label == (unsigned char)r->cls &&
		    rt->labeled[j].own == (unsigned char)r->own_cls) {
			rt->labeled[j].n++;
			return;
		}
	rt->labeled = xrealloc(rt->labeled, (rt->n_labeled + 1) * sizeof(*rt->labeled));
	rt->labeled[rt->n_labeled++] =
	    (struct report_labeled){(unsigned char)r->channel, (unsigned char)r->cls, (unsigned char)r->own_cls, 1};
}

void report_data_add(struct report_data *d, const struct thread *t, const struct thread_coverage *c)
{
	struct report_thread *rt = strmap_get(&d->threads, t->key);
	struct report_cell *cells = NULL;
	size_t n = 0, cap = 0, i;

	if (!rt) {
		rt = arena_alloc(&d->arena, sizeof(*rt));
		rt->key = arena_strdup(&d->arena, t->key);
		*strmap_put(&d->threads, rt->key, NULL) = rt;
	}
	free(rt->cells);
	free(rt->labeled);
	rt->labeled = NULL;
	rt->n_labeled = 0;
	rt->channel = all_private(t) ? CHANNEL_PRIVATE : CHANNEL_PUBLIC;
	for (i = 0; i < t->n; i++) {
		const struct record *r = &t->recs[i];
		long long when = r->created.utc;
		if (!c->official[i] || (long)i == t->post || when < d->from || when >= d->to)
			continue;
		cell_of(&cells, &n, &cap, report_ym(d->zone, when), series_of(d, t->platform, (int)r->channel))
		    ->official++;
	}
	for (i = 0; i < c->n_comments; i++) {
		const struct comment_result *cr = &c->comments[i];
		const struct record *r = &t->recs[cr->rec];
		struct report_cell *k = cell_of(&cells, &n, &cap, report_ym(d->zone, r->created.utc),
		                                series_of(d, t->platform, (int)r->channel));
		k->citizen++;
		k->cls[r->cls >= 0 && r->cls < CLASS_N ? r->cls : CLASS_N]++;
		if (r->by == BY_HUMAN && r->cls >= 0 && r->cls < CLASS_N && r->own_cls >= 0 && r->own_cls < CLASS_N)
			labeled_add(rt, r);
		if (cr->status == STATUS_NOT_NEEDED) {
			k->not_needed++;
		} else {
			k->need++;
			if (cr->status == STATUS_ANSWERED)
				k->answered++;
		}
	}
	/* Kept to the end of the run: exactly as many as there are (a thread has one or two;
	 * room for eight, times ten thousand threads, was 6 MB). */
	rt->cells = n ? xmalloc(n * sizeof(*cells)) : NULL;
	if (n)
		memcpy(rt->cells, cells, n * sizeof(*cells));
	rt->n_cells = n;
	free(cells);
}

void report_data_tally(const struct report_data *d, struct class_tally *out)
{
	size_t i, j;
	int k;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < d->threads.cap; i++) {
		const struct report_thread *rt = d->threads.slots[i].value;
		if (!d->threads.slots[i].key)
			continue;
		for (j = 0; j < rt->n_cells; j++) {
			int ch = d->series[rt->cells[j].series].channel;
			if (ch < 0 || ch >= RATIO_CHANNELS)
				continue;
			for (k = 0; k < CLASS_N; k++)
				out->unlabeled[ch][k] += rt->cells[j].cls[k];
		}
		/* A labeled message is in its cell under its label: moved from there to the matrix. */
		for (j = 0; j < rt->n_labeled; j++) {
			const struct report_labeled *l = &rt->labeled[j];
			if (l->channel >= RATIO_CHANNELS)
				continue;
			out->labeled[l->channel][l->label][l->own] += l->n;
			out->unlabeled[l->channel][l->label] -= l->n;
		}
	}
}

int report_thread_channel(const struct report_data *d, const char *key)
{
	const struct report_thread *rt = strmap_get(&d->threads, key);
	return rt ? rt->channel : -1;
}

void report_data_focus(struct report_data *d, const struct thread *t, const struct thread_coverage *c)
{
	struct report_focus *f = &d->focus;
	struct strbuf sb;
	size_t i, k = 0;

	free(f->msgs);
	free(f->comments);
	memset(f, 0, sizeof(*f));
	d->have_focus = 1;
	strbuf_init(&sb);
	f->key = arena_strdup(&d->arena, t->key);
	f->platform = arena_strdup(&d->arena, t->platform);
	f->id = arena_strdup(&d->arena, t->id);
	f->official_name = arena_strdup(&d->arena, c->official_name);
	f->channel = all_private(t) ? CHANNEL_PRIVATE : CHANNEL_PUBLIC;
	if (t->post >= 0 && *t->recs[t->post].text) {
		text_excerpt(t->recs[t->post].text, 160, &sb);
		f->title = arena_strdup(&d->arena, sb.buf);
		strbuf_reset(&sb);
		text_headline(t->recs[t->post].text, 60, &sb);
		if (sb.len)
			f->headline = arena_strdup(&d->arena, sb.buf);
	}
	f->post_time = t->post >= 0 ? t->recs[t->post].created.utc : t->n ? t->recs[0].created.utc : 0;
	f->first = t->n ? t->recs[0].created.utc : 0;
	f->last = t->n ? t->recs[t->n - 1].created.utc : 0;
	f->msgs = xmalloc((t->n ? t->n : 1) * sizeof(*f->msgs));
	for (i = 0; i < t->n; i++) {
		if ((long)i == t->post)
			continue;
		f->msgs[k].t = t->recs[i].created.utc;
		f->msgs[k].official = c->official[i];
		k++;
	}
	f->n_msgs = k;
	f->comments = xmalloc((c->n_comments ? c->n_comments : 1) * sizeof(*f->comments));
	for (i = 0; i < c->n_comments; i++) {
		const struct comment_result *cr = &c->comments[i];
		const struct record *r = &t->recs[cr->rec];
		struct focus_comment *fc = &f->comments[i];
		int cls = r->cls >= 0 && r->cls < CLASS_N ? r->cls : -1;
		fc->t = r->created.utc;
		fc->id = arena_strdup(&d->arena, r->id);
		fc->author = arena_strdup(&d->arena, r->author ? r->author : r->author_id);
		strbuf_reset(&sb);
		author_key(&sb, r);
		fc->author_key = arena_strdup(&d->arena, sb.buf);
		strbuf_reset(&sb);
		text_excerpt(r->text, 100, &sb);
		fc->excerpt = arena_strdup(&d->arena, sb.buf);
		fc->cls = cls;
		fc->status = cr->status;
		fc->wait = cr->status == STATUS_ANSWERED ? cr->wait : -1;
		f->status_by_class[cls >= 0 ? cls : CLASS_N][cr->status]++;
	}
	f->n_comments = c->n_comments;
	strbuf_release(&sb);
}

static int cmp_ll(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;
	return x < y ? -1 : x > y;
}

/* The heat map from every wait of the run (times keeps them, one row per comment needing a
 * reply): bucket the calendar waits by local weekday and hour of arrival, then take medians. */
static void heat_fill(struct report_data *d, const struct times_run *tr)
{
	struct report_heat *h = &d->heat;
	size_t n, i, j, total = 0, at[7 * 24 + 1];
	struct times_thread **tv = times_run_threads(tr, &n);
	long long *w;
	unsigned char *cellof;
	struct wait_row *scratch = NULL;
	size_t cap = 0;

	memset(h, 0, sizeof(*h));
	for (i = 0; i < n; i++)
		total += tv[i]->w.n;
	w = xmalloc((total ? total : 1) * sizeof(*w));
	cellof = xmalloc(total ? total : 1);
	total = 0;
	for (i = 0; i < n; i++) {
		const struct wait_row *rows = times_thread_rows(tv[i], &scratch, &cap);
		for (j = 0; j < tv[i]->w.n; j++) {
			const struct wait_row *r = &rows[j];
			int wd, hr;
			report_weekday_hour(d->zone, r->asked, &wd, &hr);
			h->need[wd][hr]++;
			if (r->flags & WAIT_ANSWERED) {
				h->answered[wd][hr]++;
				cellof[total++] = (unsigned char)(wd * 24 + hr);
			}
		}
	}
	/* Counting sort into per-cell runs, in input order, then a median per run. */
	memset(at, 0, sizeof(at));
	for (i = 0; i < 7 * 24; i++)
		at[i + 1] = at[i] + (size_t)h->answered[i / 24][i % 24];
	{
		size_t fill[7 * 24], k = 0;
		memcpy(fill, at, sizeof(fill));
		for (i = 0; i < n; i++) {
			const struct wait_row *rows = times_thread_rows(tv[i], &scratch, &cap);
			for (j = 0; j < tv[i]->w.n; j++) {
				const struct wait_row *r = &rows[j];
				if (r->flags & WAIT_ANSWERED) {
					w[fill[cellof[k]]++] = r->calendar_s;
					k++;
				}
			}
		}
	}
	for (i = 0; i < 7 * 24; i++) {
		size_t m = at[i + 1] - at[i];
		if (m > 1)
			qsort(w + at[i], m, sizeof(*w), cmp_ll);
		h->median[i / 24][i % 24] = percentile(w + at[i], m, 50);
		if (h->median[i / 24][i % 24] > h->max_median)
			h->max_median = h->median[i / 24][i % 24];
	}
	free(w);
	free(cellof);
	free(scratch);
	free(tv);
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

void report_data_finish(struct report_data *d, const struct times_run *tr, const struct times_report *rep)
{
	int lo = INT_MAX, hi = INT_MIN;
	long span_max = REPORT_GAP_MONTHS;
	int *have = NULL;
	size_t n_have = 0, cap_have = 0, i, j, k, m;

	/* The months of the axis: the period's, else those with messages. */
	for (i = 0; i < d->threads.cap; i++) {
		const struct report_thread *rt = d->threads.slots[i].value;
		if (!d->threads.slots[i].key)
			continue;
		for (j = 0; j < rt->n_cells; j++) {
			XGROW(have, cap_have, n_have + 1);
			have[n_have++] = rt->cells[j].ym;
		}
	}
	if (n_have > 1)
		qsort(have, n_have, sizeof(*have), cmp_int);
	for (i = j = 0; i < n_have; i++)
		if (!j || have[j - 1] != have[i])
			have[j++] = have[i];
	n_have = j;
	if (n_have) {
		lo = have[0];
		hi = have[n_have - 1];
	}
	if (d->from != LLONG_MIN && d->to != LLONG_MAX) {
		int plo = report_ym(d->zone, d->from), phi = report_ym(d->zone, d->to - 1);
		lo = n_have && lo < plo ? lo : plo;
		hi = n_have && hi > phi ? hi : phi;
		span_max = REPORT_MAX_MONTHS; /* a period's months are all shown, empty or not */
	}
	if (lo <= hi && (long)hi - lo + 1 <= span_max) {
		d->n_months = (size_t)(hi - lo + 1);
		d->months = xcalloc(d->n_months, sizeof(*d->months));
		for (i = 0; i < d->n_months; i++)
			d->months[i].ym = lo + (int)i;
	} else {
		/* Years of exports, or a stray timestamp in 1900: only the months that hold
		 * messages, the latest REPORT_MAX_MONTHS of them. */
		size_t skip = n_have > REPORT_MAX_MONTHS ? n_have - REPORT_MAX_MONTHS : 0;
		d->n_months = n_have - skip;
		d->months = xcalloc(d->n_months ? d->n_months : 1, sizeof(*d->months));
		for (i = 0; i < d->n_months; i++)
			d->months[i].ym = have[skip + i];
	}
	free(have);
	for (i = 0; i < d->n_months; i++)
		d->months[i].by_series = xcalloc(d->n_series ? d->n_series : 1, sizeof(long));
	for (i = 0; i < d->threads.cap; i++) {
		const struct report_thread *rt = d->threads.slots[i].value;
		if (!d->threads.slots[i].key)
			continue;
		for (j = 0; j < rt->n_cells; j++) {
			const struct report_cell *c = &rt->cells[j];
			struct report_month *mo = NULL;
			size_t a = 0, b = d->n_months;
			int ch = d->series[c->series].channel == CHANNEL_PRIVATE;
			while (a < b) {
				m = a + (b - a) / 2;
				if (d->months[m].ym < c->ym)
					a = m + 1;
				else
					b = m;
			}
			if (a < d->n_months && d->months[a].ym == c->ym)
				mo = &d->months[a];
			if (!mo)
				continue; /* outside the months kept */
			mo->citizen[ch] += c->citizen;
			mo->official[ch] += c->official;
			mo->need[ch] += c->need;
			mo->answered[ch] += c->answered;
			mo->not_needed[ch] += c->not_needed;
			for (k = 0; k <= CLASS_N; k++)
				mo->cls[ch][k] += c->cls[k];
			mo->by_series[c->series] += c->citizen;
			d->series[c->series].citizen += c->citizen;
			d->series[c->series].official += c->official;
			d->series[c->series].need += c->need;
			d->series[c->series].answered += c->answered;
			d->series[c->series].not_needed += c->not_needed;
			d->citizen += c->citizen;
			d->official += c->official;
		}
	}
	/* times_report files months under "YYYY-MM" in the schedule's zone, the report's zone. */
	for (i = 0; i < d->n_months; i++) {
		char key[16];
		int y = d->months[i].ym / 12, mo = d->months[i].ym % 12 + 1;
		snprintf(key, sizeof(key), "%04d-%02d", y < 0 ? 0 : y > 9999 ? 9999 : y, mo);
		for (j = 0; j < rep->n_month; j++)
			if (!strcmp(rep->by_month[j].key, key))
				d->months[i].waits = &rep->by_month[j].f;
	}
	heat_fill(d, tr);
}
