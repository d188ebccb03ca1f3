/* schedule.c: a schedule in memory and the openings of any given day as UTC spans, with the
 * holiday and timetable lookups behind them. The file format is read by schedule_parse.c and
 * iCalendar by schedule_ics.c; waits are measured by hours.c. */
#include "schedule.h"
#include "strbuf.h"
#include "text.h"
#include "util_tz.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define CACHE_SIZE 512

struct sched_cache_entry {
	long long day;
	int valid, n;
	struct span spans[SCHED_MAX_INTERVALS];
};

const char *holiday_scope_name(enum holiday_scope s)
{
	return s == SCOPE_NATIONAL   ? "national"
	       : s == SCOPE_REGIONAL ? "regional"
	       : s == SCOPE_LOCAL    ? "local"
	                             : "other";
}

int weekday_of_day(long long day)
{
	return (int)(((day % 7) + 7 + 4) % 7); /* 1970-01-01 was a Thursday */
}

/* Add [start, end) to a weekday, merging overlapping and touching intervals. -1 when full. */
int sched_day_add(struct sched_day *d, int start, int end)
{
	int st[SCHED_MAX_INTERVALS + 1], en[SCHED_MAX_INTERVALS + 1], n = d->n, i, j, k = 0;

	for (i = 0; i < n; i++) {
		st[i] = d->start[i];
		en[i] = d->end[i];
	}
	for (i = n; i > 0 && st[i - 1] > start; i--) {
		st[i] = st[i - 1];
		en[i] = en[i - 1];
	}
	st[i] = start;
	en[i] = end;
	n++;
	for (j = 0; j < n; j++) {
		if (k && st[j] <= en[k - 1]) {
			if (en[j] > en[k - 1])
				en[k - 1] = en[j];
			continue;
		}
		st[k] = st[j];
		en[k] = en[j];
		k++;
	}
	if (k > SCHED_MAX_INTERVALS)
		return -1;
	d->n = k;
	memcpy(d->start, st, (size_t)k * sizeof(int));
	memcpy(d->end, en, (size_t)k * sizeof(int));
	return 0;
}

void schedule_add_holiday(struct schedule *s, const struct holiday *h, const char *name, size_t name_len)
{
	struct holiday *dst;
	struct strbuf sb;

	XGROW(s->holidays, s->cap_holidays, s->n_holidays + 1);
	dst = &s->holidays[s->n_holidays++];
	*dst = *h;
	strbuf_init(&sb);
	text_repair_utf8(name, name_len, &sb);
	dst->name = arena_strdup(&s->arena, sb.buf);
	dst->source = arena_strdup(&s->arena, h->source);
	strbuf_release(&sb);
}

struct sched_version *schedule_add_version(struct schedule *s, long long from, long line)
{
	struct sched_version *v;

	XGROW(s->versions, s->cap_versions, s->n_versions + 1);
	v = &s->versions[s->n_versions++];
	memset(v, 0, sizeof(*v));
	v->from = from;
	v->line = line;
	return v;
}

static int cmp_holiday(const void *a, const void *b)
{
	const struct holiday *x = a, *y = b;
	int c;

	if (x->yearly != y->yearly)
		return x->yearly - y->yearly;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	if (x->month != y->month)
		return x->month - y->month;
	if (x->mday != y->mday)
		return x->mday - y->mday;
	c = strcmp(x->source, y->source);
	return c ? c : strcmp(x->name, y->name);
}

void schedule_index(struct schedule *s)
{
	size_t i, k;

	if (s->cache)
		memset(s->cache, 0, CACHE_SIZE * sizeof(*s->cache));
	if (s->n_holidays > 1)
		qsort(s->holidays, s->n_holidays, sizeof(*s->holidays), cmp_holiday);
	for (s->n_dated = 0; s->n_dated < s->n_holidays && !s->holidays[s->n_dated].yearly; s->n_dated++)
		;
	s->horizon = LLONG_MIN;
	for (i = 0; i < s->n_versions; i++) {
		if (s->versions[i].from > s->horizon)
			s->horizon = s->versions[i].from;
		for (k = 0; k < s->versions[i].n_variants; k++)
			if (!s->versions[i].variants[k].yearly && s->versions[i].variants[k].to > s->horizon)
				s->horizon = s->versions[i].variants[k].to;
	}
}

struct schedule *schedule_new(const char *name)
{
	struct schedule *s = xcalloc(1, sizeof(*s));

	arena_init(&s->arena);
	s->file = arena_strdup(&s->arena, name);
	return s;
}

struct schedule *schedule_always(const char *zone)
{
	struct schedule *s = schedule_new("(day and night)");
	struct sched_version *v;
	int k;

	s->zone_name = arena_strdup(&s->arena, zone && *zone ? zone : "UTC");
	s->zone = tz_load(s->zone_name);
	if (!s->zone) {
		schedule_free(s);
		return NULL;
	}
	v = schedule_add_version(s, LLONG_MIN, 0);
	for (k = 0; k < 7; k++)
		sched_day_add(&v->week.day[k], 0, 86400);
	s->always = 1;
	schedule_index(s);
	return s;
}

void schedule_free(struct schedule *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < s->n_versions; i++)
		free(s->versions[i].variants);
	free(s->versions);
	free(s->holidays);
	free(s->cache);
	free(s->files);
	tz_free(s->zone);
	arena_release(&s->arena);
	free(s);
}

long long schedule_local_day(const struct schedule *s, long long utc)
{
	int y, m, d, h, mi, se, wd;
	long off;

	tz_utc_to_local(s->zone, utc, &y, &m, &d, &h, &mi, &se, &wd, &off);
	return tz_days_from_civil(y, m, d);
}

long long schedule_first_day(const struct schedule *s)
{
	return s->n_versions ? s->versions[0].from : LLONG_MIN;
}

const struct holiday *schedule_holiday(const struct schedule *s, long long day)
{
	size_t lo = 0, hi = s->n_dated, i;
	int y, m, d;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->holidays[mid].day < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < s->n_dated && s->holidays[lo].day == day)
		return &s->holidays[lo];
	if (s->n_dated == s->n_holidays)
		return NULL;
	tz_civil_from_days(day, &y, &m, &d);
	for (i = s->n_dated; i < s->n_holidays; i++) {
		const struct holiday *h = &s->holidays[i];
		if (h->month == m && h->mday == d && (h->day == LLONG_MIN || day >= h->day) &&
		    (!h->last_year || y <= h->last_year))
			return h;
	}
	return NULL;
}

static int variant_covers(const struct sched_variant *v, long long day)
{
	int y, m, d, md;

	if (!v->yearly)
		return day >= v->from && day <= v->to;
	tz_civil_from_days(day, &y, &m, &d);
	md = m * 100 + d;
	return v->from <= v->to ? (md >= v->from && md <= v->to) : (md >= v->from || md <= v->to);
}

const struct sched_version *schedule_version(const struct schedule *s, long long day,
                                             const struct sched_variant **variant)
{
	const struct sched_version *v = NULL;
	size_t i;

	*variant = NULL;
	if (!s->n_versions)
		return NULL;
	for (i = s->n_versions; i-- > 0;)
		if (s->versions[i].from <= day) {
			v = &s->versions[i];
			break;
		}
	if (!v)
		v = &s->versions[0]; /* before the first timetable: the first one (README says so) */
	for (i = v->n_variants; i-- > 0;)
		if (variant_covers(&v->variants[i], day)) {
			*variant = &v->variants[i];
			break;
		}
	return v;
}

static long long local_instant(const struct schedule *s, long long day, int secs)
{
	int y, m, d;
	long long utc;

	tz_civil_from_days(day, &y, &m, &d);
	tz_local_to_utc(s->zone, y, m, d, secs / 3600, secs % 3600 / 60, secs % 60, &utc);
	return utc;
}

int schedule_day(struct schedule *s, long long day, const struct span **out)
{
	struct sched_cache_entry *e;
	const struct sched_variant *var;
	const struct sched_version *v;
	const struct sched_day *dd;
	int i;

	if (!s->cache)
		s->cache = xcalloc(CACHE_SIZE, sizeof(*s->cache));
	e = &s->cache[(unsigned long long)day % CACHE_SIZE];
	*out = e->spans;
	if (e->valid && e->day == day)
		return e->n;
	e->valid = 1;
	e->day = day;
	e->n = 0;
	v = schedule_version(s, day, &var);
	if (!v || schedule_holiday(s, day))
		return 0;
	dd = &(var ? &var->week : &v->week)->day[weekday_of_day(day)];
	for (i = 0; i < dd->n; i++) {
		long long st = local_instant(s, day, dd->start[i]);
		long long en = dd->end[i] == 86400 ? local_instant(s, day + 1, 0) : local_instant(s, day, dd->end[i]);
		/* A time in the spring-forward gap reads with the offset before it (util_tz), which can
		 * make a span overlap the previous one; keep spans ordered and disjoint. */
		if (e->n && st < e->spans[e->n - 1].end)
			st = e->spans[e->n - 1].end;
		if (en > st) {
			e->spans[e->n].start = st;
			e->spans[e->n].end = en;
			e->n++;
		}
	}
	return e->n;
}
