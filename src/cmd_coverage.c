/* cmd_coverage.c: `replycov coverage`: which comments and which citizens never got an
 * answer from the official account, and how long the others waited. */
#include "classify.h"
#include "cmd.h"
#include "fairness.h"
#include "manifest.h"
#include "out_fairness.h"
#include "out_times.h"
#include "outfile.h"
#include "outfmt.h"
#include "pipeline.h"
#include "progress.h"
#include "results.h"
#include "runopts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct run {
	struct runopts *ro;
	struct results results;
	struct spill rows;
	struct spill excluded; /* text: comments the need-reply policy excluded */
	struct times_run times;
	int with_times;
	struct fairness fair; /* JSON: the fairness figures */
	struct strbuf buf;
	long no_official_threads;
	struct strbuf no_official; /* the first few such threads, for one warning at the end */
};

#define NO_OFFICIAL_SHOWN 5

static void on_thread(struct thread *t, int replace, void *ctx)
{
	struct run *run = ctx;
	struct thread_coverage c;

	coverage_thread(t, &run->ro->cov, &c);
	if (run->ro->have_pseudonyms)
		pseudonyms_learn(&run->ro->pseudonyms, t, c.official);
	if (c.source == OFFICIAL_NONE && c.n_comments && !replace) {
		if (run->no_official_threads++ < NO_OFFICIAL_SHOWN)
			strbuf_addf(&run->no_official, "%s'%s'", run->no_official.len ? ", " : "", t->key);
	}
	results_add(&run->results, t, &c, replace);
	if (run->with_times)
		times_run_add(&run->times, t, &c);
	if (run->ro->format == OUT_JSON)
		fairness_add(&run->fair, t, &c, replace);
	if (run->ro->format != OUT_TEXT) {
		strbuf_reset(&run->buf);
		out_coverage_rows(run->ro->format, t, &c, &run->ro->privacy, &run->buf);
		spill_put(&run->rows, t->key, run->buf.buf, run->buf.len);
	} else if (c.not_needed_class) {
		strbuf_reset(&run->buf);
		out_coverage_excluded(t, &c, run->ro->zone, &run->ro->privacy, &run->buf);
		spill_put(&run->excluded, t->key, run->buf.buf, run->buf.len);
	}
	thread_coverage_release(&c);
}

static int run_coverage(int argc, char **argv, const struct global_opts *g)
{
	static const struct option opts[] = {
	    RUNOPTS_LONG, RUNOPTS_ANALYSIS_LONG, RUNOPTS_PRIVACY_LONG, {NULL, 0, NULL, 0}};
	struct runopts ro;
	struct run run = {0};
	struct pipeline p = {0};
	struct progress pr;
	int prc;
	struct outfile out;
	struct coverage_doc doc;
	struct times_report rep;
	struct strbuf times_json, fair_json, man_json;
	int ret = 0, setup;
	enum runopts_parsed parsed;

	runopts_init(&ro);
	parsed = runopts_parse(&ro, argc, argv, opts, "text,json,csv", NULL, NULL, 1);
	if (parsed != RUNOPTS_OK)
		return runopts_fail(&ro, parsed, &cmd_coverage);
	setup = runopts_setup(&ro);
	if (setup == 2) {
		runopts_release(&ro);
		return EXIT_USAGE;
	}
	run.ro = &ro;
	/* Waits in service hours (and per-agent and the platform variant) when asked for, and in
	 * every JSON report, where they cost nothing to read past. */
	run.with_times = ro.format == OUT_JSON || ro.schedule_file || ro.agents.n_re;
	if (run.with_times)
		times_run_init(&run.times, &ro.waits);
	spill_init(&run.excluded);
	strbuf_init(&times_json);
	strbuf_init(&fair_json);
	strbuf_init(&man_json);
	if (ro.format == OUT_JSON)
		fairness_init(&run.fair, &ro.cov, ro.period_text.len ? ro.period_text.buf : NULL);
	memset(&rep, 0, sizeof(rep));
	results_init(&run.results, ro.format == OUT_TEXT);
	run.results.pv = &ro.privacy;
	spill_init(&run.rows);
	strbuf_init(&run.buf);
	strbuf_init(&run.no_official);
	p.in = ro.in;
	p.in.hash = ro.format == OUT_JSON; /* the manifest names each input by its SHA-256 */
	p.jobs = ro.jobs;
	p.classes = &ro.classes;
	p.explain_classes = ro.cov.need_all ? 0 : (~ro.cov.need_classes & ((1u << CLASS_N) - 1));
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
	doc.format = ro.format;
	doc.results = &run.results;
	doc.rows = &run.rows;
	doc.pipe = &p;
	doc.zone = ro.zone;
	doc.rules = ro.cov.rules;
	doc.need_all = ro.cov.need_all;
	doc.need_classes = ro.cov.need_classes;
	doc.excluded = &run.excluded;
	doc.times_json = NULL;
	doc.service = NULL;
	doc.schedule_file = ro.schedule_file;
	doc.period = ro.period_text.len ? ro.period_text.buf : NULL;
	doc.pv = &ro.privacy;
	doc.fairness_json = NULL;
	doc.manifest_json = NULL;
	if (run.with_times) {
		struct times_doc td = {0};
		times_report_build(&run.times, &rep);
		td.format = OUT_JSON;
		td.run = &run.times;
		td.rep = &rep;
		td.schedule_file = ro.schedule_file;
		td.period = doc.period;
		td.elapsed_before_opening = ro.elapsed_before_opening;
		if (ro.format == OUT_JSON) {
			out_times_json_report(&td, &times_json);
			doc.times_json = times_json.buf;
		}
		if (ro.schedule_file)
			doc.service = &rep.overall;
		/* The rows are done with (rep keeps the figures): freed before the rest is built,
		 * so that a large run does not hold both. */
		times_run_release(&run.times);
		run.with_times = 0;
	}
	if (ro.format == OUT_JSON) {
		struct fairness_figures fig;
		struct manifest man;
		fairness_figures(&run.fair, &fig);
		out_fairness_json(&fig, &run.fair, &ro.privacy, &fair_json);
		fairness_figures_release(&fig);
		fairness_release(&run.fair); /* again at the end: a released fairness is empty */
		doc.fairness_json = fair_json.buf;
		manifest_init(&man, "coverage");
		manifest_from_run(&man, &ro, &p);
		manifest_add_option(&man, "--format", "json");
		manifest_json(&man, &man_json, "  ");
		manifest_release(&man);
		doc.manifest_json = man_json.buf;
	}
	if (out_coverage_write(&doc, out.fp) || outfile_commit(&out)) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
	} else if (pipeline_had_data_errors(&p) || run.no_official_threads || setup == 1) {
		ret = EXIT_DATA;
	}
	times_report_release(&rep);
	if (run.no_official_threads)
		diag_warn(NULL,
		          "%ld thread%s with no official account known: %s%s; their comments count as unanswered "
		          "(name the account with --official)",
		          run.no_official_threads, run.no_official_threads == 1 ? "" : "s", run.no_official.buf,
		          run.no_official_threads > NO_OFFICIAL_SHOWN ? " and others" : "");
	pipeline_accounting(&p);
done:
	pipeline_release(&p);
	results_release(&run.results);
	spill_release(&run.rows);
	spill_release(&run.excluded);
	if (run.with_times)
		times_run_release(&run.times);
	strbuf_release(&times_json);
	strbuf_release(&fair_json);
	strbuf_release(&man_json);
	if (ro.format == OUT_JSON)
		fairness_release(&run.fair);
	strbuf_release(&run.buf);
	strbuf_release(&run.no_official);
	runopts_release(&ro);
	return ret;
}

const struct cmd cmd_coverage = {
    .name = "coverage",
    .summary = "which comments and citizens never got an answer, and how long others waited",
    .usage = "coverage [OPTIONS] INPUT...\n"
             "  INPUT                 export files or folders (recursed in sorted order)\n"
             "  --format FMT          text (default), json or csv (one row per citizen comment)\n"
             "  -o, --output FILE     write there instead of standard output\n"
             "  --official ID|NAME    another official account (repeatable); names match ignoring case and accents\n"
             "  --rules LIST          answer rules to apply: direct,branch,mention (default all)\n"
             "  --input-format NAME   skip detection (see 'replycov formats')\n"
             "  --tz ZONE             IANA zone for times written without offset, and for times shown\n"
             "  -j, --jobs N          files parsed in parallel (default: the number of cores); same "
             "output\n" RUNOPTS_ANALYSIS_HELP RUNOPTS_PRIVACY_HELP
             "exit status: 0 success, 1 data errors (rejected records, unreadable files, no official\n"
             "account known), 2 usage or I/O errors",
    .run = run_coverage,
};
