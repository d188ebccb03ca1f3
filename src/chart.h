/* chart.h: charts as gnuplot scripts and data files, and gnuplot run as an external program.
 *
 * A chart is NAME.dat (the numbers and every text that came from the input) and NAME.gp (the
 * script, which draws NAME.svg and NAME.png from NAME.dat), written side by side in the charts
 * folder so a user can restyle and redraw them. Text from the input is data, never code: it goes
 * only into the .dat file, through dat_str, which double-quotes it and neutralises what the data
 * reader would interpret (quotes, backslashes, control characters); scripts refer to it by
 * column (xtic(2), columnheader(3)). The few strings a script must hold (titles, axis labels,
 * month and weekday names) are replycov's own, and still go through gp_str, which makes a
 * single-quoted gnuplot string in which nothing is substituted or run.
 *
 * Rendering (chart_run.c) runs gnuplot without a shell (fork and execv), in the charts folder,
 * with a timeout, one process per chart; nothing here prints except through diag. */
#ifndef REPLYCOV_CHART_H
#define REPLYCOV_CHART_H

#include <stddef.h>

#include "strbuf.h"

/* Okabe and Ito's colour-blind-safe palette, in the order series use it. */
#define CHART_COLOURS 8
extern const char *const chart_colour[CHART_COLOURS];

/* The text of a chart, in SVG pixels. report.html shows a chart 860 pixels wide at its own size on
 * a screen (the page's column is wider), next to body text of 15 px; printed on A4 the column is
 * 182 mm (688 CSS pixels), so the chart is scaled by 0.8 next to body text of 10 pt (13.3 px):
 * 14 px gives 14 px on screen (93% of the body) and 11.2 px on paper (84%). The PNG gets the same
 * size (cairo counts points at 96 dpi: 10.5 pt). */
#define CHART_FONT_PX 14

/* The fewest messages a rate, a median or a share is drawn from as part of a line or a colour:
 * fewer, and the month or the cell is drawn grey, apart, with its number of messages. A month of
 * one message would otherwise draw a coverage of 100% or 0% as if it were a finding. */
#define CHART_MIN_N 10

struct chart {
	const char *name;   /* file stem: [a-z0-9-] only */
	const char *title;  /* replycov's own words (translated): the caption; drawn only as text (dumb) */
	struct strbuf dat;  /* NAME.dat */
	struct strbuf body; /* plot commands; chart_script wraps them */
	int empty;          /* nothing to draw: no files, a note instead */
	int drawn;          /* NAME.svg and NAME.png were made */
	char *svg;          /* NAME.svg made ready to inline (chart_svg_inline), or NULL */
	int width, height;  /* pixels; 0: 860 x 440 */
};

void chart_init(struct chart *c, const char *name, const char *title);
void chart_release(struct chart *c);

/* s as a single-quoted gnuplot string: quotes doubled, control characters (a newline would end
 * the command) and backquotes replaced by spaces. Inside single quotes gnuplot substitutes
 * nothing (no `command`, no @macro, no backslash escapes), so the result is always inert text. */
void gp_str(struct strbuf *sb, const char *s);
/* s as a double-quoted field of a .dat file: '"' becomes U+201D (the reader has no escape for
 * it), a backslash is doubled (the reader unescapes \n, \t, \\ and friends), control characters
 * become spaces, and an empty string stays "" (a field). Never more than one line. */
void dat_str(struct strbuf *sb, const char *s);

/* A wait as an axis or a colour bar labels it, in the units the tables use (tr_wait), whole
 * steps without their zero part: "0", "45 s", "30 min", "1 h", "1 h 30 min", "2 d", "1 d 12 h".
 * Numbers and units are tied by a no-break space. */
void chart_wait_label(struct strbuf *sb, long long s);
/* Tics for a linear axis of waits from 0 to at least max_s seconds: a step of a round wait
 * (10 s ... 30 min, 1, 2, 3, 4, 6, 12 h, 1, 2, 7 d ...) giving at most 6 intervals; writes 0,
 * step, 2 step, ... up to the first at or above max_s into tics (at most cap) and returns how
 * many. The last is the top of the axis. */
size_t chart_wait_tics(long long max_s, long long *tics, size_t cap);
/* "set AXIS (LABEL POS, ...)\nset AXISrange [0:TOP]\n" for those tics, the positions in units of
 * unit_s seconds (3600: the data is in hours). axis: "y", "cb". */
void chart_wait_axis(struct strbuf *body, const char *axis, long long max_s, double unit_s);

/* The whole NAME.gp: a comment saying what it draws and from what, the style (palette, dash
 * patterns, point types), then the body run once per output ("svg png" by default; with
 * outputs='dumb' given on the command line, once as text on standard output). */
void chart_script(const struct chart *c, struct strbuf *out);
/* Write NAME.dat and NAME.gp into dir (each to a temporary name, then renamed). 0 or -1
 * (reported). An empty chart writes nothing. */
int chart_write(const struct chart *c, const char *dir);

/* Make gnuplot's SVG fit inside an HTML page: drop the XML prolog and gnuplot's own title and
 * description, remove the namespace declarations (the HTML parser knows SVG), prefix every id
 * and every reference to one with prefix (so several charts can share a page). The result starts
 * with "<svg"; the HTML writer adds the role and the label (it escapes the title). Returns a new
 * string (caller frees), or NULL when svg holds no <svg. */
char *chart_svg_inline(const char *svg, const char *prefix);

/* Finding and running gnuplot. */
struct gnuplot {
	char *path;      /* NULL when not found */
	int timeout_s;   /* per chart */
	const char *why; /* when not found: what was looked for */
};

/* Look for the program: $REPLYCOV_GNUPLOT when set (a path, or a name looked up in PATH), else
 * "gnuplot" in PATH. Returns 0 when found, -1 when not (g->path NULL, nothing reported).
 * $REPLYCOV_GNUPLOT_TIMEOUT sets the seconds allowed per chart (default 60). */
int gnuplot_find(struct gnuplot *g);
void gnuplot_release(struct gnuplot *g);
/* Draw charts[0..n) (non-empty ones) in dir: gnuplot NAME.gp for each, in parallel up to jobs
 * at a time, each killed after the timeout. Sets drawn when both NAME.svg and NAME.png exist
 * afterwards, and svg from NAME.svg. Failures are reported as warnings with gnuplot's first
 * error line. Returns the number of charts not drawn. */
int gnuplot_render(const struct gnuplot *g, const char *dir, struct chart **charts, size_t n, int jobs);
/* Draw chart c as text (gnuplot's dumb terminal, width x height characters) into out.
 * Returns 0 or -1 (nothing added to out). */
int gnuplot_dumb(const struct gnuplot *g, const char *dir, const struct chart *c, int width, int height,
                 struct strbuf *out);

#endif
