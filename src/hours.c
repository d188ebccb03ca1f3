/* hours.c: open seconds, next opening and service-day ends over a schedule. A table of open
 * seconds per day (with prefix sums) makes a long wait cost two day lookups, not one per day.
 * It does not know about comments or coverage. */
#include "hours.h"

#include <stdlib.h>
#include <string.h>

#define TABLE_MAX 146100L /* 400 years of days kept at most */
#define SCAN_CHUNK 64

void hours_init(struct hours *h, struct schedule *s)
{
	memset(h, 0, sizeof(*h));
	h->s = s;
}

void hours_release(struct hours *h)
{
	free(h->total);
	free(h->cum);
	memset(h, 0, sizeof(*h));
}

static long long day_total(struct schedule *s, long long day)
{
	const struct span *sp;
	int n = schedule_day(s, day, &sp), i;
	long long t = 0;

	for (i = 0; i < n; i++)
		t += sp[i].end - sp[i].start;
	return t;
}

/* Make the table cover days [d0, d1] (d1 - d0 < TABLE_MAX). */
static void cover(struct hours *h, long long d0, long long d1)
{
	long long lo, hi, k;
	size_t n, i, off;

	if (h->n && d0 >= h->lo && d1 < h->lo + (long long)h->n)
		return;
	lo = h->n && h->lo < d0 ? h->lo : d0;
	hi = h->n && h->lo + (long long)h->n - 1 > d1 ? h->lo + (long long)h->n - 1 : d1;
	if (!h->n || hi - lo + 1 > TABLE_MAX) {
		/* Far from what is kept: start again around this request. */
		h->n = 0;
		lo = d0;
		hi = d1;
	}
	n = (size_t)(hi - lo + 1);
	if (n > h->cap) {
		size_t cap = n + n / 2 + SCAN_CHUNK;
		h->total = xrealloc(h->total, cap * sizeof(long long));
		h->cum = xrealloc(h->cum, (cap + 1) * sizeof(long long));
		h->cap = cap;
	}
	off = h->n ? (size_t)(h->lo - lo) : 0;
	if (h->n && off)
		memmove(h->total + off, h->total, h->n * sizeof(long long));
	for (k = lo; k <= hi; k++) {
		i = (size_t)(k - lo);
		if (h->n && i >= off && i < off + h->n)
			continue;
		h->total[i] = day_total(h->s, k);
	}
	h->lo = lo;
	h->n = n;
	h->cum[0] = 0;
	for (i = 0; i < n; i++)
		h->cum[i + 1] = h->cum[i] + h->total[i];
}

static long long overlap(struct schedule *s, long long day, long long a, long long b)
{
	const struct span *sp;
	int n = schedule_day(s, day, &sp), i;
	long long t = 0;

	for (i = 0; i < n; i++) {
		long long st = sp[i].start > a ? sp[i].start : a;
		long long en = sp[i].end < b ? sp[i].end : b;
		if (en > st)
			t += en - st;
	}
	return t;
}

long long hours_open_seconds(struct hours *h, long long a, long long b)
{
	long long da, db, mid = 0;

	if (b <= a)
		return 0;
	da = schedule_local_day(h->s, a);
	db = schedule_local_day(h->s, b);
	if (da == db)
		return overlap(h->s, da, a, b);
	if (db - da > HOURS_MAX_DAYS) {
		db = da + HOURS_MAX_DAYS;
		b = HOURS_NEVER;
	}
	if (db - da > 1) {
		cover(h, da + 1, db - 1);
		mid = h->cum[db - h->lo] - h->cum[da + 1 - h->lo];
	}
	return overlap(h->s, da, a, HOURS_NEVER) + mid + overlap(h->s, db, LLONG_MIN, b);
}

long long hours_next_opening(struct hours *h, long long t)
{
	long long d = schedule_local_day(h->s, t), k, last = d + 800;
	const struct span *sp;
	int n, i;

	if (h->s->horizon != LLONG_MIN && h->s->horizon > d && h->s->horizon - d < HOURS_MAX_DAYS)
		last = h->s->horizon + 800;
	if (last - d > HOURS_MAX_DAYS)
		last = d + HOURS_MAX_DAYS;
	for (k = d; k <= last; k++) {
		if (k > d + 1) {
			/* Skip closed days through the table, a chunk at a time. */
			long long hi = k + SCAN_CHUNK - 1 < last ? k + SCAN_CHUNK - 1 : last;
			cover(h, k, hi);
			while (k <= hi && !h->total[k - h->lo])
				k++;
			if (k > hi) {
				k = hi;
				continue;
			}
		}
		n = schedule_day(h->s, k, &sp);
		for (i = 0; i < n; i++)
			if (sp[i].end > t)
				return sp[i].start > t ? sp[i].start : t;
	}
	return HOURS_NEVER;
}

long long hours_day_close(struct hours *h, long long t)
{
	const struct span *sp;
	int n = schedule_day(h->s, schedule_local_day(h->s, t), &sp);

	return n ? sp[n - 1].end : HOURS_NEVER;
}

void hours_wait(struct hours *h, long long asked, long long answered, int elapsed_before_opening, struct hours_wait *w)
{
	memset(w, 0, sizeof(*w));
	w->calendar_s = answered - asked;
	w->clock_start = hours_next_opening(h, asked);
	w->out_of_hours = w->clock_start != asked;
	if (w->clock_start == HOURS_NEVER || answered < w->clock_start) {
		w->before_opening = 1;
		w->same_service_day = 1;
		w->service_s = elapsed_before_opening ? w->calendar_s : 0;
		return;
	}
	w->service_s = hours_open_seconds(h, asked, answered);
	w->same_service_day = answered <= hours_day_close(h, w->clock_start);
}
