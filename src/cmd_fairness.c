/* cmd_fairness.c: `replycov fairness`: were critics, frequent critics and private messages
 * answered as often as the rest, were answers given in order, and what was moderated. The
 * figures come from fairness.c over coverage's answers; the evidence from manifest.c. */
#include "cmd.h"
#include "diag.h"
#include "doc.h"
#include "fairness.h"
#include "i18n.h"
#include "manifest.h"
#include "out_fairness.h"
#include "outfile.h"
#include "outfmt.h"
#include "pipeline.h"
#include "progress.h"
#include "runopts.h"
#include "util_tz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct run {
	struct runopts *ro;
	int df; /* --format: DOC_TEXT, DOC_MD, DOC_HTML or DOC_JSON */
	struct fairness fair;
	long no_official_threads;
};

static void on_thread(struct thread *t, int replace, void *ctx)
{
	struct run *run = ctx;
	struct thread_coverage c;

	coverage_thread(t, &run->ro->cov, &c);
	if (c.source == OFFICIAL_NONE && c.n_comments && !replace)
		run->no_official_threads++;
	if (run->ro->have_pseudonyms)
		pseudonyms_learn(&run->ro->pseudonyms, t, c.official);
	fairness_add(&run->fair, t, &c, replace);
	thread_coverage_release(&c);
}

/* "First quarter of 2026 · times in Europe/Madrid". */
static const char *subtitle(struct doc *d, enum ui_lang l, const char *period, const struct tz *zone)
{
	struct strbuf p;
	const char *s;

	strbuf_init(&p);
	tr_period(&p, l, period, 1);
	s = doc_fmt(d, tr(l, T_SUB_PERIOD), p.buf, tz_name(zone));
	strbuf_release(&p);
	return s;
}

/* --format with the document formats (runopts then checks the name against the list too). */
static int fairness_option(int c, const char *arg, void *ctx)
{
	struct run *run = ctx;

	if (c == OPT_FORMAT)
		run->df = doc_format_parse(arg);
	return 0;
}

static int run_fairness(int argc, char **argv, const struct global_opts *g)
{
	static const struct option opts[] = {
	    RUNOPTS_LONG, RUNOPTS_ANALYSIS_LONG, RUNOPTS_PRIVACY_LONG, RUNOPTS_LANG_LONG, {NULL, 0, NULL, 0}};
	struct runopts ro;
	struct run run = {0};
	struct pipeline p = {0};
	struct progress pr;
	int prc;
	struct outfile out;
	struct fairness_figures fig;
	struct manifest man;
	struct strbuf sb;
	struct doc d;
	int ret = 0, setup;
	enum runopts_parsed parsed;
	enum doc_format df;

	runopts_init(&ro);
	run.df = DOC_TEXT;
	parsed = runopts_parse(&ro, argc, argv, opts, "text,md,html,json", fairness_option, &run, 1);
	if (parsed != RUNOPTS_OK)
		return runopts_fail(&ro, parsed, &cmd_fairness);
	setup = runopts_setup(&ro);
	if (setup == 2) {
		runopts_release(&ro);
		return EXIT_USAGE;
	}
	df = (enum doc_format)run.df;
	run.ro = &ro;
	fairness_init(&run.fair, &ro.cov, ro.period_text.len ? ro.period_text.buf : NULL);
	strbuf_init(&sb);
	p.in = ro.in;
	p.in.hash = 1; /* the manifest names each input by the SHA-256 of the bytes read */
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
	fairness_figures(&run.fair, &fig);
	manifest_init(&man, "fairness");
	manifest_from_run(&man, &ro, &p);
	if (df == DOC_JSON) {
		manifest_add_option(&man, "--format", "json");
		strbuf_addstr(&sb, "{\n  \"fairness\": ");
		out_fairness_json(&fig, &run.fair, &ro.privacy, &sb);
		strbuf_addstr(&sb, ",\n  \"manifest\": ");
		manifest_json(&man, &sb, "  ");
		strbuf_addstr(&sb, "\n}\n");
		fwrite(sb.buf, 1, sb.len, out.fp);
	} else {
		/* The language changes the words, not the figures: the evidence names it so the same
		 * command gives the same document whatever the environment. */
		if (df != DOC_TEXT)
			manifest_add_option(&man, "--format", doc_format_ext(df));
		manifest_add_option(&man, "--lang", ui_lang_code(ro.lang));
		doc_init(&d, ui_lang_code(ro.lang));
		d.title = tr(ro.lang, TF_TITLE);
		d.subtitle = subtitle(&d, ro.lang, run.fair.period, ro.schedule->zone);
		fairness_doc(&d, ro.lang, &fig, &run.fair, &ro.privacy, ro.schedule->zone);
		manifest_section(&d, ro.lang, &man);
		doc_write(&d, df, out.fp);
		doc_release(&d);
	}
	fairness_figures_release(&fig);
	manifest_release(&man);
	if (outfile_commit(&out)) {
		ret = EXIT_USAGE;
	} else if (pipeline_had_data_errors(&p) || run.no_official_threads || setup == 1) {
		ret = EXIT_DATA;
	}
	if (run.no_official_threads)
		diag_warn(NULL,
		          "%ld thread%s with no official account known: their comments count as unanswered "
		          "(name the account with --official)",
		          run.no_official_threads, run.no_official_threads == 1 ? "" : "s");
	pipeline_accounting(&p);
done:
	pipeline_release(&p);
	fairness_release(&run.fair);
	strbuf_release(&sb);
	runopts_release(&ro);
	return ret;
}

const struct cmd cmd_fairness = {
    .name = "fairness",
    .summary = "were critics, frequent critics and private messages answered as often as the rest, and in order",
    .usage =
        "fairness [OPTIONS] INPUT...\n"
        "  INPUT                 export files or folders (recursed in sorted order)\n"
        "  --format FMT          text (default), md, html or json\n"
        "  -o, --output FILE     write there instead of standard output\n"
        "  --official ID|NAME    another official account (repeatable)\n"
        "  --rules LIST          answer rules to apply: direct,branch,mention (default all)\n" RUNOPTS_ANALYSIS_HELP
            RUNOPTS_PRIVACY_HELP RUNOPTS_LANG_HELP "  --input-format NAME   skip detection (see 'replycov formats')\n"
        "  --tz ZONE             IANA zone for times written without offset and, without --schedule,\n"
        "                        of the times shown (default UTC)\n"
        "  -j, --jobs N          files parsed in parallel (default: the number of cores); same output\n"
        "Answer rates by class (criticism against the rest), of frequent critics (2 criticisms or\n"
        "more) against everyone else and public against private, with 95% Wilson intervals and\n"
        "Fisher's exact test; answers out of arrival order per thread; the moderation log; the\n"
        "rules used and the manifest of the inputs (SHA-256 of each file).\n"
        "exit status: 0 success, 1 data errors (rejected records, unreadable files, no official\n"
        "account known), 2 usage or I/O errors",
    .run = run_fairness,
};
