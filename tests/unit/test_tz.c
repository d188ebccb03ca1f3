/* test_tz.c: unit test for util_tz against the system zone database plus synthetic TZif files
 * (v1, v2 "slim", v3 footers) written to a scratch directory under /tmp and found via TZDIR.
 * It links only util_tz.c; it does not compare against libc's localtime. */
#include "util_tz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int passed, failed;

static void check_ll(const char *what, long long got, long long want)
{
	if (got == want) {
		passed++;
		return;
	}
	failed++;
	printf("test_tz: FAIL: %s: got %lld want %lld\n", what, got, want);
}

static void check_str(const char *what, const char *got, const char *want)
{
	if ((got && want && strcmp(got, want) == 0) || (!got && !want)) {
		passed++;
		return;
	}
	failed++;
	printf("test_tz: FAIL: %s: got %s want %s\n", what, got ? got : "NULL", want ? want : "NULL");
}

static long long at(int y, int mo, int d, int h, int mi, int s)
{
	return tz_days_from_civil(y, mo, d) * 86400 + h * 3600LL + mi * 60LL + s;
}

static void check_offset(const struct tz *z, const char *what, long long utc, long want)
{
	check_ll(what, z ? tz_offset_at(z, utc) : -999999, want);
}

/* Checks both the return code and the instant of tz_local_to_utc. */
static void check_l2u(const struct tz *z, const char *what, int y, int mo, int d, int h, int mi, int s, int want_rc,
                      long long want_utc)
{
	long long utc = -1;
	int rc = z ? tz_local_to_utc(z, y, mo, d, h, mi, s, &utc) : -1;
	char buf[200];
	snprintf(buf, sizeof buf, "%s (return code)", what);
	check_ll(buf, rc, want_rc);
	snprintf(buf, sizeof buf, "%s (instant)", what);
	check_ll(buf, utc, want_utc);
}

/* Compares all fields as one number so a failure line shows the whole local time. */
static void check_u2l(const struct tz *z, const char *what, long long utc, long long want_ymdhms, int want_wday,
                      long want_off)
{
	int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, wd = -1;
	long off = -999999;
	if (z)
		tz_utc_to_local(z, utc, &y, &mo, &d, &h, &mi, &s, &wd, &off);
	long long got = ((((y * 100LL + mo) * 100 + d) * 100 + h) * 100 + mi) * 100 + s;
	char buf[200];
	snprintf(buf, sizeof buf, "%s (yyyymmddhhmmss)", what);
	check_ll(buf, got, want_ymdhms);
	snprintf(buf, sizeof buf, "%s (weekday)", what);
	check_ll(buf, wd, want_wday);
	snprintf(buf, sizeof buf, "%s (offset)", what);
	check_ll(buf, off, want_off);
}

static unsigned char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	unsigned char *buf = malloc(1 << 20);
	if (!buf) {
		fclose(f);
		return NULL;
	}
	*len = fread(buf, 1, 1 << 20, f);
	fclose(f);
	return buf;
}

static int write_all(const char *path, const unsigned char *buf, size_t len)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return -1;
	size_t n = fwrite(buf, 1, len, f);
	return (fclose(f) == 0 && n == len) ? 0 : -1;
}

static unsigned char *put(unsigned char *p, unsigned long long v, int bytes)
{
	for (int i = bytes - 1; i >= 0; i--)
		*p++ = (unsigned char)(v >> (8 * i));
	return p;
}

/* Builds a TZif file: version 0 (v1 only) or '2'/'3' (v1 block, v2 block and footer). All types
 * share the abbreviation "ZZZ"; the footer is written verbatim between the newlines. */
static size_t build_tzif(unsigned char *buf, char version, const long long *t, const unsigned char *idx, int n,
                         const long *offs, int ntypes, const char *footer)
{
	unsigned char *p = buf;
	for (int pass = 0; pass < (version ? 2 : 1); pass++) {
		int ts = pass ? 8 : 4;
		memcpy(p, "TZif", 4);
		p[4] = (unsigned char)version;
		memset(p + 5, 0, 15);
		p = put(p + 20, 0, 4); /* isutcnt */
		p = put(p, 0, 4);      /* isstdcnt */
		p = put(p, 0, 4);      /* leapcnt */
		p = put(p, (unsigned)n, 4);
		p = put(p, (unsigned)ntypes, 4);
		p = put(p, 4, 4); /* charcnt */
		for (int i = 0; i < n; i++)
			p = put(p, (unsigned long long)t[i], ts);
		for (int i = 0; i < n; i++)
			*p++ = idx[i];
		for (int i = 0; i < ntypes; i++) {
			p = put(p, (unsigned long long)(long long)offs[i], 4);
			*p++ = 0;
			*p++ = 0;
		}
		memcpy(p, "ZZZ", 4);
		p += 4;
	}
	if (version) {
		size_t fl = strlen(footer);
		*p++ = '\n';
		memcpy(p, footer, fl);
		p += fl;
		*p++ = '\n';
	}
	return (size_t)(p - buf);
}

static struct tz *load_synthetic(const char *file, char version, const long long *t, const unsigned char *idx, int n,
                                 const long *offs, int ntypes, const char *footer)
{
	unsigned char buf[1024];
	size_t len = build_tzif(buf, version, t, idx, n, offs, ntypes, footer);
	if (write_all(file, buf, len) != 0)
		return NULL;
	return tz_load("Syn/Zone");
}

static void test_madrid(void)
{
	struct tz *z = tz_load("Europe/Madrid");
	check_str("Europe/Madrid loads and keeps its name", z ? tz_name(z) : NULL, "Europe/Madrid");
	check_offset(z, "Madrid winter 2026", at(2026, 1, 15, 12, 0, 0), 3600);
	check_offset(z, "Madrid summer 2026", at(2026, 7, 15, 12, 0, 0), 7200);
	check_offset(z, "Madrid just before spring forward", at(2026, 3, 29, 0, 59, 59), 3600);
	check_offset(z, "Madrid at spring forward", at(2026, 3, 29, 1, 0, 0), 7200);
	check_offset(z, "Madrid just before fall back", at(2026, 10, 25, 0, 59, 59), 7200);
	check_offset(z, "Madrid at fall back", at(2026, 10, 25, 1, 0, 0), 3600);
	check_l2u(z, "Madrid 01:59:59 before gap", 2026, 3, 29, 1, 59, 59, 0, at(2026, 3, 29, 0, 59, 59));
	check_l2u(z, "Madrid 02:00 in gap", 2026, 3, 29, 2, 0, 0, 1, at(2026, 3, 29, 1, 0, 0));
	check_l2u(z, "Madrid 02:30 in gap", 2026, 3, 29, 2, 30, 0, 1, at(2026, 3, 29, 1, 30, 0));
	check_l2u(z, "Madrid 03:00 after gap", 2026, 3, 29, 3, 0, 0, 0, at(2026, 3, 29, 1, 0, 0));
	check_l2u(z, "Madrid 01:59:59 before overlap", 2026, 10, 25, 1, 59, 59, 0, at(2026, 10, 24, 23, 59, 59));
	check_l2u(z, "Madrid 02:00 overlap start", 2026, 10, 25, 2, 0, 0, 2, at(2026, 10, 25, 0, 0, 0));
	check_l2u(z, "Madrid 02:30 in overlap", 2026, 10, 25, 2, 30, 0, 2, at(2026, 10, 25, 0, 30, 0));
	check_l2u(z, "Madrid 02:59:59 overlap end", 2026, 10, 25, 2, 59, 59, 2, at(2026, 10, 25, 0, 59, 59));
	check_l2u(z, "Madrid 03:00 after overlap", 2026, 10, 25, 3, 0, 0, 0, at(2026, 10, 25, 2, 0, 0));
	check_u2l(z, "Madrid local at spring forward", at(2026, 3, 29, 1, 0, 0), 20260329030000LL, 0, 7200);
	check_u2l(z, "Madrid local at fall back", at(2026, 10, 25, 1, 0, 0), 20261025020000LL, 0, 3600);
	check_u2l(z, "Madrid 2026-11-29 is a Sunday", at(2026, 11, 29, 12, 0, 0), 20261129130000LL, 0, 3600);
	/* Beyond the table of even a "fat" file (2037): only the footer can answer. */
	check_offset(z, "Madrid summer 2100", at(2100, 7, 1, 12, 0, 0), 7200);
	check_offset(z, "Madrid winter 2100", at(2100, 1, 1, 12, 0, 0), 3600);
	check_offset(z, "Madrid 2100 before spring forward", at(2100, 3, 28, 0, 59, 59), 3600);
	check_offset(z, "Madrid 2100 spring forward", at(2100, 3, 28, 1, 0, 0), 7200);
	check_offset(z, "Madrid 2100 fall back", at(2100, 10, 31, 1, 0, 0), 3600);
	check_l2u(z, "Madrid 2100 gap", 2100, 3, 28, 2, 30, 0, 1, at(2100, 3, 28, 1, 30, 0));
	check_l2u(z, "Madrid 2100 overlap", 2100, 10, 31, 2, 30, 0, 2, at(2100, 10, 31, 0, 30, 0));
	/* Leap day in both directions, including a UTC instant whose local date is the next day. */
	check_l2u(z, "Madrid 2028-02-29 12:00", 2028, 2, 29, 12, 0, 0, 0, at(2028, 2, 29, 11, 0, 0));
	check_u2l(z, "Madrid 2028-02-29 23:30Z", at(2028, 2, 29, 23, 30, 0), 20280301003000LL, 3, 3600);
	check_u2l(z, "Madrid 2028-02-29 noon", at(2028, 2, 29, 11, 0, 0), 20280229120000LL, 2, 3600);
	tz_free(z);
}

static void test_new_york(void)
{
	struct tz *z = tz_load("America/New_York");
	check_str("America/New_York loads", z ? tz_name(z) : NULL, "America/New_York");
	check_offset(z, "New York EST 2026", at(2026, 1, 15, 12, 0, 0), -18000);
	check_offset(z, "New York EDT 2026", at(2026, 7, 15, 12, 0, 0), -14400);
	check_offset(z, "New York before spring forward", at(2026, 3, 8, 6, 59, 59), -18000);
	check_offset(z, "New York spring forward", at(2026, 3, 8, 7, 0, 0), -14400);
	check_offset(z, "New York fall back", at(2026, 11, 1, 6, 0, 0), -18000);
	check_l2u(z, "New York 02:30 in gap", 2026, 3, 8, 2, 30, 0, 1, at(2026, 3, 8, 7, 30, 0));
	check_l2u(z, "New York 01:30 in overlap", 2026, 11, 1, 1, 30, 0, 2, at(2026, 11, 1, 5, 30, 0));
	check_l2u(z, "New York ordinary time", 2026, 6, 1, 9, 15, 0, 0, at(2026, 6, 1, 13, 15, 0));
	check_offset(z, "New York summer 2200", at(2200, 7, 1, 0, 0, 0), -14400);
	check_u2l(z, "New York evening lands on previous day", at(2026, 11, 30, 3, 0, 0), 20261129220000LL, 0, -18000);
	tz_free(z);
}

static void test_utc_and_others(void)
{
	const char *names[] = {"UTC", "Etc/UTC"};
	for (int i = 0; i < 2; i++) {
		struct tz *z = tz_load(names[i]);
		check_str("UTC zone loads", z ? tz_name(z) : NULL, names[i]);
		check_offset(z, "UTC offset 2026", at(2026, 7, 1, 0, 0, 0), 0);
		check_offset(z, "UTC offset 1900", at(1900, 1, 1, 0, 0, 0), 0);
		check_l2u(z, "UTC local_to_utc", 2026, 3, 29, 2, 30, 0, 0, at(2026, 3, 29, 2, 30, 0));
		check_u2l(z, "UTC epoch is a Thursday", 0, 19700101000000LL, 4, 0);
		check_u2l(z, "UTC 1969-12-31 23:59:59 is a Wednesday", -1, 19691231235959LL, 3, 0);
		tz_free(z);
	}
	struct tz *z = tz_load("Pacific/Auckland"); /* southern hemisphere: DST spans New Year */
	check_offset(z, "Auckland January 2026", at(2026, 1, 15, 0, 0, 0), 46800);
	check_offset(z, "Auckland July 2026", at(2026, 7, 15, 0, 0, 0), 43200);
	check_offset(z, "Auckland January 2150", at(2150, 1, 15, 0, 0, 0), 46800);
	tz_free(z);
	z = tz_load("Europe/Dublin"); /* negative DST: winter is the "daylight" time */
	check_offset(z, "Dublin January 2126", at(2126, 1, 15, 0, 0, 0), 0);
	check_offset(z, "Dublin July 2126", at(2126, 7, 15, 0, 0, 0), 3600);
	tz_free(z);
	z = tz_load("Asia/Kathmandu");
	check_offset(z, "Kathmandu +05:45", at(2126, 1, 15, 0, 0, 0), 20700);
	tz_free(z);
}

static void test_civil(void)
{
	check_ll("days_from_civil 1970-01-01", tz_days_from_civil(1970, 1, 1), 0);
	check_ll("days_from_civil 1900-01-01", tz_days_from_civil(1900, 1, 1), -25567);
	check_ll("days_from_civil 3000-01-01", tz_days_from_civil(3000, 1, 1), 376200);
	check_ll("days_from_civil 2028-02-29", tz_days_from_civil(2028, 2, 29), 21243);
	check_ll("days_from_civil 0001-01-01", tz_days_from_civil(1, 1, 1), -719162);
	/* Every day from 1899 to 3001 must round-trip and advance by exactly one. */
	long bad = 0;
	long long first = tz_days_from_civil(1899, 1, 1), last = tz_days_from_civil(3001, 12, 31);
	int py = 1898, pm = 12, pd = 31;
	for (long long z = first; z <= last; z++) {
		int y, m, d;
		tz_civil_from_days(z, &y, &m, &d);
		int next_ok = (y == py && m == pm && d == pd + 1) || (y == py && m == pm + 1 && d == 1) ||
		              (y == py + 1 && m == 1 && d == 1 && pm == 12);
		if (tz_days_from_civil(y, m, d) != z || !next_ok)
			bad++;
		py = y;
		pm = m;
		pd = d;
	}
	check_ll("civil round trip 1899..3001 (days wrong)", bad, 0);
	int y, m, d;
	tz_civil_from_days(tz_days_from_civil(1900, 2, 28) + 1, &y, &m, &d);
	check_ll("1900 is not a leap year", y * 10000LL + m * 100 + d, 19000301);
	tz_civil_from_days(tz_days_from_civil(3000, 12, 31), &y, &m, &d);
	check_ll("3000-12-31 round trip", y * 10000LL + m * 100 + d, 30001231);
	tz_civil_from_days(tz_days_from_civil(2028, 2, 28) + 1, &y, &m, &d);
	check_ll("2028-02-28 + 1 day", y * 10000LL + m * 100 + d, 20280229);
	tz_civil_from_days(tz_days_from_civil(-1, 12, 31), &y, &m, &d);
	check_ll("year -1 round trip", y * 10000LL + m * 100 + d, -1 * 10000LL + 1231);
}

static void test_invalid_names(void)
{
	const char *bad[] = {"../etc/passwd",  "/etc/passwd",    "Nope/Nowhere",    "",       "Europe/../Europe/Madrid",
	                     "Europe/Madrid ", "Europe\\Madrid", "Europe/Madrid\n", "Europe", ".."};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct tz *z = tz_load(bad[i]);
		char what[100];
		snprintf(what, sizeof what, "tz_load(\"%s\") rejected", bad[i]);
		check_str(what, z ? "non-NULL" : NULL, NULL);
		tz_free(z);
	}
	check_str("tz_load(NULL) rejected", tz_load(NULL) ? "non-NULL" : NULL, NULL);
}

/* Every proper prefix of the real Madrid file must be refused; random byte flips must never
 * crash (run under -fsanitize=address,undefined to make that meaningful). */
static void test_hostile(const char *dir, const char *file)
{
	const char *sysdir = getenv("TZDIR");
	char path[4096];
	snprintf(path, sizeof path, "%s/Europe/Madrid", sysdir && *sysdir ? sysdir : "/usr/share/zoneinfo");
	size_t len = 0;
	unsigned char *orig = read_all(path, &len);
	check_ll("read system Europe/Madrid", orig != NULL && len > 44, 1);
	if (!orig)
		return;
	if (setenv("TZDIR", dir, 1) != 0)
		printf("test_tz: setenv failed\n");
	write_all(file, orig, len);
	struct tz *z = tz_load("Syn/Zone");
	check_offset(z, "untruncated copy via TZDIR", at(2026, 7, 1, 0, 0, 0), 7200);
	tz_free(z);
	long accepted = 0;
	for (size_t cut = 0; cut < len; cut++) {
		write_all(file, orig, cut);
		z = tz_load("Syn/Zone");
		accepted += z != NULL;
		tz_free(z);
	}
	check_ll("truncated Madrid copies accepted", accepted, 0);
	unsigned long long rs = 0x9e3779b97f4a7c15ULL;
	unsigned char *mut = malloc(len);
	long loaded = 0;
	for (int round = 0; round < 3000 && mut; round++) {
		memcpy(mut, orig, len);
		for (int k = 0; k < 1 + round % 4; k++) {
			rs ^= rs << 13;
			rs ^= rs >> 7;
			rs ^= rs << 17;
			mut[rs % len] = (unsigned char)(rs >> 40);
		}
		write_all(file, mut, len);
		z = tz_load("Syn/Zone");
		if (z) {
			long long u;
			int fields[7];
			long off;
			loaded++;
			tz_offset_at(z, (long long)(rs >> 20) - (1LL << 42));
			tz_local_to_utc(z, 2026, 3, 29, 2, 30, 0, &u);
			tz_utc_to_local(z, (long long)(rs >> 30), &fields[0], &fields[1], &fields[2], &fields[3],
			                &fields[4], &fields[5], &fields[6], &off);
			tz_free(z);
		}
	}
	check_ll("mutated files survived (some still load)", loaded > 0, 1);
	free(mut);
	free(orig);
}

static void test_synthetic(const char *file)
{
	const long long t2[] = {at(1990, 1, 1, 0, 0, 0), at(2000, 1, 1, 0, 0, 0)};
	const unsigned char i2[] = {1, 2};
	const long o3[] = {100, 3600, -7200};
	struct tz *z = load_synthetic(file, 0, t2, i2, 2, o3, 3, "");
	check_offset(z, "v1 before first transition uses type 0", at(1980, 1, 1, 0, 0, 0), 100);
	check_offset(z, "v1 between transitions", at(1995, 1, 1, 0, 0, 0), 3600);
	check_offset(z, "v1 after last transition", at(2100, 1, 1, 0, 0, 0), -7200);
	tz_free(z);

	/* A slim v2 file: no table at all, so the footer governs every instant. */
	const long ocet[] = {3600};
	z = load_synthetic(file, '2', NULL, NULL, 0, ocet, 1, "CET-1CEST,M3.5.0,M10.5.0/3");
	check_offset(z, "slim v2 before spring forward", at(2026, 3, 29, 0, 59, 59), 3600);
	check_offset(z, "slim v2 spring forward", at(2026, 3, 29, 1, 0, 0), 7200);
	check_offset(z, "slim v2 fall back", at(2026, 10, 25, 1, 0, 0), 3600);
	check_l2u(z, "slim v2 gap", 2026, 3, 29, 2, 30, 0, 1, at(2026, 3, 29, 1, 30, 0));
	tz_free(z);

	/* Table stops in 1990; the footer takes over after that. */
	const long long t1[] = {at(1990, 6, 1, 0, 0, 0)};
	const unsigned char i1[] = {1};
	const long oest[] = {-18000, -18000};
	z = load_synthetic(file, '2', t1, i1, 1, oest, 2, "EST5EDT,M3.2.0,M11.1.0");
	check_offset(z, "v2 table then footer: EST", at(2026, 1, 15, 0, 0, 0), -18000);
	check_offset(z, "v2 table then footer: EDT", at(2026, 7, 15, 0, 0, 0), -14400);
	tz_free(z);

	const long om2[] = {-7200};
	z = load_synthetic(file, '3', NULL, NULL, 0, om2, 1, "<-02>2<-01>,M3.5.0/-1,M10.5.0/0");
	check_offset(z, "v3 negative rule time: before", at(2026, 3, 29, 0, 59, 59), -7200);
	check_offset(z, "v3 negative rule time: after", at(2026, 3, 29, 1, 0, 0), -3600);
	check_offset(z, "v3 midnight end rule", at(2026, 10, 25, 1, 0, 0), -7200);
	check_l2u(z, "v3 local time in gap", 2026, 3, 28, 23, 30, 0, 1, at(2026, 3, 29, 1, 30, 0));
	tz_free(z);

	z = load_synthetic(file, '3', NULL, NULL, 0, oest, 1, "EST5EDT,0/0,J365/25");
	check_offset(z, "v3 year-round DST mid-year", at(2026, 7, 1, 0, 0, 0), -14400);
	check_offset(z, "v3 year-round DST at New Year", at(2027, 1, 1, 4, 59, 59), -14400);
	check_offset(z, "v3 year-round DST after New Year", at(2027, 1, 1, 5, 0, 0), -14400);
	check_l2u(z, "v3 year-round DST local", 2026, 12, 31, 23, 0, 0, 0, at(2027, 1, 1, 3, 0, 0));
	tz_free(z);

	const long o3w[] = {-10800};
	z = load_synthetic(file, '2', NULL, NULL, 0, o3w, 1, "AAA3BBB,J60/2,J300/2");
	check_offset(z, "J60 is March 1 in a leap year: before", at(2028, 3, 1, 4, 59, 59), -10800);
	check_offset(z, "J60 is March 1 in a leap year: after", at(2028, 3, 1, 5, 0, 0), -7200);
	tz_free(z);
	z = load_synthetic(file, '2', NULL, NULL, 0, o3w, 1, "AAA3BBB,59/2,300");
	check_offset(z, "zero-based day 59 is Feb 29 in 2028", at(2028, 2, 29, 5, 0, 0), -7200);
	check_offset(z, "zero-based day 59 is Mar 1 in 2027", at(2027, 2, 28, 12, 0, 0), -10800);
	check_offset(z, "zero-based day 59 is Mar 1 in 2027 (after)", at(2027, 3, 1, 5, 0, 0), -7200);
	tz_free(z);

	const long och[] = {45900};
	z = load_synthetic(file, '2', NULL, NULL, 0, och, 1, "<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45");
	check_offset(z, "hh:mm offsets, southern DST in January", at(2026, 1, 15, 0, 0, 0), 49500);
	check_offset(z, "hh:mm offsets, standard in July", at(2026, 7, 15, 0, 0, 0), 45900);
	check_l2u(z, "hh:mm offsets, local in gap", 2026, 9, 27, 3, 0, 0, 1, at(2026, 9, 27, 3, 0, 0) - 45900);
	tz_free(z);

	z = load_synthetic(file, '2', NULL, NULL, 0, o3w, 1, "<-0330>+3:30:15");
	check_offset(z, "signed hh:mm:ss offset", at(2026, 1, 1, 0, 0, 0), -12615);
	tz_free(z);
	z = load_synthetic(file, '2', NULL, NULL, 0, oest, 1, "EST5EDT");
	check_offset(z, "DST without rules defaults to US rules", at(2026, 7, 1, 0, 0, 0), -14400);
	tz_free(z);
	z = load_synthetic(file, '2', NULL, NULL, 0, oest, 1, "");
	check_offset(z, "empty footer keeps the last type", at(2026, 7, 1, 0, 0, 0), -18000);
	tz_free(z);

	const char *bad[] = {"CET-1CEST,M3.5.0",
	                     "CET-25",
	                     "CET-1CEST,M13.5.0,M10.5.0",
	                     "CET-1CEST,M3.5.0,M10.5.0/168",
	                     "CET-1CEST,M3.5.0,M10.5.0 ",
	                     "C1",
	                     "<>1",
	                     "CET-1CEST,J0,J100",
	                     "CET-1CEST,M3.0.0,M10.5.0",
	                     "CET-1:60"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char what[120];
		snprintf(what, sizeof what, "footer \"%s\" rejected", bad[i]);
		z = load_synthetic(file, '2', NULL, NULL, 0, ocet, 1, bad[i]);
		check_str(what, z ? "non-NULL" : NULL, NULL);
		tz_free(z);
	}
	const long long tdesc[] = {2000, 1000};
	const unsigned char idesc[] = {0, 0};
	z = load_synthetic(file, '2', tdesc, idesc, 2, ocet, 1, "");
	check_str("descending transitions rejected", z ? "non-NULL" : NULL, NULL);
	tz_free(z);
	const unsigned char ibad[] = {0, 5};
	z = load_synthetic(file, '2', t2, ibad, 2, ocet, 1, "");
	check_str("type index out of range rejected", z ? "non-NULL" : NULL, NULL);
	tz_free(z);
	const long ohuge[] = {200000};
	z = load_synthetic(file, '2', NULL, NULL, 0, ohuge, 1, "");
	check_str("absurd UT offset rejected", z ? "non-NULL" : NULL, NULL);
	tz_free(z);
}

int main(void)
{
	test_madrid();
	test_new_york();
	test_utc_and_others();
	test_civil();
	test_invalid_names();

	char dir[64], sub[96], file[128];
	snprintf(dir, sizeof dir, "/tmp/test_tz.%ld", (long)getpid());
	snprintf(sub, sizeof sub, "%s/Syn", dir);
	snprintf(file, sizeof file, "%s/Zone", sub);
	if (mkdir(dir, 0700) != 0 || mkdir(sub, 0700) != 0) {
		printf("test_tz: FAIL: cannot create %s: got error want directory\n", sub);
		failed++;
	} else {
		char *saved = getenv("TZDIR") ? strdup(getenv("TZDIR")) : NULL;
		test_hostile(dir, file);
		if (setenv("TZDIR", dir, 1) == 0)
			test_synthetic(file);
		if (saved) {
			setenv("TZDIR", saved, 1);
			free(saved);
		} else {
			unsetenv("TZDIR");
		}
		unlink(file);
		rmdir(sub);
		rmdir(dir);
	}
	printf("test_tz: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
