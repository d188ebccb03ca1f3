/* test_hours.c: business-hours arithmetic on hand-written schedules in Europe/Madrid: daylight
 * saving both ways, holidays, several intervals a day, an interval ending at midnight, arrival
 * out of hours, a reply before the opening, a weekend with holidays, a leap day, a change of
 * timetable in the middle of a wait, and seeded random waits checked against a day-by-day sum. */
#include "hours.h"
#include "unit.h"
#include "util_tz.h"
#include "waits.h"

#include <stdlib.h>

static struct tz *madrid;

/* A Madrid wall-clock time as a UTC instant. */
static long long at(int y, int mo, int d, int h, int mi)
{
	long long utc;

	tz_local_to_utc(madrid, y, mo, d, h, mi, 0, &utc);
	return utc;
}

static struct schedule *sched(const char *text)
{
	struct schedule *s = schedule_parse("test-schedule", text, strlen(text), 0);

	if (!s) {
		printf("hours: FAIL schedule did not parse:\n%s\n", text);
		unit_fail++;
	}
	return s;
}

static long long open_s(struct schedule *s, long long a, long long b)
{
	struct hours h;
	long long v;

	hours_init(&h, s);
	v = hours_open_seconds(&h, a, b);
	hours_release(&h);
	return v;
}

static void wait_of(struct schedule *s, long long a, long long b, int elapsed, struct hours_wait *w)
{
	struct hours h;

	hours_init(&h, s);
	hours_wait(&h, a, b, elapsed, w);
	hours_release(&h);
}

static void test_dst(void)
{
	struct schedule *s = sched("zone Europe/Madrid\nopen mon-sun 00:00-24:00\n");
	struct schedule *night = sched("zone Europe/Madrid\nopen sun 01:00-05:00\n");

	/* Spring forward, Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST; the day has 23 hours. */
	CHECK_EQ_LL(open_s(s, at(2026, 3, 29, 0, 0), at(2026, 3, 30, 0, 0)), 23 * 3600);
	/* Saturday 23:00 CET to Sunday 04:00 CEST: 4 real hours, not the 5 the clock face suggests. */
	CHECK_EQ_LL(open_s(s, at(2026, 3, 28, 23, 0), at(2026, 3, 29, 4, 0)), 4 * 3600);
	/* 01:00-05:00 on the spring-forward night is 3 hours of service. */
	CHECK_EQ_LL(open_s(night, at(2026, 3, 29, 0, 0), at(2026, 3, 30, 0, 0)), 3 * 3600);
	/* Fall back, Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET; the day has 25 hours. */
	CHECK_EQ_LL(open_s(s, at(2026, 10, 25, 0, 0), at(2026, 10, 26, 0, 0)), 25 * 3600);
	/* 01:00-05:00 on the fall-back night is 5 hours of service. */
	CHECK_EQ_LL(open_s(night, at(2026, 10, 25, 0, 0), at(2026, 10, 26, 0, 0)), 5 * 3600);
	/* Day and night equals calendar time across both changes. */
	CHECK_EQ_LL(open_s(s, at(2026, 3, 1, 12, 0), at(2026, 11, 1, 12, 0)),
	            at(2026, 11, 1, 12, 0) - at(2026, 3, 1, 12, 0));
	schedule_free(s);
	schedule_free(night);
}

static void test_weekdays_and_holidays(void)
{
	struct schedule *s = sched("zone Europe/Madrid\n"
	                           "open mon-fri 09:00-14:00\n"
	                           "holiday 2026-03-19 regional San José\n");
	struct schedule *nohol = sched("zone Europe/Madrid\nopen mon-fri 09:00-14:00\n");
	struct hours_wait w;

	/* Wednesday 17:30, answered Friday 09:05 over the Thursday holiday: 5 minutes of service. */
	wait_of(s, at(2026, 3, 18, 17, 30), at(2026, 3, 20, 9, 5), 0, &w);
	CHECK_EQ_LL(w.service_s, 300);
	CHECK_EQ_LL(w.calendar_s, 39 * 3600 + 35 * 60);
	CHECK_EQ_LL(w.clock_start, at(2026, 3, 20, 9, 0));
	CHECK(w.out_of_hours && !w.before_opening && w.same_service_day);
	/* Without the holiday Thursday counts in full. */
	wait_of(nohol, at(2026, 3, 18, 17, 30), at(2026, 3, 20, 9, 5), 0, &w);
	CHECK_EQ_LL(w.service_s, 5 * 3600 + 300);
	CHECK(!w.same_service_day);
	/* A message on the holiday waits for Friday. */
	{
		struct hours h;
		hours_init(&h, s);
		CHECK_EQ_LL(hours_next_opening(&h, at(2026, 3, 19, 10, 0)), at(2026, 3, 20, 9, 0));
		hours_release(&h);
	}
	CHECK(schedule_holiday(s, tz_days_from_civil(2026, 3, 19)) != NULL);
	CHECK_EQ_STR(schedule_holiday(s, tz_days_from_civil(2026, 3, 19))->name, "San José");
	CHECK(schedule_holiday(s, tz_days_from_civil(2026, 3, 20)) == NULL);
	schedule_free(s);
	schedule_free(nohol);
}

static void test_several_intervals(void)
{
	struct schedule *s = sched("zone Europe/Madrid\nopen mon-thu 09:00-14:00, 15:00-17:00\nopen fri 09:00-14:00\n");
	struct hours_wait w;
	struct hours h;

	/* 13:30 to 15:30 across the lunch break: 30 + 30 minutes. */
	wait_of(s, at(2026, 3, 26, 13, 30), at(2026, 3, 26, 15, 30), 0, &w);
	CHECK_EQ_LL(w.service_s, 3600);
	CHECK(!w.out_of_hours && w.same_service_day);
	/* Arrival in the break: the clock starts at 15:00. */
	wait_of(s, at(2026, 3, 26, 14, 30), at(2026, 3, 26, 15, 20), 0, &w);
	CHECK_EQ_LL(w.service_s, 1200);
	CHECK_EQ_LL(w.clock_start, at(2026, 3, 26, 15, 0));
	CHECK(w.out_of_hours);
	/* The service day ends at the last interval's end. */
	hours_init(&h, s);
	CHECK_EQ_LL(hours_day_close(&h, at(2026, 3, 26, 10, 0)), at(2026, 3, 26, 17, 0));
	CHECK_EQ_LL(hours_day_close(&h, at(2026, 3, 27, 10, 0)), at(2026, 3, 27, 14, 0));
	CHECK_EQ_LL(hours_day_close(&h, at(2026, 3, 28, 10, 0)), HOURS_NEVER);
	hours_release(&h);
	/* Overlapping and touching intervals merge. */
	{
		struct schedule *m = sched("zone Europe/Madrid\nopen mon 09:00-11:00 10:00-12:00, 12:00-13:00\n");
		CHECK_EQ_LL(m->versions[0].week.day[1].n, 1);
		CHECK_EQ_LL(m->versions[0].week.day[1].end[0], 13 * 3600);
		schedule_free(m);
	}
	schedule_free(s);
}

static void test_midnight(void)
{
	/* An evening shift to midnight, and the night after it until 02:00. */
	struct schedule *s = sched("zone Europe/Madrid\nopen mon-sun 20:00-24:00\nopen mon-sun 00:00-02:00\n");
	struct hours_wait w;
	struct hours h;

	wait_of(s, at(2026, 5, 4, 23, 30), at(2026, 5, 5, 1, 0), 0, &w);
	CHECK_EQ_LL(w.service_s, 90 * 60);
	/* The service day of Monday's evening closes at midnight. */
	CHECK(!w.same_service_day);
	wait_of(s, at(2026, 5, 4, 21, 0), at(2026, 5, 4, 23, 59), 0, &w);
	CHECK(w.same_service_day);
	hours_init(&h, s);
	CHECK_EQ_LL(hours_day_close(&h, at(2026, 5, 4, 21, 0)), at(2026, 5, 5, 0, 0));
	/* After 02:00 the next opening is 20:00. */
	CHECK_EQ_LL(hours_next_opening(&h, at(2026, 5, 5, 3, 0)), at(2026, 5, 5, 20, 0));
	CHECK_EQ_LL(hours_next_opening(&h, at(2026, 5, 5, 1, 0)), at(2026, 5, 5, 1, 0));
	hours_release(&h);
	schedule_free(s);
}

static void test_out_of_hours(void)
{
	struct schedule *s = sched("zone Europe/Madrid\nopen mon-fri 09:00-14:00\n");
	struct hours_wait w;

	/* Arrives 07:30, answered 09:20: the clock starts at 09:00. */
	wait_of(s, at(2026, 3, 2, 7, 30), at(2026, 3, 2, 9, 20), 0, &w);
	CHECK_EQ_LL(w.service_s, 1200);
	CHECK_EQ_LL(w.calendar_s, 110 * 60);
	CHECK(w.out_of_hours && !w.before_opening);
	/* Answered 08:50, before the opening: zero, or its elapsed time on request. */
	wait_of(s, at(2026, 3, 2, 7, 30), at(2026, 3, 2, 8, 50), 0, &w);
	CHECK_EQ_LL(w.service_s, 0);
	CHECK(w.before_opening && w.same_service_day);
	wait_of(s, at(2026, 3, 2, 7, 30), at(2026, 3, 2, 8, 50), 1, &w);
	CHECK_EQ_LL(w.service_s, 80 * 60);
	/* Answered at the very opening: zero either way, not "before". */
	wait_of(s, at(2026, 3, 2, 7, 30), at(2026, 3, 2, 9, 0), 1, &w);
	CHECK_EQ_LL(w.service_s, 0);
	CHECK(!w.before_opening);
	/* In hours, same second: zero and in hours. */
	wait_of(s, at(2026, 3, 2, 10, 0), at(2026, 3, 2, 10, 0), 0, &w);
	CHECK_EQ_LL(w.service_s, 0);
	CHECK(!w.out_of_hours);
	schedule_free(s);
}

static void test_weekend_and_holidays(void)
{
	/* Thursday 2 April 16:00 to Tuesday 7 April 09:15, 2026: Good Friday, the weekend and Easter
	 * Monday closed: 16:00-18:30 on Thursday and 09:00-09:15 on Tuesday. */
	struct schedule *s = sched("zone Europe/Madrid\n"
	                           "open mon-thu 09:00-14:00, 15:00-18:30\nopen fri 09:00-14:00\n"
	                           "holiday 2026-04-03 national Viernes Santo\n"
	                           "holiday 2026-04-06 regional Lunes de Pascua\n");
	struct hours_wait w;

	wait_of(s, at(2026, 4, 2, 16, 0), at(2026, 4, 7, 9, 15), 0, &w);
	CHECK_EQ_LL(w.service_s, 2 * 3600 + 30 * 60 + 15 * 60);
	CHECK_EQ_LL(w.calendar_s, 4 * 86400 + 17 * 3600 + 15 * 60);
	CHECK(!w.same_service_day && !w.out_of_hours);
	schedule_free(s);
}

static void test_leap_day(void)
{
	struct schedule *s = sched("zone Europe/Madrid\nopen mon-fri 09:00-17:00\n");
	struct schedule *h = sched("zone Europe/Madrid\nopen mon-fri 09:00-17:00\nholiday 02-29 other Leap day off\n");

	/* Monday 28 February 2028 16:00 to Wednesday 1 March 10:00: 1 + 8 + 1 hours. */
	CHECK_EQ_LL(open_s(s, at(2028, 2, 28, 16, 0), at(2028, 3, 1, 10, 0)), 10 * 3600);
	/* With 29 February off (every year it exists): 2 hours. */
	CHECK_EQ_LL(open_s(h, at(2028, 2, 28, 16, 0), at(2028, 3, 1, 10, 0)), 2 * 3600);
	CHECK(schedule_holiday(h, tz_days_from_civil(2028, 2, 29)) != NULL);
	CHECK(schedule_holiday(h, tz_days_from_civil(2027, 3, 1)) == NULL);
	CHECK(schedule_holiday(h, tz_days_from_civil(2027, 2, 28)) == NULL);
	schedule_free(s);
	schedule_free(h);
}

static void test_change_mid_wait(void)
{
	/* Friday 27 March 14:30 (closed: Friday ends at 14:00) to Monday 30 March 18:10, when the new
	 * timetable (afternoons until 18:30) starts that Monday: 5 h + 3 h 10 m, same service day. */
	struct schedule *s =
	    sched("zone Europe/Madrid\n"
	          "valid from 2026-01-01\nopen mon-thu 09:00-14:00, 15:00-17:00\nopen fri 09:00-14:00\n"
	          "valid from 2026-03-30\nopen mon-thu 09:00-14:00, 15:00-18:30\nopen fri 09:00-14:00\n");
	struct hours_wait w;
	const struct sched_variant *var;

	wait_of(s, at(2026, 3, 27, 14, 30), at(2026, 3, 30, 18, 10), 0, &w);
	CHECK_EQ_LL(w.service_s, 8 * 3600 + 10 * 60);
	CHECK(w.same_service_day);
	/* Thursday 26 March 16:30 to Monday 30 March 18:40: 30 m (old) + 5 h (Fri) + 8 h 30 m (new). */
	wait_of(s, at(2026, 3, 26, 16, 30), at(2026, 3, 30, 18, 40), 0, &w);
	CHECK_EQ_LL(w.service_s, 30 * 60 + 5 * 3600 + 8 * 3600 + 30 * 60);
	CHECK(schedule_version(s, tz_days_from_civil(2026, 3, 29), &var)->from == tz_days_from_civil(2026, 1, 1));
	CHECK(schedule_version(s, tz_days_from_civil(2026, 3, 30), &var)->from == tz_days_from_civil(2026, 3, 30));
	/* Before the first timetable, the first one applies. */
	CHECK(schedule_version(s, tz_days_from_civil(2025, 6, 1), &var)->from == tz_days_from_civil(2026, 1, 1));
	schedule_free(s);
}

static void test_variants(void)
{
	struct schedule *s = sched("zone Europe/Madrid\n"
	                           "open mon-fri 09:00-14:00, 15:00-18:00\n"
	                           "variant summer 06-15..09-15\nopen mon-fri 08:00-15:00\nend\n"
	                           "variant christmas 12-24..01-06\nopen mon-fri 09:00-13:00\nend\n"
	                           "variant audit 2026-07-06..2026-07-10\nend\n");
	const struct sched_variant *var;

	CHECK_EQ_LL(open_s(s, at(2026, 6, 12, 0, 0), at(2026, 6, 13, 0, 0)), 8 * 3600); /* Friday before */
	CHECK_EQ_LL(open_s(s, at(2026, 6, 15, 0, 0), at(2026, 6, 16, 0, 0)), 7 * 3600); /* summer */
	CHECK_EQ_LL(open_s(s, at(2026, 9, 15, 0, 0), at(2026, 9, 16, 0, 0)), 7 * 3600); /* last summer day */
	CHECK_EQ_LL(open_s(s, at(2026, 9, 16, 0, 0), at(2026, 9, 17, 0, 0)), 8 * 3600);
	CHECK_EQ_LL(open_s(s, at(2026, 12, 28, 0, 0), at(2026, 12, 29, 0, 0)), 4 * 3600); /* wraps the year */
	CHECK_EQ_LL(open_s(s, at(2027, 1, 5, 0, 0), at(2027, 1, 6, 0, 0)), 4 * 3600);
	CHECK_EQ_LL(open_s(s, at(2027, 1, 7, 0, 0), at(2027, 1, 8, 0, 0)), 8 * 3600);
	/* A later variant wins: the audit week (inside summer) is closed. */
	CHECK_EQ_LL(open_s(s, at(2026, 7, 6, 0, 0), at(2026, 7, 11, 0, 0)), 0);
	schedule_version(s, tz_days_from_civil(2026, 7, 8), &var);
	CHECK_EQ_STR(var ? var->name : NULL, "audit");
	schedule_free(s);
}

static void test_never(void)
{
	struct schedule *s = sched("zone Europe/Madrid\nvalid from 2026-01-01\nopen mon 09:00-10:00\n"
	                           "valid from 2026-02-01\n");
	struct hours h;
	struct hours_wait w;

	hours_init(&h, s);
	CHECK_EQ_LL(hours_next_opening(&h, at(2026, 1, 27, 12, 0)), HOURS_NEVER);
	CHECK_EQ_LL(hours_next_opening(&h, at(2026, 1, 20, 12, 0)), at(2026, 1, 26, 9, 0));
	hours_release(&h);
	wait_of(s, at(2026, 3, 2, 9, 0), at(2026, 3, 9, 9, 0), 0, &w);
	CHECK_EQ_LL(w.clock_start, HOURS_NEVER);
	CHECK_EQ_LL(w.service_s, 0);
	CHECK(w.before_opening);
	schedule_free(s);
}

/* Seeded random waits: the table-based sum equals a plain day-by-day sum of overlaps. */
static void test_random(void)
{
	struct schedule *s =
	    sched("zone Europe/Madrid\n"
	          "valid from 2025-01-01\nopen mon-thu 08:30-14:00, 16:00-19:00\nopen fri 08:30-14:30\n"
	          "variant summer 07-01..08-31\nopen mon-fri 08:00-15:00\nend\n"
	          "valid from 2026-09-01\nopen mon-fri 09:00-13:00\nopen sat 10:00-12:00\n"
	          "holiday 12-25 national Navidad\nholiday 2026-03-19 regional San José\n");
	struct hours h;
	unsigned seed = 12345;
	int i, bad = 0;
	long long base = at(2024, 12, 1, 0, 0);

	hours_init(&h, s);
	for (i = 0; i < 300; i++) {
		long long a, b, d, sum = 0, da, db;
		seed = seed * 1103515245u + 12345u;
		a = base + (long long)(seed % (800u * 86400u));
		seed = seed * 1103515245u + 12345u;
		b = a + (long long)(seed % (i % 3 ? 5u * 86400u : 300u * 86400u));
		da = schedule_local_day(s, a);
		db = schedule_local_day(s, b);
		for (d = da; d <= db; d++) {
			const struct span *sp;
			int n = schedule_day(s, d, &sp), k;
			for (k = 0; k < n; k++) {
				long long st = sp[k].start > a ? sp[k].start : a, en = sp[k].end < b ? sp[k].end : b;
				if (en > st)
					sum += en - st;
			}
		}
		if (hours_open_seconds(&h, a, b) != sum)
			bad++;
	}
	CHECK_EQ_LL(bad, 0);
	hours_release(&h);
	schedule_free(s);
}

static void test_stats(void)
{
	long long v[] = {600, 60, 120, 7200, 180, 240, 300, 360, 420, 480, 86400};
	struct wait_stats st;

	wait_stats_compute(v, 11, &st);
	CHECK_EQ_LL(st.median, 360);
	CHECK_EQ_LL(st.mean, (60 + 120 + 180 + 240 + 300 + 360 + 420 + 480 + 600 + 7200 + 86400 + 5) / 11);
	/* 11 waits: the slowest 1 is dropped. */
	CHECK_EQ_LL(st.mean_fastest90, (60 + 120 + 180 + 240 + 300 + 360 + 420 + 480 + 600 + 7200) / 10);
	CHECK_EQ_LL(st.within_1h, 9);
	CHECK_EQ_LL(st.within_24h, 11);
	/* Fewer than 10: nothing dropped. */
	CHECK_EQ_LL(mean_fastest90(v, 9), 307); /* 2760 / 9 = 306.7, rounded */
	CHECK_EQ_LL(mean_fastest90(v, 0), -1);
}

static void test_agents(void)
{
	struct agents a;
	int jl, marta;

	agents_init(&a);
	CHECK(agents_add(&a, "^(JL):") == 0);
	CHECK(agents_add(&a, "— ?(Marta|Pau)$") == 0);
	CHECK(agents_add(&a, "— [A-Z][a-z]+$") == 0);
	jl = agents_match(&a, "JL: Bon dia, ja està.");
	marta = agents_match(&a, "Hola Ana, sí.\n— Marta");
	CHECK(jl >= 0 && marta >= 0 && jl != marta);
	CHECK_EQ_STR(a.names[jl], "JL");
	CHECK_EQ_STR(a.names[marta], "Marta");
	CHECK_EQ_LL(agents_match(&a, "Sí, Marta, de 9 a 14."), -1);
	CHECK_EQ_LL(agents_match(&a, "Again — Marta"), marta);
	/* No capture group: the whole match, dashes and blanks trimmed. */
	CHECK(agents_match(&a, "Fins demà — Lluïsa") < 0); /* [a-z] is ASCII: no match */
	CHECK_EQ_STR(a.names[agents_match(&a, "Fins demà — Pere")], "Pere");
	agents_release(&a);
	agents_init(&a);
	CHECK(agents_add(&a, "([unclosed") == -1);
	agents_release(&a);
}

int main(void)
{
	unit_name = "test_hours";
	madrid = tz_load("Europe/Madrid");
	if (!madrid) {
		printf("test_hours: FAIL no Europe/Madrid zone (install tzdata)\n");
		unit_fail++;
		return unit_end();
	}
	test_dst();
	test_weekdays_and_holidays();
	test_several_intervals();
	test_midnight();
	test_out_of_hours();
	test_weekend_and_holidays();
	test_leap_day();
	test_change_mid_wait();
	test_variants();
	test_never();
	test_random();
	test_stats();
	test_agents();
	tz_free(madrid);
	return unit_end();
}
