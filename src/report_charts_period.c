/* report_charts_period.c: the period report's charts: messages per month by platform and
 * channel, coverage per month, median and p90 wait per month, class shares public versus
 * private, waits by weekday and hour (report_charts.c says what every chart may and may not do). */
#include "report_charts_int.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static void month_label(struct report_ctx *x, struct strbuf *sb, int ym)
{
	struct strbuf s;

	strbuf_init(&s);
	tr_month_label(&s, x->lang, ym);
	dat_str(sb, s.buf);
	strbuf_release(&s);
}

/* The series drawn: the first REPORT_MAX_SERIES - 1 by size, then "others" when more. */
static size_t series_order(const struct report_data *d, size_t *order)
{
	size_t i, j, n = d->n_series;
	long *tot = xcalloc(n ? n : 1, sizeof(long));

	for (i = 0; i < d->n_months; i++)
		for (j = 0; j < n; j++)
			tot[j] += d->months[i].by_series[j];
	for (i = 0; i < n; i++)
		order[i] = i;
	/* Insertion sort: few series; largest first, ties by platform then channel. */
	for (i = 1; i < n; i++) {
		size_t v = order[i];
		for (j = i; j > 0; j--) {
			size_t u = order[j - 1];
			int c = tot[u] != tot[v] ? (tot[u] < tot[v])
			                         : strcmp(d->series[u].platform, d->series[v].platform) > 0 ||
			                               (!strcmp(d->series[u].platform, d->series[v].platform) &&
			                                d->series[u].channel > d->series[v].channel);
			if (!c)
				break;
			order[j] = u;
		}
		order[j] = v;
	}
	free(tot);
	return n;
}

/* A platform as people write it ("Facebook", "X (Twitter)"); one replycov does not know, as the
 * input wrote it. */
static const char *platform_name(struct report_ctx *x, const char *key)
{
	static const struct {
		const char *key, *name;
	} known[] = {{"bluesky", "Bluesky"},     {"disqus", "Disqus"},       {"facebook", "Facebook"},
	             {"instagram", "Instagram"}, {"linkedin", "LinkedIn"},   {"mastodon", "Mastodon"},
	             {"messenger", "Messenger"}, {"reddit", "Reddit"},       {"telegram", "Telegram"},
	             {"threads", "Threads"},     {"tiktok", "TikTok"},       {"twitter", "X (Twitter)"},
	             {"whatsapp", "WhatsApp"},   {"wordpress", "WordPress"}, {"x", "X (Twitter)"},
	             {"youtube", "YouTube"}};
	size_t i;

	if (!key || !*key || !strcmp(key, "generic"))
		return tr(x->lang, T_CH_PLATFORM_OTHER);
	for (i = 0; i < sizeof(known) / sizeof(*known); i++)
		if (!strcmp(key, known[i].key))
			return known[i].name;
	return key;
}

void report_series_label(struct report_ctx *x, const struct report_series *s, struct strbuf *sb)
{
	strbuf_addf(sb, tr(x->lang, s->channel == CHANNEL_PRIVATE ? T_CH_SERIES_PRIVATE : T_CH_SERIES_PUBLIC),
	            platform_name(x, s->platform));
}

/* A month's citizen messages by series as the messages chart draws them: the first shown series
 * of order, then "others" when there are more (v and their cells h, cols of them); returns the
 * month's total. */
static long month_parts(const struct report_ctx *x, size_t i, const size_t *order, size_t n, size_t shown, long *v,
                        size_t *h)
{
	const struct report_data *d = x->data;
	size_t j, ns = d->n_series;
	long tot = 0;

	for (j = 0; j <= shown && j < n; j++)
		v[j] = 0;
	for (j = 0; j < n; j++) {
		long m = d->months[i].by_series[order[j]];
		v[j < shown ? j : shown] += m;
		if (j < shown)
			h[j] = rch_cell_of(x, RCG_SERIES, i * (ns + 1) + order[j], m);
		tot += m;
	}
	if (shown < n)
		h[shown] = rch_cell_of(x, RCG_OTHERS, i, v[shown]);
	return tot;
}

/* The messages chart's "others" (the series past the first REPORT_MAX_SERIES - 1): a count no
 * table shows, the sum of the month's cells of those series. */
void rch_cells_messages(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	size_t *order = xmalloc((d->n_series ? d->n_series : 1) * sizeof(size_t));
	size_t n = series_order(d, order), shown = REPORT_MAX_SERIES - 1, i, j, ns = d->n_series;
	size_t *rest = xmalloc((n ? n : 1) * sizeof(*rest));

	for (i = 0; n > REPORT_MAX_SERIES && i < d->n_months; i++) {
		long sum = 0;
		size_t h;
		for (j = shown; j < n; j++) {
			sum += d->months[i].by_series[order[j]];
			rest[j - shown] = rch_cell_at(x, RCG_SERIES, i * (ns + 1) + order[j]);
		}
		h = rc_value(x->cells, sum, 0);
		rc_put(x->cells, RCG_OTHERS, i, h);
		rc_sum(x->cells, h, rest, n - shown);
	}
	free(rest);
	free(order);
}

static void chart_messages(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	struct chart *c = rch_chart_new(x, CH_MESSAGES, "messages-by-month", T_CH_MESSAGES);
	size_t *order = xmalloc((d->n_series ? d->n_series : 1) * sizeof(size_t));
	size_t n = series_order(d, order), shown = n > REPORT_MAX_SERIES ? REPORT_MAX_SERIES - 1 : n, i, j,
	       cols = shown + (shown < n), *h = NULL;
	struct strbuf lab;
	size_t longest = 0;
	long *v = NULL, tot, top = 0;
	unsigned drew = 0;

	if (!d->n_months || !d->citizen) {
		c->empty = 1;
		free(order);
		return;
	}
	strbuf_init(&lab);
	/* A header row: the scripts take the series' names from it (columnheader), as data. */
	dat_str(&c->dat, tr(x->lang, T_H_MONTH));
	for (j = 0; j < shown; j++) {
		strbuf_reset(&lab);
		report_series_label(x, &d->series[order[j]], &lab);
		strbuf_addch(&c->dat, ' ');
		dat_str(&c->dat, lab.buf);
		longest = rch_longer(longest, lab.buf);
	}
	if (shown < n) {
		strbuf_addch(&c->dat, ' ');
		dat_str(&c->dat, tr(x->lang, T_CH_OTHERS));
		longest = rch_longer(longest, tr(x->lang, T_CH_OTHERS));
	}
	/* Then the grey bar and mark of --min-cell and the text above the bar (stack_dat). */
	strbuf_addch(&c->dat, ' ');
	dat_str(&c->dat, tr(x->lang, T_CH_WITHHELD));
	strbuf_addstr(&c->dat, " \"\" \"\"\n");
	v = xcalloc(cols ? cols : 1, sizeof(long));
	h = xcalloc(cols ? cols : 1, sizeof(size_t));
	/* The bars are the rows of the messages' table, with its cells (RCG_SERIES). */
	for (i = 0; i < d->n_months; i++) {
		size_t ns = d->n_series, ht;
		tot = month_parts(x, i, order, n, shown, v, h);
		ht = rch_cell_of(x, RCG_SERIES, i * (ns + 1) + ns, tot);
		month_label(x, &c->dat, d->months[i].ym);
		drew |= rch_stack_dat(x, &c->dat, v, h, cols, tot, ht);
		strbuf_addch(&c->dat, '\n');
		tot = rch_stack_height(x, v, h, cols, tot, ht);
		if (tot > top)
			top = tot;
	}
	if (!top && !drew) {
		strbuf_reset(&c->dat);
		c->empty = 1;
		goto out;
	}
	strbuf_addf(&c->body,
	            "set style data histograms\nset style histogram rowstacked\nset boxwidth 0.7 relative\n"
	            "set xrange [-0.6:%zu.6]\nset yrange [0:*]\nset offsets 0,0,graph 0.08,0\n",
	            d->n_months - 1);
	rch_least_height(c, (double)top);
	rch_key_top(c, rch_stack_key_longest(x, drew, longest));
	strbuf_addstr(&c->body, "set key autotitle columnheader\n");
	rch_month_axis(c, d->n_months);
	rch_gp_set(c, "ylabel", tr(x->lang, T_AX_MESSAGES));
	strbuf_addstr(&c->body, "plot ");
	/* Each part at least "least" high: a platform's one message in a month is a bar. */
	for (j = 0; j < cols; j++)
		strbuf_addf(
		    &c->body,
		    "%s'messages-by-month.dat' using (h(%zu))%s title columnheader(%zu) linetype %zu dashtype solid "
		    "fillstyle %s border -1",
		    j ? ", \\\n     " : "", j + 2, j ? "" : ":xtic(1)", j + 2, j % CHART_COLOURS + 1,
		    rch_fills[j % (sizeof(rch_fills) / sizeof(*rch_fills))]);
	/* The total of each month above its bar: a month of one message is read, not guessed. */
	rch_stack_plot_tail(x, c, 2, (int)cols, drew);
out:
	free(v);
	free(h);
	strbuf_release(&lab);
	free(order);
}

/* Each channel's needing a reply and answered in a month: counts only the coverage chart shows
 * (the table gives the month's and each channel's share), adding up to the month's cells. A
 * channel that has the whole month is the month's cells; one with nothing has none. */
void rch_cells_coverage(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	size_t i;
	int ch;

	for (i = 0; i < d->n_months; i++) {
		const struct report_month *m = &d->months[i];
		size_t hn = rch_cell_at(x, RCG_COVERAGE, i * 2), ha = rch_cell_at(x, RCG_COVERAGE, i * 2 + 1), need[2],
		       ans[2];
		int one = -1;
		for (ch = 0; ch < 2; ch++)
			if (!m->need[1 - ch] && !m->answered[1 - ch])
				one = ch;
		if (one >= 0) {
			rc_put(x->cells, RCG_CHANNELS, i * 4 + (size_t)one * 2, hn);
			rc_put(x->cells, RCG_CHANNELS, i * 4 + (size_t)one * 2 + 1, ha);
			continue;
		}
		for (ch = 0; ch < 2; ch++) {
			need[ch] = rc_value(x->cells, m->need[ch], 0);
			ans[ch] = rc_value(x->cells, m->answered[ch], 0);
			rc_put(x->cells, RCG_CHANNELS, i * 4 + (size_t)ch * 2, need[ch]);
			rc_put(x->cells, RCG_CHANNELS, i * 4 + (size_t)ch * 2 + 1, ans[ch]);
		}
		rc_sum(x->cells, hn, need, 2);
		rc_sum(x->cells, ha, ans, 2);
	}
}

static void chart_coverage(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	struct chart *c = rch_chart_new(x, CH_COVERAGE, "coverage-by-month", T_CH_COVERAGE);
	long need[2] = {0, 0};
	int line[3] = {0, 0, 0}, thin[3] = {0, 0, 0}, s, both, hid = 0, hid_month = 0;
	size_t i, nm = d->n_months;
	static const int pt_thin[3] = {6, 4, 8}; /* open circle, square, triangle: the series' points */

	for (i = 0; i < d->n_months; i++) {
		need[0] += d->months[i].need[0];
		need[1] += d->months[i].need[1];
	}
	if (!need[0] && !need[1]) {
		c->empty = 1;
		return;
	}
	both = need[0] && need[1];
	strbuf_addf(&c->dat,
	            "# month; coverage %% (all, public, private), each on the line and apart (NaN where not: "
	            "apart when fewer than %d need a reply);\n"
	            "# needing a reply, answered (NaN: withheld under --min-cell); the number needing a reply as "
	            "written (all, public, private)\n",
	            CHART_MIN_N);
	rch_dat_hidden_month_header(x, &c->dat);
	/* Per series (all, public, private), a month's needing a reply and answered, drawn as the
	 * document shows them: the month's cells of the coverage table (RCG_COVERAGE) and each
	 * channel's (RCG_CHANNELS). A month whose counts it hides is not drawn in that series, nor in
	 * a channel's when the table withholds the channel's share (the month's counts hidden). */
	for (i = 0; i < nm; i++) {
		const struct report_month *m = &d->months[i];
		long v[3][2];
		size_t h[3][2];
		int month_shown;
		for (s = 0; s < 3; s++) {
			v[s][0] = s ? m->need[s - 1] : m->need[0] + m->need[1];
			v[s][1] = s ? m->answered[s - 1] : m->answered[0] + m->answered[1];
			h[s][0] = s ? rch_cell_of(x, RCG_CHANNELS, i * 4 + (size_t)(s - 1) * 2, v[s][0])
			            : rch_cell_of(x, RCG_COVERAGE, i * 2, v[s][0]);
			h[s][1] = s ? rch_cell_of(x, RCG_CHANNELS, i * 4 + (size_t)(s - 1) * 2 + 1, v[s][1])
			            : rch_cell_of(x, RCG_COVERAGE, i * 2 + 1, v[s][1]);
		}
		month_shown = rch_cell_shown(x, h[0][0], v[0][0]) && rch_cell_shown(x, h[0][1], v[0][1]);
		month_label(x, &c->dat, m->ym);
		for (s = 0; s < 3; s++) {
			long den = v[s][0], num = v[s][1];
			enum drawn dr = den <= 0 || !month_shown || !rch_cell_shown(x, h[s][0], den) ||
			                        !rch_cell_shown(x, h[s][1], num)
			                    ? DRAW_NONE
			                : den < CHART_MIN_N ? DRAW_THIN
			                                    : DRAW_LINE;
			rch_dat_split(&c->dat, dr, den > 0 ? 100.0 * (double)num / (double)den : 0.0);
			line[s] |= dr == DRAW_LINE;
			thin[s] |= dr == DRAW_THIN;
			hid |= den > 0 && dr == DRAW_NONE;
		}
		rch_dat_count(x, &c->dat, h[0][0], v[0][0]);
		rch_dat_count(x, &c->dat, h[0][1], v[0][1]);
		for (s = 0; s < 3; s++)
			rch_dat_numlab(x, &c->dat, h[s][0], v[s][0]);
		rch_dat_hidden_month(x, &c->dat, v[0][0] > 0 && !month_shown);
		hid_month |= v[0][0] > 0 && !month_shown;
		strbuf_addch(&c->dat, '\n');
	}
	if (!line[0] && !thin[0]) {
		strbuf_reset(&c->dat);
		c->empty = 1;
		x->withheld[CH_COVERAGE] = hid;
		return;
	}
	strbuf_addf(&c->body, "set xrange [-0.5:%zu.5]\nset yrange [0:105]\nset ytics 0,20,100\n", d->n_months - 1);
	{
		struct strbuf kw;
		size_t longest = rch_longer(0, tr(x->lang, T_ALL));
		strbuf_init(&kw);
		if (both)
			longest =
			    rch_longer(rch_longer(longest, tr(x->lang, T_KEY_PUBLIC)), tr(x->lang, T_KEY_PRIVATE));
		if (thin[0] || (both && (thin[1] || thin[2])))
			longest = rch_longer(longest, rch_thin_words(x, &kw, T_CH_THIN, CHART_MIN_N));
		if (hid_month)
			longest = rch_longer(longest, rch_thin_words(x, &kw, T_CH_NOT_SHOWN, x->ro->privacy.min_cell));
		rch_key_top(c, longest);
		strbuf_release(&kw);
	}
	rch_month_axis(c, d->n_months);
	rch_gp_set(c, "ylabel", tr(x->lang, T_AX_COVERAGE));
	if (hid_month)
		rch_plot_hidden_months(x, c, "coverage-by-month.dat", 13, 105);
	else
		strbuf_addstr(&c->body, "plot ");
	strbuf_addstr(&c->body, "'coverage-by-month.dat' using 0:2:");
	rch_month_xtic(&c->body, d->n_months, 1, 10);
	strbuf_addstr(&c->body, " with linespoints linetype 1 title ");
	gp_str(&c->body, tr(x->lang, T_ALL));
	if (both) {
		/* The channels apart only when there are both. */
		if (line[1]) {
			strbuf_addstr(&c->body, ", \\\n     '' using 0:4 with linespoints linetype 2 title ");
			gp_str(&c->body, tr(x->lang, T_KEY_PUBLIC));
		}
		if (line[2]) {
			strbuf_addstr(&c->body, ", \\\n     '' using 0:6 with linespoints linetype 3 title ");
			gp_str(&c->body, tr(x->lang, T_KEY_PRIVATE));
		}
	}
	/* Months of too few messages: a grey point, not joined, with their number beside it. */
	{
		int titled = 0;
		for (s = 0; s < (both ? 3 : 1); s++) {
			if (!thin[s])
				continue;
			strbuf_addf(&c->body,
			            ", \\\n     '' using 0:%d with points pointtype %d pointsize 1.3 "
			            "linecolor rgb " THIN_INK " title ",
			            3 + 2 * s, pt_thin[s]);
			if (titled)
				strbuf_addstr(&c->body, "''");
			else
				rch_gp_str_n(x, &c->body, T_CH_THIN, CHART_MIN_N);
			titled = 1;
			strbuf_addf(&c->body,
			            ", \\\n     '' using 0:%d:%d with labels left offset 1,0 textcolor rgb " THIN_INK
			            " notitle",
			            3 + 2 * s, 10 + s);
		}
	}
	strbuf_addch(&c->body, '\n');
}

static void chart_waits_month(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	struct chart *c = rch_chart_new(x, CH_WAITS_MONTH, "waits-by-month", T_CH_WAITS_MONTH);
	size_t i, nm = d->n_months;
	int line = 0, thin = 0, hid = 0;
	long long top = 0;

	strbuf_addf(&c->dat,
	            "# month; service hours: median, p90 on the line, median, p90 apart (fewer than %d answered); "
	            "calendar hours: median, p90;\n# answered (NaN: withheld under --min-cell), as written\n",
	            CHART_MIN_N);
	rch_dat_hidden_month_header(x, &c->dat);
	/* A month's answered as the waits' table shows it (RCG_WAITS): a median is drawn when the
	 * count it is of is shown, as the table gives it (a median of so few is one person's wait). */
	for (i = 0; i < nm; i++) {
		const struct wait_figures *f = d->months[i].waits;
		long n = f ? f->answered : 0;
		size_t h = rch_cell_of(x, RCG_WAITS, i, n);
		enum drawn dr = n <= 0 || !rch_cell_shown(x, h, n) ? DRAW_NONE
		                : n < CHART_MIN_N                  ? DRAW_THIN
		                                                   : DRAW_LINE;
		hid |= n > 0 && dr == DRAW_NONE;
		month_label(x, &c->dat, d->months[i].ym);
		if (dr == DRAW_NONE) {
			strbuf_addstr(&c->dat, " NaN NaN NaN NaN NaN NaN");
		} else {
			double med = (double)f->service.median / 3600.0, p90 = (double)f->service.p90 / 3600.0;
			if (dr == DRAW_LINE)
				strbuf_addf(&c->dat, " %.3f %.3f NaN NaN", med, p90);
			else
				strbuf_addf(&c->dat, " NaN NaN %.3f %.3f", med, p90);
			strbuf_addf(&c->dat, " %.3f %.3f", (double)f->calendar.median / 3600.0,
			            (double)f->calendar.p90 / 3600.0);
			if (f->service.p90 > top)
				top = f->service.p90;
			line |= dr == DRAW_LINE;
			thin |= dr == DRAW_THIN;
		}
		rch_dat_count(x, &c->dat, h, n);
		rch_dat_numlab(x, &c->dat, h, n);
		rch_dat_hidden_month(x, &c->dat, n > 0 && dr == DRAW_NONE);
		strbuf_addch(&c->dat, '\n');
	}
	if (!line && !thin) {
		strbuf_reset(&c->dat);
		c->empty = 1;
		x->withheld[CH_WAITS_MONTH] = hid;
		return;
	}
	strbuf_addf(&c->body, "set xrange [-0.5:%zu.5]\n", d->n_months - 1);
	{
		struct strbuf w;
		size_t longest = rch_longer(rch_longer(0, tr(x->lang, T_MEDIAN)), tr(x->lang, T_P90));
		strbuf_init(&w);
		if (thin)
			longest = rch_longer(longest, rch_thin_words(x, &w, T_CH_THIN, CHART_MIN_N));
		if (hid)
			longest = rch_longer(longest, rch_thin_words(x, &w, T_CH_NOT_SHOWN, x->ro->privacy.min_cell));
		rch_key_top(c, longest);
		strbuf_release(&w);
	}
	rch_month_axis(c, d->n_months);
	/* The waits in the tables' units: "30 min", "1 h", never 0.5 hours. */
	chart_wait_axis(&c->body, "y", top, 3600.0);
	rch_gp_set(c, "ylabel", tr(x->lang, T_AX_WAIT_SVC_H));
	if (hid) {
		long long tics[8]; /* chart_wait_axis's: the top of the axis is the last */
		size_t n = chart_wait_tics(top, tics, 8);
		rch_plot_hidden_months(x, c, "waits-by-month.dat", 10, (double)tics[n - 1] / 3600.0);
	} else {
		strbuf_addstr(&c->body, "plot ");
	}
	strbuf_addstr(&c->body, "'waits-by-month.dat' using 0:2:");
	rch_month_xtic(&c->body, d->n_months, 1, 9);
	strbuf_addstr(&c->body, " with linespoints linetype 1 title ");
	gp_str(&c->body, tr(x->lang, T_MEDIAN));
	strbuf_addstr(&c->body, ", \\\n     '' using 0:3 with linespoints linetype 2 title ");
	gp_str(&c->body, tr(x->lang, T_P90));
	if (thin) {
		strbuf_addstr(&c->body,
		              ", \\\n     '' using 0:4 with points pointtype 6 pointsize 1.3 linecolor rgb " THIN_INK
		              " title ");
		rch_gp_str_n(x, &c->body, T_CH_THIN, CHART_MIN_N);
		strbuf_addstr(
		    &c->body,
		    ", \\\n     '' using 0:5 with points pointtype 4 pointsize 1.3 linecolor rgb " THIN_INK " notitle"
		    ", \\\n     '' using 0:5:9 with labels left offset 1,0 textcolor rgb " THIN_INK " notitle");
	}
	strbuf_addch(&c->body, '\n');
}

static void chart_classes(struct report_ctx *x)
{
	const struct report_data *d = x->data;
	struct chart *c = rch_chart_new(x, CH_CLASSES, "classes-by-month", T_CH_CLASSES);
	size_t i, nm = d->n_months;
	int ch, j, any = 0, thin = 0, grey = 0, has[2] = {0, 0}, groups = 0;
	double start[2] = {0, 0};
	static const int order[CLASS_N] = {CLASS_CRITICISM, CLASS_QUESTION, CLASS_THANKS, CLASS_OTHER};

	for (i = 0; i < nm; i++)
		for (ch = 0; ch < 2; ch++) {
			const long *k = d->months[i].cls[ch];
			if (k[0] + k[1] + k[2] + k[3])
				has[ch] = 1;
		}
	if (!has[0] && !has[1]) {
		c->empty = 1;
		return;
	}
	/* Public comments, then private messages, each a group of months side by side on one axis,
	 * a month's gap between them; the groups are named above the plot. */
	for (ch = 0; ch < 2; ch++)
		if (has[ch]) {
			start[ch] = groups ? (double)nm + 1 : 0;
			groups++;
		}
	strbuf_addf(&c->dat,
	            "# x, month, cumulative %% of classified messages: criticism, +question, +thanks, +other (NaN: "
	            "not drawn); grey bar: fewer than %d messages; hatched grey bar: shares withheld under "
	            "--min-cell; messages, as written\n",
	            CHART_MIN_N);
	for (ch = 0; ch < 2; ch++) {
		if (!has[ch])
			continue;
		strbuf_addf(&c->dat, "# %s\n", ch ? "private messages" : "public comments");
		/* The bars are the rows of the classes' table, with its cells (RCG_CLASSES), drawn as it
		 * shows them: a share with the month's number gives a count back, so a class is drawn
		 * when the table shows its count and the month's; the classes it hides are one hatched
		 * grey part, and a month whose number it hides is all hatched grey. */
		for (i = 0; i < nm; i++) {
			const long *k = d->months[i].cls[ch];
			size_t base = (i * 2 + (size_t)ch) * (CLASS_N + 1), ht;
			long cum = 0, tot = 0;
			int parts_hidden = 0;
			enum drawn dr;
			for (j = 0; j < CLASS_N; j++)
				tot += k[order[j]];
			ht = rch_cell_of(x, RCG_CLASSES, base, tot);
			dr = tot <= 0 || !rch_cell_shown(x, ht, tot) ? DRAW_NONE
			     : tot < CHART_MIN_N                     ? DRAW_THIN
			                                             : DRAW_LINE;
			strbuf_addf(&c->dat, "%g ", start[ch] + (double)i);
			month_label(x, &c->dat, d->months[i].ym);
			for (j = 0; j < CLASS_N; j++) {
				long n = k[order[j]];
				if (dr == DRAW_LINE &&
				    rch_cell_shown(x, rch_cell_of(x, RCG_CLASSES, base + 1 + (size_t)j, n), n)) {
					cum += n;
					strbuf_addf(&c->dat, " %.2f", 100.0 * (double)cum / (double)tot);
				} else {
					strbuf_addstr(&c->dat, " NaN");
					parts_hidden |= dr == DRAW_LINE;
				}
			}
			strbuf_addstr(&c->dat, dr == DRAW_THIN ? " 100" : " NaN");
			strbuf_addstr(&c->dat, tot > 0 && (dr == DRAW_NONE || parts_hidden) ? " 100" : " NaN");
			rch_dat_numlab(x, &c->dat, ht, tot);
			strbuf_addch(&c->dat, '\n');
			any |= tot > 0;
			thin |= dr == DRAW_THIN;
			grey |= tot > 0 && (dr == DRAW_NONE || parts_hidden);
		}
	}
	if (!any) {
		strbuf_reset(&c->dat);
		c->empty = 1;
		return;
	}
	c->height = 480;
	strbuf_addf(&c->body, "set xrange [-0.7:%g]\nset yrange [0:100]\nset ytics 0,20,100\nset boxwidth 0.8\n",
	            groups == 2 ? 2.0 * (double)nm + 0.7 : (double)nm - 0.3);
	{
		/* The key in reading order (criticism first), though the bars are drawn tallest first. */
		struct strbuf w;
		size_t longest = 0;
		strbuf_init(&w);
		for (j = 0; j < CLASS_N; j++)
			longest = rch_longer(longest, tr_class(x->lang, order[j]));
		if (thin)
			longest = rch_longer(longest, rch_thin_words(x, &w, T_CH_THIN, CHART_MIN_N));
		if (grey)
			longest = rch_longer(longest, tr(x->lang, T_CH_WITHHELD));
		rch_key_top(c, longest);
		strbuf_addstr(&c->body, "set key invert\n");
		strbuf_release(&w);
	}
	rch_month_axis(c, nm);
	/* The groups' names on the top axis. */
	strbuf_addstr(&c->body, "set link x2\nset x2tics scale 0 (");
	for (ch = 0, groups = 0; ch < 2; ch++)
		if (has[ch]) {
			strbuf_addstr(&c->body, groups++ ? ", " : "");
			gp_str(&c->body, tr(x->lang, ch ? T_CH_GROUP_PRIVATE : T_CH_GROUP_PUBLIC));
			strbuf_addf(&c->body, " %g", start[ch] + ((double)nm - 1) / 2);
		}
	strbuf_addstr(&c->body, ")\nset border 3\n");
	rch_gp_set(c, "ylabel", tr(x->lang, T_AX_SHARE));
	strbuf_addstr(&c->body, "plot ");
	if (thin) {
		strbuf_addstr(&c->body, "'classes-by-month.dat' using 1:7 with boxes linecolor rgb " THIN_FILL
		                        " fillstyle solid 1.0 border rgb " THIN_INK " title ");
		rch_gp_str_n(x, &c->body, T_CH_THIN, CHART_MIN_N);
		strbuf_addstr(&c->body, ", \\\n     ");
	}
	if (grey) {
		strbuf_addstr(&c->body, "'classes-by-month.dat' using 1:8 with boxes " WITHHELD_STYLE " title ");
		gp_str(&c->body, tr(x->lang, T_CH_WITHHELD));
		strbuf_addstr(&c->body, ", \\\n     ");
	}
	strbuf_addstr(&c->body, "'classes-by-month.dat' using 1:6:");
	rch_month_xtic(&c->body, nm, 2, 9);
	strbuf_addstr(&c->body, " with boxes linetype 7 dashtype solid fillstyle empty border -1 title ");
	gp_str(&c->body, tr(x->lang, T_CLASS_OTHER));
	strbuf_addstr(
	    &c->body,
	    ", \\\n     '' using 1:5 with boxes linetype 3 dashtype solid fillstyle pattern 5 border -1 title ");
	gp_str(&c->body, tr(x->lang, T_CLASS_THANKS));
	strbuf_addstr(
	    &c->body,
	    ", \\\n     '' using 1:4 with boxes linetype 1 dashtype solid fillstyle pattern 4 border -1 title ");
	gp_str(&c->body, tr(x->lang, T_CLASS_QUESTION));
	strbuf_addstr(
	    &c->body,
	    ", \\\n     '' using 1:3 with boxes linetype 4 dashtype solid fillstyle solid 0.85 border -1 title ");
	gp_str(&c->body, tr(x->lang, T_CLASS_CRITICISM));
	strbuf_addch(&c->body, '\n');
}

static void chart_heat(struct report_ctx *x)
{
	const struct report_heat *h = &x->data->heat;
	struct chart *c = rch_chart_new(x, CH_HEAT, "waits-heatmap", T_CH_HEAT);
	long long top = 0;
	int wd, hr, any = 0, thin = 0;

	strbuf_addf(&c->dat,
	            "# hour, weekday (0 = Monday), median wait in hours (NaN: none answered), the same where at "
	            "least %d were answered (the colour), needing a reply, answered (NaN: withheld under "
	            "--min-cell), the label of a grey cell: how many were answered\n",
	            CHART_MIN_N);
	/* Each cell's counts are those the table's medians are of (RCG_HEAT), drawn as the document
	 * shows them: a median whose count it hides is not given. */
	for (wd = 0; wd < 7; wd++) {
		for (hr = 0; hr < 24; hr++) {
			size_t k = (size_t)(wd * 24 + hr);
			long need = h->need[wd][hr], ans = h->answered[wd][hr];
			size_t hn = rch_cell_of(x, RCG_HEAT, k * 2, need),
			       ha = rch_cell_of(x, RCG_HEAT, k * 2 + 1, ans);
			long long m = h->median[wd][hr];
			int need_shown = rch_cell_shown(x, hn, need), ans_shown = rch_cell_shown(x, ha, ans);
			/* A cell with too few answered to say more than itself: grey, with its number
			 * answered as the document shows it ("<K", or the withheld mark). A cell with none
			 * needing a reply is blank. */
			int off = need <= 0 && need_shown;
			int colour = !off && ans_shown && ans >= CHART_MIN_N && m >= 0;
			strbuf_addf(&c->dat, "%d %d", hr, wd);
			if (!off && m >= 0 && ans_shown)
				strbuf_addf(&c->dat, " %.3f", (double)m / 3600.0);
			else
				strbuf_addstr(&c->dat, " NaN");
			if (colour)
				strbuf_addf(&c->dat, " %.3f", (double)m / 3600.0);
			else
				strbuf_addstr(&c->dat, " NaN");
			rch_dat_count(x, &c->dat, hn, need);
			rch_dat_count(x, &c->dat, ha, ans);
			if (!off && !colour) {
				rch_dat_numlab(x, &c->dat, ha, ans);
				thin = 1;
			} else
				strbuf_addstr(&c->dat, " \"\"");
			strbuf_addch(&c->dat, '\n');
			if (colour && m > top)
				top = m;
			any |= !off;
		}
		strbuf_addch(&c->dat, '\n'); /* a blank line between rows of the grid */
	}
	if (!any) {
		strbuf_reset(&c->dat);
		c->empty = 1;
		return;
	}
	c->height = 420;
	/* Each cell a filled rectangle (vectors, crisp at any size: an image would be a bitmap the
	 * browser smooths when it scales it). */
	strbuf_addstr(&c->body,
	              "set xrange [-0.5:23.5]\nset yrange [6.5:-0.5]\nset xtics 0,1,23 scale 0\n"
	              "set grid noytics noxtics\nset border 0\nset key outside top center horizontal\n"
	              "set palette defined (0 '#fff7ec', 1 '#fdd49e', 2 '#fc8d59', 3 '#d7301f', 4 '#7f0000')\n"
	              "set ytics (");
	for (wd = 0; wd < 7; wd++) {
		strbuf_addf(&c->body, "%s", wd ? ", " : "");
		gp_str(&c->body, tr_weekday(x->lang, wd));
		strbuf_addf(&c->body, " %d", wd);
	}
	strbuf_addstr(&c->body, ") scale 0\n");
	rch_gp_set_zone(x, c, "xlabel", T_AX_HOUR);
	if (top > 0) {
		/* The colour bar in the tables' units of wait. */
		chart_wait_axis(&c->body, "cb", top, 3600.0);
		strbuf_addstr(&c->body, "set cblabel ");
		gp_str(&c->body, tr(x->lang, T_AX_HEAT_CB));
		strbuf_addstr(&c->body, " offset 1,0\n");
	} else {
		strbuf_addstr(&c->body, "unset colorbox\n");
	}
	strbuf_addstr(&c->body, "plot ");
	if (top > 0)
		strbuf_addstr(&c->body, "'waits-heatmap.dat' using 1:2:(0.505):(0.505):4 with boxxyerror "
		                        "fillstyle solid 1.0 noborder linecolor palette notitle");
	if (thin) {
		strbuf_addstr(&c->body, top > 0 ? ", \\\n     '" : "'");
		strbuf_addstr(&c->body,
		              "waits-heatmap.dat' using 1:((!valid(5) || column(5) != 0) && !valid(4) ? column(2) : "
		              "NaN):(0.46):(0.46) "
		              "with boxxyerror fillstyle solid 1.0 noborder linecolor rgb " THIN_FILL " title ");
		rch_gp_str_n(x, &c->body, T_CH_THIN_CELL, CHART_MIN_N);
		strbuf_addstr(&c->body, ", \\\n     '' using 1:2:7 with labels textcolor rgb '#333333' notitle");
	}
	strbuf_addch(&c->body, '\n');
}

void report_charts_period(struct report_ctx *x)
{
	chart_messages(x);
	chart_coverage(x);
	chart_waits_month(x);
	chart_classes(x);
	chart_heat(x);
}
