/* times.c: folding per-thread waits into run-wide figures, groups, the platform table and
 * backlogs. No printing and no answer-finding here (coverage.c decides what answers what). */
#include "times.h"
#include "util_tz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void times_run_init(struct times_run *r, const struct waits_opts *o)
{
	memset(r, 0, sizeof(*r));
	r->o = *o;
	arena_init(&r->arena);
	strmap_init(&r->threads);
}

static void thread_clear(struct times_thread *tt)
{
	thread_waits_release(&tt->w);
	free(tt->openers);
	tt->openers = NULL;
	tt->n_openers = tt->cap_openers = 0;
}

void times_run_release(struct times_run *r)
{
	size_t i;

	for (i = 0; i < r->threads.cap; i++)
		if (r->threads.slots[i].key)
			thread_clear(r->threads.slots[i].value);
	strmap_release(&r->threads);
	arena_release(&r->arena);
}

const struct times_thread *times_run_add(struct times_run *r, const struct thread *t, const struct thread_coverage *c)
{
	struct times_thread *tt = strmap_get(&r->threads, t->key);

	if (tt) {
		thread_clear(tt);
	} else {
		tt = arena_alloc(&r->arena, sizeof(*tt));
		tt->key = arena_strdup(&r->arena, t->key);
		tt->platform = arena_strdup(&r->arena, t->platform);
		tt->id = arena_strdup(&r->arena, t->id);
		*strmap_put(&r->threads, tt->key, NULL) = tt;
	}
	waits_thread(t, c, &r->o, &tt->w);
	platform_thread(t, c, r->o.from, r->o.to, &tt->openers, &tt->n_openers, &tt->cap_openers);
	return tt;
}

static int cmp_key(const char *a, const char *b)
{
	int c = id_cmp(a, b);
	return c ? c : strcmp(a, b);
}

static int cmp_thread(const void *a, const void *b)
{
	return cmp_key((*(const struct times_thread *const *)a)->key, (*(const struct times_thread *const *)b)->key);
}

struct times_thread **times_run_threads(const struct times_run *r, size_t *n)
{
	struct times_thread **v = xmalloc((r->threads.len ? r->threads.len : 1) * sizeof(*v));
	size_t i;

	*n = 0;
	for (i = 0; i < r->threads.cap; i++)
		if (r->threads.slots[i].key)
			v[(*n)++] = r->threads.slots[i].value;
	qsort(v, *n, sizeof(*v), cmp_thread);
	return v;
}

/* Groups with few keys (platforms, channels, months, agents): each bucket holds its rows'
 * pointers, so memory is one pointer per row and grouping, not one entry per row and key. */
struct bucket {
	const char *key;
	const struct wait_row **rows;
	size_t n, cap;
	long replies;
};

struct buckets {
	struct bucket *b;
	size_t n, cap;
	size_t last; /* the bucket used last: consecutive rows often share it */
};

static struct bucket *bucket_of(struct buckets *bs, const char *key)
{
	size_t i;

	if (bs->n && bs->last < bs->n && !strcmp(bs->b[bs->last].key, key))
		return &bs->b[bs->last];
	for (i = 0; i < bs->n; i++)
		if (!strcmp(bs->b[i].key, key))
			break;
	if (i == bs->n) {
		XGROW(bs->b, bs->cap, bs->n + 1);
		memset(&bs->b[bs->n], 0, sizeof(*bs->b));
		bs->b[bs->n++].key = key;
	}
	bs->last = i;
	return &bs->b[i];
}

static void bucket_add(struct buckets *bs, const char *key, const struct wait_row *row, long replies)
{
	struct bucket *b = bucket_of(bs, key);

	if (row) {
		XGROW(b->rows, b->cap, b->n + 1);
		b->rows[b->n++] = row;
	}
	b->replies += replies;
}

static int cmp_bucket(const void *a, const void *b)
{
	return cmp_key(((const struct bucket *)a)->key, ((const struct bucket *)b)->key);
}

static void groups_of(struct buckets *bs, struct times_group **out, size_t *n_out)
{
	size_t i;

	if (bs->n > 1)
		qsort(bs->b, bs->n, sizeof(*bs->b), cmp_bucket);
	*out = xmalloc((bs->n ? bs->n : 1) * sizeof(**out));
	for (i = 0; i < bs->n; i++) {
		(*out)[i].key = bs->b[i].key;
		(*out)[i].replies = bs->b[i].replies;
		wait_figures_compute(bs->b[i].rows, bs->b[i].n, &(*out)[i].f);
		free(bs->b[i].rows);
	}
	*n_out = bs->n;
	free(bs->b);
	memset(bs, 0, sizeof(*bs));
}

static const char *month_key(struct times_report *rep, struct strmap *months, const struct schedule *s, long long t)
{
	int y, m, d;
	char buf[32];
	const char *key;

	tz_civil_from_days(schedule_local_day(s, t), &y, &m, &d);
	snprintf(buf, sizeof(buf), "%04d-%02d", y, m);
	key = strmap_get(months, buf);
	if (!key) {
		key = arena_strdup(&rep->arena, buf);
		*strmap_put(months, key, NULL) = (void *)key;
	}
	return key;
}

void times_report_build(const struct times_run *r, struct times_report *rep)
{
	size_t n, i, j, total = 0, k = 0, n_private = 0, n_open = 0, cap_open = 0;
	struct times_thread **tv = times_run_threads(r, &n);
	struct buckets by_platform = {0}, by_channel = {0}, by_month = {0}, by_agent = {0};
	const struct wait_row **trows = NULL;
	size_t cap_trows = 0;
	const struct wait_row **all, **priv;
	struct platform_msg *open = NULL;
	struct strmap months;
	struct schedule *s = r->o.hours->s;
	long long first_day = schedule_first_day(s);

	memset(rep, 0, sizeof(*rep));
	arena_init(&rep->arena);
	strmap_init(&months);
	for (i = 0; i < n; i++)
		total += tv[i]->w.n;
	all = xmalloc((total ? total : 1) * sizeof(*all));
	priv = xmalloc((total ? total : 1) * sizeof(*priv));
	rep->by_thread = xmalloc((n ? n : 1) * sizeof(*rep->by_thread));
	rep->n_thread = n;
	for (i = 0; i < n; i++) {
		const struct times_thread *tt = tv[i];
		rep->threads++;
		rep->comments_outside += tt->w.outside;
		rep->not_needed += tt->w.not_needed;
		/* Every thread gets its group, even one with nothing to measure: its rows are
		 * together already, so no grouping is needed. */
		XGROW(trows, cap_trows, tt->w.n + 1);
		for (j = 0; j < tt->w.n; j++)
			trows[j] = &tt->w.rows[j];
		rep->by_thread[i].key = tt->key;
		rep->by_thread[i].replies = 0;
		wait_figures_compute(trows, tt->w.n, &rep->by_thread[i].f);
		for (j = 0; j < tt->w.n; j++) {
			const struct wait_row *row = &tt->w.rows[j];
			all[k++] = row;
			if (k == 1 || row->asked < rep->first)
				rep->first = row->asked;
			if (k == 1 || row->asked > rep->last)
				rep->last = row->asked;
			if (k == 1 || row->asked > rep->last_event)
				rep->last_event = row->asked;
			if ((row->flags & WAIT_ANSWERED) && row->asked + row->calendar_s > rep->last_event)
				rep->last_event = row->asked + row->calendar_s;
			if (first_day != LLONG_MIN && schedule_local_day(s, row->asked) < first_day)
				rep->before_first_timetable++;
			bucket_add(&by_platform, tt->platform, row, 0);
			bucket_add(&by_channel, row->flags & WAIT_PRIVATE ? "private" : "public", row, 0);
			bucket_add(&by_month, month_key(rep, &months, s, row->asked), row, 0);
			if (row->flags & WAIT_PRIVATE)
				priv[n_private++] = row;
			if (row->flags & WAIT_ANSWERED)
				bucket_add(&by_agent, row->agent >= 0 ? r->o.agents->names[row->agent] : "unsigned",
				           row, 0);
		}
		for (j = 0; j < tt->w.n_replies; j++) {
			int a = tt->w.replies[j].agent;
			bucket_add(&by_agent, a >= 0 ? r->o.agents->names[a] : "unsigned", NULL,
			           tt->w.replies[j].replies);
		}
		if (tt->n_openers) {
			XGROW(open, cap_open, n_open + tt->n_openers);
			memcpy(open + n_open, tt->openers, tt->n_openers * sizeof(*open));
			n_open += tt->n_openers;
		}
	}
	wait_figures_compute(all, k, &rep->overall);
	free(trows);
	groups_of(&by_platform, &rep->by_platform, &rep->n_platform);
	groups_of(&by_channel, &rep->by_channel, &rep->n_channel);
	groups_of(&by_month, &rep->by_month, &rep->n_month);
	groups_of(&by_agent, &rep->by_agent, &rep->n_agent);
	platform_table_build(open, n_open, priv, n_private, s, &rep->platform);
	free(open);
	free(all);
	free(priv);
	free(tv);
	strmap_release(&months);
}

void times_report_release(struct times_report *rep)
{
	free(rep->by_thread);
	free(rep->by_platform);
	free(rep->by_channel);
	free(rep->by_month);
	free(rep->by_agent);
	arena_release(&rep->arena);
	memset(rep, 0, sizeof(*rep));
}

static long long hour_of(long long t)
{
	return (t >= 0 ? t / 3600 : -((-t + 3599) / 3600)) * 3600;
}

void times_backlog(const struct times_thread *tt, struct backlog *b)
{
	long long lo = 0, hi = 0;
	size_t i, h;
	long open = 0;

	memset(b, 0, sizeof(*b));
	for (i = 0; i < tt->w.n; i++) {
		const struct wait_row *r = &tt->w.rows[i];
		long long end = r->flags & WAIT_ANSWERED ? r->asked + r->calendar_s : r->asked;
		if (!i || r->asked < lo)
			lo = r->asked;
		if (!i || end > hi)
			hi = end;
	}
	if (!tt->w.n)
		return;
	b->start = hour_of(lo);
	if ((hi - b->start) / 3600 + 1 > BACKLOG_MAX_HOURS) {
		b->n = BACKLOG_MAX_HOURS;
		b->truncated = 1;
	} else {
		b->n = (size_t)((hi - b->start) / 3600 + 1);
	}
	b->arrived = xcalloc(b->n, sizeof(long));
	b->answered = xcalloc(b->n, sizeof(long));
	b->open = xcalloc(b->n, sizeof(long));
	for (i = 0; i < tt->w.n; i++) {
		const struct wait_row *r = &tt->w.rows[i];
		unsigned long long a = (unsigned long long)((r->asked - b->start) / 3600);
		if (a < b->n)
			b->arrived[a]++;
		if (r->flags & WAIT_ANSWERED) {
			unsigned long long e = (unsigned long long)((r->asked + r->calendar_s - b->start) / 3600);
			if (e < b->n)
				b->answered[e]++;
		}
	}
	for (h = 0; h < b->n; h++) {
		open += b->arrived[h] - b->answered[h];
		b->open[h] = open;
	}
}

void backlog_release(struct backlog *b)
{
	free(b->arrived);
	free(b->answered);
	free(b->open);
	memset(b, 0, sizeof(*b));
}
