/* times.c: folding per-thread waits into run-wide figures, groups, the platform table and
 * backlogs. No printing and no answer-finding here (coverage.c decides what answers what). */
#include "times.h"
#include "pack.h"
#include "text.h"
#include "util_tz.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void times_run_init(struct times_run *r, const struct waits_opts *o)
{
	memset(r, 0, sizeof(*r));
	r->o = *o;
	arena_init(&r->arena);
	strmap_init(&r->threads);
	strmap_init(&r->platforms);
	strbuf_init(&r->packed);
}

static void thread_clear(struct times_thread *tt)
{
	thread_waits_release(&tt->w);
	free(tt->packed_rows);
	tt->packed_rows = NULL;
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
	strmap_release(&r->platforms);
	strbuf_release(&r->packed);
	arena_release(&r->arena);
	r->last = NULL;
}

/* A row: when it was asked (the difference from the row before), its flags; when answered,
 * the calendar and service waits and the agent. An unanswered row's waits and agent are -1. */
static void pack_rows(struct times_run *r, struct times_thread *tt)
{
	long long prev = 0;
	size_t i;

	if (!tt->w.rows)
		return;
	strbuf_reset(&r->packed);
	for (i = 0; i < tt->w.n; i++) {
		const struct wait_row *row = &tt->w.rows[i];
		/* the difference in two's complement, so that any two times fit */
		pack_int(&r->packed, (long long)((unsigned long long)row->asked - (unsigned long long)prev));
		prev = row->asked;
		pack_uint(&r->packed, row->flags);
		if (row->flags & WAIT_ANSWERED) {
			pack_int(&r->packed, row->calendar_s);
			pack_int(&r->packed, row->service_s);
			pack_int(&r->packed, row->agent);
		}
	}
	tt->packed_rows = pack_copy(&r->packed);
	free(tt->w.rows);
	tt->w.rows = NULL;
}

const struct wait_row *times_thread_rows(const struct times_thread *tt, struct wait_row **scratch, size_t *cap)
{
	const unsigned char *p = tt->packed_rows;
	long long prev = 0;
	size_t i;

	if (tt->w.rows || !tt->w.n)
		return tt->w.rows;
	XGROW(*scratch, *cap, tt->w.n);
	for (i = 0; i < tt->w.n; i++) {
		struct wait_row *row = &(*scratch)[i];
		row->asked = (long long)((unsigned long long)prev + (unsigned long long)unpack_int(&p));
		prev = row->asked;
		row->flags = (unsigned)unpack_uint(&p);
		if (row->flags & WAIT_ANSWERED) {
			row->calendar_s = unpack_int(&p);
			row->service_s = unpack_int(&p);
			row->agent = (int)unpack_int(&p);
		} else {
			row->calendar_s = row->service_s = -1;
			row->agent = -1;
		}
	}
	return *scratch;
}

/* What names the thread for people: its post's headline, day and channel. */
static void thread_name(struct times_run *r, const struct thread *t, struct times_thread *tt)
{
	size_t i;

	tt->headline = NULL;
	if (t->post >= 0 && *t->recs[t->post].text) {
		struct strbuf sb;
		strbuf_init(&sb);
		text_headline(t->recs[t->post].text, 60, &sb);
		if (sb.len)
			tt->headline = arena_strdup(&r->arena, sb.buf);
		strbuf_release(&sb);
	}
	tt->post_time = t->post >= 0 ? t->recs[t->post].created.utc : t->n ? t->recs[0].created.utc : 0;
	tt->private_conv = t->n > 0;
	for (i = 0; i < t->n && tt->private_conv; i++)
		tt->private_conv = t->recs[i].channel == CHANNEL_PRIVATE;
}

const struct times_thread *times_run_add(struct times_run *r, const struct thread *t, const struct thread_coverage *c)
{
	struct times_thread *tt = strmap_get(&r->threads, t->key);

	if (r->last && r->last != tt)
		pack_rows(r, r->last);
	if (tt) {
		thread_clear(tt);
	} else {
		tt = arena_alloc(&r->arena, sizeof(*tt));
		tt->key = arena_strdup(&r->arena, t->key);
		tt->platform = strmap_get(&r->platforms, t->platform);
		if (!tt->platform) {
			tt->platform = arena_strdup(&r->arena, t->platform);
			*strmap_put(&r->platforms, tt->platform, NULL) = (void *)tt->platform;
		}
		tt->id = tt->key + strlen(t->platform) + 1; /* the key is "platform/id" */
		*strmap_put(&r->threads, tt->key, NULL) = tt;
	}
	thread_name(r, t, tt);
	waits_thread(t, c, &r->o, &tt->w);
	platform_thread(t, c, r->o.from, r->o.to, &tt->openers, &tt->n_openers, &tt->cap_openers);
	r->last = tt;
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

/* Groups (platforms, channels, months, agents) are measured one grouping at a time: the rows
 * of every group are placed side by side in one shared array of pointers (a counting sort by
 * group), so the memory is one pointer per row whatever the number of groupings and groups. */
struct keyset {
	struct strmap ids; /* key -> index + 1 */
	const char **keys;
	long *replies;
	size_t n, cap;
	const char *last_key; /* consecutive rows often share their group */
	size_t last;
};

static void keyset_init(struct keyset *ks)
{
	memset(ks, 0, sizeof(*ks));
	strmap_init(&ks->ids);
}

static void keyset_release(struct keyset *ks)
{
	strmap_release(&ks->ids);
	free(ks->keys);
	free(ks->replies);
}

/* The index of key, added when new; key must outlive the report (arena, run or literal). */
static size_t keyset_id(struct keyset *ks, const char *key)
{
	void **slot;
	int created;

	if (ks->last_key && (ks->last_key == key || !strcmp(ks->last_key, key)))
		return ks->last;
	slot = strmap_put(&ks->ids, key, &created);
	if (created) {
		size_t cap = ks->cap;
		XGROW(ks->keys, cap, ks->n + 1);
		XGROW(ks->replies, ks->cap, ks->n + 1);
		ks->keys[ks->n] = key;
		ks->replies[ks->n] = 0;
		*slot = (void *)(ks->n + 1);
		ks->n++;
	}
	ks->last = (size_t)*slot - 1;
	ks->last_key = key;
	return ks->last;
}

enum grouping { BY_ALL, BY_PLATFORM, BY_CHANNEL, BY_MONTH, BY_AGENT };

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

struct grouping_ctx {
	const struct times_run *r;
	struct times_thread **tv;
	size_t n_threads;
	struct times_report *rep; /* months: keys kept in its arena */
	struct strmap *months;
	const struct schedule *s;
	long long day; /* the local day last looked up, and its month */
	size_t day_month;
	int has_day;
	struct wait_row *scratch; /* rows unpacked (times_thread_rows) */
	size_t cap_scratch;
};

static const struct wait_row *rows_of(struct grouping_ctx *g, size_t i)
{
	return times_thread_rows(g->tv[i], &g->scratch, &g->cap_scratch);
}

static const char *agent_key(const struct times_run *r, int agent)
{
	return agent >= 0 ? r->o.agents->names[agent] : "unsigned";
}

/* The group of a row of thread tt, or -1 when the grouping leaves it out. */
static long group_of(struct grouping_ctx *g, enum grouping by, struct keyset *ks, const struct times_thread *tt,
                     const struct wait_row *row)
{
	long long day;

	switch (by) {
	case BY_ALL:
		return (long)keyset_id(ks, "all");
	case BY_PLATFORM:
		return (long)keyset_id(ks, tt->platform);
	case BY_CHANNEL:
		return (long)keyset_id(ks, row->flags & WAIT_PRIVATE ? "private" : "public");
	case BY_MONTH:
		/* Rows come thread by thread, mostly from the same days: the month is looked up
		 * once per local day in a row. */
		day = schedule_local_day(g->s, row->asked);
		if (!g->has_day || day != g->day) {
			g->day = day;
			g->day_month = keyset_id(ks, month_key(g->rep, g->months, g->s, row->asked));
			g->has_day = 1;
		}
		return (long)g->day_month;
	case BY_AGENT:
		return row->flags & WAIT_ANSWERED ? (long)keyset_id(ks, agent_key(g->r, row->agent)) : -1;
	}
	return -1;
}

static int cmp_group(const void *a, const void *b)
{
	return cmp_key(((const struct times_group *)a)->key, ((const struct times_group *)b)->key);
}

/* The figures of each group of a grouping (indexed as in ks, groups added as they are met),
 * from the rows' values placed group by group (a counting sort) in one array: one value per
 * answered row, one clock after the other, whatever the number of groups. */
static struct wait_figures *figures_grouped(struct grouping_ctx *g, enum grouping by, struct keyset *ks)
{
	struct wait_figures *f = NULL;
	size_t i, j, c, *at = NULL, *fill, cap_f = 0, cap_at = 0, n_f = 0;
	long long *v;

	/* Groups are numbered as they are met, and counted in the same pass. */
	for (i = 0; i < g->n_threads; i++) {
		const struct wait_row *rows = rows_of(g, i);
		for (j = 0; j < g->tv[i]->w.n; j++) {
			long id = group_of(g, by, ks, g->tv[i], &rows[j]);
			if (ks->n > n_f) {
				XGROW(f, cap_f, ks->n);
				XGROW(at, cap_at, ks->n + 1);
				memset(f + n_f, 0, (ks->n - n_f) * sizeof(*f));
				memset(at + n_f + 1, 0, (ks->n - n_f) * sizeof(*at));
				at[0] = 0;
				n_f = ks->n;
			}
			if (id >= 0 && wait_figures_count(&f[id], &rows[j]))
				at[id + 1]++;
		}
	}
	if (!f) {
		f = xcalloc(1, sizeof(*f));
		at = xcalloc(1, sizeof(*at));
	}
	fill = xmalloc((ks->n ? ks->n : 1) * sizeof(*fill));
	for (i = 0; i < ks->n; i++)
		at[i + 1] += at[i];
	v = xmalloc((at[ks->n] ? at[ks->n] : 1) * sizeof(*v));
	for (c = 0; c < 2; c++) {
		memcpy(fill, at, ks->n * sizeof(*fill));
		for (i = 0; i < g->n_threads; i++) {
			const struct wait_row *rows = rows_of(g, i);
			for (j = 0; j < g->tv[i]->w.n; j++) {
				const struct wait_row *r = &rows[j];
				long id;
				if (!(r->flags & WAIT_ANSWERED) || (id = group_of(g, by, ks, g->tv[i], r)) < 0)
					continue;
				v[fill[id]++] = c ? r->service_s : r->calendar_s;
			}
		}
		for (i = 0; i < ks->n; i++)
			wait_stats_compute(v + at[i], at[i + 1] - at[i], c ? &f[i].service : &f[i].calendar);
	}
	free(v);
	free(fill);
	free(at);
	return f;
}

static void figures_by(struct grouping_ctx *g, enum grouping by, struct keyset *ks, struct times_group **out,
                       size_t *n_out)
{
	struct wait_figures *f;
	size_t i, j;

	if (by == BY_AGENT)
		for (i = 0; i < g->n_threads; i++)
			for (j = 0; j < g->tv[i]->w.n_replies; j++) {
				/* the id first: adding a key may move ks->replies */
				size_t id = keyset_id(ks, agent_key(g->r, g->tv[i]->w.replies[j].agent));
				ks->replies[id] += g->tv[i]->w.replies[j].replies;
			}
	f = figures_grouped(g, by, ks);
	*out = xmalloc((ks->n ? ks->n : 1) * sizeof(**out));
	for (i = 0; i < ks->n; i++) {
		(*out)[i].key = arena_strdup(&g->rep->arena, ks->keys[i]);
		(*out)[i].replies = ks->replies[i];
		(*out)[i].f = f[i];
	}
	*n_out = ks->n;
	if (ks->n > 1)
		qsort(*out, ks->n, sizeof(**out), cmp_group);
	free(f);
}

void times_report_build(const struct times_run *r, struct times_report *rep)
{
	size_t n, i, j, k = 0, n_private = 0, n_open = 0, cap_open = 0;
	struct times_thread **tv = times_run_threads(r, &n);
	struct keyset ks_all, ks_platform, ks_channel, ks_month, ks_agent;
	const struct wait_row **priv;
	struct wait_row *priv_rows;
	struct wait_figures *all;
	struct platform_msg *open = NULL;
	struct strmap months;
	struct schedule *s = r->o.hours->s;
	long long first_day = schedule_first_day(s);
	struct grouping_ctx g;

	memset(rep, 0, sizeof(*rep));
	arena_init(&rep->arena);
	strmap_init(&months);
	keyset_init(&ks_all);
	keyset_init(&ks_platform);
	keyset_init(&ks_channel);
	keyset_init(&ks_month);
	keyset_init(&ks_agent);
	memset(&g, 0, sizeof(g));
	g.tv = tv;
	rep->by_thread = xmalloc((n ? n : 1) * sizeof(*rep->by_thread));
	rep->n_thread = n;
	for (i = 0; i < n; i++) {
		const struct times_thread *tt = tv[i];
		const struct wait_row *rows = rows_of(&g, i);
		rep->threads++;
		rep->comments_outside += tt->w.outside;
		rep->not_needed += tt->w.not_needed;
		/* Every thread gets its group, even one with nothing to measure: its rows are
		 * together already, so no grouping is needed. */
		for (j = 0; j < tt->w.n; j++) {
			const struct wait_row *row = &rows[j];
			k++;
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
			if (row->flags & WAIT_PRIVATE)
				n_private++;
		}
		rep->by_thread[i].key = arena_strdup(&rep->arena, tt->key);
		rep->by_thread[i].replies = 0;
		wait_figures_of(rows, tt->w.n, &rep->by_thread[i].f);
		if (tt->n_openers) {
			XGROW(open, cap_open, n_open + tt->n_openers);
			memcpy(open + n_open, tt->openers, tt->n_openers * sizeof(*open));
			n_open += tt->n_openers;
		}
	}
	g.r = r;
	g.n_threads = n;
	g.rep = rep;
	g.months = &months;
	g.s = s;
	g.has_day = 0;
	all = figures_grouped(&g, BY_ALL, &ks_all);
	if (ks_all.n)
		rep->overall = all[0];
	else
		wait_figures_of(NULL, 0, &rep->overall); /* nothing to measure: no median (-1) */
	free(all);
	figures_by(&g, BY_PLATFORM, &ks_platform, &rep->by_platform, &rep->n_platform);
	figures_by(&g, BY_CHANNEL, &ks_channel, &rep->by_channel, &rep->n_channel);
	figures_by(&g, BY_MONTH, &ks_month, &rep->by_month, &rep->n_month);
	figures_by(&g, BY_AGENT, &ks_agent, &rep->by_agent, &rep->n_agent);
	/* The private messages' rows, for the platform's figure. */
	priv = xmalloc((n_private ? n_private : 1) * sizeof(*priv));
	priv_rows = xmalloc((n_private ? n_private : 1) * sizeof(*priv_rows));
	for (k = 0, i = 0; i < n; i++) {
		const struct wait_row *rows = rows_of(&g, i);
		for (j = 0; j < tv[i]->w.n; j++)
			if (rows[j].flags & WAIT_PRIVATE) {
				priv_rows[k] = rows[j];
				priv[k] = &priv_rows[k];
				k++;
			}
	}
	platform_table_build(open, n_open, priv, n_private, s, &rep->platform);
	free(open);
	free(priv);
	free(priv_rows);
	free(g.scratch);
	free(tv);
	keyset_release(&ks_all);
	keyset_release(&ks_platform);
	keyset_release(&ks_channel);
	keyset_release(&ks_month);
	keyset_release(&ks_agent);
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
	size_t i, h, cap = 0;
	long open = 0;
	struct wait_row *scratch = NULL;
	const struct wait_row *rows = times_thread_rows(tt, &scratch, &cap);

	memset(b, 0, sizeof(*b));
	for (i = 0; i < tt->w.n; i++) {
		const struct wait_row *r = &rows[i];
		long long end = r->flags & WAIT_ANSWERED ? r->asked + r->calendar_s : r->asked;
		if (!i || r->asked < lo)
			lo = r->asked;
		if (!i || end > hi)
			hi = end;
	}
	if (!tt->w.n) {
		free(scratch);
		return;
	}
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
		const struct wait_row *r = &rows[i];
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
	free(scratch);
}

void backlog_release(struct backlog *b)
{
	free(b->arrived);
	free(b->answered);
	free(b->open);
	memset(b, 0, sizeof(*b));
}
