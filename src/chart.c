/* chart.c: writing charts as gnuplot scripts and data files, and preparing gnuplot's SVG for
 * an HTML page. The escaping rules that keep input text out of gnuplot's command language are
 * here (gp_str, dat_str); chart_run.c runs the program. */
#include "chart.h"
#include "diag.h"
#include "outfile.h"
#include "outfmt.h"
#include "util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

const char *const chart_colour[CHART_COLOURS] = {
    "#0072B2", /* blue */
    "#E69F00", /* orange */
    "#009E73", /* bluish green */
    "#D55E00", /* vermillion */
    "#CC79A7", /* reddish purple */
    "#56B4E9", /* sky blue */
    "#000000", /* black */
    "#F0E442", /* yellow: last, it is faint on white */
};

/* Dash patterns and point types that tell series apart without colour. */
static const char *const dash[CHART_COLOURS] = {"solid",     "(8,4)",  "(2,3)", "(10,3,2,3)",
                                                "(4,4,1,4)", "(14,5)", "(1,2)", "(6,2,6,8)"};
static const int point[CHART_COLOURS] = {7, 5, 9, 11, 13, 4, 6, 8};

void chart_init(struct chart *c, const char *name, const char *title)
{
	memset(c, 0, sizeof(*c));
	c->name = name;
	c->title = title;
	strbuf_init(&c->dat);
	strbuf_init(&c->body);
}

void chart_release(struct chart *c)
{
	strbuf_release(&c->dat);
	strbuf_release(&c->body);
	free(c->svg);
	c->svg = NULL;
}

void gp_str(struct strbuf *sb, const char *s)
{
	strbuf_addch(sb, '\'');
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '\'')
			strbuf_addstr(sb, "''");
		else if (c < 0x20 || c == 0x7f || c == '`')
			strbuf_addch(sb, ' ');
		else
			strbuf_addch(sb, (int)c);
	}
	strbuf_addch(sb, '\'');
}

void dat_str(struct strbuf *sb, const char *s)
{
	strbuf_addch(sb, '"');
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"')
			strbuf_addstr(sb, "\xe2\x80\x9d"); /* U+201D RIGHT DOUBLE QUOTATION MARK */
		else if (c == '\\')
			strbuf_addstr(sb, "\\\\");
		else if (c < 0x20 || c == 0x7f)
			strbuf_addch(sb, ' ');
		else
			strbuf_addch(sb, (int)c);
	}
	strbuf_addch(sb, '"');
}

/* A comment line of the script: no newline can end it early, and no backslash at its end can
 * continue it onto the next command. */
static void comment(struct strbuf *sb, const char *s)
{
	strbuf_addstr(sb, "# ");
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		strbuf_addch(sb, c < 0x20 || c == 0x7f || c == '\\' ? ' ' : (int)c);
	}
	strbuf_addch(sb, '\n');
}

void chart_script(const struct chart *c, struct strbuf *out)
{
	int w = c->width ? c->width : 860, h = c->height ? c->height : 440, i;
	struct strbuf line;

	strbuf_init(&line);
	strbuf_addf(&line, "%s.gp: %s", c->name, c->title);
	comment(out, line.buf);
	strbuf_addf(out,
	            "# Drawn by replycov from %s.dat (in this folder). Edit and run `gnuplot %s.gp` here to\n"
	            "# redraw %s.svg and %s.png, or `gnuplot -e \"outputs='dumb'\" %s.gp` to see it as text.\n"
	            "# Colours: the Okabe-Ito palette; series also differ by dash pattern, point type or fill\n"
	            "# pattern, so the chart reads in black and white. Text from the input is only in the .dat\n"
	            "# file, never in this script.\n",
	            c->name, c->name, c->name, c->name, c->name);
	strbuf_addstr(out, "if (!exists(\"outputs\")) { outputs = \"svg png\" }\n"
	                   "set encoding utf8\n"
	                   "set datafile missing '?'\n");
	for (i = 0; i < CHART_COLOURS; i++)
		strbuf_addf(out,
		            "set linetype %d linecolor rgb '%s' linewidth 2 dashtype %s pointtype %d pointsize 0.9\n",
		            i + 1, chart_colour[i], dash[i], point[i]);
	strbuf_addf(out,
	            "do for [fmt in outputs] {\n"
	            "  if (fmt eq \"svg\") {\n"
	            "    set terminal svg size %d,%d font 'DejaVu Sans,%d' noenhanced background '#ffffff'\n"
	            "    set output '%s.svg'\n"
	            "  }\n"
	            "  if (fmt eq \"png\") {\n"
	            "    if (strstrt(GPVAL_TERMINALS, \"pngcairo\") > 0) {\n"
	            "      set terminal pngcairo size %d,%d font 'DejaVu Sans,%.1f' noenhanced background '#ffffff'\n"
	            "    } else {\n"
	            "      set terminal png size %d,%d noenhanced background '#ffffff'\n"
	            "    }\n"
	            "    set output '%s.png'\n"
	            "  }\n"
	            "  if (fmt eq \"dumb\") {\n"
	            "    if (!exists(\"columns\")) { columns = 100 }\n"
	            "    if (!exists(\"lines\")) { lines = 25 }\n"
	            "    set terminal dumb size columns,lines noenhanced\n"
	            "    set output\n"
	            "  }\n"
	            "  # report.html and report.md give the title in the chart's caption: none in the SVG and\n"
	            "  # the PNG. The text drawing (on a terminal) has no caption, so it carries it.\n"
	            "  if (fmt eq \"dumb\") { set title ",
	            w, h, CHART_FONT_PX, c->name, w, h, CHART_FONT_PX * 0.75, w, h, c->name);
	gp_str(out, c->title);
	strbuf_addstr(out, " } else { unset title }\n  set border 3\n  set tics nomirror out\n"
	                   "  if (fmt ne \"dumb\") { set grid ytics linetype 0 linecolor rgb '#b0b0b0' }\n");
	{
		/* The body, indented inside the loop. */
		const char *p = c->body.buf;
		while (*p) {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			strbuf_addstr(out, "  ");
			strbuf_add(out, p, n);
			strbuf_addch(out, '\n');
			p += n + (nl ? 1 : 0);
		}
	}
	strbuf_addstr(out, "  unset output\n}\n");
	strbuf_release(&line);
}

static int write_file(const char *dir, const char *name, const char *ext, const char *data, size_t len)
{
	struct outfile o;
	struct strbuf path;
	int ret;

	strbuf_init(&path);
	strbuf_addf(&path, "%s/%s.%s", dir, name, ext);
	ret = outfile_open(&o, path.buf);
	if (!ret) {
		fwrite(data, 1, len, o.fp);
		ret = outfile_commit(&o);
	}
	strbuf_release(&path);
	return ret;
}

int chart_write(const struct chart *c, const char *dir)
{
	struct strbuf gp;
	int ret;

	if (c->empty)
		return 0;
	strbuf_init(&gp);
	chart_script(c, &gp);
	ret = write_file(dir, c->name, "dat", c->dat.buf, c->dat.len);
	if (!ret)
		ret = write_file(dir, c->name, "gp", gp.buf, gp.len);
	strbuf_release(&gp);
	return ret;
}

/* Skip an element whose start tag begins at p ("<title>...</title>"); returns the end. */
static const char *skip_element(const char *p, const char *end_tag)
{
	const char *e = strstr(p, end_tag);
	return e ? e + strlen(end_tag) : p + strlen(p);
}

char *chart_svg_inline(const char *svg, const char *prefix)
{
	const char *p = strstr(svg, "<svg");
	struct strbuf out;
	int in_tag = 0;

	if (!p)
		return NULL;
	strbuf_init(&out);
	/* The <svg ...> start tag: drop xmlns declarations. */
	{
		const char *gt = strchr(p, '>');
		const char *q = p + 4;
		if (!gt)
			return NULL;
		strbuf_addstr(&out, "<svg");
		while (q < gt) {
			/* attributes: name="value" separated by blanks */
			const char *a, *eq, *v_end;
			char quote;
			while (q < gt && (*q == ' ' || *q == '\n' || *q == '\t' || *q == '\r'))
				q++;
			if (q >= gt)
				break;
			a = q;
			eq = memchr(a, '=', (size_t)(gt - a));
			if (!eq || eq + 1 >= gt || (eq[1] != '"' && eq[1] != '\''))
				break;
			quote = eq[1];
			v_end = memchr(eq + 2, quote, (size_t)(gt - eq - 2));
			if (!v_end)
				break;
			q = v_end + 1;
			if ((size_t)(eq - a) >= 5 && !strncmp(a, "xmlns", 5))
				continue;
			strbuf_addch(&out, ' ');
			strbuf_add(&out, a, (size_t)(q - a));
		}
		strbuf_addch(&out, '>');
		p = gt + 1;
	}
	/* Ids and references are rewritten only inside tags, never in the text of a label. */
	while (*p) {
		if (*p == '<')
			in_tag = 1;
		else if (*p == '>')
			in_tag = 0;
		if (!in_tag || *p == '<') {
			if (!strncmp(p, "<title>", 7)) {
				p = skip_element(p, "</title>");
				in_tag = 0;
				continue;
			}
			if (!strncmp(p, "<desc>", 6)) {
				p = skip_element(p, "</desc>");
				in_tag = 0;
				continue;
			}
			strbuf_addch(&out, *p++);
			continue;
		}
		if (!strncmp(p, "id='", 4) || !strncmp(p, "id=\"", 4)) {
			/* an attribute named id (not e.g. "gid"): the character before is a blank */
			if (p > svg && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n')) {
				strbuf_add(&out, p, 4);
				strbuf_addstr(&out, prefix);
				p += 4;
				continue;
			}
		}
		if (!strncmp(p, "href='#", 7) || !strncmp(p, "href=\"#", 7)) {
			strbuf_add(&out, p, 7);
			strbuf_addstr(&out, prefix);
			p += 7;
			continue;
		}
		if (!strncmp(p, "url(#", 5)) {
			strbuf_add(&out, p, 5);
			strbuf_addstr(&out, prefix);
			p += 5;
			continue;
		}
		strbuf_addch(&out, *p++);
	}
	/* Trailing blank lines after </svg> are of no use inside a page. */
	while (out.len && (out.buf[out.len - 1] == '\n' || out.buf[out.len - 1] == ' '))
		out.buf[--out.len] = '\0';
	return strbuf_detach(&out);
}

void chart_wait_label(struct strbuf *sb, long long s)
{
	if (s <= 0)
		strbuf_addch(sb, '0');
	else if (s < 60)
		strbuf_addf(sb, "%lld\u00a0s", s);
	else if (s < 3600)
		strbuf_addf(sb, "%lld\u00a0min", s / 60);
	else if (s < 86400 && s % 3600 / 60)
		strbuf_addf(sb, "%lld\u00a0h %02lld\u00a0min", s / 3600, s % 3600 / 60);
	else if (s < 86400)
		strbuf_addf(sb, "%lld\u00a0h", s / 3600);
	else if (s % 86400 / 3600)
		strbuf_addf(sb, "%lld\u00a0d %02lld\u00a0h", s / 86400, s % 86400 / 3600);
	else
		strbuf_addf(sb, "%lld\u00a0d", s / 86400);
}

#define CHART_WAIT_INTERVALS 6

size_t chart_wait_tics(long long max_s, long long *tics, size_t cap)
{
	static const long long step[] = {10,     20,     30,      60,      120,     300,     600,      900,
	                                 1800,   3600,   7200,    10800,   14400,   21600,   43200,    86400,
	                                 172800, 604800, 1209600, 2592000, 5184000, 7776000, 15552000, 31536000};
	long long st, v;
	size_t i, n = 0;

	if (max_s < 1)
		max_s = 1;
	if (max_s > LLONG_MAX / 4)
		max_s = LLONG_MAX / 4; /* no overflow below, whatever the dates were */
	/* Beyond the longest round step (six years and more): whole days, as few as reach max_s. */
	st = ((max_s + CHART_WAIT_INTERVALS - 1) / CHART_WAIT_INTERVALS + 86399) / 86400 * 86400;
	for (i = 0; i < sizeof(step) / sizeof(*step); i++)
		if ((max_s + step[i] - 1) / step[i] <= CHART_WAIT_INTERVALS) {
			st = step[i];
			break;
		}
	for (v = 0; n < cap; v += st) {
		tics[n++] = v;
		if (v >= max_s)
			break;
	}
	return n;
}

void chart_wait_axis(struct strbuf *body, const char *axis, long long max_s, double unit_s)
{
	long long tics[CHART_WAIT_INTERVALS + 1];
	size_t n = chart_wait_tics(max_s, tics, sizeof(tics) / sizeof(*tics)), i;
	struct strbuf lab;

	strbuf_init(&lab);
	strbuf_addf(body, "set %stics (", axis);
	for (i = 0; i < n; i++) {
		strbuf_reset(&lab);
		chart_wait_label(&lab, tics[i]);
		strbuf_addstr(body, i ? ", " : "");
		gp_str(body, lab.buf);
		strbuf_addf(body, " %.6g", (double)tics[i] / unit_s);
	}
	strbuf_addf(body, ")\nset %srange [0:%.6g]\n", axis, (double)tics[n - 1] / unit_s);
	strbuf_release(&lab);
}
