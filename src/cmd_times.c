/* cmd_times.c: `replycov times`: how long citizens waited, in calendar time and in service
 * hours, per thread, platform, channel, month and agent, and the platform's private-message
 * figure next to replycov's with what each rule changes. Answers come from coverage_thread. */
#include "cmd.h"
#include "diag.h"
#include "out_times.h"
#include "outfmt.h"
#include "pipeline.h"
#include "runopts.h"
#include "util_tz.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
	OPT_SCHEDULE = 1100,
	OPT_PERIOD,
	OPT_FROM,
	OPT_TO,
	OPT_AGENT,
	OPT_BEFORE_OPENING
};

struct run {
	struct runopts *ro;
	struct times_run times;
	struct spill rows;
	struct strbuf buf;
	long no_official_threads;
};

static int all_private(const struct thread *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (t->recs[i].channel != CHANNEL_PRIVATE)
			return 0;
	return 1;
}

static void on_thread(struct thread *t, int replace, void *ctx)
{
	struct run *run = ctx;
	struct thread_coverage c;
	const struct times_thread *tt;

	coverage_thread(t, &run->ro->cov, &c);
	/* A private conversation the page never wrote in has no official message to find; with
	 * --official given, that is an unanswered conversation, not an unknown account. */
	if (c.source == OFFICIAL_NONE && c.n_comments && !replace && !(run->ro->official.n && all_private(t))) {
		run->no_official_threads++;
		diag_warn(&(struct loc){ .file = t->recs[0].loc.file },
			  "thread '%s': no official account known, its %zu comments count as unanswered "
			  "(name the account with --official)",
			  t->key, c.n_comments);
	}
	tt = times_run_add(&run->times, t, &c);
	if (run->ro->format != OUT_TEXT) {
		strbuf_reset(&run->buf);
		out_times_rows(run->ro->format, t, &c, tt, &run->times, &run->buf);
		spill_put(&run->rows, t->key, run->buf.buf, run->buf.len);
	}
	thread_coverage_release(&c);
}

static int parse_day(const char *s, long long *day)
{
	int y, m, d, n = 0;
	static const int dm[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10 || m < 1 || m > 12 || d < 1 ||
	    d > dm[m - 1] || y < 1)
		return -1;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return -1;
	*day = tz_days_from_civil(y, m, d);
	return 0;
}

/* 2026Q1, 2026-03, 2026: first day and the day after the last. */
static int parse_period(const char *s, long long *first, long long *after)
{
	int y, q, m, n = 0;
	size_t len = strlen(s);

	if (len == 6 && sscanf(s, "%4dQ%1d%n", &y, &q, &n) == 2 && n == 6 && q >= 1 && q <= 4 && y >= 1) {
		*first = tz_days_from_civil(y, 3 * q - 2, 1);
		*after = q == 4 ? tz_days_from_civil(y + 1, 1, 1) : tz_days_from_civil(y, 3 * q + 1, 1);
		return 0;
	}
	if (len == 7 && sscanf(s, "%4d-%2d%n", &y, &m, &n) == 2 && n == 7 && m >= 1 && m <= 12 && y >= 1) {
		*first = tz_days_from_civil(y, m, 1);
		*after = m == 12 ? tz_days_from_civil(y + 1, 1, 1) : tz_days_from_civil(y, m + 1, 1);
		return 0;
	}
	if (len == 4 && sscanf(s, "%4d%n", &y, &n) == 1 && n == 4 && y >= 1) {
		*first = tz_days_from_civil(y, 1, 1);
		*after = tz_days_from_civil(y + 1, 1, 1);
		return 0;
	}
	return -1;
}

static long long midnight(const struct schedule *s, long long day)
{
	int y, m, d;
	long long utc;

	tz_civil_from_days(day, &y, &m, &d);
	tz_local_to_utc(s->zone, y, m, d, 0, 0, 0, &utc);
	return utc;
}

static int run_times(int argc, char **argv, const struct global_opts *g)
{
	static const struct option opts[] = {
		RUNOPTS_LONG,
		{ "schedule", required_argument, NULL, OPT_SCHEDULE },
		{ "period", required_argument, NULL, OPT_PERIOD },
		{ "from", required_argument, NULL, OPT_FROM },
		{ "to", required_argument, NULL, OPT_TO },
		{ "agent-signature", required_argument, NULL, OPT_AGENT },
		{ "before-opening", required_argument, NULL, OPT_BEFORE_OPENING },
		{ NULL, 0, NULL, 0 },
	};
	struct runopts ro;
	struct run run = { 0 };
	struct pipeline p = { 0 };
	struct outfile out;
	struct agents agents;
	struct schedule *sched = NULL;
	struct hours hours;
	struct waits_opts wo = { 0 };
	struct times_report rep;
	struct times_doc doc = { 0 };
	const char *schedule_file = NULL, *period = NULL, *from_s = NULL, *to_s = NULL;
	long long first = 0, after = 0;
	int c, ret = 0, elapsed = 0, bad = 0;
	struct strbuf period_text;

	(void)g;
	runopts_init(&ro);
	agents_init(&agents);
	strbuf_init(&period_text);
	optind = 0;   /* 0, not 1: glibc then resets its state and lets options follow the inputs */
	while (!bad && (c = getopt_long(argc, argv, RUNOPTS_SHORT, opts, NULL)) != -1) {
		int h;
		switch (c) {
		case OPT_SCHEDULE:
			schedule_file = optarg;
			continue;
		case OPT_PERIOD:
			period = optarg;
			continue;
		case OPT_FROM:
			from_s = optarg;
			continue;
		case OPT_TO:
			to_s = optarg;
			continue;
		case OPT_AGENT:
			if (agents_add(&agents, optarg))
				bad = 2;
			continue;
		case OPT_BEFORE_OPENING:
			if (!strcmp(optarg, "elapsed")) {
				elapsed = 1;
			} else if (strcmp(optarg, "zero")) {
				diag_print("error: --before-opening takes zero or elapsed, not '%s'", optarg);
				bad = 2;
			}
			continue;
		case OPT_HELP:
			bad = 3;
			continue;
		}
		h = runopts_handle(&ro, c, optarg, "text,json,csv");
		if (h <= 0)
			bad = h < 0 ? 2 : 1;
	}
	if (!bad && optind >= argc)
		bad = 1;
	if (!bad && period && (from_s || to_s)) {
		diag_print("error: give --period or --from/--to, not both");
		bad = 2;
	}
	if (bad) {
		ret = bad == 3 ? cmd_usage(&cmd_times, 0) : bad == 2 ? EXIT_USAGE : cmd_usage(&cmd_times, 1);
		goto done_early;
	}
	sched = schedule_file ? schedule_load(schedule_file) : schedule_always(ro.zone ? tz_name(ro.zone) : "UTC");
	if (!sched) {
		ret = EXIT_USAGE;
		goto done_early;
	}
	wo.from = LLONG_MIN;
	wo.to = LLONG_MAX;
	if (period) {
		if (parse_period(period, &first, &after)) {
			diag_print("error: --period takes 2026Q1, 2026-03 or 2026, not '%s'", period);
			ret = EXIT_USAGE;
			goto done_early;
		}
		wo.from = midnight(sched, first);
		wo.to = midnight(sched, after);
		strbuf_addstr(&period_text, period);
	} else if (from_s || to_s) {
		if ((from_s && parse_day(from_s, &first)) || (to_s && parse_day(to_s, &after))) {
			diag_print("error: --from and --to take a date YYYY-MM-DD, not '%s'",
				   from_s && parse_day(from_s, &first) ? from_s : to_s);
			ret = EXIT_USAGE;
			goto done_early;
		}
		if (from_s)
			wo.from = midnight(sched, first);
		if (to_s)
			wo.to = midnight(sched, after + 1);   /* --to is inclusive */
		if (wo.to <= wo.from) {
			diag_print("error: --to is before --from");
			ret = EXIT_USAGE;
			goto done_early;
		}
		strbuf_addf(&period_text, "%s..%s", from_s ? from_s : "", to_s ? to_s : "");
	}
	hours_init(&hours, sched);
	wo.hours = &hours;
	wo.elapsed_before_opening = elapsed;
	wo.agents = &agents;
	run.ro = &ro;
	times_run_init(&run.times, &wo);
	spill_init(&run.rows);
	strbuf_init(&run.buf);
	p.in = ro.in;
	p.jobs = ro.jobs;
	p.on_thread = on_thread;
	p.ctx = &run;
	if (outfile_open(&out, ro.output)) {
		ret = EXIT_USAGE;
		goto done;
	}
	if (pipeline_run(&p, argv + optind, argc - optind)) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
		goto done;
	}
	times_report_build(&run.times, &rep);
	doc.format = ro.format;
	doc.run = &run.times;
	doc.rep = &rep;
	doc.rows = &run.rows;
	doc.pipe = &p;
	doc.schedule_file = schedule_file;
	doc.period = period_text.len ? period_text.buf : NULL;
	doc.elapsed_before_opening = elapsed;
	if (out_times_write(&doc, out.fp) || outfile_commit(&out)) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
	} else if (pipeline_had_data_errors(&p) || run.no_official_threads) {
		ret = EXIT_DATA;
	}
	times_report_release(&rep);
	pipeline_accounting(&p);
done:
	pipeline_release(&p);
	times_run_release(&run.times);
	spill_release(&run.rows);
	strbuf_release(&run.buf);
	hours_release(&hours);
done_early:
	schedule_free(sched);
	agents_release(&agents);
	runopts_release(&ro);
	strbuf_release(&period_text);
	return ret;
}

const struct cmd cmd_times = {
	.name = "times",
	.summary = "how long citizens waited, in calendar time and in service hours, and the platform's figure",
	.usage = "times [OPTIONS] INPUT...\n"
		 "  INPUT                   export files or folders (recursed in sorted order)\n"
		 "  --schedule FILE         service hours: zone, timetables, holidays (see README, \"Service hours\");\n"
		 "                          without it service time is calendar time\n"
		 "  --period P              only comments asked in 2026Q1, 2026-03 or 2026 (in the schedule's zone)\n"
		 "  --from DATE, --to DATE  only comments asked from DATE to DATE (YYYY-MM-DD, both included)\n"
		 "  --before-opening MODE   a reply before the next opening waited: zero (default) or elapsed\n"
		 "  --agent-signature RE    POSIX extended regex naming the agent who signed a reply (repeatable);\n"
		 "                          the first capture group, else the match, is the name; no match: unsigned\n"
		 "  --format FMT            text (default), json (with the hourly backlog) or csv (one row per comment)\n"
		 "  -o, --output FILE       write there instead of standard output\n"
		 "  --official ID|NAME      another official account (repeatable)\n"
		 "  --rules LIST            answer rules: direct,branch,mention (default all)\n"
		 "  --need-reply MODE       auto (default) or all\n"
		 "  --input-format NAME     skip detection (see 'replycov formats')\n"
		 "  --tz ZONE               IANA zone for times written without offset (and days without --schedule)\n"
		 "  -j, --jobs N            files parsed in parallel; same output\n"
		 "exit status: 0 success, 1 data errors (rejected records, unreadable files, no official\n"
		 "account known), 2 usage or I/O errors (including a schedule that does not parse)",
	.run = run_times,
};
