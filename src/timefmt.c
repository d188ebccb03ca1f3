/* timefmt.c: timestamp parsing by hand (strptime is locale- and TZ-dependent and not
 * thread-safe with %z); civil<->days arithmetic comes from util_tz. No zone logic here. */
#include "timefmt.h"
#include "util_tz.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads exactly n digits. */
static int digits(const char **p, int n, int *out)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)(*p)[i]))
			return -1;
		v = v * 10 + ((*p)[i] - '0');
	}
	*p += n;
	*out = v;
	return 0;
}

static int days_in_month(int y, int m)
{
	static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 ? 28 + leap : dm[m - 1];
}

static int check_fields(int y, int mo, int d, int h, int mi, int s)
{
	if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo))
		return -1;
	if (h > 23 || mi > 59 || s > 60)
		return -1;
	return 0;
}

/* "Z", "+hh", "+hhmm", "+hh:mm"; returns 1 when an offset was read, 0 when none, -1 bad. */
static int parse_offset(const char **p, int *off)
{
	const char *s = *p;
	int sign, hh, mm = 0;

	if (*s == 'Z' || *s == 'z') {
		*off = 0;
		*p = s + 1;
		return 1;
	}
	if (*s != '+' && *s != '-')
		return 0;
	sign = *s == '-' ? -1 : 1;
	s++;
	if (digits(&s, 2, &hh))
		return -1;
	if (*s == ':')
		s++;
	if (isdigit((unsigned char)*s) && digits(&s, 2, &mm))
		return -1;
	if (hh > 23 || mm > 59)
		return -1;
	*off = sign * (hh * 3600 + mm * 60);
	*p = s;
	return 1;
}

static enum time_status finish(int y, int mo, int d, int h, int mi, int sec, int has_off, int off,
                               const struct tz *zone, struct when *w)
{
	if (check_fields(y, mo, d, h, mi, sec))
		return TIME_RANGE;
	if (sec == 60)
		sec = 59; /* a leap second: keep it inside its minute */
	if (has_off) {
		w->utc = tz_days_from_civil(y, mo, d) * 86400LL + h * 3600 + mi * 60 + sec - off;
		w->offset = off;
		w->has_offset = 1;
		return TIME_OK;
	}
	if (!zone)
		return TIME_NO_OFFSET;
	tz_local_to_utc(zone, y, mo, d, h, mi, sec, &w->utc);
	w->offset = (int)tz_offset_at(zone, w->utc);
	w->has_offset = 0;
	return TIME_OK;
}

static enum time_status parse_iso(const char *s, const struct tz *zone, struct when *w)
{
	int y, mo, d, h = 0, mi = 0, sec = 0, off = 0, r;

	if (digits(&s, 4, &y) || *s++ != '-' || digits(&s, 2, &mo) || *s++ != '-' || digits(&s, 2, &d))
		return TIME_BAD;
	if (*s == 'T' || *s == 't' || *s == ' ') {
		s++;
		if (digits(&s, 2, &h) || *s++ != ':' || digits(&s, 2, &mi))
			return TIME_BAD;
		if (*s == ':') {
			s++;
			if (digits(&s, 2, &sec))
				return TIME_BAD;
			if (*s == '.' || *s == ',') { /* fractions are dropped: replycov counts seconds */
				s++;
				if (!isdigit((unsigned char)*s))
					return TIME_BAD;
				while (isdigit((unsigned char)*s))
					s++;
			}
		}
		while (*s == ' ')
			s++;
	}
	r = parse_offset(&s, &off);
	if (r < 0)
		return TIME_BAD;
	if (*s)
		return TIME_BAD;
	return finish(y, mo, d, h, mi, sec, r, off, zone, w);
}

static int month_index(const char *s)
{
	static const char *m = "JanFebMarAprMayJunJulAugSepOctNovDec";
	int i;

	for (i = 0; i < 12; i++)
		if (!strncmp(s, m + 3 * i, 3))
			return i + 1;
	return 0;
}

/* "Wed Oct 11 06:55:44 +0000 2017" */
static enum time_status parse_twitter(const char *s, struct when *w)
{
	int mo, d, h, mi, sec, y, off, r;

	if (strlen(s) < 30 || s[3] != ' ' || s[7] != ' ')
		return TIME_BAD;
	if (!(mo = month_index(s + 4)))
		return TIME_BAD;
	s += 8;
	if (digits(&s, 2, &d) || *s++ != ' ' || digits(&s, 2, &h) || *s++ != ':' || digits(&s, 2, &mi) || *s++ != ':' ||
	    digits(&s, 2, &sec) || *s++ != ' ')
		return TIME_BAD;
	r = parse_offset(&s, &off);
	if (r != 1 || *s++ != ' ' || digits(&s, 4, &y) || *s)
		return TIME_BAD;
	return finish(y, mo, d, h, mi, sec, 1, off, NULL, w);
}

enum time_status time_from_number(double v, struct when *w)
{
	if (!isfinite(v))
		return TIME_BAD;
	if (fabs(v) >= 1e11)
		v /= 1000.0;
	if (fabs(v) > 253402300799.0) /* beyond 9999-12-31 */
		return TIME_RANGE;
	w->utc = (long long)floor(v);
	w->offset = 0;
	w->has_offset = 1;
	return TIME_OK;
}

enum time_status time_parse(const char *in, const struct tz *zone, struct when *w)
{
	char buf[64];
	size_t n;
	const char *s;

	while (*in == ' ' || *in == '\t')
		in++;
	n = strlen(in);
	while (n && (in[n - 1] == ' ' || in[n - 1] == '\t' || in[n - 1] == '\r' || in[n - 1] == '\n'))
		n--;
	if (!n || n >= sizeof(buf))
		return TIME_BAD;
	memcpy(buf, in, n);
	buf[n] = '\0';
	s = buf;
	if (isdigit((unsigned char)s[0]) && n >= 10 && s[4] == '-')
		return parse_iso(s, zone, w);
	if (isalpha((unsigned char)s[0]))
		return parse_twitter(s, w);
	{
		/* epoch: optional sign, digits, optional fraction, nothing else */
		const char *p = s + (*s == '-');
		char *end;
		double v;
		if (!isdigit((unsigned char)*p))
			return TIME_BAD;
		v = strtod(s, &end);
		if (*end)
			return TIME_BAD;
		return time_from_number(v, w);
	}
}

const char *time_status_text(enum time_status st)
{
	switch (st) {
	case TIME_OK:
		return "ok";
	case TIME_NO_OFFSET:
		return "time has no UTC offset (give the zone with --tz, e.g. --tz Europe/Madrid)";
	case TIME_RANGE:
		return "time field out of range";
	default:
		return "not a timestamp (expected ISO 8601 with offset, epoch seconds or milliseconds)";
	}
}

static void put2(char *b, int v)
{
	b[0] = (char)('0' + v / 10);
	b[1] = (char)('0' + v % 10);
}

char *time_format_utc(long long t, char *buf)
{
	long long days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	long long rem = t - days * 86400;
	int y, m, d;

	tz_civil_from_days(days, &y, &m, &d);
	if (y < 0 || y > 9999) {
		snprintf(buf, 32, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, (int)(rem / 3600), (int)(rem % 3600 / 60),
		         (int)(rem % 60));
		return buf;
	}
	/* The same text by hand: every row of every report writes times. */
	put2(buf, y / 100);
	put2(buf + 2, y % 100);
	buf[4] = '-';
	put2(buf + 5, m);
	buf[7] = '-';
	put2(buf + 8, d);
	buf[10] = 'T';
	put2(buf + 11, (int)(rem / 3600));
	buf[13] = ':';
	put2(buf + 14, (int)(rem % 3600 / 60));
	buf[16] = ':';
	put2(buf + 17, (int)(rem % 60));
	buf[19] = 'Z';
	buf[20] = '\0';
	return buf;
}

char *time_format_when(const struct when *w, char *buf)
{
	int off = w->offset, a = off < 0 ? -off : off;

	if (!off && w->has_offset)
		return time_format_utc(w->utc, buf);
	time_format_utc(w->utc + off, buf);
	snprintf(buf + 19, 13, "%c%02d:%02d", off < 0 ? '-' : '+', a / 3600, a % 3600 / 60);
	return buf;
}

char *time_format_wait(long long s, char *buf)
{
	const char *sign = s < 0 ? "-" : "";

	if (s < 0)
		s = -s;
	if (s < 60)
		snprintf(buf, 32, "%s%llds", sign, s);
	else if (s < 3600)
		snprintf(buf, 32, "%s%lldm", sign, s / 60);
	else if (s < 86400)
		snprintf(buf, 32, "%s%lldh %02lldm", sign, s / 3600, s % 3600 / 60);
	else
		snprintf(buf, 32, "%s%lldd %02lldh", sign, s / 86400, s % 86400 / 3600);
	return buf;
}
