/* in_wxr.h: what the WordPress adapter's files share (in_wxr.c reads the XML and makes the
 * records; in_wxr_time.c works out dates without a GMT twin). */
#ifndef REPLYCOV_IN_WXR_H
#define REPLYCOV_IN_WXR_H

#include <stddef.h>

#include "record.h"

struct tz;

struct wxr_pair {
	long long local; /* local wall time read as if it were UTC */
	int offset;      /* local - GMT, seconds */
};

/* The site's UTC offsets, learnt from the messages that have both dates. */
struct wxr_clock {
	struct wxr_pair *pairs; /* by local time once wxr_clock_ready ran */
	size_t n_pairs, cap_pairs;
	int warned_offset;
};

/* Learn the offset a message's two dates imply (nothing when either is missing or odd). */
void wxr_clock_add(struct wxr_clock *w, const char *local, const char *gmt);
/* After the last wxr_clock_add. */
void wxr_clock_ready(struct wxr_clock *w);
void wxr_clock_release(struct wxr_clock *w);
/* The time from the GMT field; else the local one with tz; else with the offset of the
 * nearest message that has both (REC_NO_OFFSET set, one warning at loc). TIME_BAD with *absent
 * set when there is no date at all. */
enum time_status wxr_clock_time(struct wxr_clock *w, const struct tz *tz, const char *local, const char *gmt,
                                const struct loc *loc, struct when *out, unsigned *flags, int *absent);

#endif
