/* test_time.c: timestamp parsing and printing (timefmt.c). */
#include "timefmt.h"
#include "unit.h"
#include "util_tz.h"

#include <time.h>

static long long parse_ok(const char *s, const struct tz *z, int *offset, int *has)
{
	struct when w;
	enum time_status st = time_parse(s, z, &w);
	if (st != TIME_OK) {
		printf("time: FAIL parse '%s': %s\n", s, time_status_text(st));
		unit_fail++;
		return -1;
	}
	if (offset)
		*offset = w.offset;
	if (has)
		*has = w.has_offset;
	return w.utc;
}

int main(void)
{
	struct tz *madrid = tz_load("Europe/Madrid");
	struct when w;
	char buf[40];
	int off, has;

	unit_name = "time";
	CHECK(madrid != NULL);
	/* 2021-08-10T18:45:03Z = 1628621103 */
	CHECK_EQ_LL(parse_ok("2021-08-10T18:45:03+0000", NULL, &off, &has), 1628621103);
	CHECK_EQ_LL(off, 0);
	CHECK_EQ_LL(has, 1);
	CHECK_EQ_LL(parse_ok("2021-08-10T18:45:03Z", NULL, NULL, NULL), 1628621103);
	CHECK_EQ_LL(parse_ok("2021-08-10T18:45:03+00:00", NULL, NULL, NULL), 1628621103);
	CHECK_EQ_LL(parse_ok("2021-08-10T18:45:03.907Z", NULL, NULL, NULL), 1628621103);
	CHECK_EQ_LL(parse_ok("2021-08-10 20:45:03+02:00", NULL, &off, NULL), 1628621103);
	CHECK_EQ_LL(off, 7200);
	CHECK_EQ_LL(parse_ok("2021-08-10T13:45:03-05", NULL, &off, NULL), 1628621103);
	CHECK_EQ_LL(off, -18000);
	CHECK_EQ_LL(parse_ok("  1628621103  ", NULL, NULL, NULL), 1628621103);
	CHECK_EQ_LL(parse_ok("1628621103.9", NULL, NULL, NULL), 1628621103);
	CHECK_EQ_LL(parse_ok("1628621103000", NULL, NULL, NULL), 1628621103); /* milliseconds */
	CHECK_EQ_LL(parse_ok("Wed Oct 11 06:55:44 +0000 2017", NULL, NULL, NULL), 1507704944);
	CHECK_EQ_LL(parse_ok("Tue Aug 10 20:45:03 +0200 2021", NULL, NULL, NULL), 1628621103);
	/* Local times need a zone: Madrid summer is +02:00, winter +01:00. */
	CHECK(time_parse("2021-08-10 20:45:03", NULL, &w) == TIME_NO_OFFSET);
	CHECK_EQ_LL(parse_ok("2021-08-10 20:45:03", madrid, &off, &has), 1628621103);
	CHECK_EQ_LL(off, 7200);
	CHECK_EQ_LL(has, 0);
	CHECK_EQ_LL(parse_ok("2026-01-15T10:00:00", madrid, &off, NULL), 1768467600);
	CHECK_EQ_LL(off, 3600);
	/* Leap day, and one that does not exist. */
	CHECK_EQ_LL(parse_ok("2028-02-29T12:00:00Z", NULL, NULL, NULL), 1835438400);
	CHECK(time_parse("2026-02-29T12:00:00Z", NULL, &w) == TIME_RANGE);
	CHECK(time_parse("2026-13-01T00:00:00Z", NULL, &w) == TIME_RANGE);
	CHECK(time_parse("2026-01-01T24:00:00Z", NULL, &w) == TIME_RANGE);
	/* Far past and future still parse (plausibility is judged elsewhere). */
	CHECK_EQ_LL(parse_ok("1900-01-01T00:00:00Z", NULL, NULL, NULL), -2208988800LL);
	CHECK_EQ_LL(parse_ok("3000-01-01T00:00:00Z", NULL, NULL, NULL), 32503680000LL);
	/* Garbage */
	CHECK(time_parse("", NULL, &w) == TIME_BAD);
	CHECK(time_parse("yesterday", NULL, &w) == TIME_BAD);
	CHECK(time_parse("2021-08-10T18:45:03+0000junk", NULL, &w) == TIME_BAD);
	CHECK(time_parse("2021-08-10T18:45:03+25:00", NULL, &w) == TIME_BAD);
	CHECK(time_parse("12abc", NULL, &w) == TIME_BAD);
	CHECK(time_parse("1e400", NULL, &w) != TIME_OK);
	CHECK(time_parse("99999999999999999999999", NULL, &w) == TIME_RANGE);
	/* Printing */
	CHECK_EQ_STR(time_format_utc(1628621103, buf), "2021-08-10T18:45:03Z");
	CHECK_EQ_STR(time_format_utc(-1, buf), "1969-12-31T23:59:59Z");
	CHECK_EQ_STR(time_format_utc(-2208988800LL, buf), "1900-01-01T00:00:00Z");
	CHECK_EQ_STR(time_format_utc(32503680000LL, buf), "3000-01-01T00:00:00Z");
	CHECK_EQ_STR(time_format_utc(-62167219200LL, buf), "0000-01-01T00:00:00Z");
	CHECK_EQ_STR(time_format_utc(253402300799LL, buf), "9999-12-31T23:59:59Z");
	{
		/* The hand-written digits agree with gmtime and printf across the years 0 to 9999. */
		unsigned long long x = 88172645463325252ULL;
		int i, bad = 0;
		for (i = 0; i < 200000; i++) {
			struct tm tm;
			char want[64];
			time_t t;
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			t = (time_t)(-62167219200LL + (long long)(x % 315537897600ULL));
			gmtime_r(&t, &tm);
			snprintf(want, sizeof(want), "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1,
			         tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
			if (strcmp(time_format_utc((long long)t, buf), want) && bad++ < 3)
				printf("time: %lld gives %s, gmtime %s\n", (long long)t, buf, want);
		}
		CHECK_EQ_LL(bad, 0);
	}
	w.utc = 1628621103;
	w.offset = 7200;
	w.has_offset = 1;
	CHECK_EQ_STR(time_format_when(&w, buf), "2021-08-10T20:45:03+02:00");
	w.offset = -18000;
	CHECK_EQ_STR(time_format_when(&w, buf), "2021-08-10T13:45:03-05:00");
	CHECK_EQ_STR(time_format_wait(0, buf), "0s");
	CHECK_EQ_STR(time_format_wait(59, buf), "59s");
	CHECK_EQ_STR(time_format_wait(60, buf), "1m");
	CHECK_EQ_STR(time_format_wait(3600 + 5 * 60, buf), "1h 05m");
	CHECK_EQ_STR(time_format_wait(2 * 86400 + 3 * 3600, buf), "2d 03h");
	CHECK_EQ_STR(time_format_wait(-90, buf), "-1m");
	tz_free(madrid);
	return unit_end();
}
