/* timefmt.h: parsing and printing the timestamps found in exports.
 * Everything is kept as UTC seconds plus the UTC offset the source wrote, so a report can
 * show times as the citizen saw them and still compare instants exactly. */
#ifndef REPLYCOV_TIMEFMT_H
#define REPLYCOV_TIMEFMT_H

struct tz;

struct when {
	long long utc;  /* seconds since 1970-01-01T00:00:00Z */
	int offset;     /* seconds east of UTC as written in the source (0 for epoch and Z) */
	int has_offset; /* 0 when the source had no offset and a --tz zone was applied */
};

enum time_status {
	TIME_OK = 0,
	TIME_BAD = -1,       /* not a timestamp replycov understands */
	TIME_NO_OFFSET = -2, /* a local time and no zone to interpret it */
	TIME_RANGE = -3      /* a field out of range (month 13, 25:00, Feb 30) */
};

/* Parse s: ISO 8601 ("2021-08-10T18:45:03+0000", "...Z", "...+00:00", fractions, a space
 * instead of T), epoch seconds or milliseconds (13+ digits, or any value >= 1e11), Twitter's
 * "Wed Oct 11 06:55:44 +0000 2017". A time without offset uses zone (TIME_NO_OFFSET when
 * zone is NULL). Leading and trailing blanks are ignored. */
enum time_status time_parse(const char *s, const struct tz *zone, struct when *w);
/* Epoch value from a JSON number (seconds, or milliseconds when >= 1e11). */
enum time_status time_from_number(double v, struct when *w);
const char *time_status_text(enum time_status st);

/* "2026-03-02T09:05:12Z" into buf (at least 32 bytes); returns buf. */
char *time_format_utc(long long t, char *buf);
/* The instant with the offset it was written in: "2026-03-02T10:05:12+01:00". */
char *time_format_when(const struct when *w, char *buf);
/* A wait for people: "45s", "12m", "1h 05m", "3d 04h". Negative prints "-" first. */
char *time_format_wait(long long seconds, char *buf);

#endif
