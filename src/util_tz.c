/* util_tz.c: IANA time zones read straight from TZif files (RFC 8536: versions 1-3 and later,
 * transition table plus POSIX TZ footer), so conversions never touch TZ, tzset() or other
 * process-wide state and may run in several threads at once.
 * It does not model leap seconds (leap records are skipped, as for the usual "posix" zones),
 * time zone abbreviations or isdst flags: only UT offsets matter to callers. */
#include "util_tz.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define TZ_DEFAULT_DIR "/usr/share/zoneinfo"
#define TZ_MAX_FILE (1L << 20)
#define TZ_HEADER_SIZE 44
/* RFC 8536 keeps UT offsets in [-89999, 93599] and POSIX offsets are at most 24:59:59 (+1h for
 * implicit DST), so every solution of local = utc + offset lies within this distance of local. */
#define TZ_MAX_OFF 93600L
/* tz_utc_to_local clamps instants to this so every civil year it reports fits in int. */
#define TZ_MAX_INSTANT 67000000000000000LL
/* offset_span clamps to this to keep rule arithmetic far from overflow; it exceeds every
 * instant tz_local_to_utc can form from int fields, so its walk is never affected. */
#define TZ_SAFE_INSTANT 100000000000000000LL

/* One POSIX rule date: 'J' Julian day 1..365 ignoring Feb 29, 'N' zero-based day 0..365,
 * 'M' month a, week b (5 = last), weekday c. time is local seconds after midnight. */
struct tz_rule {
	char kind;
	int a, b, c;
	long time;
};

struct tz_posix {
	long std_off, dst_off; /* seconds east of UTC */
	int has_dst;
	struct tz_rule start, end;
};

struct tz {
	char *name;
	size_t n_trans;
	long long *trans; /* strictly ascending transition instants */
	long *trans_off;  /* offset in force from trans[i] on */
	long first_off;   /* local time type 0: before the first transition */
	int has_footer;
	struct tz_posix footer; /* governs instants from the last transition on */
};

struct tzif_counts {
	unsigned long isut, isstd, leap, time, type, chars;
};

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p) {
		fputs("replycov: out of memory\n", stderr);
		abort();
	}
	return p;
}

static long long floor_div(long long a, long long b)
{
	long long q = a / b;
	return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

static long long floor_mod(long long a, long long b)
{
	return a - floor_div(a, b) * b;
}

static long long clamp(long long t, long long limit)
{
	return t < -limit ? -limit : t > limit ? limit : t;
}

/* Howard Hinnant's days_from_civil, with the month normalised first so callers may pass 13. */
static long long days_from_civil_ll(long long y, long long m, long long d)
{
	long long carry = floor_div(m - 1, 12);
	y += carry;
	m -= 12 * carry;
	y -= m <= 2;
	long long era = floor_div(y, 400);
	long long yoe = y - era * 400;
	long long doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days_ll(long long z, long long *y, int *m, int *d)
{
	z += 719468;
	long long era = floor_div(z, 146097);
	long long doe = z - era * 146097;
	long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

long long tz_days_from_civil(int y, int m, int d)
{
	return days_from_civil_ll(y, m, d);
}

void tz_civil_from_days(long long z, int *y, int *m, int *d)
{
	long long yy;
	civil_from_days_ll(z, &yy, m, d);
	*y = (int)yy;
}

static int is_leap(long long y)
{
	return floor_mod(y, 4) == 0 && (floor_mod(y, 100) != 0 || floor_mod(y, 400) == 0);
}

/* ---- POSIX TZ string (the TZif footer) ---- */

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}
static int is_alpha(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static int parse_num(const char **pp, const char *end, int max_digits, long max, long *out)
{
	const char *p = *pp;
	long v = 0;
	int n = 0;
	while (p < end && is_digit(*p) && n < max_digits) {
		v = v * 10 + (*p++ - '0');
		n++;
	}
	if (n == 0 || v > max)
		return -1;
	*pp = p;
	*out = v;
	return 0;
}

/* [+-]h[:mm[:ss]]; offsets allow 24 hours, RFC 8536 rule times allow 167. */
static int parse_hms(const char **pp, const char *end, long max_hours, long *out)
{
	const char *p = *pp;
	long sign = 1, h, m = 0, s = 0;
	if (p < end && (*p == '+' || *p == '-'))
		sign = *p++ == '-' ? -1 : 1;
	if (parse_num(&p, end, 3, max_hours, &h) != 0)
		return -1;
	if (p < end && *p == ':') {
		p++;
		if (parse_num(&p, end, 2, 59, &m) != 0)
			return -1;
		if (p < end && *p == ':') {
			p++;
			if (parse_num(&p, end, 2, 59, &s) != 0)
				return -1;
		}
	}
	*pp = p;
	*out = sign * (h * 3600 + m * 60 + s);
	return 0;
}

static int parse_abbr(const char **pp, const char *end)
{
	const char *p = *pp, *s;
	if (p < end && *p == '<') {
		s = ++p;
		while (p < end && (is_alpha(*p) || is_digit(*p) || *p == '+' || *p == '-'))
			p++;
		if (p == s || p >= end || *p != '>')
			return -1;
		p++;
	} else {
		s = p;
		while (p < end && is_alpha(*p))
			p++;
		if (p - s < 3) /* POSIX minimum; also keeps "5" from passing as a name */
			return -1;
	}
	*pp = p;
	return 0;
}

static int parse_rule(const char **pp, const char *end, struct tz_rule *r)
{
	const char *p = *pp;
	long a = 0, b = 0, c = 0;
	if (p < end && *p == 'J') {
		p++;
		r->kind = 'J';
		if (parse_num(&p, end, 3, 365, &a) != 0 || a < 1)
			return -1;
	} else if (p < end && *p == 'M') {
		p++;
		r->kind = 'M';
		if (parse_num(&p, end, 2, 12, &a) != 0 || a < 1 || p >= end || *p++ != '.' ||
		    parse_num(&p, end, 1, 5, &b) != 0 || b < 1 || p >= end || *p++ != '.' ||
		    parse_num(&p, end, 1, 6, &c) != 0)
			return -1;
	} else {
		r->kind = 'N';
		if (parse_num(&p, end, 3, 365, &a) != 0)
			return -1;
	}
	r->a = (int)a;
	r->b = (int)b;
	r->c = (int)c;
	r->time = 7200;
	if (p < end && *p == '/') {
		p++;
		if (parse_hms(&p, end, 167, &r->time) != 0)
			return -1;
	}
	*pp = p;
	return 0;
}

static int parse_posix(const char *p, const char *end, struct tz_posix *f)
{
	long v;
	memset(f, 0, sizeof *f);
	if (parse_abbr(&p, end) != 0 || parse_hms(&p, end, 24, &v) != 0)
		return -1;
	f->std_off = -v; /* POSIX counts west-positive */
	if (p == end)
		return 0;
	if (parse_abbr(&p, end) != 0)
		return -1;
	f->has_dst = 1;
	f->dst_off = f->std_off + 3600;
	if (p < end && *p != ',') {
		if (parse_hms(&p, end, 24, &v) != 0)
			return -1;
		f->dst_off = -v;
	}
	if (p == end) {
		/* No rules given: tzcode and glibc fall back to the US rules, so do the same. */
		const char *us = "M3.2.0,M11.1.0", *us_end = us + strlen(us);
		return parse_rule(&us, us_end, &f->start) != 0 || *us++ != ',' || parse_rule(&us, us_end, &f->end) != 0
		           ? -1
		           : 0;
	}
	if (*p++ != ',' || parse_rule(&p, end, &f->start) != 0 || p >= end || *p++ != ',' ||
	    parse_rule(&p, end, &f->end) != 0)
		return -1;
	return p == end ? 0 : -1;
}

/* Day (since the epoch) on which a rule fires in year y. */
static long long rule_day(const struct tz_rule *r, long long y)
{
	long long jan1 = days_from_civil_ll(y, 1, 1);
	if (r->kind == 'J')
		return jan1 + r->a - 1 + (is_leap(y) && r->a >= 60);
	if (r->kind == 'N')
		return jan1 + r->a;
	long long first = days_from_civil_ll(y, r->a, 1);
	long long next_month = days_from_civil_ll(y, r->a + 1, 1);
	long long d = first + floor_mod(r->c - (first + 4), 7) + 7LL * (r->b - 1);
	while (d >= next_month) /* week 5 means "last", which may be the 4th */
		d -= 7;
	return d;
}

/* Offset the footer gives at t; *next is the first footer transition after t. Rule times
 * reach +-167h and offsets +-26h, so transitions of years y-2..y+2 bracket any t in year y. */
static long footer_span(const struct tz_posix *f, long long t, long long *next)
{
	long long when[10];
	int dst[10], n = 0;
	if (!f->has_dst) {
		*next = LLONG_MAX;
		return f->std_off;
	}
	long long y0, y;
	int m, d;
	civil_from_days_ll(floor_div(t, 86400), &y0, &m, &d);
	for (y = y0 - 2; y <= y0 + 2; y++) {
		for (int k = 0; k < 2; k++) {
			const struct tz_rule *r = k == 0 ? &f->start : &f->end;
			/* Each rule time is expressed in the local time in force just before it. */
			long long w = rule_day(r, y) * 86400 + r->time - (k == 0 ? f->std_off : f->dst_off);
			int i = n++;
			/* Stable insertion: on a tie the earlier-generated event goes first, so a
			 * year-round DST rule (end of y == start of y+1) stays in DST. */
			while (i > 0 && when[i - 1] > w) {
				when[i] = when[i - 1];
				dst[i] = dst[i - 1];
				i--;
			}
			when[i] = w;
			dst[i] = k == 0;
		}
	}
	long off = f->std_off;
	*next = t + 1; /* unreachable for valid rules; still guarantees progress to callers */
	for (int i = 0; i < n; i++) {
		if (when[i] > t) {
			*next = when[i];
			break;
		}
		off = dst[i] ? f->dst_off : f->std_off;
	}
	return off;
}

/* Offset in force at t and the next instant at which it may change (LLONG_MAX: never). */
static long offset_span(const struct tz *z, long long t, long long *next)
{
	size_t n = z->n_trans;
	t = clamp(t, TZ_SAFE_INSTANT);
	if (n > 0 && t < z->trans[0]) {
		*next = z->trans[0];
		return z->first_off;
	}
	if (n > 0 && t < z->trans[n - 1]) {
		size_t lo = 0, hi = n - 1; /* trans[lo] <= t < trans[hi] */
		while (hi - lo > 1) {
			size_t mid = lo + (hi - lo) / 2;
			if (z->trans[mid] <= t)
				lo = mid;
			else
				hi = mid;
		}
		*next = z->trans[hi];
		return z->trans_off[lo];
	}
	if (z->has_footer)
		return footer_span(&z->footer, t, next);
	*next = LLONG_MAX;
	return n > 0 ? z->trans_off[n - 1] : z->first_off;
}

/* ---- TZif ---- */

static unsigned long get_u32(const unsigned char *p)
{
	return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 | p[3];
}

static long get_s32(const unsigned char *p)
{
	unsigned long u = get_u32(p);
	return u >= 0x80000000UL ? (long)((long long)u - 0x100000000LL) : (long)u;
}

static long long get_s64(const unsigned char *p)
{
	unsigned long long u = (unsigned long long)get_u32(p) << 32 | get_u32(p + 4);
	return u > (unsigned long long)LLONG_MAX ? -(long long)~u - 1 : (long long)u;
}

/* Reads the header at buf[pos] and sets *size to the data block after it; 0 if the header is
 * sound and the whole block fits in len bytes. */
static int read_header(const unsigned char *buf, size_t len, size_t pos, int tsize, struct tzif_counts *c, size_t *size)
{
	if (pos > len || len - pos < TZ_HEADER_SIZE || memcmp(buf + pos, "TZif", 4) != 0)
		return -1;
	const unsigned char *p = buf + pos + 20;
	c->isut = get_u32(p);
	c->isstd = get_u32(p + 4);
	c->leap = get_u32(p + 8);
	c->time = get_u32(p + 12);
	c->type = get_u32(p + 16);
	c->chars = get_u32(p + 20);
	/* Counts are capped first so the sum below cannot overflow, even with a 32-bit size_t. */
	if (c->isut > TZ_MAX_FILE || c->isstd > TZ_MAX_FILE || c->leap > TZ_MAX_FILE || c->time > TZ_MAX_FILE ||
	    c->type > TZ_MAX_FILE || c->chars > TZ_MAX_FILE)
		return -1;
	unsigned long long n = (unsigned long long)c->time * (tsize + 1) + c->type * 6ULL + c->chars +
	                       c->leap * (tsize + 4ULL) + c->isstd + c->isut;
	if (n > len - pos - TZ_HEADER_SIZE)
		return -1;
	*size = (size_t)n;
	return 0;
}

/* Fills z's table from the data block at p; 0 on success. */
static int read_block(struct tz *z, const unsigned char *p, int tsize, const struct tzif_counts *c)
{
	if (c->type == 0 || c->type > 256 || (c->isut != 0 && c->isut != c->type) ||
	    (c->isstd != 0 && c->isstd != c->type))
		return -1;
	const unsigned char *idx = p + c->time * (size_t)tsize;
	const unsigned char *types = idx + c->time;
	for (unsigned long i = 0; i < c->type; i++) {
		long off = get_s32(types + 6 * i);
		if (off <= -TZ_MAX_OFF || off >= TZ_MAX_OFF || types[6 * i + 4] > 1 || types[6 * i + 5] >= c->chars)
			return -1;
	}
	z->first_off = get_s32(types);
	z->n_trans = c->time;
	z->trans = xmalloc(c->time * sizeof *z->trans);
	z->trans_off = xmalloc(c->time * sizeof *z->trans_off);
	for (unsigned long i = 0; i < c->time; i++) {
		z->trans[i] = tsize == 8 ? get_s64(p + 8 * i) : get_s32(p + 4 * i);
		if ((i > 0 && z->trans[i] <= z->trans[i - 1]) || idx[i] >= c->type)
			return -1;
		z->trans_off[i] = get_s32(types + 6 * idx[i]);
	}
	return 0;
}

static int parse_tzif(struct tz *z, const unsigned char *buf, size_t len)
{
	struct tzif_counts c;
	size_t size;
	if (read_header(buf, len, 0, 4, &c, &size) != 0)
		return -1;
	if (buf[4] == 0) /* version 1: 32-bit table, no footer */
		return read_block(z, buf + TZ_HEADER_SIZE, 4, &c);
	/* Version 2 and later (glibc treats any non-NUL version alike): skip the 32-bit block. */
	size_t pos = TZ_HEADER_SIZE + size;
	if (read_header(buf, len, pos, 8, &c, &size) != 0)
		return -1;
	pos += TZ_HEADER_SIZE;
	if (read_block(z, buf + pos, 8, &c) != 0)
		return -1;
	pos += size;
	if (pos >= len || buf[pos] != '\n')
		return -1;
	const char *start = (const char *)buf + pos + 1;
	const char *nl = memchr(start, '\n', len - pos - 1);
	if (!nl)
		return -1;
	if (nl == start) /* empty footer: the last table entry holds forever */
		return 0;
	z->has_footer = 1;
	return parse_posix(start, nl, &z->footer);
}

/* Zone names may come from user input, so allow only what tzdata itself uses. */
static int name_ok(const char *name)
{
	if (!name || !*name || name[0] == '/' || strstr(name, ".."))
		return 0;
	for (const char *p = name; *p; p++)
		if (!is_alpha(*p) && !is_digit(*p) && *p != '/' && *p != '_' && *p != '+' && *p != '-')
			return 0;
	return 1;
}

/* Returns the file's bytes (NULL if missing, not a regular file, or over the size cap);
 * *missing tells the caller whether the file simply does not exist. */
static unsigned char *read_zone_file(const char *name, size_t *len, int *missing)
{
	const char *dir = getenv("TZDIR");
	if (!dir || !*dir)
		dir = TZ_DEFAULT_DIR;
	size_t dl = strlen(dir), nl = strlen(name);
	char *path = xmalloc(dl + nl + 2);
	memcpy(path, dir, dl);
	path[dl] = '/';
	memcpy(path + dl + 1, name, nl + 1);
	/* O_NONBLOCK so a FIFO planted in the zone directory cannot hang the open. */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	*missing = fd < 0 && errno == ENOENT;
	free(path);
	if (fd < 0)
		return NULL;
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > TZ_MAX_FILE) {
		close(fd);
		return NULL;
	}
	size_t cap = (size_t)st.st_size, got = 0;
	unsigned char *buf = xmalloc(cap);
	while (got < cap) {
		ssize_t r = read(fd, buf + got, cap - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	*len = got;
	return buf;
}

struct tz *tz_load(const char *name)
{
	if (!name_ok(name))
		return NULL;
	size_t len = 0, nl = strlen(name);
	int missing = 0;
	unsigned char *buf = read_zone_file(name, &len, &missing);
	struct tz *z = xmalloc(sizeof *z);
	memset(z, 0, sizeof *z);
	if (buf) {
		int bad = parse_tzif(z, buf, len) != 0;
		free(buf);
		if (bad) {
			tz_free(z);
			return NULL;
		}
	} else if (!(missing && (strcmp(name, "UTC") == 0 || strcmp(name, "Etc/UTC") == 0))) {
		tz_free(z);
		return NULL;
	}
	/* Otherwise the zeroed struct is UTC: minimal containers often ship no tzdata at all. */
	z->name = xmalloc(nl + 1);
	memcpy(z->name, name, nl + 1);
	return z;
}

void tz_free(struct tz *z)
{
	if (!z)
		return;
	free(z->name);
	free(z->trans);
	free(z->trans_off);
	free(z);
}

const char *tz_name(const struct tz *z)
{
	return z->name;
}

long tz_offset_at(const struct tz *z, long long utc)
{
	long long next;
	return offset_span(z, utc, &next);
}

/* Walks every span of constant offset that could contain a solution u of u + off(u) == local,
 * which is exact even when several transitions fall close together. */
int tz_local_to_utc(const struct tz *z, int year, int mon, int day, int hour, int min, int sec, long long *utc)
{
	long long local = days_from_civil_ll(year, mon, day) * 86400 + hour * 3600LL + min * 60LL + sec;
	long long t = local - TZ_MAX_OFF, hi = local + TZ_MAX_OFF, first = 0, gap = 0, next;
	int found = 0, in_gap = 0, have_prev = 0;
	long prev = 0;
	while (t <= hi) {
		long off = offset_span(z, t, &next);
		long long u = local - off;
		if (u >= t && u < next) {
			if (found++ == 0)
				first = u;
		} else if (have_prev && !in_gap && off > prev && t + prev <= local && local < t + off) {
			/* Clocks jumped from t+prev to t+off, skipping local: keep the old offset. */
			in_gap = 1;
			gap = local - prev;
		}
		prev = off;
		have_prev = 1;
		if (next <= t) /* cannot happen (see TZ_SAFE_INSTANT); guards against looping forever */
			break;
		t = next;
	}
	if (found) {
		*utc = first;
		return found > 1 ? 2 : 0;
	}
	if (in_gap) {
		*utc = gap;
		return 1;
	}
	*utc = local - tz_offset_at(z, local); /* not reached for consistent zone data */
	return 0;
}

void tz_utc_to_local(const struct tz *z, long long utc, int *year, int *mon, int *day, int *hour, int *min, int *sec,
                     int *wday, long *offset)
{
	utc = clamp(utc, TZ_MAX_INSTANT);
	long off = tz_offset_at(z, utc);
	long long local = utc + off, days = floor_div(local, 86400), secs = local - days * 86400;
	long long y;
	int m, d;
	civil_from_days_ll(days, &y, &m, &d);
	if (year)
		*year = (int)y;
	if (mon)
		*mon = m;
	if (day)
		*day = d;
	if (hour)
		*hour = (int)(secs / 3600);
	if (min)
		*min = (int)(secs / 60 % 60);
	if (sec)
		*sec = (int)(secs % 60);
	if (wday)
		*wday = (int)floor_mod(days + 4, 7); /* 1970-01-01 was a Thursday */
	if (offset)
		*offset = off;
}
