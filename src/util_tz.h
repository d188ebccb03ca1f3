/* util_tz.h: IANA time zones read from the system zone database (TZif + POSIX footer). */
#ifndef REPLYCOV_UTIL_TZ_H
#define REPLYCOV_UTIL_TZ_H

struct tz;                                           /* opaque */
struct tz *tz_load(const char *name);                /* NULL if unknown/invalid; caller frees with tz_free */
void tz_free(struct tz *);                           /* releases everything tz_load allocated; NULL is a no-op */
const char *tz_name(const struct tz *);              /* the name given to tz_load, owned by the tz */
long tz_offset_at(const struct tz *, long long utc); /* seconds east of UTC in force at that UTC instant */
/* Convert a local civil time to UTC. Returns 0 and sets *utc. In a gap (spring forward) the
 * local time does not exist: return 1 and set *utc to the instant using the offset in force
 * before the gap (so 02:30 on a Madrid spring-forward day maps to 01:30 UTC... i.e. treated as
 * 02:30 +01:00) . In an overlap (fall back) choose the EARLIER instant (first occurrence) and
 * return 2. Fields: year (any, proleptic Gregorian), mon 1-12, day 1-31, hour 0-23, min, sec 0-60. */
int tz_local_to_utc(const struct tz *, int year, int mon, int day, int hour, int min, int sec, long long *utc);
/* Break a UTC instant into local civil fields in this zone (offset applied). */
void tz_utc_to_local(const struct tz *, long long utc, int *year, int *mon, int *day, int *hour, int *min, int *sec,
                     int *wday /* 0=Sunday */, long *offset);

long long tz_days_from_civil(int y, int m, int d); /* days since 1970-01-01, proleptic Gregorian, any year */
void tz_civil_from_days(long long z, int *y, int *m,
                        int *d); /* inverse of tz_days_from_civil; the year must fit in int */

#endif
