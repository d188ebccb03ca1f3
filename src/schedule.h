/* schedule.h: when the official account is open for business. A schedule is an IANA zone,
 * timetable versions valid from a date (so a past quarter is measured with the timetable that
 * applied then), each with a weekly timetable and dated variants (summer, Christmas), and
 * holidays (a date and a name, or all-day events imported from an iCalendar file). The file
 * format is described in README.md ("Service hours") and samples/schedule-valencia-2026.txt.
 * A schedule owns everything it holds; schedule_free releases it. */
#ifndef REPLYCOV_SCHEDULE_H
#define REPLYCOV_SCHEDULE_H

#include <stddef.h>

#include "digest.h"
#include "util.h"

#define SCHED_MAX_INTERVALS 16 /* opening intervals per day */

/* Opening intervals of one weekday, in seconds after local midnight: 0 <= start < end <= 86400,
 * sorted, neither overlapping nor touching (touching intervals are merged). */
struct sched_day {
	int n;
	int start[SCHED_MAX_INTERVALS], end[SCHED_MAX_INTERVALS];
};

struct sched_week {
	struct sched_day day[7]; /* 0 = Sunday ... 6 = Saturday */
};

/* A dated variant: from..to inclusive, either full dates (days since 1970-01-01) or, with
 * yearly set, month*100+day pairs repeated every year (to < from wraps the year end). */
struct sched_variant {
	const char *name;
	int yearly;
	long long from, to;
	struct sched_week week;
	long line; /* where it was declared */
};

struct sched_version {
	long long from; /* first day (days since 1970-01-01); LLONG_MIN: always */
	struct sched_week week;
	struct sched_variant *variants; /* later ones win when several cover a day */
	size_t n_variants, cap_variants;
	long line;
};

enum holiday_scope { SCOPE_OTHER, SCOPE_NATIONAL, SCOPE_REGIONAL, SCOPE_LOCAL };

struct holiday {
	long long day;              /* days since 1970-01-01; for yearly ones, the first occurrence */
	int yearly;                 /* repeats every year from `day` on (until last_year) */
	int month, mday, last_year; /* yearly ones; last_year 0: no end */
	enum holiday_scope scope;
	const char *name;   /* valid UTF-8 */
	const char *source; /* "FILE:LINE" it came from */
};

/* One opening of a given day as UTC instants, [start, end). */
struct span {
	long long start, end;
};

struct sched_cache_entry;

/* A file the schedule was read from (the schedule itself, then its imports in order), with
 * the SHA-256 of the exact bytes parsed, for a report's manifest. */
struct sched_file {
	const char *path; /* as opened (imports relative to the schedule's folder) */
	long long size;
	unsigned char sha256[DIGEST_LEN];
};

struct schedule {
	struct arena arena; /* names and sources */
	struct tz *zone;
	const char *zone_name;
	const char *file;               /* as given to the parser */
	const char *org;                /* `org NAME`: the organisation, valid UTF-8, or NULL */
	struct sched_version *versions; /* ascending by from */
	size_t n_versions, cap_versions;
	struct holiday *holidays; /* after parsing: dated ones sorted by day, then yearly ones */
	size_t n_holidays, cap_holidays, n_dated;
	long long horizon;               /* the last day any rule mentions (next_opening looks that far) */
	int always;                      /* made by schedule_always: open day and night */
	struct sched_cache_entry *cache; /* recent days' spans: the schedule is not thread-safe */
	struct sched_file *files;        /* schedule_load: the files read, in order */
	size_t n_files, cap_files;
};

/* Parse schedule text buf[0..len) (no NUL needed); name is used in messages and to resolve
 * `import FILE` relative to its folder. With allow_imports 0 (fuzzing), an import is an error.
 * Every problem is reported as FILE:LINE:COL (at most 20, then the parser stops). Returns the
 * schedule, or NULL when there was any error. Never reads past len; any byte sequence is safe. */
struct schedule *schedule_parse(const char *name, const char *buf, size_t len, int allow_imports);
/* Read and parse the file at path (imports allowed). NULL on error (reported). */
struct schedule *schedule_load(const char *path);
/* Open all the time, in zone (loaded by name; NULL or "" means UTC). NULL when the zone is unknown. */
struct schedule *schedule_always(const char *zone);
void schedule_free(struct schedule *s);

/* Import the all-day events of iCalendar text buf[0..len) as holidays of scope. Supported: VEVENT
 * with DTSTART;VALUE=DATE (or an 8-digit date), optional DTEND;VALUE=DATE (exclusive, up to 366
 * days), SUMMARY (escapes and folded lines), RRULE:FREQ=YEARLY with optional INTERVAL=1, COUNT,
 * UNTIL, BYMONTH and BYMONTHDAY equal to the start. Anything else (timed events, other rules,
 * RDATE, EXDATE, RECURRENCE-ID) is warned about at FILE:LINE and skipped. Returns the number of
 * holidays added, or -1 when the text is not iCalendar (reported). Never crashes on any bytes. */
long schedule_import_ics(struct schedule *s, const char *name, const char *buf, size_t len, enum holiday_scope scope);

/* The openings of local day `day` (days since 1970-01-01 in the schedule's zone) as UTC spans,
 * sorted. Returns their number and points *out at storage valid until the next call. */
int schedule_day(struct schedule *s, long long day, const struct span **out);
/* The local day (days since 1970-01-01) an instant falls on in the schedule's zone. */
long long schedule_local_day(const struct schedule *s, long long utc);
/* The holiday on that day, or NULL. */
const struct holiday *schedule_holiday(const struct schedule *s, long long day);
/* The version in force on that day (the first one before it starts), and the variant that
 * applies (NULL: the version's own week). */
const struct sched_version *schedule_version(const struct schedule *s, long long day,
                                             const struct sched_variant **variant);
/* The first day with a timetable, LLONG_MIN when the first version has no start date. */
long long schedule_first_day(const struct schedule *s);

/* Add a holiday (h's strings are copied; name[0..name_len) is repaired to valid UTF-8).
 * Call schedule_index before the next lookup. */
void schedule_add_holiday(struct schedule *s, const struct holiday *h, const char *name, size_t name_len);
/* Sort the holidays and recompute the lookup tables (the parsers call it). */
void schedule_index(struct schedule *s);
/* Building blocks of the parsers: an empty schedule (no zone yet) named for messages; a
 * version starting on day `from` (LLONG_MIN: always); an interval added to a weekday, merged
 * with the ones it overlaps or touches (-1 when the day would hold too many). */
struct schedule *schedule_new(const char *name);
struct sched_version *schedule_add_version(struct schedule *s, long long from, long line);
int sched_day_add(struct sched_day *d, int start, int end);

const char *holiday_scope_name(enum holiday_scope s); /* "national", "regional", "local", "other" */
/* 0 = Sunday ... 6 = Saturday. */
int weekday_of_day(long long day);

#endif
