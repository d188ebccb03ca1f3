/* out_times.c: the response-time report. The figures are computed (times.c); this only puts
 * them in words and numbers: JSON and CSV with fixed number formats (the same input gives the
 * same bytes), and the document for people as nodes of the document tree (doc.h), every word
 * from the language tables (i18n_times.c), numbers, waits and times as the reader's language
 * writes them. */
#include "out_times.h"
#include "outfmt.h"
#include "timefmt.h"
#include "util_tz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HOLIDAY_LIST_DAYS 800

static const char *zone_name(const struct times_run *r)
{
	return r->o.hours->s->zone_name;
}

static void add_utc(struct strbuf *sb, long long t)
{
	char b[40];

	strbuf_addstr(sb, time_format_utc(t, b));
}

static void add_date(struct strbuf *sb, long long day)
{
	int y, m, d;

	tz_civil_from_days(day, &y, &m, &d);
	strbuf_addf(sb, "%04d-%02d-%02d", y, m, d);
}

/* ---- per-comment rows ---- */

void out_times_rows(enum out_format f, const struct thread *t, const struct thread_coverage *c,
                    const struct times_thread *tt, const struct times_run *r, struct strbuf *sb)
{
	size_t i;
	char tb[40], ab[40], cb[40];
	long *comment_of = xmalloc((tt->w.n ? tt->w.n : 1) * sizeof(long));

	thread_waits_comments(&tt->w, t, c, comment_of);
	for (i = 0; i < tt->w.n; i++) {
		const struct wait_row *w = &tt->w.rows[i];
		const struct comment_result *cr = &c->comments[comment_of[i]];
		const struct record *rec = &t->recs[cr->rec];
		const struct record *a = w->flags & WAIT_ANSWERED ? &t->recs[cr->answer] : NULL;
		const char *agent = !a ? NULL : w->agent >= 0 ? r->o.agents->names[w->agent] : "unsigned";
		long long clock_start = hours_next_opening(r->o.hours, w->asked);
		int never = clock_start == HOURS_NEVER;

		time_format_when(&rec->created, tb);
		if (a)
			time_format_when(&a->created, ab);
		if (!never)
			time_format_utc(clock_start, cb);
		if (f == OUT_JSON) {
			if (i)
				strbuf_addstr(sb, ",\n");
			strbuf_addstr(sb, "  {\"thread\":");
			json_add_str(sb, t->key);
			strbuf_addstr(sb, ",\"platform\":");
			json_add_str(sb, t->platform);
			strbuf_addf(sb, ",\"channel\":\"%s\",\"id\":", w->flags & WAIT_PRIVATE ? "private" : "public");
			json_add_str(sb, rec->id);
			strbuf_addstr(sb, ",\"author_id\":");
			json_add_str(sb, rec->author_id);
			strbuf_addstr(sb, ",\"author\":");
			json_add_str(sb, rec->author);
			strbuf_addf(sb, ",\"created_at\":\"%s\",\"status\":\"%s\",\"answer_id\":", tb,
			            status_name(cr->status));
			json_add_str(sb, a ? a->id : NULL);
			strbuf_addstr(sb, ",\"answered_at\":");
			json_add_str(sb, a ? ab : NULL);
			strbuf_addstr(sb, ",\"agent\":");
			json_add_str(sb, agent);
			if (a)
				strbuf_addf(sb, ",\"wait_s\":%lld,\"service_wait_s\":%lld", w->calendar_s,
				            w->service_s);
			else
				strbuf_addstr(sb, ",\"wait_s\":null,\"service_wait_s\":null");
			strbuf_addstr(sb, ",\"clock_start\":");
			json_add_str(sb, never ? NULL : cb);
			strbuf_addf(sb, ",\"out_of_hours\":%s,\"before_opening\":%s,\"same_service_day\":%s}",
			            w->flags & WAIT_OUT_OF_HOURS ? "true" : "false",
			            w->flags & WAIT_BEFORE_OPENING ? "true" : "false",
			            !a                         ? "null"
			            : w->flags & WAIT_SAME_DAY ? "true"
			                                       : "false");
		} else {
			csv_add_field(sb, t->platform);
			strbuf_addch(sb, ',');
			csv_add_field(sb, t->id);
			strbuf_addf(sb, ",%s,", w->flags & WAIT_PRIVATE ? "private" : "public");
			csv_add_field(sb, rec->id);
			strbuf_addch(sb, ',');
			csv_add_field(sb, rec->author_id);
			strbuf_addch(sb, ',');
			csv_add_field(sb, rec->author);
			strbuf_addf(sb, ",%s,%s,", tb, status_name(cr->status));
			csv_add_field(sb, a ? a->id : NULL);
			strbuf_addf(sb, ",%s,", a ? ab : "");
			csv_add_field(sb, agent);
			if (a)
				strbuf_addf(sb, ",%lld,%lld,", w->calendar_s, w->service_s);
			else
				strbuf_addstr(sb, ",,,");
			strbuf_addf(sb, "%s,%d,%d,%s\r\n", never ? "" : cb, !!(w->flags & WAIT_OUT_OF_HOURS),
			            !!(w->flags & WAIT_BEFORE_OPENING),
			            !a                         ? ""
			            : w->flags & WAIT_SAME_DAY ? "1"
			                                       : "0");
		}
	}
	free(comment_of);
}

/* ---- JSON ---- */

static void json_ll(struct strbuf *sb, const char *name, long long v)
{
	if (v < 0)
		strbuf_addf(sb, "\"%s\":null", name);
	else
		strbuf_addf(sb, "\"%s\":%lld", name, v);
}

static void json_stats(struct strbuf *sb, const struct wait_stats *st, long need)
{
	strbuf_addch(sb, '{');
	json_ll(sb, "median_s", st->median);
	strbuf_addch(sb, ',');
	json_ll(sb, "p90_s", st->p90);
	strbuf_addch(sb, ',');
	json_ll(sb, "mean_s", st->mean);
	strbuf_addch(sb, ',');
	json_ll(sb, "mean_fastest90_s", st->mean_fastest90);
	strbuf_addf(sb, ",\"within_1h\":%ld,\"within_1h_pct\":", st->within_1h);
	add_pct(sb, st->within_1h, need);
	strbuf_addf(sb, ",\"within_24h\":%ld,\"within_24h_pct\":", st->within_24h);
	add_pct(sb, st->within_24h, need);
	strbuf_addch(sb, '}');
}

static void json_figures(struct strbuf *sb, const struct wait_figures *f)
{
	strbuf_addf(sb, "\"need_reply\":%ld,\"answered\":%ld,\"answered_pct\":", f->need, f->answered);
	add_pct(sb, f->answered, f->need);
	strbuf_addstr(sb, ",\"calendar\":");
	json_stats(sb, &f->calendar, f->need);
	strbuf_addstr(sb, ",\"service\":");
	json_stats(sb, &f->service, f->need);
	strbuf_addf(sb, ",\"same_service_day\":%ld,\"same_service_day_pct\":", f->same_service_day);
	add_pct(sb, f->same_service_day, f->need);
	strbuf_addf(sb, ",\"out_of_hours\":%ld,\"before_opening\":%ld", f->out_of_hours, f->before_opening);
}

static void json_groups(struct strbuf *sb, const char *name, const char *keyname, const struct times_group *g, size_t n,
                        int replies)
{
	size_t i;

	strbuf_addf(sb, ",\n  \"%s\": [", name);
	for (i = 0; i < n; i++) {
		strbuf_addf(sb, "%s{\"%s\":", i ? ",\n    " : "\n    ", keyname);
		json_add_str(sb, g[i].key);
		if (replies)
			strbuf_addf(sb, ",\"replies\":%ld", g[i].replies);
		strbuf_addch(sb, ',');
		json_figures(sb, &g[i].f);
		strbuf_addch(sb, '}');
	}
	strbuf_addstr(sb, n ? "\n  ]" : "]");
}

static void json_platform(struct strbuf *sb, const struct platform_table *p)
{
	size_t i;

	strbuf_addstr(sb,
	              ",\n  \"platform_variant\": {\"emulates\":\"Meta Page response rate and response time as the "
	              "older detailed Help Center text describes them (copies cited in README.md); not Meta's exact "
	              "current figure\",\"not_emulated\":[\"automatic and away replies\",\"messages received while "
	              "away\",\"conversations marked as done\"],\"counted_messages\":");
	strbuf_addf(sb, "%ld,\"window\":", p->openers);
	if (p->window_to >= p->window_from) {
		strbuf_addstr(sb, "{\"from\":\"");
		add_date(sb, p->window_from);
		strbuf_addstr(sb, "\",\"to\":\"");
		add_date(sb, p->window_to);
		strbuf_addf(sb, "\",\"messages\":%ld,\"last_10_used\":%s}", p->window_messages,
		            p->window_last10 ? "true" : "false");
	} else {
		strbuf_addstr(sb, "null");
	}
	strbuf_addstr(sb, ",\"steps\":[");
	for (i = 0; i < p->n_steps; i++) {
		const struct platform_step *s = &p->steps[i];
		strbuf_addstr(sb, i ? ",\n    {\"rule\":" : "\n    {\"rule\":");
		json_add_str(sb, s->rule);
		strbuf_addf(sb, ",\"messages\":%ld,\"answered\":%ld,\"rate_pct\":", s->messages, s->answered);
		add_pct(sb, s->answered, s->messages);
		strbuf_addf(sb, ",\"clock\":\"%s\",\"measure\":\"%s\",", s->service ? "service" : "calendar",
		            s->measure);
		json_ll(sb, "time_s", s->time_s);
		strbuf_addch(sb, '}');
	}
	strbuf_addstr(sb, p->n_steps ? "\n  ]}" : "]}");
}

static void json_backlog(struct strbuf *sb, const struct times_run *r)
{
	size_t n, i, h;
	struct times_thread **tv = times_run_threads(r, &n);
	int first = 1;

	strbuf_addstr(sb, ",\n  \"backlog\": [");
	for (i = 0; i < n; i++) {
		struct backlog b;
		times_backlog(tv[i], &b);
		if (!b.n)
			continue;
		strbuf_addstr(sb, first ? "\n    {\"thread\":" : ",\n    {\"thread\":");
		first = 0;
		json_add_str(sb, tv[i]->key);
		strbuf_addstr(sb, ",\"start\":\"");
		add_utc(sb, b.start);
		strbuf_addf(
		    sb,
		    "\",\"step_s\":3600,\"truncated\":%s,\"columns\":[\"arrived\",\"answered\",\"open\"],\"rows\":[",
		    b.truncated ? "true" : "false");
		for (h = 0; h < b.n; h++)
			strbuf_addf(sb, "%s[%ld,%ld,%ld]", h ? "," : "", b.arrived[h], b.answered[h], b.open[h]);
		strbuf_addstr(sb, "]}");
		backlog_release(&b);
	}
	strbuf_addstr(sb, first ? "]" : "\n  ]");
	free(tv);
}

static void json_schedule(struct strbuf *sb, const struct times_doc *d)
{
	const struct schedule *s = d->run->o.hours->s;
	size_t i, k;
	long long day;
	int first = 1;

	strbuf_addstr(sb, ",\n  \"schedule\": {\"file\":");
	json_add_str(sb, d->schedule_file);
	strbuf_addstr(sb, ",\"zone\":");
	json_add_str(sb, s->zone_name);
	strbuf_addstr(sb, ",\"timetables\":[");
	for (i = 0; i < s->n_versions; i++) {
		const struct sched_version *v = &s->versions[i];
		strbuf_addstr(sb, i ? ",{\"from\":" : "{\"from\":");
		if (v->from == LLONG_MIN) {
			strbuf_addstr(sb, "null");
		} else {
			strbuf_addch(sb, '"');
			add_date(sb, v->from);
			strbuf_addch(sb, '"');
		}
		strbuf_addstr(sb, ",\"variants\":[");
		for (k = 0; k < v->n_variants; k++) {
			strbuf_addstr(sb, k ? "," : "");
			json_add_str(sb, v->variants[k].name);
		}
		strbuf_addstr(sb, "]}");
	}
	strbuf_addstr(sb, "],\"holidays_in_period\":[");
	if (d->rep->first && d->rep->last >= d->rep->first) {
		long long a = schedule_local_day(s, d->rep->first), b = schedule_local_day(s, d->rep->last_event);
		for (day = a; day <= b && day - a < HOLIDAY_LIST_DAYS; day++) {
			const struct holiday *h = schedule_holiday(s, day);
			if (!h)
				continue;
			strbuf_addstr(sb, first ? "{\"date\":\"" : ",{\"date\":\"");
			first = 0;
			add_date(sb, day);
			strbuf_addstr(sb, "\",\"name\":");
			json_add_str(sb, h->name);
			strbuf_addf(sb, ",\"scope\":\"%s\",\"source\":", holiday_scope_name(h->scope));
			json_add_str(sb, h->source);
			strbuf_addch(sb, '}');
		}
	}
	strbuf_addstr(sb, "]}");
}

/* The report's members, without the braces around them. */
static void json_members(const struct times_doc *d, struct strbuf *sb)
{
	const struct times_report *rep = d->rep;

	strbuf_addf(sb,
	            "  \"summary\": {\"threads\":%ld,\"need_reply\":%ld,\"answered\":%ld,\"not_needed\":%ld,"
	            "\"outside_period\":%ld,\"before_first_timetable\":%ld,\"first\":",
	            rep->threads, rep->overall.need, rep->overall.answered, rep->not_needed, rep->comments_outside,
	            rep->before_first_timetable);
	if (rep->overall.need) {
		strbuf_addch(sb, '"');
		add_utc(sb, rep->first);
		strbuf_addstr(sb, "\",\"last\":\"");
		add_utc(sb, rep->last);
		strbuf_addch(sb, '"');
	} else {
		strbuf_addstr(sb, "null,\"last\":null");
	}
	strbuf_addstr(sb, ",\"zone\":");
	json_add_str(sb, zone_name(d->run));
	strbuf_addstr(sb, "},\n  \"rules\": {\"clock_start\":\"at arrival when open, else at the next opening\","
	                  "\"before_opening\":");
	strbuf_addstr(sb, d->elapsed_before_opening ? "\"elapsed time\"" : "\"zero\"");
	strbuf_addstr(sb, ",\"timetable\":\"each day with the timetable in force that day\","
	                  "\"period\":");
	json_add_str(sb, d->period);
	strbuf_addstr(sb, ",\"period_by\":\"comment time\",\"shares_of\":\"comments needing a reply\","
	                  "\"mean_fastest90\":\"slowest answered/10 (rounded down) dropped\"}");
	json_schedule(sb, d);
	strbuf_addstr(sb, ",\n  \"overall\": {");
	json_figures(sb, &rep->overall);
	strbuf_addch(sb, '}');
	json_groups(sb, "by_thread", "thread", rep->by_thread, rep->n_thread, 0);
	json_groups(sb, "by_platform", "platform", rep->by_platform, rep->n_platform, 0);
	json_groups(sb, "by_channel", "channel", rep->by_channel, rep->n_channel, 0);
	json_groups(sb, "by_month", "month", rep->by_month, rep->n_month, 0);
	json_groups(sb, "by_agent", "agent", rep->by_agent, rep->n_agent, 1);
	json_platform(sb, &rep->platform);
	json_backlog(sb, d->run);
}

void out_times_json_report(const struct times_doc *d, struct strbuf *sb)
{
	strbuf_addstr(sb, "{\n");
	json_members(d, sb);
	strbuf_addstr(sb, "\n}");
}

static int write_json(const struct times_doc *d, FILE *out)
{
	struct strbuf sb;
	int ret;

	strbuf_init(&sb);
	strbuf_addstr(&sb, "{\n");
	json_members(d, &sb);
	strbuf_addstr(&sb, ",\n  \"comments\": [\n");
	fwrite(sb.buf, 1, sb.len, out);
	ret = spill_write_sorted(d->rows, out, ",\n");
	fputs("\n  ]\n}\n", out);
	strbuf_release(&sb);
	return ret;
}

static int write_csv(const struct times_doc *d, FILE *out)
{
	fputs("platform,thread,channel,id,author_id,author,created_at,status,answer_id,answered_at,agent,wait_s,"
	      "service_wait_s,clock_start,out_of_hours,before_opening,same_service_day\r\n",
	      out);
	return spill_write_sorted(d->rows, out, "");
}

/* ---- the document for people ---- */

#define R(i) (1u << (i))

/* The local days from .. to (inclusive) in words: "del 4 de marzo de 2026 al 2 de abril de 2026". */
static const char *days_range(struct doc *d, enum ui_lang l, long long from, long long to)
{
	struct strbuf p, sb;
	const char *s;

	strbuf_init(&p);
	strbuf_init(&sb);
	add_date(&p, from);
	strbuf_addstr(&p, "..");
	add_date(&p, to);
	tr_period(&sb, l, p.buf, 0);
	s = doc_str(d, sb.buf);
	strbuf_release(&p);
	strbuf_release(&sb);
	return s;
}

/* The days of the first and last message read, in zone, as a range of dates in words. */
static const char *dates_read(struct doc *d, enum ui_lang l, const struct pipeline *p, const struct tz *zone)
{
	char a[32], b[32];
	long long t[2] = {p->first_time, p->last_time};
	char *s[2] = {a, b};
	int k;

	for (k = 0; k < 2; k++) {
		long long sec = t[k] + (zone ? tz_offset_at(zone, t[k]) : 0);
		time_format_utc(sec, s[k]);
		s[k][10] = '\0';
	}
	return doc_period(d, l, doc_fmt(d, "%s..%s", a, b), 0);
}

static void summary(struct doc *d, enum ui_lang l, const struct times_doc *td, const struct tz *zone)
{
	const struct times_report *rep = td->rep;
	const struct wait_figures *f = &rep->overall;
	struct doc_block *list;

	doc_part(d, "times-summary", tr(l, T_SEC_SUMMARY));
	if (td->pipe && !td->pipe->read)
		doc_notice(d, tr(l, T_NOTHING_READ_STDERR)); /* no Inputs section here */
	else if (td->pipe && pipeline_period_empty(td->pipe))
		doc_notice(d, doc_fmt(d, tr(l, T_NOTHING_IN_PERIOD), doc_period(d, l, td->period, 0),
		                      dates_read(d, l, td->pipe, zone)));
	else if (!f->need)
		doc_para(d, tr(l, T_SUMMARY_NOTHING));
	list = doc_list(d);
	if (td->period) {
		struct strbuf sb;
		strbuf_init(&sb);
		tr_period(&sb, l, td->period, 0);
		doc_field(d, list, tr(l, T_PERIOD), doc_str(d, sb.buf));
		strbuf_release(&sb);
	}
	doc_field(d, list, tr(l, T_THREADS), doc_num(d, l, rep->threads));
	doc_field(d, list, tr(l, TT_F_NEED), doc_num(d, l, f->need));
	doc_field(d, list, tr(l, T_ANSWERED),
	          doc_fmt(d, tr(l, TT_N_OF_PCT), doc_num(d, l, f->answered), doc_num(d, l, f->need),
	                  doc_pct(d, l, f->answered, f->need)));
	if (f->need) {
		doc_field(d, list, tr(l, TT_F_FIRST), doc_datetime(d, l, zone, rep->first));
		doc_field(d, list, tr(l, TT_F_LAST), doc_datetime(d, l, zone, rep->last));
	}
	if (td->period)
		doc_field(d, list, tr(l, TT_F_OUTSIDE), doc_num(d, l, rep->comments_outside));
	if (td->schedule_file)
		doc_field(d, list, tr(l, T_SCHEDULE),
		          doc_fmt(d, tr(l, td->elapsed_before_opening ? TT_SCHEDULE_ELAPSED : TT_SCHEDULE_ZERO),
		                  path_name(td->schedule_file)));
	else
		doc_field(d, list, tr(l, T_SCHEDULE), tr(l, TT_NO_SCHEDULE));
	doc_field(d, list, tr(l, T_ZONE), zone ? tz_name(zone) : "UTC");
	if (rep->before_first_timetable)
		doc_notice(d, doc_fmt(d, trn(l, TT_BEFORE_FIRST_ONE, TT_BEFORE_FIRST_MANY, rep->before_first_timetable),
		                      doc_num(d, l, rep->before_first_timetable)));
}

/* Every figure of both clocks, one row per figure. */
static void overall(struct doc *d, enum ui_lang l, const struct wait_figures *f)
{
	const char *h[3];
	struct doc_table *t;
	const char *answered = doc_fmt(d, tr(l, TT_N_OF), doc_num(d, l, f->answered), doc_num(d, l, f->need));

	doc_part(d, "times-waits", tr(l, TT_SEC_WAITS));
	h[0] = tr(l, T_FIGURE);
	h[1] = tr(l, T_CALENDAR);
	h[2] = tr(l, T_SERVICE);
	t = doc_table(d, 3, R(1) | R(2), h);
	t->nowrap = R(1) | R(2);
	doc_cell(d, t, tr(l, T_ANSWERED));
	doc_cell(d, t, answered);
	doc_cell(d, t, answered);
	doc_cell(d, t, tr(l, T_MEDIAN));
	doc_cell(d, t, doc_wait(d, l, f->calendar.median));
	doc_cell(d, t, doc_wait(d, l, f->service.median));
	doc_cell(d, t, tr(l, T_P90));
	doc_cell(d, t, doc_wait(d, l, f->calendar.p90));
	doc_cell(d, t, doc_wait(d, l, f->service.p90));
	doc_cell(d, t, tr(l, TT_MEAN));
	doc_cell(d, t, doc_wait(d, l, f->calendar.mean));
	doc_cell(d, t, doc_wait(d, l, f->service.mean));
	doc_cell(d, t, tr(l, TT_FASTEST90));
	doc_cell(d, t, doc_wait(d, l, f->calendar.mean_fastest90));
	doc_cell(d, t, doc_wait(d, l, f->service.mean_fastest90));
	doc_cell(d, t, tr(l, T_WITHIN_1H));
	doc_cell(d, t, doc_pct(d, l, f->calendar.within_1h, f->need));
	doc_cell(d, t, doc_pct(d, l, f->service.within_1h, f->need));
	doc_cell(d, t, tr(l, T_WITHIN_24H));
	doc_cell(d, t, doc_pct(d, l, f->calendar.within_24h, f->need));
	doc_cell(d, t, doc_pct(d, l, f->service.within_24h, f->need));
	/* a service day has no meaning in calendar time */
	doc_cell(d, t, tr(l, T_SAME_DAY));
	doc_cell(d, t, "-");
	doc_cell(d, t, doc_pct(d, l, f->same_service_day, f->need));
	doc_para(d, tr(l, TT_WAITS_NOTE));
	doc_para(d, tr(l, TT_GROUPS_NOTE));
}

enum grouping { G_THREAD, G_PLATFORM, G_CHANNEL, G_MONTH, G_AGENT };

/* The first cell of a group's row: the group as people name it. */
static void group_name(struct doc *d, struct doc_table *t, enum ui_lang l, const struct times_doc *td,
                       const struct tz *zone, enum grouping by, const char *key)
{
	const struct agents *ag = td->run->o.agents;
	const struct times_thread *tt;
	struct strbuf sb;
	size_t i;
	int y, m;

	switch (by) {
	case G_THREAD:
		tt = strmap_get(&td->run->threads, key);
		if (!tt)
			break;
		strbuf_init(&sb);
		tr_post_label(&sb, l, zone, tt->post_time, tt->headline, tt->private_conv);
		doc_cell_small(d, t, doc_str(d, sb.buf), key);
		strbuf_release(&sb);
		return;
	case G_PLATFORM:
		break;
	case G_CHANNEL:
		doc_cell(d, t, tr(l, !strcmp(key, "private") ? T_PRIVATE : T_PUBLIC));
		return;
	case G_MONTH:
		if (sscanf(key, "%d-%d", &y, &m) != 2)
			break;
		strbuf_init(&sb);
		tr_month_label(&sb, l, y * 12 + m - 1);
		doc_cell(d, t, doc_str(d, sb.buf));
		strbuf_release(&sb);
		return;
	case G_AGENT:
		/* times.c files answers no signature matched under "unsigned" (an agent of that
		 * name would share the group) */
		if (strcmp(key, "unsigned"))
			break;
		for (i = 0; ag && i < ag->n_names && strcmp(ag->names[i], key); i++)
			;
		if (ag && i < ag->n_names)
			break;
		doc_cell(d, t, tr(l, TT_UNSIGNED));
		return;
	}
	doc_cell(d, t, key);
}

static void groups(struct doc *d, enum ui_lang l, const struct times_doc *td, const struct tz *zone, enum grouping by)
{
	static const char *const ids[] = {"times-threads", "times-platforms", "times-channels", "times-months",
	                                  "times-agents"};
	static const int titles[] = {TT_SEC_BY_THREAD, TT_SEC_BY_PLATFORM, TT_SEC_BY_CHANNEL, TT_SEC_BY_MONTH,
	                             TT_SEC_BY_AGENT};
	static const int names[] = {T_H_THREAD, T_H_PLATFORM, T_H_CHANNEL, T_H_MONTH, TT_H_AGENT};
	const struct times_report *rep = td->rep;
	const struct times_group *g[] = {rep->by_thread, rep->by_platform, rep->by_channel, rep->by_month,
	                                 rep->by_agent};
	const size_t n[] = {rep->n_thread, rep->n_platform, rep->n_channel, rep->n_month, rep->n_agent};
	const char *h[11];
	struct doc_table *t;
	size_t i;

	if (!n[by])
		return;
	doc_part(d, ids[by], tr(l, titles[by]));
	if (by == G_AGENT)
		doc_para(d, tr(l, TT_AGENT_NOTE));
	h[0] = tr(l, names[by]);
	/* an agent's group holds only the comments the agent answered, and the replies signed */
	h[1] = tr(l, by == G_AGENT ? T_ANSWERED : T_NEED_REPLY);
	h[2] = tr(l, by == G_AGENT ? T_OFFICIAL_REPLIES : T_ANSWERED);
	h[3] = tr(l, TT_H_MEDIAN_CAL);
	h[4] = tr(l, TT_H_P90_CAL);
	h[5] = tr(l, TT_H_MEDIAN);
	h[6] = tr(l, TT_H_P90);
	h[7] = tr(l, TT_H_MEAN);
	h[8] = tr(l, TT_H_FASTEST90);
	h[9] = tr(l, TT_H_WITHIN_1H);
	h[10] = tr(l, TT_H_SAME_DAY);
	t = doc_table(d, 11, 0x7feu, h); /* the figures, columns 1 to 10, to the right */
	t->nowrap = 0x7f8u;              /* waits and shares, columns 3 to 10 */
	for (i = 0; i < n[by]; i++) {
		const struct wait_figures *f = &g[by][i].f;
		group_name(d, t, l, td, zone, by, g[by][i].key);
		doc_cell(d, t, doc_num(d, l, by == G_AGENT ? f->answered : f->need));
		doc_cell(d, t, doc_num(d, l, by == G_AGENT ? g[by][i].replies : f->answered));
		doc_cell(d, t, doc_wait(d, l, f->calendar.median));
		doc_cell(d, t, doc_wait(d, l, f->calendar.p90));
		doc_cell(d, t, doc_wait(d, l, f->service.median));
		doc_cell(d, t, doc_wait(d, l, f->service.p90));
		doc_cell(d, t, doc_wait(d, l, f->service.mean));
		doc_cell(d, t, doc_wait(d, l, f->service.mean_fastest90));
		doc_cell(d, t, doc_pct(d, l, f->service.within_1h, f->need));
		doc_cell(d, t, doc_pct(d, l, f->same_service_day, f->need));
	}
}

/* n/d in tenths of a percent, rounded as tr_pct rounds. */
static long long permille(long n, long d)
{
	return d ? ((long long)n * 2000 + d) / (2LL * d) : 0;
}

/* How much step i moves the rate (in percentage points) and the time from step i - 1. */
static const char *rate_change(struct doc *d, enum ui_lang l, const struct platform_step *s,
                               const struct platform_step *prev)
{
	long long dp = permille(s->answered, s->messages) - permille(prev->answered, prev->messages);
	struct strbuf sb;
	const char *r;

	strbuf_init(&sb);
	strbuf_addch(&sb, dp < 0 ? '-' : '+');
	tr_dec(&sb, l, (double)(dp < 0 ? -dp : dp) / 10.0, 1);
	r = doc_fmt(d, tr(l, TT_PP), sb.buf);
	strbuf_release(&sb);
	return r;
}

static const char *time_change(struct doc *d, enum ui_lang l, const struct platform_step *s,
                               const struct platform_step *prev)
{
	long long dt = s->time_s - prev->time_s;
	struct strbuf sb;
	const char *r;

	if (s->time_s < 0 || prev->time_s < 0)
		return "";
	strbuf_init(&sb);
	strbuf_addch(&sb, dt < 0 ? '-' : '+');
	tr_wait(&sb, l, dt < 0 ? -dt : dt);
	r = doc_str(d, sb.buf);
	strbuf_release(&sb);
	return r;
}

static void platform(struct doc *d, enum ui_lang l, const struct platform_table *p, int has_schedule)
{
	const char *h[8];
	struct doc_table *t;
	size_t i;

	doc_part(d, "times-platform", tr(l, TT_SEC_PLATFORM));
	if (!p->n_steps) {
		doc_para(d, tr(l, TT_PLATFORM_NONE));
		return;
	}
	doc_para(d, tr(l, TT_PLATFORM_VARIANT));
	doc_para(d, tr(l, TT_PLATFORM_NOT_META));
	if (p->window_to >= p->window_from) {
		doc_para(d, doc_fmt(d, trn(l, TT_WINDOW_ONE, TT_WINDOW_MANY, p->window_messages),
		                    days_range(d, l, p->window_from, p->window_to), doc_num(d, l, p->window_messages)));
		if (p->window_last10)
			doc_para(d, tr(l, TT_WINDOW_LAST10));
	}
	h[0] = tr(l, TT_H_STEP);
	h[1] = tr(l, TT_H_RULE);
	h[2] = tr(l, T_MESSAGES);
	h[3] = tr(l, T_ANSWERED);
	h[4] = tr(l, TT_H_RATE);
	h[5] = tr(l, TT_H_CHANGE);
	h[6] = tr(l, TT_H_TIME);
	h[7] = tr(l, TT_H_CHANGE);
	t = doc_table(d, 8, R(0) | R(2) | R(3) | R(4) | R(5) | R(6) | R(7), h);
	t->nowrap = R(4) | R(5) | R(6) | R(7);
	for (i = 0; i < p->n_steps; i++) {
		const struct platform_step *s = &p->steps[i];
		doc_cell(d, t, doc_num(d, l, (long long)i));
		/* platform_table_build makes these seven steps, in this order */
		doc_cell(d, t, i <= TT_STEP_6 - TT_STEP_0 ? tr(l, TT_STEP_0 + (int)i) : s->rule);
		doc_cell(d, t, doc_num(d, l, s->messages));
		doc_cell(d, t, doc_num(d, l, s->answered));
		doc_cell(d, t, doc_pct(d, l, s->answered, s->messages));
		doc_cell(d, t, i ? rate_change(d, l, s, s - 1) : "");
		doc_cell(d, t, doc_wait(d, l, s->time_s));
		doc_cell(d, t, i ? time_change(d, l, s, s - 1) : "");
	}
	doc_para(d, tr(l, TT_STEPS_NOTE));
	/* scripts/demo.sh ends its excerpt at this line ("Each step keeps") */
	doc_para(d, tr(l, TT_STEPS_KEEP));
	if (!has_schedule)
		doc_para(d, tr(l, TT_STEPS_NO_SCHEDULE));
}

static const char *scope_name(enum ui_lang l, enum holiday_scope s)
{
	return tr(l, s == SCOPE_NATIONAL   ? TT_SCOPE_NATIONAL
	             : s == SCOPE_REGIONAL ? TT_SCOPE_REGIONAL
	             : s == SCOPE_LOCAL    ? TT_SCOPE_LOCAL
	                                   : TT_SCOPE_OTHER);
}

/* The holidays of the schedule from the first comment needing a reply to the last answer. */
static void holidays(struct doc *d, enum ui_lang l, const struct times_doc *td)
{
	const struct times_report *rep = td->rep;
	const struct schedule *s = td->run->o.hours->s;
	struct doc_table *t = NULL;
	long long a, b, day;
	struct strbuf sb;

	if (!td->schedule_file || !rep->overall.need)
		return;
	a = schedule_local_day(s, rep->first);
	b = schedule_local_day(s, rep->last_event);
	strbuf_init(&sb);
	for (day = a; day <= b && day - a < HOLIDAY_LIST_DAYS; day++) {
		const struct holiday *hol = schedule_holiday(s, day);
		if (!hol)
			continue;
		if (!t) {
			const char *h[3];
			h[0] = tr(l, T_H_DAY);
			h[1] = tr(l, TT_H_HOLIDAY);
			h[2] = tr(l, TT_H_SCOPE);
			doc_part(d, "times-holidays", tr(l, TT_SEC_HOLIDAYS));
			t = doc_table(d, 3, 0, h);
			t->nowrap = R(0);
		}
		strbuf_reset(&sb);
		tr_day_label(&sb, l, day, 1);
		doc_cell(d, t, doc_str(d, sb.buf));
		doc_cell(d, t, hol->name);
		doc_cell(d, t, scope_name(l, hol->scope));
	}
	strbuf_release(&sb);
}

void times_doc(struct doc *d, enum ui_lang l, const struct times_doc *td, const struct tz *zone)
{
	summary(d, l, td, zone);
	overall(d, l, &td->rep->overall);
	groups(d, l, td, zone, G_THREAD);
	groups(d, l, td, zone, G_PLATFORM);
	groups(d, l, td, zone, G_CHANNEL);
	groups(d, l, td, zone, G_MONTH);
	groups(d, l, td, zone, G_AGENT);
	platform(d, l, &td->rep->platform, td->schedule_file != NULL);
	holidays(d, l, td);
}

int out_times_write(const struct times_doc *d, FILE *out)
{
	return d->format == OUT_CSV ? write_csv(d, out) : write_json(d, out);
}
