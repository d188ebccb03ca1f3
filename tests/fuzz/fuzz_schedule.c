/* fuzz_schedule.c: libFuzzer target for the schedule parser and the iCalendar import (not an
 * input adapter, so it has its own file; the Makefile builds it as fuzz-schedule). The same
 * bytes go to both parsers, imports disabled; a schedule that parses is then asked for the
 * openings of some days and for a few waits. Built with gcc and replay.c by `make check`. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "hours.h"
#include "schedule.h"
#include "util_tz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_capture cap;
	struct schedule *s, *t;

	diag_capture_begin(&cap, 0);
	s = schedule_parse("fuzz-schedule", (const char *)data, size, 0);
	t = schedule_always("UTC");
	if (t)
		schedule_import_ics(t, "fuzz-ics", (const char *)data, size, SCOPE_OTHER);
	diag_capture_end();
	strbuf_release(&cap.text);
	if (s) {
		struct hours h;
		struct hours_wait w;
		long long day = tz_days_from_civil(2026, 1, 1), k;
		const struct span *sp;
		hours_init(&h, s);
		for (k = 0; k < 40; k++) {
			int n = schedule_day(s, day + k * 9, &sp), i;
			for (i = 0; i < n; i++)
				if (sp[i].end <= sp[i].start || (i && sp[i].start < sp[i - 1].end))
					abort(); /* spans are ordered and disjoint */
		}
		hours_wait(&h, 1772438400, 1772438400 + 5 * 86400, 0, &w);
		if (w.service_s < 0 || w.service_s > w.calendar_s)
			abort();
		hours_release(&h);
	}
	schedule_free(s);
	schedule_free(t);
	return 0;
}
