/* cmd_coverage.c: `replycov coverage`: which comments and which citizens never got an
 * answer from the official account, and how long the others waited. */
#include "cmd.h"
#include "outfmt.h"
#include "pipeline.h"
#include "results.h"
#include "runopts.h"

#include <stdio.h>
#include <stdlib.h>

struct run {
	struct runopts *ro;
	struct results results;
	struct spill rows;
	struct strbuf buf;
	long no_official_threads;
};

static void on_thread(struct thread *t, int replace, void *ctx)
{
	struct run *run = ctx;
	struct thread_coverage c;

	coverage_thread(t, &run->ro->cov, &c);
	if (c.source == OFFICIAL_NONE && c.n_comments && !replace) {
		run->no_official_threads++;
		diag_warn(&(struct loc){ .file = t->recs[0].loc.file },
			  "thread '%s': no official account known, its %zu comments count as unanswered "
			  "(name the account with --official)",
			  t->key, c.n_comments);
	}
	results_add(&run->results, t, &c, replace);
	if (run->ro->format != OUT_TEXT) {
		strbuf_reset(&run->buf);
		out_coverage_rows(run->ro->format, t, &c, &run->buf);
		spill_put(&run->rows, t->key, run->buf.buf, run->buf.len);
	}
	thread_coverage_release(&c);
}

static int run_coverage(int argc, char **argv, const struct global_opts *g)
{
	static const struct option opts[] = { RUNOPTS_LONG, { NULL, 0, NULL, 0 } };
	struct runopts ro;
	struct run run = { 0 };
	struct pipeline p = { 0 };
	struct outfile out;
	struct coverage_doc doc;
	int c, ret = 0;

	(void)g;
	runopts_init(&ro);
	optind = 0;   /* 0, not 1: glibc then resets its state and lets options follow the inputs */
	while ((c = getopt_long(argc, argv, RUNOPTS_SHORT, opts, NULL)) != -1) {
		int h = runopts_handle(&ro, c, optarg, "text,json,csv");
		if (c == OPT_HELP) {
			runopts_release(&ro);
			return cmd_usage(&cmd_coverage, 0);
		}
		if (h <= 0) {
			runopts_release(&ro);
			return h < 0 ? EXIT_USAGE : cmd_usage(&cmd_coverage, 1);
		}
	}
	if (optind >= argc) {
		runopts_release(&ro);
		return cmd_usage(&cmd_coverage, 1);
	}
	run.ro = &ro;
	results_init(&run.results, ro.format == OUT_TEXT);
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
	doc.format = ro.format;
	doc.results = &run.results;
	doc.rows = &run.rows;
	doc.pipe = &p;
	doc.zone = ro.zone;
	doc.rules = ro.cov.rules;
	doc.need_all = ro.cov.need_all;
	if (out_coverage_write(&doc, out.fp) || outfile_commit(&out)) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
	} else if (pipeline_had_data_errors(&p) || run.no_official_threads) {
		ret = EXIT_DATA;
	}
	pipeline_accounting(&p);
done:
	pipeline_release(&p);
	results_release(&run.results);
	spill_release(&run.rows);
	strbuf_release(&run.buf);
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
		 "  --need-reply MODE     auto (default: empty and emoji-only comments need no reply) or all\n"
		 "  --input-format NAME   skip detection (see 'replycov formats')\n"
		 "  --tz ZONE             IANA zone for times written without offset, and for times shown\n"
		 "  -j, --jobs N          files parsed in parallel (default: the number of cores); same output\n"
		 "exit status: 0 success, 1 data errors (rejected records, unreadable files, no official\n"
		 "account known), 2 usage or I/O errors",
	.run = run_coverage,
};
