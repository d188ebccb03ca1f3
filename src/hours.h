/* hours.h: business-hours arithmetic on a schedule: open seconds between two instants, the next
 * opening, the end of a service day, and the wait of one message by the rules in README.md
 * ("Service hours"). Every day is measured with the timetable in force on that day, so a wait
 * that spans a change of timetable uses each one for its own days. Instants are UTC seconds.
 * A struct hours keeps a table of open seconds per day; it is not thread-safe. */
#ifndef REPLYCOV_HOURS_H
#define REPLYCOV_HOURS_H

#include <limits.h>
#include <stddef.h>

#include "schedule.h"

#define HOURS_NEVER LLONG_MAX /* no opening within HOURS_MAX_DAYS */
#define HOURS_MAX_DAYS 11000L /* about 30 years: farther openings count as never */

struct hours {
	struct schedule *s; /* not owned */
	long long lo;       /* first day of the table */
	long long *total;   /* open seconds of day lo + i */
	long long *cum;     /* open seconds of days lo .. lo + i - 1 (n + 1 entries) */
	size_t n, cap;
};

void hours_init(struct hours *h, struct schedule *s);
void hours_release(struct hours *h);

/* Open seconds in [a, b); 0 when b <= a. A wait longer than HOURS_MAX_DAYS is measured over
 * its first HOURS_MAX_DAYS days. */
long long hours_open_seconds(struct hours *h, long long a, long long b);
/* t when the service is open at t, else the start of the next opening; HOURS_NEVER when none. */
long long hours_next_opening(struct hours *h, long long t);
/* The end of the last opening of the local day t falls on; HOURS_NEVER when that day has none. */
long long hours_day_close(struct hours *h, long long t);

struct hours_wait {
	long long calendar_s;  /* answered - asked */
	long long service_s;   /* open seconds between them (see elapsed_before_opening) */
	long long clock_start; /* asked, or the next opening when it arrived out of hours; HOURS_NEVER */
	int out_of_hours;      /* arrived while closed */
	int before_opening;    /* answered before the clock started */
	int same_service_day;  /* answered before the service day of clock_start closed */
};

/* The wait of a message asked at `asked` and answered at `answered` (>= asked). Rules: the clock
 * starts at `asked` when open, else at the next opening; a reply before that opening waited 0
 * service seconds (elapsed_before_opening: its calendar time instead) and counts as the same
 * service day; otherwise service_s is the open seconds between asked and answered. */
void hours_wait(struct hours *h, long long asked, long long answered, int elapsed_before_opening, struct hours_wait *w);

#endif
