/* schedule_ics.c: all-day events of an iCalendar file (RFC 5545) as holidays. It reads only
 * what a holiday needs (the date, the summary, a simple yearly rule) and warns about, and
 * skips, every event it cannot take whole: timed events, other recurrences, RDATE, EXDATE. */
#include "schedule.h"
#include "diag.h"
#include "strbuf.h"
#include "util_tz.h"

#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WARNINGS 50
#define MAX_DEPTH 16
#define MAX_SPAN_DAYS 366

struct ics_prop {
	char name[24]; /* upper-cased, truncated */
	const char *params, *value;
	size_t params_len, value_len;
	long line;
};

struct ics_event {
	long line; /* BEGIN:VEVENT */
	struct strbuf start, end, summary, rrule;
	long start_line, end_line, rrule_line;
	int has_start, has_end, has_rrule, has_summary;
	long unsupported_line; /* RDATE, EXDATE, RECURRENCE-ID, DURATION */
	char unsupported[24];
};

struct ics {
	struct schedule *s;
	const char *name;
	enum holiday_scope scope;
	long warnings, added;
};

static void warn(struct ics *x, long line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void warn(struct ics *x, long line, const char *fmt, ...)
{
	struct loc loc = {.file = x->name, .line = line};
	struct strbuf sb;
	va_list ap;

	if (++x->warnings > MAX_WARNINGS)
		return;
	strbuf_init(&sb);
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	diag_warn(&loc, "%s", sb.buf);
	strbuf_release(&sb);
}

/* Split a logical line into name, parameters and value. 0, or -1 when there is no ':'. */
static int split_prop(const char *l, size_t n, long line, struct ics_prop *p)
{
	size_t i = 0, k = 0;
	int quoted = 0;

	while (i < n && l[i] != ';' && l[i] != ':') {
		if (k + 1 < sizeof(p->name))
			p->name[k++] = (char)(l[i] >= 'a' && l[i] <= 'z' ? l[i] - 'a' + 'A' : l[i]);
		i++;
	}
	p->name[k] = '\0';
	p->params = l + i;
	for (; i < n; i++) {
		if (l[i] == '"')
			quoted = !quoted;
		else if (l[i] == ':' && !quoted)
			break;
	}
	if (i >= n)
		return -1;
	p->params_len = (size_t)(l + i - p->params);
	p->value = l + i + 1;
	p->value_len = n - i - 1;
	p->line = line;
	return 0;
}

static int is_digits(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	return n > 0;
}

static int num(const char *p, size_t n)
{
	int v = 0;
	size_t i;

	for (i = 0; i < n; i++)
		v = v * 10 + (p[i] - '0');
	return v;
}

static int month_days(int y, int m)
{
	static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : dm[m - 1];
}

/* YYYYMMDD (exactly, or followed by 'T' when allow_time) into a day number. */
static int ics_date(const char *v, size_t n, int allow_time, long long *day, int *y, int *m, int *d)
{
	if (n < 8 || !is_digits(v, 8) || (n > 8 && !(allow_time && v[8] == 'T')))
		return -1;
	*y = num(v, 4);
	*m = num(v + 4, 2);
	*d = num(v + 6, 2);
	if (*y < 1 || *m < 1 || *m > 12 || *d < 1 || *d > month_days(*y, *m))
		return -1;
	*day = tz_days_from_civil(*y, *m, *d);
	return 0;
}

/* SUMMARY text: \\ \; \, \n unescaped (a newline becomes a space). */
static void unescape(const char *v, size_t n, struct strbuf *out)
{
	size_t i;

	strbuf_reset(out);
	for (i = 0; i < n; i++) {
		if (v[i] == '\\' && i + 1 < n) {
			char c = v[++i];
			strbuf_addch(out, c == 'n' || c == 'N' ? ' ' : c);
		} else {
			strbuf_addch(out, v[i]);
		}
	}
}

/* The parts of a yearly rule replycov takes; -1 (with the offending part in *bad) otherwise. */
static int parse_rrule(const char *r, size_t n, int m, int d, int *count, int *until_year, const char **bad,
                       size_t *bad_len)
{
	const char *p = r, *end = r + n;
	int yearly = 0;

	*count = 0;
	*until_year = 0;
	while (p < end) {
		const char *semi = memchr(p, ';', (size_t)(end - p)), *eq;
		size_t len;
		if (!semi)
			semi = end;
		len = (size_t)(semi - p);
		eq = memchr(p, '=', len);
		*bad = p;
		*bad_len = len;
		if (!eq)
			return -1;
		if (len == 11 && !memcmp(p, "FREQ=YEARLY", 11))
			yearly = 1;
		else if (len == 10 && !memcmp(p, "INTERVAL=1", 10))
			;
		else if (eq - p == 5 && !memcmp(p, "COUNT", 5) && is_digits(eq + 1, (size_t)(semi - eq - 1)) &&
		         semi - eq - 1 <= 4)
			*count = num(eq + 1, (size_t)(semi - eq - 1));
		else if (eq - p == 5 && !memcmp(p, "UNTIL", 5) && semi - eq - 1 >= 8 && is_digits(eq + 1, 8))
			*until_year = num(eq + 1, 4);
		else if (eq - p == 7 && !memcmp(p, "BYMONTH", 7) && is_digits(eq + 1, (size_t)(semi - eq - 1)) &&
		         semi - eq - 1 <= 2 && num(eq + 1, (size_t)(semi - eq - 1)) == m)
			;
		else if (eq - p == 10 && !memcmp(p, "BYMONTHDAY", 10) && is_digits(eq + 1, (size_t)(semi - eq - 1)) &&
		         semi - eq - 1 <= 2 && num(eq + 1, (size_t)(semi - eq - 1)) == d)
			;
		else
			return -1;
		p = semi + 1;
	}
	if (!yearly) {
		*bad = r;
		*bad_len = n;
		return -1;
	}
	return 0;
}

static void quote40(const char *v, size_t n, char *buf)
{
	size_t i, k = 0;

	for (i = 0; i < n && k < 40; i++)
		buf[k++] = (v[i] >= 0x20 && v[i] < 0x7f) ? v[i] : '?';
	buf[k] = '\0';
}

static void event_reset(struct ics_event *e, long line)
{
	strbuf_reset(&e->start);
	strbuf_reset(&e->end);
	strbuf_reset(&e->summary);
	strbuf_reset(&e->rrule);
	e->line = line;
	e->start_line = e->end_line = e->rrule_line = e->unsupported_line = 0;
	e->has_start = e->has_end = e->has_rrule = e->has_summary = 0;
	e->unsupported[0] = '\0';
}

static void event_take(struct ics *x, struct ics_event *e)
{
	long long day, end_day;
	int y, m, d, y2, m2, d2, count = 0, until = 0;
	char qb[48];
	struct holiday h = {0};
	struct strbuf src;
	long k, span = 1;
	const char *bad;
	size_t bad_len;

	if (e->unsupported_line) {
		warn(x, e->unsupported_line, "%s is not supported: event skipped", e->unsupported);
		return;
	}
	if (!e->has_start) {
		warn(x, e->line, "event without DTSTART: skipped");
		return;
	}
	if (ics_date(e->start.buf, e->start.len, 0, &day, &y, &m, &d)) {
		quote40(e->start.buf, e->start.len, qb);
		warn(x, e->start_line, "not an all-day event (DTSTART '%s'): skipped", qb);
		return;
	}
	if (e->has_end) {
		if (ics_date(e->end.buf, e->end.len, 0, &end_day, &y2, &m2, &d2) || end_day <= day ||
		    end_day - day > MAX_SPAN_DAYS) {
			quote40(e->end.buf, e->end.len, qb);
			warn(x, e->end_line, "DTEND '%s' is not a date after DTSTART within a year: event skipped", qb);
			return;
		}
		span = (long)(end_day - day);
	}
	if (e->has_rrule && parse_rrule(e->rrule.buf, e->rrule.len, m, d, &count, &until, &bad, &bad_len)) {
		(void)bad;
		(void)bad_len;
		quote40(e->rrule.buf, e->rrule.len, qb);
		warn(x, e->rrule_line,
		     "recurrence '%s' is not supported (only FREQ=YEARLY on the start date): event skipped", qb);
		return;
	}
	strbuf_init(&src);
	strbuf_addf(&src, "%s:%ld", x->name, e->line);
	h.scope = x->scope;
	h.source = src.buf;
	if (!e->has_summary)
		strbuf_addstr(&e->summary, "(no summary)");
	for (k = 0; k < span; k++) {
		h.day = day + k;
		if (e->has_rrule) {
			int yy, mm, dd;
			tz_civil_from_days(day + k, &yy, &mm, &dd);
			h.yearly = 1;
			h.month = mm;
			h.mday = dd;
			h.last_year = count ? yy + count - 1 : until;
			if (count && mm == 2 && dd == 29) {
				/* Only leap years have a 29 February: COUNT counts those (RFC 5545). */
				int yr = yy, seen = 0;
				for (;; yr++)
					if ((yr % 4 == 0 && yr % 100 != 0) || yr % 400 == 0)
						if (++seen == count)
							break;
				h.last_year = yr;
			}
			if (count && until && until < h.last_year)
				h.last_year = until;
		}
		schedule_add_holiday(x->s, &h, e->summary.buf, e->summary.len);
		x->added++;
	}
	strbuf_release(&src);
}

static void set_value(struct strbuf *sb, const struct ics_prop *p)
{
	strbuf_reset(sb);
	strbuf_add(sb, p->value, p->value_len);
}

long schedule_import_ics(struct schedule *s, const char *name, const char *buf, size_t len, enum holiday_scope scope)
{
	struct ics x = {s, name, scope, 0, 0};
	struct ics_event ev;
	struct strbuf logical;
	const char *p = buf, *end = buf + len;
	long line = 0, lline = 0;
	int depth = 0, in_event = 0, event_depth = 0, seen_calendar = 0, done = 0;

	strbuf_init(&logical);
	strbuf_init(&ev.start);
	strbuf_init(&ev.end);
	strbuf_init(&ev.summary);
	strbuf_init(&ev.rrule);
	event_reset(&ev, 0);
	if (len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		p += 3;
	while (!done) {
		const char *nl, *stop;
		struct ics_prop pr;
		/* Unfold: a line that starts with a blank continues the previous one. */
		if (p < end) {
			nl = memchr(p, '\n', (size_t)(end - p));
			stop = nl ? nl : end;
			line++;
			if (stop > p && stop[-1] == '\r')
				stop--;
			if (p < stop && (*p == ' ' || *p == '\t') && logical.len) {
				strbuf_add(&logical, p + 1, (size_t)(stop - p - 1));
				p = nl ? nl + 1 : end;
				continue;
			}
		} else {
			nl = stop = NULL;
			done = 1;
		}
		/* The previous logical line is complete: handle it. */
		if (logical.len && memchr(logical.buf, '\0', logical.len)) {
			warn(&x, lline, "NUL byte in the line: ignored");
		} else if (logical.len && !split_prop(logical.buf, logical.len, lline, &pr)) {
			int is_begin = !strcmp(pr.name, "BEGIN"), is_end = !strcmp(pr.name, "END");
			int vevent = pr.value_len == 6 && !strncmp(pr.value, "VEVENT", 6);
			if (!seen_calendar) {
				if (!is_begin || pr.value_len != 9 || strncmp(pr.value, "VCALENDAR", 9))
					break;
				seen_calendar = 1;
			}
			if (is_begin) {
				if (++depth > MAX_DEPTH) {
					warn(&x, lline, "components nested more than %d deep: the rest is ignored",
					     MAX_DEPTH);
					break;
				}
				if (vevent && !in_event) {
					in_event = 1;
					event_depth = depth;
					event_reset(&ev, lline);
				}
			} else if (is_end) {
				if (in_event && depth == event_depth) {
					if (vevent)
						event_take(&x, &ev);
					in_event = 0;
				}
				if (--depth <= 0)
					break; /* END:VCALENDAR: what follows is not this calendar */
			} else if (in_event && depth == event_depth) {
				if (!strcmp(pr.name, "DTSTART")) {
					set_value(&ev.start, &pr);
					ev.has_start = 1;
					ev.start_line = lline;
				} else if (!strcmp(pr.name, "DTEND")) {
					set_value(&ev.end, &pr);
					ev.has_end = 1;
					ev.end_line = lline;
				} else if (!strcmp(pr.name, "SUMMARY")) {
					unescape(pr.value, pr.value_len, &ev.summary);
					ev.has_summary = 1;
				} else if (!strcmp(pr.name, "RRULE")) {
					set_value(&ev.rrule, &pr);
					ev.has_rrule = 1;
					ev.rrule_line = lline;
				} else if (!strcmp(pr.name, "RDATE") || !strcmp(pr.name, "EXDATE") ||
				           !strcmp(pr.name, "EXRULE") || !strcmp(pr.name, "RECURRENCE-ID") ||
				           !strcmp(pr.name, "DURATION")) {
					if (!ev.unsupported_line) {
						ev.unsupported_line = lline;
						memcpy(ev.unsupported, pr.name, sizeof(ev.unsupported));
					}
				}
			}
		} else if (logical.len) {
			if (!seen_calendar)
				break;
			warn(&x, lline, "line without ':' ignored");
		}
		strbuf_reset(&logical);
		if (done)
			break;
		strbuf_add(&logical, p, (size_t)(stop - p));
		lline = line;
		p = nl ? nl + 1 : end;
	}
	if (seen_calendar && in_event)
		warn(&x, ev.line, "event not closed (END:VEVENT missing): skipped");
	if (x.warnings > MAX_WARNINGS)
		diag_note("%s: %ld more warnings not shown", name, x.warnings - MAX_WARNINGS);
	strbuf_release(&logical);
	strbuf_release(&ev.start);
	strbuf_release(&ev.end);
	strbuf_release(&ev.summary);
	strbuf_release(&ev.rrule);
	if (!seen_calendar) {
		struct loc loc = {.file = name, .line = lline > 0 ? lline : 1};
		diag_error(&loc, "not an iCalendar file (it does not start with BEGIN:VCALENDAR)");
		return -1;
	}
	schedule_index(s);
	return x.added;
}
