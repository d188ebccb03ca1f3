/* out_times.c: rendering the response-time report. The figures are computed (times.c); this
 * only formats them, with fixed number formats so the same input gives the same bytes. */
#include "out_times.h"
#include "outfmt.h"
#include "text.h"
#include "util_tz.h"

#include <stdlib.h>
#include <string.h>

#define HOLIDAY_LIST_DAYS 800

static const char *zone_name(const struct times_run *r)
{
	return r->o.hours->s->zone_name;
}

static void add_wait(struct strbuf *sb, long long s)
{
	char b[32];

	strbuf_addstr(sb, s < 0 ? "-" : time_format_wait(s, b));
}

static void add_utc(struct strbuf *sb, long long t)
{
	char b[40];

	strbuf_addstr(sb, time_format_utc(t, b));
}

/* "2026-03-02 09:05" in the schedule's zone. */
static void add_local(struct strbuf *sb, const struct schedule *s, long long t)
{
	int y, m, d, h, mi, se, wd;
	long off;

	tz_utc_to_local(s->zone, t, &y, &m, &d, &h, &mi, &se, &wd, &off);
	strbuf_addf(sb, "%04d-%02d-%02d %02d:%02d", y, m, d, h, mi);
}

static void add_day(struct strbuf *sb, long long day)
{
	static const char *wn[7] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
	int y, m, d;

	tz_civil_from_days(day, &y, &m, &d);
	strbuf_addf(sb, "%04d-%02d-%02d %s", y, m, d, wn[weekday_of_day(day)]);
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

/* ---- text ---- */

static void text_share(struct strbuf *sb, long n, long d, int width)
{
	struct strbuf p;

	strbuf_init(&p);
	add_pct(&p, n, d);
	strbuf_addch(&p, '%');
	strbuf_addf(sb, "%*s", width, p.buf);
	strbuf_release(&p);
}

static void text_wait(struct strbuf *sb, long long s, int width)
{
	struct strbuf w;

	strbuf_init(&w);
	add_wait(&w, s);
	strbuf_addf(sb, "%*s", width, w.buf);
	strbuf_release(&w);
}

static void text_overall(struct strbuf *sb, const struct wait_figures *f)
{
	strbuf_addf(sb, "  %-14s %9s %8s %8s %8s %12s %10s %10s %12s\n", "", "answered", "median", "p90", "mean",
	            "fastest 90%", "within 1h", "within 24h", "service day");
	strbuf_addf(sb, "  %-14s %4ld/%-4ld", "calendar time", f->answered, f->need);
	text_wait(sb, f->calendar.median, 9);
	text_wait(sb, f->calendar.p90, 9);
	text_wait(sb, f->calendar.mean, 9);
	text_wait(sb, f->calendar.mean_fastest90, 13);
	text_share(sb, f->calendar.within_1h, f->need, 11);
	text_share(sb, f->calendar.within_24h, f->need, 11);
	strbuf_addf(sb, "%13s\n", "-");
	strbuf_addf(sb, "  %-14s %4ld/%-4ld", "service time", f->answered, f->need);
	text_wait(sb, f->service.median, 9);
	text_wait(sb, f->service.p90, 9);
	text_wait(sb, f->service.mean, 9);
	text_wait(sb, f->service.mean_fastest90, 13);
	text_share(sb, f->service.within_1h, f->need, 11);
	text_share(sb, f->service.within_24h, f->need, 11);
	text_share(sb, f->same_service_day, f->need, 13);
	strbuf_addch(sb, '\n');
}

static void text_groups(struct strbuf *sb, const char *title, const struct times_group *g, size_t n, int replies)
{
	size_t i, wid = 8;

	if (!n)
		return;
	for (i = 0; i < n; i++)
		if (text_length(g[i].key) > wid)
			wid = text_length(g[i].key);
	strbuf_addf(sb, "\n%s\n  %-*s %7s %8s%10s%10s%10s%10s%10s%13s%9s%10s\n", title, (int)wid, "",
	            replies ? "answered" : "need", replies ? "replies" : "answered", "cal med", "cal p90", "svc med",
	            "svc p90", "svc mean", "fastest 90%", "svc 1h", "same day");
	for (i = 0; i < n; i++) {
		const struct wait_figures *f = &g[i].f;
		size_t len = text_length(g[i].key);
		strbuf_addf(sb, "  %s%*s %7ld %8ld", g[i].key, (int)(wid - len), "", replies ? f->answered : f->need,
		            replies ? g[i].replies : f->answered);
		text_wait(sb, f->calendar.median, 10);
		text_wait(sb, f->calendar.p90, 10);
		text_wait(sb, f->service.median, 10);
		text_wait(sb, f->service.p90, 10);
		text_wait(sb, f->service.mean, 10);
		text_wait(sb, f->service.mean_fastest90, 13);
		text_share(sb, f->service.within_1h, f->need, 9);
		text_share(sb, f->same_service_day, f->need, 10);
		strbuf_addch(sb, '\n');
	}
}

/* n/d in tenths of a percent, rounded as add_pct rounds. */
static long long permille(long n, long d)
{
	return d ? ((long long)n * 2000 + d) / (2LL * d) : 0;
}

static void text_platform(struct strbuf *sb, const struct platform_table *p, int has_schedule)
{
	size_t i;

	strbuf_addstr(sb, "\nPrivate messages: the platform's figure, and what each rule changes\n");
	if (!p->n_steps) {
		strbuf_addstr(
		    sb, "  no private messages in the input: the platform's figures count only private messages\n");
		return;
	}
	strbuf_addstr(
	    sb, "  Step 0 emulates one documented variant, Meta's Page responsiveness as its older Help Center\n"
	        "  text describes it (README, \"The platform's figure\"): a message counts when it opens a\n"
	        "  conversation after 24 h without messages; any later page message answers it; day and night;\n"
	        "  the mean of the fastest 90% of first replies over the 30 days up to the last counted message.\n"
	        "  It is not Meta's current figure: automatic replies, away mode and \"mark as done\" are not in\n"
	        "  the exports, and the definitions have changed over the years.");
	if (p->window_to >= p->window_from) {
		strbuf_addstr(sb, "\n  Window: ");
		add_date(sb, p->window_from);
		strbuf_addstr(sb, " to ");
		add_date(sb, p->window_to);
		strbuf_addf(sb, ", %ld counted message%s%s.\n", p->window_messages, p->window_messages == 1 ? "" : "s",
		            p->window_last10 ? " (fewer than 10: the last 10 used)" : "");
	} else {
		strbuf_addch(sb, '\n');
	}
	strbuf_addf(sb, "  %-54s %8s %8s %7s %8s %9s %9s\n", "step", "messages", "answered", "rate", "moves", "time",
	            "moves");
	for (i = 0; i < p->n_steps; i++) {
		const struct platform_step *s = &p->steps[i];
		size_t len = text_length(s->rule);
		strbuf_addf(sb, "  %zu %s%*s %8ld %8ld", i, s->rule, (int)(len < 52 ? 52 - len : 0), "", s->messages,
		            s->answered);
		text_share(sb, s->answered, s->messages, 8);
		if (i) {
			long long dp = permille(s->answered, s->messages) -
			               permille(p->steps[i - 1].answered, p->steps[i - 1].messages);
			struct strbuf m;
			strbuf_init(&m);
			strbuf_addf(&m, "%c%lld.%lldpp", dp < 0 ? '-' : '+', (dp < 0 ? -dp : dp) / 10,
			            (dp < 0 ? -dp : dp) % 10);
			strbuf_addf(sb, "%9s", m.buf);
			strbuf_release(&m);
		} else {
			strbuf_addf(sb, "%9s", "");
		}
		text_wait(sb, s->time_s, 10);
		if (i && s->time_s >= 0 && p->steps[i - 1].time_s >= 0) {
			long long dt = s->time_s - p->steps[i - 1].time_s;
			struct strbuf w;
			strbuf_init(&w);
			strbuf_addch(&w, dt < 0 ? '-' : '+');
			add_wait(&w, dt < 0 ? -dt : dt);
			strbuf_addf(sb, "%10s", w.buf);
			strbuf_release(&w);
		}
		strbuf_addch(sb, '\n');
	}
	strbuf_addstr(
	    sb, "  Times: steps 0-3 the mean of the fastest 90%, step 4 the mean, steps 5-6 the median; steps 0-5\n"
	        "  day and night, step 6 service hours. Each step keeps the changes above it.\n");
	if (!has_schedule)
		strbuf_addstr(sb,
		              "  (no --schedule: service hours are day and night, so the last step changes nothing)\n");
}

static int write_text(const struct times_doc *d, FILE *out)
{
	const struct times_report *rep = d->rep;
	const struct schedule *s = d->run->o.hours->s;
	struct strbuf sb;

	strbuf_init(&sb);
	strbuf_addf(&sb, "Response times: %ld thread%s, %ld comment%s needing a reply, %ld answered", rep->threads,
	            rep->threads == 1 ? "" : "s", rep->overall.need, rep->overall.need == 1 ? "" : "s",
	            rep->overall.answered);
	if (rep->overall.need) {
		strbuf_addstr(&sb, ", asked ");
		add_local(&sb, s, rep->first);
		strbuf_addstr(&sb, " to ");
		add_local(&sb, s, rep->last);
	}
	strbuf_addf(&sb, " (%s)\n", s->zone_name);
	if (d->period)
		strbuf_addf(&sb, "  period %s: %ld comment%s outside it left out\n", d->period, rep->comments_outside,
		            rep->comments_outside == 1 ? "" : "s");
	if (d->schedule_file)
		strbuf_addf(&sb,
		            "  service hours: %s; the clock starts at the next opening; a reply before it counts %s\n",
		            d->schedule_file, d->elapsed_before_opening ? "its elapsed time" : "0");
	else
		strbuf_addstr(&sb, "  service hours: none given (--schedule), so service time is calendar time\n");
	if (rep->before_first_timetable)
		strbuf_addf(&sb,
		            "  WARNING: %ld comment%s asked before the schedule's first timetable: measured with it\n",
		            rep->before_first_timetable, rep->before_first_timetable == 1 ? "" : "s");
	strbuf_addch(&sb, '\n');
	text_overall(&sb, &rep->overall);
	strbuf_addstr(&sb,
	              "  Shares are of the comments needing a reply; \"fastest 90%\" is the mean without the slowest\n"
	              "  tenth; \"service day\": answered before the service day the clock started on closed.\n");
	text_groups(&sb, "By thread", rep->by_thread, rep->n_thread, 0);
	text_groups(&sb, "By platform", rep->by_platform, rep->n_platform, 0);
	text_groups(&sb, "By channel", rep->by_channel, rep->n_channel, 0);
	text_groups(&sb, "By month", rep->by_month, rep->n_month, 0);
	text_groups(&sb, "By agent (the comments each answered first; replies: official messages signed)",
	            rep->by_agent, rep->n_agent, 1);
	text_platform(&sb, &rep->platform, d->schedule_file != NULL);
	if (d->schedule_file && rep->overall.need) {
		long long a = schedule_local_day(s, rep->first), b = schedule_local_day(s, rep->last_event), day;
		int any = 0;
		for (day = a; day <= b && day - a < HOLIDAY_LIST_DAYS; day++) {
			const struct holiday *h = schedule_holiday(s, day);
			if (!h)
				continue;
			if (!any)
				strbuf_addstr(&sb, "\nHolidays from the first comment to the last answer\n");
			any = 1;
			strbuf_addstr(&sb, "  ");
			add_day(&sb, day);
			strbuf_addf(&sb, "  %s (%s)\n", h->name, holiday_scope_name(h->scope));
		}
	}
	fwrite(sb.buf, 1, sb.len, out);
	strbuf_release(&sb);
	return 0;
}

int out_times_write(const struct times_doc *d, FILE *out)
{
	switch (d->format) {
	case OUT_JSON:
		return write_json(d, out);
	case OUT_CSV:
		return write_csv(d, out);
	default:
		return write_text(d, out);
	}
}
