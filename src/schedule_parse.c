/* schedule_parse.c: the schedule file format, parsed line by line with FILE:LINE:COL errors
 * and never past the end of the buffer, whatever the bytes. What the directives mean is in
 * README.md ("Service hours"); the lookups are in schedule.c. */
#include "diag.h"
#include "schedule.h"
#include "strbuf.h"
#include "text.h"
#include "util_tz.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ERRORS 20
#define FILE_CAP (16L << 20)

struct parser {
	struct schedule *s;
	const char *name;
	int allow_imports;
	long line;
	const char *ls, *le; /* the current line, comment and trailing blanks removed */
	const char *p;       /* cursor in it */
	int errors;
	long version, variant; /* indexes being filled; -1 when none */
};

static const char *day_names[7] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

static int days_in_month(long long y, int m)
{
	static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : dm[m - 1];
}

static void perr(struct parser *ps, const char *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void perr(struct parser *ps, const char *at, const char *fmt, ...)
{
	struct strbuf sb;
	struct loc loc = {.file = ps->name, .line = ps->line, .col = at ? (long)(at - ps->ls) + 1 : 0};
	va_list ap;

	if (++ps->errors > MAX_ERRORS)
		return;
	strbuf_init(&sb);
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	diag_error(&loc, "%s", sb.buf);
	if (ps->errors == MAX_ERRORS)
		diag_error(&loc, "too many errors, stopping");
	strbuf_release(&sb);
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static void skip_blanks(struct parser *ps)
{
	while (ps->p < ps->le && is_blank(*ps->p))
		ps->p++;
}

/* The next blank-separated word; its length (0 at the end of the line). */
static size_t next_word(struct parser *ps, const char **w)
{
	skip_blanks(ps);
	*w = ps->p;
	while (ps->p < ps->le && !is_blank(*ps->p))
		ps->p++;
	return (size_t)(ps->p - *w);
}

static int word_is(const char *w, size_t n, const char *lit)
{
	size_t k = strlen(lit), i;

	if (n != k)
		return 0;
	for (i = 0; i < n; i++) {
		char c = w[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != lit[i])
			return 0;
	}
	return 1;
}

/* Quote a piece of the line for a message, printable ASCII only and at most 40 bytes. */
static const char *quote(const char *w, size_t n, char *buf)
{
	size_t i, k = 0;

	for (i = 0; i < n && k < 40; i++)
		buf[k++] = (w[i] >= 0x20 && w[i] < 0x7f) ? w[i] : '?';
	if (i < n) {
		memcpy(buf + k, "...", 3);
		k += 3;
	}
	buf[k] = '\0';
	return buf;
}

static int digits(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	return 1;
}

static int num(const char *p, size_t n)
{
	int v = 0;
	size_t i;

	for (i = 0; i < n; i++)
		v = v * 10 + (p[i] - '0');
	return v;
}

/* YYYY-MM-DD (sets *day, *yearly = 0) or MM-DD (sets *md = month*100+day, *yearly = 1).
 * Returns 0, or -1 with the reason in *why. */
static int parse_date(const char *p, size_t n, long long *day, int *md, int *yearly, const char **why)
{
	int y = 0, m, d;

	*why = "a date is YYYY-MM-DD, or MM-DD for every year";
	if (n == 10 && digits(p, 4) && p[4] == '-' && digits(p + 5, 2) && p[7] == '-' && digits(p + 8, 2)) {
		y = num(p, 4);
		m = num(p + 5, 2);
		d = num(p + 8, 2);
		*yearly = 0;
	} else if (n == 5 && digits(p, 2) && p[2] == '-' && digits(p + 3, 2)) {
		m = num(p, 2);
		d = num(p + 3, 2);
		*yearly = 1;
	} else {
		return -1;
	}
	*why = "no such date";
	if (m < 1 || m > 12 || d < 1 || d > days_in_month(*yearly ? 2000 : y, m) || (!*yearly && y < 1))
		return -1;
	if (*yearly)
		*md = m * 100 + d;
	else
		*day = tz_days_from_civil(y, m, d);
	return 0;
}

/* H:MM or HH:MM, 00:00 to 24:00; seconds after midnight or -1. */
static int parse_clock(const char *p, size_t n)
{
	int h, m;

	if (n == 4 && digits(p, 1) && p[1] == ':' && digits(p + 2, 2)) {
		h = num(p, 1);
		m = num(p + 2, 2);
	} else if (n == 5 && digits(p, 2) && p[2] == ':' && digits(p + 3, 2)) {
		h = num(p, 2);
		m = num(p + 3, 2);
	} else {
		return -1;
	}
	if (m > 59 || h > 24 || (h == 24 && m))
		return -1;
	return h * 3600 + m * 60;
}

/* The week `open` lines go to: the open variant's, else the current version's (an implicit
 * version valid always is made for lines before any `valid from`). */
static struct sched_week *target_week(struct parser *ps)
{
	struct sched_version *v;

	if (ps->version < 0) {
		schedule_add_version(ps->s, LLONG_MIN, ps->line);
		ps->version = (long)ps->s->n_versions - 1;
	}
	v = &ps->s->versions[ps->version];
	return ps->variant >= 0 ? &v->variants[ps->variant].week : &v->week;
}

/* DAYS: mon-fri, sat,sun, fri-mon (wraps). Sets bit w of *mask for each weekday. */
static int parse_days(struct parser *ps, const char *w, size_t n, unsigned *mask)
{
	const char *end = w + n, *item = w;
	char qb[48];

	*mask = 0;
	while (item < end) {
		const char *stop = memchr(item, ',', (size_t)(end - item));
		const char *dash;
		int a = -1, b = -1, k;
		if (!stop)
			stop = end;
		dash = memchr(item, '-', (size_t)(stop - item));
		for (k = 0; k < 7; k++) {
			if (word_is(item, (size_t)((dash ? dash : stop) - item), day_names[k]))
				a = k;
			if (dash && word_is(dash + 1, (size_t)(stop - dash - 1), day_names[k]))
				b = k;
		}
		if (a < 0 || (dash && b < 0)) {
			const char *bad = a < 0 ? item : dash + 1, *bad_end = a < 0 && dash ? dash : stop;
			perr(ps, bad,
			     "'%s' is not a day (mon tue wed thu fri sat sun, a range mon-fri or a list sat,sun)",
			     quote(bad, (size_t)(bad_end - bad), qb));
			return -1;
		}
		if (!dash)
			b = a;
		for (k = a;; k = (k + 1) % 7) {
			*mask |= 1u << k;
			if (k == b)
				break;
		}
		item = stop + 1;
	}
	if (!*mask) {
		perr(ps, w, "no day given");
		return -1;
	}
	return 0;
}

/* open DAYS HH:MM-HH:MM[, HH:MM-HH:MM]... */
static void do_open(struct parser *ps)
{
	const char *w;
	size_t n = next_word(ps, &w);
	unsigned mask;
	int got = 0, k;
	char qb[48];

	if (!n) {
		perr(ps, w, "'open' needs days and hours, e.g. 'open mon-fri 09:00-14:00'");
		return;
	}
	if (parse_days(ps, w, n, &mask))
		return;
	for (;;) {
		const char *r, *dash;
		size_t rn;
		int st, en;
		while (ps->p < ps->le && (is_blank(*ps->p) || *ps->p == ','))
			ps->p++;
		r = ps->p;
		while (ps->p < ps->le && !is_blank(*ps->p) && *ps->p != ',')
			ps->p++;
		rn = (size_t)(ps->p - r);
		if (!rn)
			break;
		dash = memchr(r, '-', rn);
		st = dash ? parse_clock(r, (size_t)(dash - r)) : -1;
		en = dash ? parse_clock(dash + 1, (size_t)(r + rn - dash - 1)) : -1;
		if (st < 0 || en < 0 || st == 86400) {
			perr(ps, r, "'%s' is not an opening interval (HH:MM-HH:MM, from 00:00 to 24:00)",
			     quote(r, rn, qb));
			return;
		}
		if (en <= st) {
			perr(ps, r,
			     "interval '%s' ends before it starts; one that crosses midnight is written as two, "
			     "'..-24:00' on one day and '00:00-..' on the next",
			     quote(r, rn, qb));
			return;
		}
		for (k = 0; k < 7; k++) {
			if ((mask & (1u << k)) && sched_day_add(&target_week(ps)->day[k], st, en)) {
				perr(ps, r, "more than %d opening intervals on %s", SCHED_MAX_INTERVALS, day_names[k]);
				return;
			}
		}
		got++;
	}
	if (!got)
		perr(ps, ps->p, "'open' needs at least one interval such as 09:00-14:00");
}

/* FROM..TO with optional blanks around "..". */
static void do_variant(struct parser *ps)
{
	const char *nm, *a, *b, *why;
	size_t nn = next_word(ps, &nm), an, bn;
	long long from = 0, to = 0;
	int fmd = 0, tmd = 0, fy, ty;
	struct sched_version *v;
	struct sched_variant *var;
	char qb[48];

	ps->variant = -1;
	if (!nn) {
		perr(ps, nm, "'variant' needs a name and dates, e.g. 'variant summer 06-15..09-15'");
		return;
	}
	skip_blanks(ps);
	a = ps->p;
	while (ps->p < ps->le && !is_blank(*ps->p) && *ps->p != '.')
		ps->p++;
	an = (size_t)(ps->p - a);
	skip_blanks(ps);
	if (ps->le - ps->p < 2 || ps->p[0] != '.' || ps->p[1] != '.') {
		perr(ps, ps->p,
		     "expected FROM..TO after the variant's name, e.g. 06-15..09-15 or 2026-12-24..2027-01-06");
		return;
	}
	ps->p += 2;
	bn = next_word(ps, &b);
	if (parse_date(a, an, &from, &fmd, &fy, &why)) {
		perr(ps, a, "'%s': %s", quote(a, an, qb), why);
		return;
	}
	if (parse_date(b, bn, &to, &tmd, &ty, &why)) {
		perr(ps, b, "'%s': %s", quote(b, bn, qb), why);
		return;
	}
	if (fy != ty) {
		perr(ps, a, "both ends of a variant are full dates, or both are MM-DD");
		return;
	}
	if (!fy && to < from) {
		perr(ps, b, "the variant ends before it starts");
		return;
	}
	target_week(ps);
	v = &ps->s->versions[ps->version];
	XGROW(v->variants, v->cap_variants, v->n_variants + 1);
	var = &v->variants[v->n_variants];
	memset(var, 0, sizeof(*var));
	var->name = arena_strndup(&ps->s->arena, nm, nn);
	var->yearly = fy;
	var->from = fy ? fmd : from;
	var->to = fy ? tmd : to;
	var->line = ps->line;
	ps->variant = (long)v->n_variants++;
}

static int parse_scope(const char *w, size_t n, enum holiday_scope *sc)
{
	if (word_is(w, n, "national"))
		*sc = SCOPE_NATIONAL;
	else if (word_is(w, n, "regional"))
		*sc = SCOPE_REGIONAL;
	else if (word_is(w, n, "local"))
		*sc = SCOPE_LOCAL;
	else if (word_is(w, n, "other"))
		*sc = SCOPE_OTHER;
	else
		return -1;
	return 0;
}

/* holiday DATE [SCOPE] NAME... */
static void do_holiday(struct parser *ps)
{
	const char *w, *why, *save;
	size_t n = next_word(ps, &w);
	struct holiday h = {0};
	struct strbuf src;
	int md = 0;
	char qb[48];

	if (!n) {
		perr(ps, w, "'holiday' needs a date and a name");
		return;
	}
	if (parse_date(w, n, &h.day, &md, &h.yearly, &why)) {
		perr(ps, w, "'%s': %s", quote(w, n, qb), why);
		return;
	}
	if (h.yearly) {
		h.month = md / 100;
		h.mday = md % 100;
		h.day = LLONG_MIN;
	}
	save = ps->p;
	n = next_word(ps, &w);
	if (n && !parse_scope(w, n, &h.scope))
		save = ps->p;
	ps->p = save;
	skip_blanks(ps);
	if (ps->p == ps->le) {
		perr(ps, ps->p, "the holiday needs a name after its date");
		return;
	}
	strbuf_init(&src);
	strbuf_addf(&src, "%s:%ld", ps->name, ps->line);
	h.source = src.buf;
	schedule_add_holiday(ps->s, &h, ps->p, (size_t)(ps->le - ps->p));
	strbuf_release(&src);
	ps->p = ps->le;
}

static void note_file(struct schedule *s, const char *path, const char *buf, size_t len)
{
	struct sched_file *f;

	XGROW(s->files, s->cap_files, s->n_files + 1);
	f = &s->files[s->n_files++];
	f->path = arena_strdup(&s->arena, path);
	f->size = (long long)len;
	digest_sha256(buf, len, f->sha256);
}

static char *read_whole(const char *path, size_t *len, const char **why)
{
	FILE *fp = fopen(path, "rb");
	struct strbuf sb;
	char chunk[65536];
	size_t got;

	*why = NULL;
	if (!fp) {
		*why = strerror(errno);
		return NULL;
	}
	strbuf_init(&sb);
	while ((got = fread(chunk, 1, sizeof(chunk), fp)) > 0) {
		strbuf_add(&sb, chunk, got);
		if (sb.len > (size_t)FILE_CAP) {
			*why = "larger than 16 MiB";
			break;
		}
	}
	if (!*why && ferror(fp))
		*why = strerror(errno);
	fclose(fp);
	if (*why) {
		strbuf_release(&sb);
		return NULL;
	}
	*len = sb.len;
	return strbuf_detach(&sb);
}

/* import FILE [SCOPE]: FILE relative to the schedule's folder. */
static void do_import(struct parser *ps)
{
	const char *w, *sw, *why, *slash;
	size_t n = next_word(ps, &w), sn, len = 0;
	enum holiday_scope sc = SCOPE_OTHER;
	struct strbuf path;
	char *buf;

	if (!n) {
		perr(ps, w, "'import' needs an iCalendar file name");
		return;
	}
	sn = next_word(ps, &sw);
	if (sn && parse_scope(sw, sn, &sc)) {
		perr(ps, sw, "the scope is national, regional, local or other");
		return;
	}
	if (!ps->allow_imports) {
		perr(ps, w, "imports are not allowed here");
		return;
	}
	strbuf_init(&path);
	slash = strrchr(ps->name, '/');
	if (*w != '/' && slash)
		strbuf_add(&path, ps->name, (size_t)(slash - ps->name) + 1);
	strbuf_add(&path, w, n);
	buf = read_whole(path.buf, &len, &why);
	if (buf)
		note_file(ps->s, path.buf, buf, len);
	if (!buf)
		perr(ps, w, "cannot read '%s': %s", path.buf, why);
	else if (schedule_import_ics(ps->s, path.buf, buf, len, sc) < 0)
		perr(ps, w, "'%s' could not be imported", path.buf);
	free(buf);
	strbuf_release(&path);
}

/* org NAME: the organisation whose service hours these are, printed on its documents (unless
 * --org names another). The rest of the line, as written. */
static void do_org(struct parser *ps, const char *kw)
{
	struct strbuf sb;

	skip_blanks(ps);
	if (ps->s->org) {
		perr(ps, kw, "the organisation is given twice");
		return;
	}
	if (ps->p == ps->le) {
		perr(ps, ps->p, "'org' needs the organisation's name");
		return;
	}
	strbuf_init(&sb);
	text_repair_utf8(ps->p, (size_t)(ps->le - ps->p), &sb);
	ps->s->org = arena_strdup(&ps->s->arena, sb.buf);
	strbuf_release(&sb);
	ps->p = ps->le;
}

static void do_line(struct parser *ps)
{
	const char *w, *v;
	size_t n = next_word(ps, &w), vn;
	char qb[48];

	if (!n)
		return;
	if (word_is(w, n, "zone")) {
		n = next_word(ps, &w);
		if (ps->s->zone) {
			perr(ps, w, "the zone is given twice");
			return;
		}
		if (n) {
			char *name = arena_strndup(&ps->s->arena, w, n);
			ps->s->zone = tz_load(name);
			ps->s->zone_name = name;
		}
		if (!n)
			perr(ps, w, "'zone' needs an IANA name such as Europe/Madrid");
		else if (!ps->s->zone)
			perr(ps, w, "unknown time zone '%s' (an IANA name such as Europe/Madrid)", quote(w, n, qb));
		if (!ps->s->zone)
			return;
	} else if (word_is(w, n, "valid")) {
		long long day;
		int md, yearly;
		const char *why;
		vn = next_word(ps, &v);
		if (!word_is(v, vn, "from")) {
			perr(ps, v, "expected 'valid from YYYY-MM-DD'");
			return;
		}
		vn = next_word(ps, &v);
		if (parse_date(v, vn, &day, &md, &yearly, &why) || yearly) {
			perr(ps, v, "'valid from' needs a full date YYYY-MM-DD");
			return;
		}
		if (ps->s->n_versions && ps->s->versions[ps->s->n_versions - 1].from >= day) {
			perr(ps, v,
			     "timetables must be given in date order: this one starts on or before the previous one");
			return;
		}
		schedule_add_version(ps->s, day, ps->line);
		ps->version = (long)ps->s->n_versions - 1;
		ps->variant = -1;
	} else if (word_is(w, n, "open")) {
		do_open(ps);
	} else if (word_is(w, n, "variant")) {
		do_variant(ps);
	} else if (word_is(w, n, "end")) {
		if (ps->variant < 0)
			perr(ps, w, "'end' without a variant to close");
		ps->variant = -1;
	} else if (word_is(w, n, "holiday")) {
		do_holiday(ps);
	} else if (word_is(w, n, "import")) {
		do_import(ps);
	} else if (word_is(w, n, "org")) {
		do_org(ps, w);
		return;
	} else {
		perr(ps, w, "unknown directive '%s' (zone, org, valid from, open, variant, end, holiday, import)",
		     quote(w, n, qb));
		return;
	}
	n = next_word(ps, &w);
	if (n && ps->errors == 0)
		perr(ps, w, "unexpected '%s' at the end of the line", quote(w, n, qb));
}

struct schedule *schedule_parse(const char *name, const char *buf, size_t len, int allow_imports)
{
	struct parser ps = {0};
	const char *p = buf, *end = buf + len;

	ps.s = schedule_new(name);
	ps.name = ps.s->file;
	ps.allow_imports = allow_imports;
	ps.version = ps.variant = -1;
	if (len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		p += 3;
	while (p < end && ps.errors < MAX_ERRORS) {
		const char *nl = memchr(p, '\n', (size_t)(end - p)), *q, *nul;
		const char *stop = nl ? nl : end;
		ps.line++;
		ps.ls = p;
		ps.le = stop;
		/* A comment starts with '#' at the start of the line or after a blank. */
		for (q = p; q < stop; q++)
			if (*q == '#' && (q == p || is_blank(q[-1]))) {
				ps.le = q;
				break;
			}
		while (ps.le > ps.ls && (is_blank(ps.le[-1]) || ps.le[-1] == '\r'))
			ps.le--;
		ps.p = ps.ls;
		nul = memchr(ps.ls, '\0', (size_t)(ps.le - ps.ls));
		if (nul)
			perr(&ps, nul, "NUL byte in a schedule line");
		else
			do_line(&ps);
		p = nl ? nl + 1 : end;
	}
	ps.line = 0;
	if (!ps.errors && !ps.s->zone)
		perr(&ps, NULL, "no 'zone' line (an IANA name such as Europe/Madrid)");
	if (!ps.errors && !ps.s->n_versions)
		perr(&ps, NULL, "no opening hours ('open mon-fri 09:00-14:00')");
	if (ps.errors) {
		schedule_free(ps.s);
		return NULL;
	}
	schedule_index(ps.s);
	return ps.s;
}

struct schedule *schedule_load(const char *path)
{
	size_t len = 0;
	const char *why;
	char *buf = read_whole(path, &len, &why);
	struct schedule *s;

	if (!buf) {
		diag_error(NULL, "cannot read schedule '%s': %s", path, why);
		return NULL;
	}
	s = schedule_parse(path, buf, len, 1);
	if (s) {
		/* The schedule itself first, then the imports it named. */
		struct sched_file self;
		note_file(s, path, buf, len);
		self = s->files[s->n_files - 1];
		memmove(s->files + 1, s->files, (s->n_files - 1) * sizeof(*s->files));
		s->files[0] = self;
	}
	free(buf);
	return s;
}
