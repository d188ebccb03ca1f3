/* i18n_fmt.c: numbers, percentages, waits, dates, times and periods written the way each
 * language writes them (decimal comma and " %" in Spanish and Valencian, "2 de marzo de 2026",
 * "2 d'abril de 2026", "primer trimestre de 2026"). Integer arithmetic where it matters, so the
 * same digits come out on every machine. It knows no document. */
#include "i18n.h"
#include "classify.h"
#include "util_tz.h"

#include <stdio.h>
#include <string.h>

static const char *const months[UI_N][12] = {
    {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
    {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
    {"gen.", "febr.", "març", "abr.", "maig", "juny", "jul.", "ag.", "set.", "oct.", "nov.", "des."},
};

static const char *const months_long[UI_N][12] = {
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
     "December"},
    {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
     "diciembre"},
    {"gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
     "desembre"},
};

static const char *const weekdays[UI_N][7] = {
    {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"},
    {"lun", "mar", "mié", "jue", "vie", "sáb", "dom"},
    {"dl.", "dt.", "dc.", "dj.", "dv.", "ds.", "dg."},
};

const char *tr_month(enum ui_lang l, int month)
{
	return month >= 1 && month <= 12 ? months[l][month - 1] : "?";
}

const char *tr_weekday(enum ui_lang l, int wday)
{
	return wday >= 0 && wday < 7 ? weekdays[l][wday] : "?";
}

void tr_month_label(struct strbuf *sb, enum ui_lang l, int ym)
{
	int y = ym >= 0 ? ym / 12 : -((11 - ym) / 12);
	strbuf_addf(sb, "%s %d", tr_month(l, ym - y * 12 + 1), y);
}

void tr_num(struct strbuf *sb, enum ui_lang l, long long n)
{
	char digits[32];
	int len, i, group = l == UI_EN ? n >= 1000 || n <= -1000 : n >= 10000 || n <= -10000;
	const char *p = digits;

	len = snprintf(digits, sizeof(digits), "%lld", n);
	if (*p == '-') {
		strbuf_addch(sb, '-');
		p++;
		len--;
	}
	for (i = 0; i < len; i++) {
		if (group && i && (len - i) % 3 == 0)
			strbuf_addch(sb, l == UI_EN ? ',' : '.');
		strbuf_addch(sb, p[i]);
	}
}

void tr_pct(struct strbuf *sb, enum ui_lang l, long n, long d)
{
	long long permille;

	if (d <= 0) {
		strbuf_addch(sb, '-');
		return;
	}
	/* Integer arithmetic, rounded half up: the same digits on every machine (as add_pct). */
	permille = ((long long)n * 2000 + d) / (2LL * d);
	/* "45,4 %" with a no-break space: a line never ends between the number and its sign */
	strbuf_addf(sb, "%lld%c%lld%s", permille / 10, l == UI_EN ? '.' : ',', permille % 10,
	            l == UI_EN ? "%" : "\u00a0%");
}

void tr_dec(struct strbuf *sb, enum ui_lang l, double v, int decimals)
{
	char b[64];
	char *dot;

	snprintf(b, sizeof(b), "%.*f", decimals < 0 ? 0 : decimals > 12 ? 12 : decimals, v);
	if (l != UI_EN && (dot = strchr(b, '.')))
		*dot = ',';
	strbuf_addstr(sb, b);
}

void tr_wait(struct strbuf *sb, enum ui_lang l, long long s)
{
	/* The symbols (s, min, h, d) are the same in the three languages; a no-break space ties
	 * each number to its unit, so a line never ends between them. */
	(void)l;
	if (s < 0)
		strbuf_addch(sb, '-');
	else if (s < 60)
		strbuf_addf(sb, "%lld\u00a0s", s);
	else if (s < 3600)
		strbuf_addf(sb, "%lld\u00a0min", s / 60);
	else if (s < 86400)
		strbuf_addf(sb, "%lld\u00a0h %02lld\u00a0min", s / 3600, s % 3600 / 60);
	else
		strbuf_addf(sb, "%lld\u00a0d %02lld\u00a0h", s / 86400, s % 86400 / 3600);
}

/* Local fields of t in zone (UTC when zone is NULL); wday 0 = Monday. */
static void local(const struct tz *zone, long long t, int *y, int *m, int *d, int *h, int *mi, int *wd)
{
	long long day = t >= 0 ? t / 86400 : -((86399 - t) / 86400), sec = t - day * 86400;
	int s;
	long off;

	if (zone) {
		tz_utc_to_local(zone, t, y, m, d, h, mi, &s, wd, &off);
		*wd = (*wd + 6) % 7;
		return;
	}
	tz_civil_from_days(day, y, m, d);
	*h = (int)(sec / 3600);
	*mi = (int)(sec % 3600 / 60);
	*wd = (int)(((day % 7) + 7 + 3) % 7); /* 1970-01-01 was a Thursday */
}

/* "de marzo", "de març", "d'abril": Valencian elides "de" before a vowel. */
static void of_month(struct strbuf *sb, enum ui_lang l, int m)
{
	const char *name = months_long[l][m - 1];

	if (l == UI_CA && strchr("aeiou", name[0]))
		strbuf_addf(sb, "d'%s", name);
	else
		strbuf_addf(sb, "de %s", name);
}

static void date_fields(struct strbuf *sb, enum ui_lang l, int y, int m, int d)
{
	if (m < 1 || m > 12)
		m = 1;
	if (l == UI_EN) {
		strbuf_addf(sb, "%d %s %d", d, months_long[l][m - 1], y);
		return;
	}
	strbuf_addf(sb, "%d ", d);
	of_month(sb, l, m);
	strbuf_addf(sb, " de %d", y);
}

void tr_date(struct strbuf *sb, enum ui_lang l, const struct tz *zone, long long t)
{
	int y, m, d, h, mi, wd;

	local(zone, t, &y, &m, &d, &h, &mi, &wd);
	date_fields(sb, l, y, m, d);
}

void tr_date_days(struct strbuf *sb, enum ui_lang l, long long day)
{
	int y, m, d;

	tz_civil_from_days(day, &y, &m, &d);
	date_fields(sb, l, y, m, d);
}

void tr_datetime(struct strbuf *sb, enum ui_lang l, const struct tz *zone, long long t)
{
	int y, m, d, h, mi, wd;

	local(zone, t, &y, &m, &d, &h, &mi, &wd);
	strbuf_addf(sb, "%s %d %s %d, %02d:%02d", weekdays[l][wd], d, months[l][m - 1], y, h, mi);
}

void tr_day_short(struct strbuf *sb, enum ui_lang l, const struct tz *zone, long long t)
{
	int y, m, d, h, mi, wd;

	local(zone, t, &y, &m, &d, &h, &mi, &wd);
	strbuf_addf(sb, "%d %s", d, months[l][m - 1]);
}

void tr_day_label(struct strbuf *sb, enum ui_lang l, long long day, int with_year)
{
	int y, m, d;

	tz_civil_from_days(day, &y, &m, &d);
	strbuf_addf(sb, "%s %d %s", weekdays[l][(int)(((day % 7) + 7 + 3) % 7)], d, months[l][m - 1]);
	if (with_year)
		strbuf_addf(sb, " %d", y);
}

/* "YYYY-MM-DD" -> fields; 0 or -1. */
static int parse_ymd(const char *s, size_t n, int *y, int *m, int *d)
{
	char b[16];
	int k = 0;

	if (n != 10 || n >= sizeof(b))
		return -1;
	memcpy(b, s, n);
	b[n] = '\0';
	if (sscanf(b, "%4d-%2d-%2d%n", y, m, d, &k) != 3 || k != 10 || *m < 1 || *m > 12 || *d < 1 || *d > 31)
		return -1;
	return 0;
}

/* Valencian writes "de l'1 de març", "a l'11", not "del 1": the article elides before the
 * days read "u" and "onze". what: "del" or "al". */
static void ca_day(struct strbuf *sb, const char *what, int d)
{
	if (d == 1 || d == 11)
		strbuf_addf(sb, "%s l'%d", what[0] == 'd' ? "de" : "a", d);
	else
		strbuf_addf(sb, "%s %d", what, d);
}

static void range(struct strbuf *sb, enum ui_lang l, const char *p, size_t n1, const char *q)
{
	int y1 = 0, m1 = 0, d1 = 0, y2 = 0, m2 = 0, d2 = 0;
	int have1 = n1 && !parse_ymd(p, n1, &y1, &m1, &d1), have2 = *q && !parse_ymd(q, strlen(q), &y2, &m2, &d2);

	if (!have1 && !have2) {
		strbuf_addstr(sb, l == UI_EN ? "every date" : l == UI_ES ? "todas las fechas" : "totes les dates");
		return;
	}
	if (l == UI_EN) {
		if (have1) {
			strbuf_addstr(sb, have2 ? "" : "from ");
			date_fields(sb, l, y1, m1, d1);
		}
		if (have2) {
			strbuf_addstr(sb, have1 ? " to " : "until ");
			date_fields(sb, l, y2, m2, d2);
		}
		return;
	}
	if (l == UI_ES) {
		if (have1) {
			strbuf_addf(sb, "%s %d ", have2 ? "del" : "desde el", d1);
			of_month(sb, l, m1);
			strbuf_addf(sb, " de %d", y1);
		}
		if (have2) {
			strbuf_addf(sb, "%s %d ", have1 ? " al" : "hasta el", d2);
			of_month(sb, l, m2);
			strbuf_addf(sb, " de %d", y2);
		}
		return;
	}
	if (have1) {
		if (!have2)
			strbuf_addstr(sb, "des ");
		ca_day(sb, "del", d1);
		strbuf_addch(sb, ' ');
		of_month(sb, l, m1);
		strbuf_addf(sb, " de %d", y1);
	}
	if (have2) {
		strbuf_addstr(sb, have1 ? " " : "fins ");
		ca_day(sb, "al", d2);
		strbuf_addch(sb, ' ');
		of_month(sb, l, m2);
		strbuf_addf(sb, " de %d", y2);
	}
}

void tr_period(struct strbuf *sb, enum ui_lang l, const char *period, int capital)
{
	static const char *const quarter[UI_N][4] = {{"first", "second", "third", "fourth"},
	                                             {"primer", "segundo", "tercer", "cuarto"},
	                                             {"primer", "segon", "tercer", "quart"}};
	size_t start = sb->len, len = period ? strlen(period) : 0;
	const char *dots = period ? strstr(period, "..") : NULL;
	int y, q, m, n = 0;

	if (dots) {
		range(sb, l, period, (size_t)(dots - period), dots + 2);
	} else if (len == 6 && sscanf(period, "%4dQ%1d%n", &y, &q, &n) == 2 && n == 6 && q >= 1 && q <= 4) {
		if (l == UI_EN)
			strbuf_addf(sb, "%s quarter of %d", quarter[l][q - 1], y);
		else
			strbuf_addf(sb, "%s trimestre de %d", quarter[l][q - 1], y);
	} else if (len == 7 && sscanf(period, "%4d-%2d%n", &y, &m, &n) == 2 && n == 7 && m >= 1 && m <= 12) {
		if (l == UI_EN)
			strbuf_addf(sb, "%s %d", months_long[l][m - 1], y);
		else
			strbuf_addf(sb, "%s de %d", months_long[l][m - 1], y);
	} else if (len == 4 && sscanf(period, "%4d%n", &y, &n) == 1 && n == 4) {
		strbuf_addf(sb, "%s %d", l == UI_EN ? "the year" : l == UI_ES ? "año" : "any", y);
	} else if (len) {
		strbuf_addstr(sb, period); /* not a form replycov takes; shown as given */
	} else {
		range(sb, l, "", 0, "");
	}
	if (capital && sb->len > start && sb->buf[start] >= 'a' && sb->buf[start] <= 'z')
		sb->buf[start] = (char)(sb->buf[start] - 'a' + 'A');
}

void tr_join(struct strbuf *sb, enum ui_lang l, const char *const *items, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i && i + 1 == n && l == UI_ES)
			/* "y" becomes "e" before a word starting with the sound i ("inglés", "historia") */
			strbuf_addstr(sb, (!strncmp(items[i], "i", 1) || !strncmp(items[i], "hi", 2)) &&
			                          strncmp(items[i], "hie", 3) && strncmp(items[i], "io", 2)
			                      ? " e "
			                      : " y ");
		else if (i && i + 1 == n)
			strbuf_addstr(sb, l == UI_EN ? (n > 2 ? ", and " : " and ") : " i ");
		else if (i)
			strbuf_addstr(sb, ", ");
		strbuf_addstr(sb, items[i]);
	}
}

void tr_post_label(struct strbuf *sb, enum ui_lang l, const struct tz *zone, long long t, const char *headline,
                   int private_conv)
{
	tr_day_short(sb, l, zone, t);
	strbuf_addstr(sb, " · ");
	strbuf_addstr(sb, headline && *headline ? headline : tr(l, private_conv ? T_PRIVATE_CONV : T_POST_NO_TEXT));
}

void tr_class_list(struct strbuf *sb, enum ui_lang l, unsigned bits)
{
	char lower[CLASS_N][48];
	const char *v[CLASS_N];
	size_t n = 0;
	int k;

	for (k = 0; k < CLASS_N; k++) {
		if (!(bits & (1u << k)))
			continue;
		snprintf(lower[n], sizeof(lower[n]), "%s", tr_class(l, k));
		/* the names start with an ASCII capital in every language */
		if (lower[n][0] >= 'A' && lower[n][0] <= 'Z')
			lower[n][0] = (char)(lower[n][0] - 'A' + 'a');
		v[n] = lower[n];
		n++;
	}
	tr_join(sb, l, v, n);
}

const char *tr_class(enum ui_lang l, int cls)
{
	switch (cls) {
	case CLASS_CRITICISM:
		return tr(l, T_CLASS_CRITICISM);
	case CLASS_QUESTION:
		return tr(l, T_CLASS_QUESTION);
	case CLASS_THANKS:
		return tr(l, T_CLASS_THANKS);
	case CLASS_OTHER:
		return tr(l, T_CLASS_OTHER);
	default:
		return tr(l, T_CLASS_NONE);
	}
}
