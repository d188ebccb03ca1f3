/* test_schedule.c: the schedule parser's FILE:LINE:COL errors, the iCalendar import (folding,
 * escapes, yearly rules, what is warned about and skipped), and seeded random and mutated
 * inputs that must never crash either parser. */
#include "diag.h"
#include "schedule.h"
#include "unit.h"
#include "util_tz.h"

#include <stdlib.h>

static struct diag_capture cap;

/* Parse text with messages captured; returns the schedule (or NULL) and leaves them in cap. */
static struct schedule *parse(const char *text)
{
	struct schedule *s;

	strbuf_release(&cap.text);
	diag_capture_begin(&cap, 0);
	s = schedule_parse("s.txt", text, strlen(text), 0);
	diag_capture_end();
	return s;
}

static long ics(struct schedule *s, const char *text)
{
	long n;

	strbuf_release(&cap.text);
	diag_capture_begin(&cap, 0);
	n = schedule_import_ics(s, "h.ics", text, strlen(text), SCOPE_LOCAL);
	diag_capture_end();
	return n;
}

#define EXPECT_ERROR(input, msg)                                                                                       \
	do {                                                                                                           \
		struct schedule *s_ = parse(input);                                                                    \
		CHECK(s_ == NULL);                                                                                     \
		if (!strstr(cap.text.buf, msg)) {                                                                      \
			unit_fail++;                                                                                   \
			printf("test_schedule: FAIL line %d: want '%s' in:\n%s", __LINE__, msg, cap.text.buf);         \
		} else {                                                                                               \
			unit_pass++;                                                                                   \
		}                                                                                                      \
		schedule_free(s_);                                                                                     \
	} while (0)

#define EXPECT_MSG(msg)                                                                                                \
	do {                                                                                                           \
		if (!strstr(cap.text.buf, msg)) {                                                                      \
			unit_fail++;                                                                                   \
			printf("test_schedule: FAIL line %d: want '%s' in:\n%s", __LINE__, msg, cap.text.buf);         \
		} else {                                                                                               \
			unit_pass++;                                                                                   \
		}                                                                                                      \
	} while (0)

static void test_errors(void)
{
	EXPECT_ERROR("zone Europe/Madrid\nopen mon-fri 22:00-02:00\n",
	             "s.txt:2:14: error: interval '22:00-02:00' ends before it starts");
	EXPECT_ERROR("zone Europe/Madrid\nopen mon-fry 09:00-14:00\n", "s.txt:2:10: error: 'fry' is not a day");
	EXPECT_ERROR("zone Europe/Madrid\nopen mon 9-14\n", "s.txt:2:10: error: '9-14' is not an opening interval");
	EXPECT_ERROR("zone Europe/Madrid\nopen mon 09:00-24:30\n", "s.txt:2:10: error:");
	EXPECT_ERROR("zone Europe/Madrid\nopen mon\n", "s.txt:2:9: error: 'open' needs at least one interval");
	EXPECT_ERROR("zone Europe/Madird\nopen mon 09:00-14:00\n",
	             "s.txt:1:6: error: unknown time zone 'Europe/Madird'");
	EXPECT_ERROR("open mon 09:00-14:00\n", "s.txt: error: no 'zone' line");
	EXPECT_ERROR("zone Europe/Madrid\n", "no opening hours");
	EXPECT_ERROR("zone Europe/Madrid\nzone UTC\nopen mon 09:00-10:00\n",
	             "s.txt:2:6: error: the zone is given twice");
	EXPECT_ERROR("zone Europe/Madrid\nopening mon 09:00-14:00\n", "s.txt:2:1: error: unknown directive 'opening'");
	EXPECT_ERROR("zone Europe/Madrid\nvalid from 2026-03-01\nopen mon 09:00-10:00\nvalid from 2026-01-01\n",
	             "s.txt:4:12: error: timetables must be given in date order");
	EXPECT_ERROR("zone Europe/Madrid\nvalid since 2026-03-01\n",
	             "s.txt:2:7: error: expected 'valid from YYYY-MM-DD'");
	EXPECT_ERROR("zone Europe/Madrid\nvalid from 2026-02-30\n",
	             "s.txt:2:12: error: 'valid from' needs a full date");
	EXPECT_ERROR("zone Europe/Madrid\nopen mon 09:00-10:00\nend\n", "s.txt:3:1: error: 'end' without a variant");
	EXPECT_ERROR("zone Europe/Madrid\nopen mon 09:00-10:00\nvariant x 06-15..2026-09-15\n",
	             "s.txt:3:11: error: both ends of a variant");
	EXPECT_ERROR("zone Europe/Madrid\nopen mon 09:00-10:00\nvariant x 2026-09-15..2026-06-15\n",
	             "s.txt:3:23: error: the variant ends before it starts");
	EXPECT_ERROR("zone Europe/Madrid\nopen mon 09:00-10:00\nvariant x 06-15 09-15\n",
	             "s.txt:3:17: error: expected FROM..TO");
	EXPECT_ERROR("zone Europe/Madrid\nopen mon 09:00-10:00\nholiday 2026-03-19\n",
	             "s.txt:3:19: error: the holiday needs a name");
	EXPECT_ERROR("zone Europe/Madrid\nopen mon 09:00-10:00\nholiday 2026-13-01 x\n",
	             "s.txt:3:9: error: '2026-13-01': no such date");
	EXPECT_ERROR("zone Europe/Madrid\nopen mon 09:00-10:00\nholiday 2027-02-29 x\n", "no such date");
	EXPECT_ERROR("zone Europe/Madrid\nopen mon 09:00-10:00\nimport h.ics\n",
	             "s.txt:3:8: error: imports are not allowed here");
	EXPECT_ERROR("zone Europe/Madrid\nopen mon 09:00-10:00\nimport h.ics state\n",
	             "s.txt:3:14: error: the scope is");
	EXPECT_ERROR("zone Europe/Madrid\nopen mon 09:00-10:00 extra\n",
	             "s.txt:2:22: error: 'extra' is not an opening interval");
	EXPECT_ERROR("zone Europe/Madrid\nvalid from 2026-01-01 today\nopen mon 09:00-10:00\n",
	             "s.txt:2:23: error: unexpected 'today'");
	{
		static const char nul[] = "zone Europe/Madrid\nopen mon 09:00-10:00\nhol\0iday\n";
		struct schedule *s;
		strbuf_release(&cap.text);
		diag_capture_begin(&cap, 0);
		s = schedule_parse("s.txt", nul, sizeof(nul) - 1, 0);
		diag_capture_end();
		CHECK(s == NULL);
		EXPECT_MSG("s.txt:3:4: error: NUL byte");
	}
	{
		/* More than 20 errors: the parser stops and says so. */
		struct strbuf many;
		int i;
		strbuf_init(&many);
		for (i = 0; i < 40; i++)
			strbuf_addstr(&many, "nonsense\n");
		CHECK(parse(many.buf) == NULL);
		EXPECT_MSG("s.txt:20:1: error: too many errors, stopping");
		CHECK(!strstr(cap.text.buf, "s.txt:21:"));
		strbuf_release(&many);
	}
}

static void test_good(void)
{
	struct schedule *s = parse("\xEF\xBB\xBF# comment\r\n"
	                           "zone Europe/Madrid   # trailing comment\r\n"
	                           "OPEN Mon-Thu 9:00-14:00,15:00-17:00\r\n"
	                           "open fri-sun 10:00-12:00\n"
	                           "variant x 12-24..01-06\n"
	                           "open sat,sun 10:00-11:00\n"
	                           "end\n"
	                           "holiday 2026-03-19 regional San José # Falles\n"
	                           "holiday 12-25 Nadal #1 is a comment\n"
	                           "holiday 2026-01-01 Any nou\n");

	CHECK(s != NULL);
	if (!s) {
		printf("%s", cap.text.buf);
		return;
	}
	CHECK_EQ_STR(s->zone_name, "Europe/Madrid");
	CHECK_EQ_LL(s->n_versions, 1);
	CHECK_EQ_LL(s->versions[0].week.day[1].n, 2);
	CHECK_EQ_LL(s->versions[0].week.day[1].start[0], 9 * 3600);
	CHECK_EQ_LL(s->versions[0].week.day[0].n, 1); /* fri-sun wraps to Sunday */
	CHECK_EQ_LL(s->versions[0].week.day[5].n, 1);
	CHECK_EQ_LL(s->versions[0].n_variants, 1);
	CHECK_EQ_LL(s->versions[0].variants[0].week.day[6].n, 1);
	CHECK_EQ_LL(s->versions[0].variants[0].week.day[1].n, 0);
	CHECK_EQ_LL(s->n_holidays, 3);
	CHECK_EQ_STR(schedule_holiday(s, tz_days_from_civil(2026, 3, 19))->name, "San José");
	CHECK_EQ_LL(schedule_holiday(s, tz_days_from_civil(2026, 3, 19))->scope, SCOPE_REGIONAL);
	CHECK_EQ_STR(schedule_holiday(s, tz_days_from_civil(2026, 3, 19))->source, "s.txt:8");
	CHECK_EQ_STR(schedule_holiday(s, tz_days_from_civil(2031, 12, 25))->name, "Nadal");
	CHECK_EQ_LL(schedule_holiday(s, tz_days_from_civil(2026, 1, 1))->scope, SCOPE_OTHER);
	schedule_free(s);
}

/* org NAME: the rest of the line (a comment after a blank cut off), repaired to UTF-8; once. */
static void test_org(void)
{
	struct schedule *s = parse("zone Europe/Madrid\n"
	                           "org   Servei Valencià d'Ocupació \"SERVEF\" <b> # the service\n"
	                           "open mon-fri 09:00-14:00\n");

	CHECK(s != NULL);
	if (s)
		CHECK_EQ_STR(s->org, "Servei Valencià d'Ocupació \"SERVEF\" <b>");
	schedule_free(s);
	s = parse("zone UTC\nopen mon 09:00-10:00\n");
	CHECK(s != NULL && s->org == NULL);
	schedule_free(s);
	s = parse("zone UTC\norg Caf\xe9 Ocupaci\xf3\nopen mon 09:00-10:00\n");
	CHECK(s != NULL);
	if (s)
		CHECK_EQ_STR(s->org, "Caf\xef\xbf\xbd Ocupaci\xef\xbf\xbd");
	schedule_free(s);
	EXPECT_ERROR("zone UTC\norg   # nobody\nopen mon 09:00-10:00\n",
	             "s.txt:2:4: error: 'org' needs the organisation's name");
	EXPECT_ERROR("zone UTC\norg A\norg B\nopen mon 09:00-10:00\n",
	             "s.txt:3:1: error: the organisation is given twice");
}

static void test_ics(void)
{
	struct schedule *s = parse("zone Europe/Madrid\nopen mon-fri 09:00-14:00\n");
	long n;

	if (!s)
		return;
	n = ics(
	    s,
	    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
	    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260122\r\nSUMMARY:San Vicente\r\n  Mártir\\, patró\r\nEND:VEVENT\r\n"
	    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261227\r\nSUMMARY:Nadal\r\nEND:"
	    "VEVENT\r\n"
	    "BEGIN:VEVENT\r\nDTSTART:20250501\r\nRRULE:FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=1\r\nSUMMARY:Treball\r\nEND:"
	    "VEVENT\r\n"
	    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20240229\r\nRRULE:FREQ=YEARLY;COUNT=2\r\nSUMMARY:Leap\r\nEND:VEVENT\r\n"
	    "BEGIN:VEVENT\r\nDTSTART:20260305T090000Z\r\nSUMMARY:Meeting\r\nEND:VEVENT\r\n"
	    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260306\r\nRRULE:FREQ=WEEKLY;BYDAY=FR\r\nSUMMARY:Fridays\r\nEND:"
	    "VEVENT\r\n"
	    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260307\r\nEXDATE;VALUE=DATE:20270307\r\nSUMMARY:X\r\nEND:VEVENT\r\n"
	    "BEGIN:VEVENT\r\nSUMMARY:No date\r\nBEGIN:VALARM\r\nTRIGGER:-PT1H\r\nEND:VALARM\r\nEND:VEVENT\r\n"
	    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260308\r\nSUMMARY:Open\r\n");
	CHECK_EQ_LL(n, 6); /* 1 + 3 days + 1 yearly + 1 yearly */
	EXPECT_MSG("h.ics:24: warning: not an all-day event (DTSTART '20260305T090000Z'): skipped");
	EXPECT_MSG("h.ics:29: warning: recurrence 'FREQ=WEEKLY;BYDAY=FR' is not supported");
	EXPECT_MSG("h.ics:34: warning: EXDATE is not supported: event skipped");
	EXPECT_MSG("h.ics:37: warning: event without DTSTART: skipped");
	EXPECT_MSG("h.ics:43: warning: event not closed (END:VEVENT missing): skipped");
	CHECK_EQ_STR(schedule_holiday(s, tz_days_from_civil(2026, 1, 22))->name, "San Vicente Mártir, patró");
	CHECK_EQ_LL(schedule_holiday(s, tz_days_from_civil(2026, 1, 22))->scope, SCOPE_LOCAL);
	CHECK_EQ_STR(schedule_holiday(s, tz_days_from_civil(2026, 1, 22))->source, "h.ics:3");
	CHECK(schedule_holiday(s, tz_days_from_civil(2026, 12, 26)) != NULL);
	CHECK(schedule_holiday(s, tz_days_from_civil(2026, 12, 27)) == NULL); /* DTEND is exclusive */
	CHECK(schedule_holiday(s, tz_days_from_civil(2031, 5, 1)) != NULL);
	CHECK(schedule_holiday(s, tz_days_from_civil(2024, 5, 1)) == NULL); /* before the first year */
	CHECK(schedule_holiday(s, tz_days_from_civil(2028, 2, 29)) != NULL);
	CHECK(schedule_holiday(s, tz_days_from_civil(2032, 2, 29)) == NULL); /* COUNT=2: 2024 and 2028 */
	CHECK(schedule_holiday(s, tz_days_from_civil(2026, 3, 6)) == NULL);
	CHECK_EQ_LL(ics(s, "hello\nBEGIN:VCALENDAR\n"), -1);
	EXPECT_MSG("h.ics:1: error: not an iCalendar file");
	CHECK_EQ_LL(ics(s, ""), -1);
	schedule_free(s);
}

/* Random bytes, and the sample inputs with random bytes changed: never a crash (the sanitizers
 * in make SANITIZE=... check more than this loop can). */
static void test_robust(void)
{
	static const char *seeds[] = {
	    "zone Europe/Madrid\nvalid from 2026-01-01\nopen mon-thu 09:00-14:00, 15:00-17:00\nvariant s 06-15..09-15\n"
	    "open mon-fri 08:00-15:00\nend\nholiday 2026-03-19 regional San José\n",
	    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260122\nDTEND;VALUE=DATE:20260123\nRRULE:FREQ=YEARLY;"
	    "COUNT=3\nSUMMARY:San\n Vicente\nEND:VEVENT\nEND:VCALENDAR\n",
	};
	unsigned seed = 777;
	int i, k;
	char buf[512];

	strbuf_release(&cap.text);
	for (i = 0; i < 3000; i++) {
		const char *src = seeds[i % 2];
		size_t n = strlen(src);
		struct schedule *s, *t;
		memcpy(buf, src, n);
		for (k = 0; k < 1 + i % 8; k++) {
			seed = seed * 1103515245u + 12345u;
			buf[(seed >> 8) % n] = (char)(seed >> 20);
		}
		if (i % 50 == 0)
			for (k = 0; k < (int)n; k++) {
				seed = seed * 1103515245u + 12345u;
				buf[k] = (char)(seed >> 16);
			}
		diag_capture_begin(&cap, 0);
		s = schedule_parse("r.txt", buf, n, 0);
		t = schedule_always("UTC");
		if (t)
			schedule_import_ics(t, "r.ics", buf, n, SCOPE_OTHER);
		diag_capture_end();
		strbuf_release(&cap.text);
		schedule_free(s);
		schedule_free(t);
	}
	CHECK(1);
}

int main(void)
{
	unit_name = "test_schedule";
	strbuf_init(&cap.text);
	test_errors();
	test_good();
	test_org();
	test_ics();
	test_robust();
	strbuf_release(&cap.text);
	return unit_end();
}
