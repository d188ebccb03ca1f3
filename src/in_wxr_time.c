/* in_wxr_time.c: WordPress dates. A comment or post has its local time and its GMT time; when
 * the GMT one is missing (WordPress writes 0000-00-00 00:00:00), the local time is read with
 * --tz, or with the site's offset at the nearest moment that has both. Nothing here reads
 * XML. */
#include "in_wxr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int empty(const char *s)
{
	return !s || !*s;
}

/* "YYYY-MM-DD HH:MM:SS" read as UTC; 0 when absent, WordPress's zero date, or bad. */
static enum time_status naive(const char *s, long long *t)
{
	char buf[40];
	struct when wh;
	enum time_status st;

	if (empty(s))
		return TIME_BAD;
	if (strlen(s) + 2 > sizeof(buf))
		return TIME_BAD;
	snprintf(buf, sizeof(buf), "%sZ", s);
	st = time_parse(buf, NULL, &wh);
	*t = wh.utc;
	return st;
}

static int zero_date(const char *s)
{
	return empty(s) || !strncmp(s, "0000-00-00", 10);
}

static int cmp_pair(const void *x, const void *y)
{
	const struct wxr_pair *a = x, *b = y;

	if (a->local != b->local)
		return a->local < b->local ? -1 : 1;
	return (a->offset > b->offset) - (a->offset < b->offset);
}

/* A local time and its GMT twin imply the site's offset then; real zones are whole quarter
 * hours within 14 h, anything else is damaged data and implies nothing. */
static int implied_offset(const char *local, const char *gmt, long long *lt, int *off)
{
	long long g;

	if (zero_date(local) || zero_date(gmt) || naive(local, lt) != TIME_OK || naive(gmt, &g) != TIME_OK)
		return 0;
	if (*lt - g > 14 * 3600 || g - *lt > 14 * 3600 || (*lt - g) % 900)
		return 0;
	*off = (int)(*lt - g);
	return 1;
}

void wxr_clock_add(struct wxr_clock *w, const char *local, const char *gmt)
{
	long long lt;
	int off;

	if (!implied_offset(local, gmt, &lt, &off))
		return;
	XGROW(w->pairs, w->cap_pairs, w->n_pairs + 1);
	w->pairs[w->n_pairs].local = lt;
	w->pairs[w->n_pairs++].offset = off;
}

/* The offset of the dated message nearest in local time (ties: the earlier). */
static int nearest_offset(const struct wxr_clock *w, long long lt)
{
	size_t lo = 0, hi = w->n_pairs;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (w->pairs[mid].local < lt)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == w->n_pairs)
		return w->pairs[lo - 1].offset;
	if (lo > 0 && lt - w->pairs[lo - 1].local <= w->pairs[lo].local - lt)
		return w->pairs[lo - 1].offset;
	return w->pairs[lo].offset;
}

/* Time from the GMT field; else the local field with --tz, else with the offset of the
 * nearest message that has both. TIME_BAD with *absent set when there is no date at all. */
enum time_status wxr_clock_time(struct wxr_clock *w, const struct tz *tz, const char *local, const char *gmt,
                                const struct loc *loc, struct when *out, unsigned *flags, int *absent)
{
	long long lt, g;
	int off;
	enum time_status st;

	*absent = 0;
	memset(out, 0, sizeof(*out));
	if (!zero_date(gmt)) {
		st = naive(gmt, &g);
		if (st != TIME_OK)
			return st;
		out->utc = g;
		out->has_offset = 1;
		if (implied_offset(local, gmt, &lt, &off))
			out->offset = off;
		return TIME_OK;
	}
	if (zero_date(local)) {
		*absent = 1;
		return TIME_BAD;
	}
	if (tz) {
		st = time_parse(local, tz, out);
		if (st == TIME_OK && !out->has_offset)
			*flags |= REC_NO_OFFSET;
		return st;
	}
	st = naive(local, &lt);
	if (st != TIME_OK)
		return st;
	if (!w->n_pairs)
		return TIME_NO_OFFSET;
	off = nearest_offset(w, lt);
	out->utc = lt - off;
	out->offset = off;
	out->has_offset = 0;
	*flags |= REC_NO_OFFSET;
	if (!w->warned_offset) {
		w->warned_offset = 1;
		diag_warn(loc,
		          "no GMT date: local time read with the offset of the nearest message that has both "
		          "(%+03d:%02d); --tz sets the zone",
		          off / 3600, (off < 0 ? -off : off) % 3600 / 60);
	}
	return TIME_OK;
}

void wxr_clock_ready(struct wxr_clock *w)
{
	if (w->n_pairs > 1)
		qsort(w->pairs, w->n_pairs, sizeof(*w->pairs), cmp_pair);
}

void wxr_clock_release(struct wxr_clock *w)
{
	free(w->pairs);
	memset(w, 0, sizeof(*w));
}
