/* cmd_times.c: `replycov times`: how long citizens waited, in calendar time and in service
 * hours, per thread, platform, channel, month and agent, and the platform's private-message
 * figure next to replycov's with what each rule changes. Answers come from coverage_thread. */
#include "cmd.h"
#include "diag.h"
#include "doc.h"
#include "i18n.h"
#include "out_times.h"
#include "outfile.h"
#include "outfmt.h"
#include "pipeline.h"
#include "progress.h"
#include "runopts.h"
#include "util_tz.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct run {
	struct runopts *ro;
	struct times_run times;
	struct spill rows;
	struct strbuf buf;
	long no_official_threads;
};

static void on_thread(struct thread *t, int replace, void *ctx)
{
	struct run *run = ctx;
	struct thread_coverage c;
	const struct times_thread *tt;

	coverage_thread(t, &run->ro->cov, &c);
	/* With --official given, a thread the account never wrote in is unanswered, not of an
	 * unknown account (official_resolve says OFFICIAL_OPTION then). */
	if (c.source == OFFICIAL_NONE && c.n_comments && !replace) {
		run->no_official_threads++;
		diag_warn(&(struct loc){.file = t->recs[0].loc.file},
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

/* --format: the document formats (text, md, html) are times' own; json and csv go to the
 * shared options. The last --format given wins. */
struct format_opt {
	struct runopts *ro;
	enum doc_format df;
};

static int format_option(int c, const char *arg, void *ctx)
{
	struct format_opt *fo = ctx;
	int df;

	if (c != OPT_FORMAT)
		return 0;
	df = doc_format_parse(arg);
	fo->df = df == DOC_MD || df == DOC_HTML ? (enum doc_format)df : DOC_TEXT;
	if (fo->df == DOC_TEXT)
		return 0;
	fo->ro->format = OUT_TEXT;
	return 1;
}

/* The report for people in ro's language, its times in the schedule's zone (--schedule's,
 * else --tz, else UTC). */
static int write_doc(const struct times_doc *td, const struct runopts *ro, enum doc_format df, FILE *out)
{
	const struct schedule *s = td->run->o.hours->s;
	struct doc d;
	struct strbuf sb;
	int ret;

	doc_init(&d, ui_lang_code(ro->lang));
	strbuf_init(&sb);
	d.title = tr(ro->lang, TT_TITLE);
	{
		struct strbuf p;
		strbuf_init(&p);
		tr_period(&p, ro->lang, td->period, 1);
		strbuf_addf(&sb, tr(ro->lang, T_SUB_PERIOD), p.buf, s->zone_name);
		strbuf_release(&p);
	}
	d.subtitle = doc_str(&d, sb.buf);
	times_doc(&d, ro->lang, td, s->zone);
	ret = doc_write(&d, df, out);
	strbuf_release(&sb);
	doc_release(&d);
	return ret;
}

static int run_times(int argc, char **argv, const struct global_opts *g)
{
	static const struct option opts[] = {
	    RUNOPTS_LONG, RUNOPTS_ANALYSIS_LONG, RUNOPTS_LANG_LONG, {NULL, 0, NULL, 0}};
	struct runopts ro;
	struct run run = {0};
	struct pipeline p = {0};
	struct progress pr;
	int prc;
	struct outfile out;
	struct times_report rep;
	struct times_doc doc = {0};
	int ret = 0, setup;
	enum runopts_parsed parsed;
	struct format_opt fo = {&ro, DOC_TEXT};

	runopts_init(&ro);
	parsed = runopts_parse(&ro, argc, argv, opts, "text,md,html,json,csv", format_option, &fo, 1);
	if (parsed != RUNOPTS_OK)
		return runopts_fail(&ro, parsed, &cmd_times);
	setup = runopts_setup(&ro);
	if (setup == 2) {
		runopts_release(&ro);
		return EXIT_USAGE;
	}
	run.ro = &ro;
	times_run_init(&run.times, &ro.waits);
	spill_init(&run.rows);
	strbuf_init(&run.buf);
	p.in = ro.in;
	p.jobs = ro.jobs;
	p.classes = &ro.classes;
	p.on_thread = on_thread;
	p.ctx = &run;
	if (outfile_open(&out, ro.output)) {
		ret = EXIT_USAGE;
		goto done;
	}
	progress_init(&pr, !g->quiet);
	progress_attach(&pr, &p);
	prc = pipeline_run(&p, argv + optind, argc - optind);
	progress_end(&pr);
	if (prc) {
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
	doc.schedule_file = ro.schedule_file;
	doc.period = ro.period_text.len ? ro.period_text.buf : NULL;
	doc.elapsed_before_opening = ro.elapsed_before_opening;
	if ((ro.format == OUT_TEXT ? write_doc(&doc, &ro, fo.df, out.fp) : out_times_write(&doc, out.fp)) ||
	    outfile_commit(&out)) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
	} else if (pipeline_had_data_errors(&p) || run.no_official_threads || setup == 1) {
		ret = EXIT_DATA;
	}
	times_report_release(&rep);
	pipeline_accounting(&p);
done:
	pipeline_release(&p);
	times_run_release(&run.times);
	spill_release(&run.rows);
	strbuf_release(&run.buf);
	runopts_release(&ro);
	return ret;
}

const struct cmd cmd_times = {
    .name = "times",
    .summary = "how long citizens waited, in calendar time and in service hours, and the platform's figure",
    .usage = "times [OPTIONS] INPUT...\n"
             "  INPUT                 export files or folders (recursed in sorted order)\n"
             "  --schedule FILE       service hours: zone, timetables, holidays (see README, \"Service hours\");\n"
             "                        without it service time is calendar time\n"
             "  --period P            only comments asked in 2026Q1, 2026-03 or 2026 (in the schedule's zone)\n"
             "  --from DATE, --to DATE  only comments asked from DATE to DATE (YYYY-MM-DD, both included)\n"
             "  --before-opening MODE a reply before the next opening waited: zero (default) or elapsed\n"
             "  --agent-signature RE  POSIX extended regex naming the agent who signed a reply (repeatable);\n"
             "                        the first capture group, else the match, is the name; no match: unsigned\n"
             "  --format FMT          text (default), md, html, json (with the hourly backlog) or csv (one\n"
             "                        row per comment)\n" RUNOPTS_LANG_HELP
             "  -o, --output FILE     write there instead of standard output\n"
             "  --official ID|NAME    another official account (repeatable)\n"
             "  --rules LIST          answer rules: direct,branch,mention (default all)\n"
             "  --need-reply MODE     auto (default) or all\n"
             "  --input-format NAME   skip detection (see 'replycov formats')\n"
             "  --tz ZONE             IANA zone for times written without offset (and days without --schedule)\n"
             "  -j, --jobs N          files parsed in parallel; same output\n"
             "exit status: 0 success, 1 data errors (rejected records, unreadable files, no official\n"
             "account known), 2 usage or I/O errors (including a schedule that does not parse)",
    .run = run_times,
};
