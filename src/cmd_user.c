/* cmd_user.c: `replycov user ID_OR_NAME`: the proof sheet of one citizen (proof.c), as a document
 * in the reader's language (text, Markdown or HTML, out_proof.c through the doc writers) or JSON,
 * on standard output or into a report folder with its manifest. A name that matches several people
 * lists them and asks for an id. */
#include "cmd.h"
#include "diag.h"
#include "manifest.h"
#include "out_fairness.h"
#include "out_proof.h"
#include "outfile.h"
#include "outfmt.h"
#include "pipeline.h"
#include "proof.h"
#include "proof_dir.h"
#include "runopts.h"
#include "util_tz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct run {
	struct runopts *ro;
	struct proof proof;
	long no_official_threads;
};

static void on_thread(struct thread *t, int replace, void *ctx)
{
	struct run *run = ctx;
	struct thread_coverage c;

	coverage_thread(t, &run->ro->cov, &c);
	if (c.source == OFFICIAL_NONE && c.n_comments && !replace)
		run->no_official_threads++;
	if (run->ro->privacy.ps)
		pseudonyms_learn(run->ro->privacy.ps, t, c.official);
	proof_add(&run->proof, t, &c, replace);
	thread_coverage_release(&c);
}

/* The people the query names, as citizens: officials only when nobody else matched. */
static struct proof_person **citizens(const struct proof *pf, size_t *n)
{
	struct proof_person **v = proof_candidates(pf, n);
	size_t i, k = 0;

	for (i = 0; i < *n; i++)
		if (v[i]->messages)
			v[k++] = v[i];
	if (k)
		*n = k;
	return v;
}

/* The sheet as a document in the reader's language: the title names the person, the subtitle
 * the period and the zone of the times. */
static void sheet_doc(struct doc *doc, struct runopts *ro, const struct proof_doc *d)
{
	const struct proof_person *who = d->s->who;
	struct strbuf sb;

	strbuf_init(&sb);
	doc->title = doc_fmt(doc, tr(ro->lang, TP_TITLE_OF),
	                     who->name        ? who->name
	                     : who->author_id ? who->author_id
	                                      : who->akey);
	tr_period(&sb, ro->lang, ro->period_text.len ? ro->period_text.buf : NULL, 1);
	doc->subtitle = doc_fmt(doc, tr(ro->lang, T_SUB_PERIOD), sb.buf, tz_name(d->zone));
	doc->footer = doc_fmt(doc, tr(ro->lang, TP_FOOTER), tr(ro->lang, TE_TITLE));
	out_proof_doc(doc, ro->lang, d);
	strbuf_release(&sb);
}

/* The bytes of doc in format f, in sb. Returns 0, or -1 when the memory stream failed. */
static int doc_bytes(const struct doc *doc, enum doc_format f, struct strbuf *sb)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	int bad;

	if (!fp) {
		diag_print("error: cannot hold the sheet in memory");
		return -1;
	}
	bad = doc_write(doc, f, fp);
	bad |= fclose(fp) != 0;
	if (bad)
		diag_print("error: cannot hold the sheet in memory");
	else
		strbuf_add(sb, buf, len);
	free(buf);
	return bad ? -1 : 0;
}

static int write_sheet(struct runopts *ro, const struct proof *pf, const struct proof_person *who, struct manifest *man,
                       enum doc_format df, struct outdir *od, const char *dir)
{
	struct proof_sheet s;
	struct proof_doc d = {0};
	struct strbuf sb, rules, name;
	int ret = 0;

	proof_sheet_build(pf, who, &s);
	strbuf_init(&sb);
	strbuf_init(&rules);
	strbuf_init(&name);
	rules_summary_text(ro->cov.rules, ro->cov.need_all, ro->cov.need_classes,
	                   ro->period_text.len ? ro->period_text.buf : NULL, &rules);
	d.s = &s;
	d.pv = &ro->privacy;
	d.schedule_file = ro->schedule_file;
	d.rules = rules.buf;
	d.man = man;
	d.cov = &ro->cov;
	if (df == DOC_JSON) {
		/* JSON keeps its times as the exports wrote them, or in --tz */
		d.zone = ro->zone;
		out_proof_json(&d, &sb);
	} else {
		/* people read times in the service's zone: the schedule's, else --tz, else UTC */
		struct doc doc;
		d.zone = ro->schedule->zone;
		doc_init(&doc, ui_lang_code(ro->lang));
		sheet_doc(&doc, ro, &d);
		if (doc_bytes(&doc, df, &sb))
			ret = -1;
		doc_release(&doc);
	}
	if (!ret && dir) {
		size_t n = strlen(dir);
		strbuf_addf(&name, "sheet.%s", doc_format_ext(df));
		if (proof_dir_write(od, name.buf, sb.buf, sb.len, man) || proof_dir_finish(od, man)) {
			ret = -1;
		} else {
			/* where it is, in the reader's language, as the report says it */
			struct strbuf path, line;
			strbuf_init(&path);
			strbuf_init(&line);
			while (n > 1 && dir[n - 1] == '/')
				n--;
			strbuf_addf(&path, "%.*s/%s", (int)n, dir, name.buf);
			strbuf_addf(&line, tr(ro->lang, TP_OUT_WROTE), path.buf);
			strbuf_addch(&line, '\n');
			fputs(line.buf, stdout);
			strbuf_release(&path);
			strbuf_release(&line);
		}
	} else if (!ret) {
		struct outfile out;
		if (outfile_open(&out, NULL) || (fwrite(sb.buf, 1, sb.len, out.fp), outfile_commit(&out)))
			ret = -1;
	}
	strbuf_release(&sb);
	strbuf_release(&rules);
	strbuf_release(&name);
	proof_sheet_release(&s);
	return ret;
}

/* The options only `user` has: --format with the document formats, -o as a folder. */
struct user_opts {
	int df;
	const char *dir;
};

static int user_option(int c, const char *arg, void *ctx)
{
	struct user_opts *uo = ctx;

	if (c == OPT_FORMAT) {
		uo->df = doc_format_parse(arg);
		if (uo->df < 0) {
			diag_print("error: --format takes one of text,md,html,json, not '%s'", arg);
			return -1;
		}
		return 1;
	}
	if (c == 'o') {
		uo->dir = arg;
		return 1;
	}
	return 0;
}

static int run_user(int argc, char **argv, const struct global_opts *g)
{
	static const struct option opts[] = {RUNOPTS_LONG,      RUNOPTS_ANALYSIS_LONG, RUNOPTS_PRIVACY_LONG,
	                                     RUNOPTS_LANG_LONG, RUNOPTS_DOC_LONG,      {NULL, 0, NULL, 0}};
	struct runopts ro;
	struct run run = {0};
	struct pipeline p = {0};
	struct manifest man;
	struct proof_person **cand = NULL;
	size_t n = 0;
	int ret = 0, setup, df = DOC_TEXT;
	enum runopts_parsed parsed;
	struct user_opts uo = {DOC_TEXT, NULL};
	const char *dir = NULL, *query;
	struct outdir od;

	(void)g;
	runopts_init(&ro);
	parsed = runopts_parse(&ro, argc, argv, opts, "text", user_option, &uo, 2);
	if (parsed == RUNOPTS_OK && !*argv[optind]) {
		diag_print("error: give the citizen's id or name");
		parsed = RUNOPTS_BAD;
	}
	if (parsed != RUNOPTS_OK)
		return runopts_fail(&ro, parsed, &cmd_user);
	df = uo.df;
	dir = uo.dir;
	query = argv[optind];
	setup = runopts_setup(&ro);
	if (setup != 2)
		runopts_documents(&ro);
	if (setup == 2 || (dir && proof_dir_check(&od, dir))) {
		runopts_release(&ro);
		return EXIT_USAGE;
	}
	run.ro = &ro;
	proof_init(&run.proof, query, &ro.waits);
	p.in = ro.in;
	p.in.hash = 1; /* the manifest names each input by the SHA-256 of the bytes read */
	p.jobs = ro.jobs;
	p.classes = &ro.classes;
	p.on_thread = on_thread;
	p.ctx = &run;
	if (pipeline_run(&p, argv + optind + 1, argc - optind - 1)) {
		ret = EXIT_USAGE;
		goto done;
	}
	cand = citizens(&run.proof, &n);
	if (!n) {
		diag_error(NULL,
		           "no citizen of the inputs is '%s' (by author id, or by name ignoring case and accents)",
		           query);
		ret = EXIT_DATA;
	} else if (n == 1 && !cand[0]->messages) {
		diag_error(NULL, "'%s' is an official account in these inputs (%ld messages), not a citizen", query,
		           cand[0]->official_messages);
		ret = EXIT_DATA;
	} else if (n > 1) {
		struct doc doc;
		doc_init(&doc, ui_lang_code(ro.lang));
		out_proof_candidates(&doc, ro.lang, cand, n, query, ro.schedule->zone);
		doc_text_write(&doc, stdout);
		doc_release(&doc);
		diag_error(NULL, "'%s' names %zu people: give the id of the one you mean", query, n);
		ret = EXIT_DATA;
	} else {
		manifest_init(&man, "user");
		manifest_from_run(&man, &ro, &p);
		manifest_add_arg(&man, query);
		if (df != DOC_TEXT)
			manifest_add_option(&man, "--format", df == DOC_MD ? "md" : df == DOC_HTML ? "html" : "json");
		/* the language comes from the environment unless given: the manifest says which, so
		 * that `verify` recomputes the same words (JSON has none) */
		if (df != DOC_JSON)
			manifest_add_option(&man, "--lang", ui_lang_code(ro.lang));
		if (write_sheet(&ro, &run.proof, cand[0], &man, (enum doc_format)df, dir ? &od : NULL, dir))
			ret = EXIT_USAGE;
		else if (pipeline_had_data_errors(&p) || run.no_official_threads || setup == 1)
			ret = EXIT_DATA;
		manifest_release(&man);
	}
	if (run.no_official_threads)
		diag_warn(NULL,
		          "%ld thread%s with no official account known: their comments count as unanswered "
		          "(name the account with --official)",
		          run.no_official_threads, run.no_official_threads == 1 ? "" : "s");
	pipeline_accounting(&p);
done:
	if (dir)
		proof_dir_abort(&od); /* nothing to remove once written */
	free(cand);
	pipeline_release(&p);
	proof_release(&run.proof);
	runopts_release(&ro);
	return ret;
}

const struct cmd cmd_user = {
    .name = "user",
    .summary = "the proof sheet of one citizen: every message, its answer and wait, compared with everyone else",
    .usage =
        "user ID_OR_NAME [OPTIONS] INPUT...\n"
        "  ID_OR_NAME            the citizen's author id (or PLATFORM/ID), or display name (case and\n"
        "                        accents ignored); a name several people share lists them\n"
        "  INPUT                 export files or folders (recursed in sorted order)\n"
        "  --format FMT          text (default), md, html or json\n"
        "  -o, --output DIR      write DIR/sheet.<format> and DIR/manifest.json ('replycov verify');\n"
        "                        it appears only when complete, and replaces an earlier sheet there\n" RUNOPTS_LANG_HELP
        "  --official ID|NAME    another official account (repeatable)\n"
        "  --rules LIST          answer rules to apply: direct,branch,mention (default all)\n" RUNOPTS_ANALYSIS_HELP
            RUNOPTS_DOC_HELP RUNOPTS_PRIVACY_HELP "  --input-format NAME   skip detection (see 'replycov formats')\n"
        "  --tz ZONE             IANA zone for times written without offset, and for the times shown\n"
        "                        (with --schedule, the sheet shows times in the schedule's zone)\n"
        "  -j, --jobs N          files parsed in parallel (default: the number of cores); same output\n"
        "The person is named in their own sheet, whatever the options; everyone else only with --names.\n"
        "exit status: 0 success, 1 nobody or several people match, or data errors, 2 usage or I/O errors",
    .run = run_user,
};
