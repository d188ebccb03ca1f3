/* report_run.c: one run of `replycov report` or `replycov thread`. The same machinery as
 * coverage and times (runopts, the pipeline with classes, coverage_thread, results_add,
 * times_run_add), then report_data for the months and the post-mortem's thread, then the
 * folder: data/, charts/ (drawn by gnuplot when it is installed), report.md and report.html,
 * written in a temporary folder renamed into place, and a short summary on stdout. */
#include "report_run.h"
#include "fairness.h"
#include "manifest.h"
#include "proof.h"
#include "ratio_adjust.h"
#include "cmd.h"
#include "diag.h"
#include "outfile.h"
#include "outfmt.h"
#include "progress.h"
#include "text.h"
#include "util_tz.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

enum { OPT_USER = 3000 };

#define NO_OFFICIAL_SHOWN 5
#define NOT_FOUND_SHOWN 8

struct run {
	struct report_ctx *x;
	struct class_tally tally; /* what the classes section's correction needs */
	struct runopts *ro;
	const char *focus_id; /* thread mode: what the user named */
	struct results results;
	struct times_run times;
	struct report_data data;
	struct spill rows;
	struct strbuf buf;
	long no_official_threads;
	/* thread mode */
	struct strbuf matches; /* keys that matched, ", "-separated */
	long n_matches;
	char *focus_key;
	struct strbuf some_keys; /* the first threads seen, for "not found" */
	long n_threads;
	struct fairness fair; /* the fairness section */
	struct proof proof;   /* --user: the proof sheet's person */
	int have_proof;
};

void report_manifest_options(struct report_ctx *x, struct manifest *m, const char *thread_id)
{
	static const char *const part_names[] = {"html", "md", "csv", "charts", "xlsx"};
	struct strbuf sb;
	int k;

	if (thread_id)
		manifest_add_arg(m, thread_id);
	if (x->parts != RF_ALL) {
		strbuf_init(&sb);
		for (k = 0; k < 5; k++)
			if (x->parts & (1u << k))
				strbuf_addf(&sb, "%s%s", sb.len ? "," : "", part_names[k]);
		manifest_add_option(m, "--format", sb.buf);
		strbuf_release(&sb);
	}
	manifest_add_option(m, "--lang", ui_lang_code(x->lang));
	if (x->user)
		manifest_add_option(m, "--user", x->user);
}

unsigned report_parts_parse(const char *s)
{
	unsigned bits = 0;
	const char *p = s;

	while (*p) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		if (n == 4 && !strncmp(p, "html", 4))
			bits |= RF_HTML;
		else if (n == 2 && !strncmp(p, "md", 2))
			bits |= RF_MD;
		else if (n == 3 && !strncmp(p, "csv", 3))
			bits |= RF_CSV;
		else if (n == 6 && !strncmp(p, "charts", 6))
			bits |= RF_CHARTS;
		else if (n == 4 && !strncmp(p, "xlsx", 4))
			bits |= RF_XLSX | RF_CSV;
		else if (n == 3 && !strncmp(p, "all", 3))
			bits |= RF_ALL;
		else
			return 0;
		if (!comma)
			break;
		p = comma + 1;
		if (!*p)
			return 0;
	}
	return bits;
}

/* THREAD_ID names thread t: its key (platform/id), its id, or for Facebook the post part of a
 * PAGE_POST id; "platform/..." limits the match to that platform. */
static int names_thread(const char *want, const struct thread *t)
{
	const char *slash = strchr(want, '/'), *id = want;
	size_t n;

	if (!strcmp(want, t->key))
		return 1;
	if (slash) {
		if ((size_t)(slash - want) != strlen(t->platform) || strncmp(want, t->platform, (size_t)(slash - want)))
			return 0;
		id = slash + 1;
	}
	if (!strcmp(id, t->id))
		return 1;
	if (strcmp(t->platform, "facebook"))
		return 0;
	n = strlen(id);
	{
		size_t len = strlen(t->id);
		return n && len > n + 1 && t->id[len - n - 1] == '_' && !strcmp(t->id + len - n, id);
	}
}

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
	struct report_ctx *x = run->x;
	struct thread_coverage c;
	const struct times_thread *tt;

	if (run->focus_id) {
		if (!replace && run->n_threads++ < NOT_FOUND_SHOWN)
			strbuf_addf(&run->some_keys, "%s'%s'", run->some_keys.len ? ", " : "", t->key);
		if (!names_thread(run->focus_id, t))
			return;
		if (!run->focus_key) {
			run->focus_key = xstrdup(t->key);
			run->n_matches = 1;
			strbuf_addf(&run->matches, "'%s'", t->key);
		} else if (strcmp(run->focus_key, t->key)) {
			if (!replace) {
				run->n_matches++;
				strbuf_addf(&run->matches, ", '%s'", t->key);
			}
			return; /* ambiguous: reported after the run */
		}
	}
	coverage_thread(t, &run->ro->cov, &c);
	/* The proof sheet sees the thread as written: it names its person even under
	 * --pseudonymize, and asks the pseudonyms for everyone else itself. */
	if (run->ro->privacy.ps)
		pseudonyms_learn(run->ro->privacy.ps, t, c.official);
	if (run->have_proof)
		proof_add(&run->proof, t, &c, replace);
	/* Under --pseudonymize, or naming nobody, the thread is rewritten before anything is written
	 * from it. */
	if (run->ro->privacy.ps)
		privacy_rewrite_thread(&run->ro->privacy, t, c.official);
	fairness_add(&run->fair, t, &c, replace);
	/* As in times: a private conversation the page never wrote in is unanswered, not a thread
	 * whose account is unknown, when --official names the page. */
	if (c.source == OFFICIAL_NONE && c.n_comments && !replace && !(run->ro->official.n && all_private(t)))
		run->no_official_threads++;
	results_add(&run->results, t, &c, replace);
	tt = times_run_add(&run->times, t, &c);
	report_data_add(&run->data, t, &c);
	if (run->focus_id)
		report_data_focus(&run->data, t, &c);
	if (x->parts & RF_CSV) {
		strbuf_reset(&run->buf);
		report_csv_rows(t, &c, tt, x->zone, privacy_names_nobody(&run->ro->privacy), &run->buf);
		spill_put(&run->rows, t->key, run->buf.buf, run->buf.len);
	}
	thread_coverage_release(&c);
}

/* The summary on standard output: a small document in the report's language, written by the
 * text writer. */
static void summary_period(struct report_ctx *x)
{
	struct summary s;
	const struct wait_figures *w = &x->rep->overall;
	const char *h[5];
	struct doc_table *t;
	struct doc d;
	struct strbuf sub;
	size_t i;
	int nothing;

	doc_init(&d, ui_lang_code(x->lang));
	strbuf_init(&sub);
	results_summary(x->results, &s);
	report_subtitle(x, &sub);
	d.title = doc_fmt(&d, "%s · %s", tr(x->lang, T_REPORT_TITLE), sub.buf);
	nothing = report_nothing_notice(x, &d);
	if (s.need_reply)
		doc_para(&d, doc_fmt(&d, tr(x->lang, T_SUMMARY_SENTENCE), report_numtxt(x, &d, s.answered),
		                     report_numtxt(x, &d, s.need_reply), report_pct(x, &d, s.answered, s.need_reply),
		                     report_numtxt(x, &d, s.users_never_answered), report_numtxt(x, &d, s.users)));
	else if (!nothing)
		doc_para(&d, tr(x->lang, T_SUMMARY_NOTHING));
	if (w->answered)
		doc_para(&d, doc_fmt(&d, tr(x->lang, T_SUMMARY_WAIT), report_waittxt(x, &d, w->calendar.median),
		                     report_waittxt(x, &d, w->service.median), report_waittxt(x, &d, w->calendar.p90),
		                     report_waittxt(x, &d, w->service.p90)));
	if (x->data->n_months) {
		h[0] = tr(x->lang, T_H_MONTH);
		h[1] = tr(x->lang, T_CITIZEN_MESSAGES);
		h[2] = tr(x->lang, T_NEED_REPLY);
		h[3] = tr(x->lang, T_COVERAGE);
		h[4] = tr(x->lang, T_MEDIAN_SVC);
		doc_section(&d, "months", "");
		t = doc_table(&d, 5, 0x1e, h);
		for (i = 0; i < x->data->n_months; i++) {
			const struct report_month *m = &x->data->months[i];
			struct strbuf lab;
			strbuf_init(&lab);
			tr_month_label(&lab, x->lang, m->ym);
			doc_cell(&d, t, lab.buf);
			strbuf_release(&lab);
			doc_cell(&d, t, report_numtxt(x, &d, m->citizen[0] + m->citizen[1]));
			doc_cell(&d, t, report_numtxt(x, &d, m->need[0] + m->need[1]));
			doc_cell(&d, t, report_pct(x, &d, m->answered[0] + m->answered[1], m->need[0] + m->need[1]));
			doc_cell(&d, t, report_waittxt(x, &d, m->waits ? m->waits->service.median : -1));
		}
	}
	doc_text_write(&d, stdout);
	strbuf_release(&sub);
	doc_release(&d);
}

static void summary_thread(struct report_ctx *x, const char *dumb)
{
	const struct report_focus *f = &x->data->focus;
	const struct thread_result *r = x->focus;
	const struct times_group *g = NULL;
	struct doc d;
	struct doc_block *l;
	long never = 0;
	size_t i;
	int nothing;

	doc_init(&d, ui_lang_code(x->lang));
	for (i = 0; i < x->rep->n_thread; i++)
		if (!strcmp(x->rep->by_thread[i].key, f->key))
			g = &x->rep->by_thread[i];
	never = r->citizens_unanswered;
	d.title = doc_fmt(&d, "%s: %s", tr(x->lang, T_THREAD_TITLE), report_thread_name(x, &d));
	d.title_small = f->key;
	l = doc_list(&d);
	doc_field(&d, l, tr(x->lang, T_FIRST_MESSAGE), report_localtxt(x, &d, f->first));
	doc_field(&d, l, tr(x->lang, T_LAST_MESSAGE), report_localtxt(x, &d, f->last));
	doc_field(&d, l, tr(x->lang, T_OFFICIAL_ACCOUNT),
	          f->official_name ? f->official_name : tr(x->lang, T_NO_OFFICIAL));
	nothing = report_nothing_notice(x, &d);
	if (r->need)
		doc_para(&d, doc_fmt(&d, tr(x->lang, T_SUMMARY_SENTENCE), report_numtxt(x, &d, r->answered),
		                     report_numtxt(x, &d, r->need), report_pct(x, &d, r->answered, r->need),
		                     report_numtxt(x, &d, never), report_numtxt(x, &d, (long long)r->n_contrib)));
	else if (!nothing)
		doc_para(&d, tr(x->lang, T_SUMMARY_NOTHING));
	if (g && g->f.answered)
		doc_para(&d,
		         doc_fmt(&d, tr(x->lang, T_SUMMARY_WAIT), report_waittxt(x, &d, g->f.calendar.median),
		                 report_waittxt(x, &d, g->f.service.median), report_waittxt(x, &d, g->f.calendar.p90),
		                 report_waittxt(x, &d, g->f.service.p90)));
	doc_text_write(&d, stdout);
	doc_release(&d);
	if (dumb) {
		fputc('\n', stdout);
		fputs(dumb, stdout);
	}
}

/* The terminal's width for the text chart, within reason. */
static int term_columns(void)
{
	struct winsize ws;

	if (!ioctl(1, TIOCGWINSZ, &ws) && ws.ws_col >= 60)
		return ws.ws_col > 160 ? 160 : ws.ws_col;
	return 100;
}

static int parse_args(int argc, char **argv, struct runopts *ro, struct report_ctx *x, const struct cmd *cmd)
{
	static const struct option opts[] = {RUNOPTS_LONG,         RUNOPTS_ANALYSIS_LONG,
	                                     RUNOPTS_PRIVACY_LONG, RUNOPTS_LANG_LONG,
	                                     RUNOPTS_DOC_LONG,     {"user", required_argument, NULL, OPT_USER},
	                                     {NULL, 0, NULL, 0}};
	int c;

	optind = 0; /* 0, not 1: glibc then resets its state and lets options follow the inputs */
	while ((c = getopt_long(argc, argv, RUNOPTS_SHORT, opts, NULL)) != -1) {
		int h;
		if (c == OPT_HELP)
			return 3;
		if (c == OPT_FORMAT) {
			x->parts = report_parts_parse(optarg);
			if (!x->parts) {
				diag_print("error: --format takes a comma-separated list of html, md, csv, charts (or "
				           "all), not '%s'",
				           optarg);
				return 2;
			}
			continue;
		}
		if (c == OPT_USER) {
			if (!*optarg) {
				diag_print("error: --user needs an id or a name");
				return 2;
			}
			x->user = optarg;
			continue;
		}
		h = runopts_handle(ro, c, optarg, "");
		if (h < 0)
			return 2;
		if (!h)
			return 1;
	}
	(void)cmd;
	if (!ro->output) {
		diag_print("error: -o DIR is required: the folder the report is written to");
		return 1;
	}
	if (optind + (x->thread_mode ? 1 : 0) >= argc)
		return 1;
	return 0;
}

int report_main(int argc, char **argv, const struct global_opts *g, const struct cmd *cmd, int thread_mode)
{
	struct runopts ro;
	struct report_ctx x;
	struct run run;
	struct pipeline p;
	struct progress pr;
	struct times_report rep;
	struct report_dir rd;
	struct gnuplot gp;
	struct doc doc;
	struct strbuf dumb;
	struct manifest man;
	int ret = 0, setup, bad, have_rep = 0, have_doc = 0, have_man = 0, have_dir = 0, read = 0, i;
	char **inputs;
	int n_inputs;

	runopts_init(&ro);
	memset(&x, 0, sizeof(x));
	memset(&run, 0, sizeof(run));
	memset(&p, 0, sizeof(p));
	memset(&gp, 0, sizeof(gp));
	memset(&rd, 0, sizeof(rd));
	strbuf_init(&dumb);
	x.parts = RF_ALL;
	x.thread_mode = thread_mode;
	bad = parse_args(argc, argv, &ro, &x, cmd);
	if (bad) {
		runopts_release(&ro);
		return bad == 3 ? cmd_usage(cmd, 0) : bad == 2 ? EXIT_USAGE : cmd_usage(cmd, 1);
	}
	x.lang = ro.lang;
	setup = runopts_setup(&ro);
	if (setup != 2)
		runopts_documents(&ro);
	if (setup == 2 || report_dir_check(&rd, ro.output)) {
		runopts_release(&ro);
		return EXIT_USAGE;
	}
	have_dir = 1;
	inputs = argv + optind + (thread_mode ? 1 : 0);
	n_inputs = argc - optind - (thread_mode ? 1 : 0);
	x.ro = &ro;
	x.zone = ro.schedule->zone;
	x.zone_name = tz_name(x.zone);
	x.period = ro.period_text.len ? ro.period_text.buf : NULL;
	run.x = &x;
	run.ro = &ro;
	run.focus_id = thread_mode ? argv[optind] : NULL;
	results_init(&run.results, 0);
	fairness_init(&run.fair, &ro.cov, x.period);
	x.fair = &run.fair;
	if (x.user) {
		proof_init(&run.proof, x.user, &ro.waits);
		run.have_proof = 1;
		x.proof = &run.proof;
	}
	times_run_init(&run.times, &ro.waits);
	report_data_init(&run.data, x.zone, ro.waits.from, ro.waits.to);
	spill_init(&run.rows);
	strbuf_init(&run.buf);
	strbuf_init(&run.matches);
	strbuf_init(&run.some_keys);
	p.in = ro.in;
	p.in.hash = 1; /* the manifest names each input by the SHA-256 of the bytes read */
	p.jobs = ro.jobs;
	p.classes = &ro.classes;
	p.on_thread = on_thread;
	p.ctx = &run;
	progress_init(&pr, !g->quiet);
	progress_attach(&pr, &p);
	i = pipeline_run(&p, inputs, n_inputs);
	progress_end(&pr);
	if (i) {
		ret = EXIT_USAGE;
		goto done;
	}
	read = 1; /* from here on, every exit ends with the accounting line */
	if (thread_mode && run.n_matches != 1) {
		if (!run.n_matches)
			diag_print("error: no thread matches '%s' (the threads read: %s%s)", run.focus_id,
			           run.some_keys.len ? run.some_keys.buf : "none",
			           run.n_threads > NOT_FOUND_SHOWN ? " and others" : "");
		else
			diag_print("error: '%s' names %ld threads: %s; give the whole key (platform/id)", run.focus_id,
			           run.n_matches, run.matches.buf);
		/* with nothing read, the data is what is missing, not the id */
		ret = p.read ? EXIT_USAGE : EXIT_DATA;
		goto done;
	}
	times_report_build(&run.times, &rep);
	have_rep = 1;
	report_data_finish(&run.data, &run.times, &rep);
	/* A report of a period is done with the waits (rep and the data keep the figures): freed
	 * before the document is built, so that a large run does not hold both. */
	if (!thread_mode)
		times_run_release(&run.times);
	x.results = &run.results;
	x.times = &run.times;
	x.rep = &rep;
	x.data = &run.data;
	report_data_tally(&run.data, &run.tally);
	x.class_tally = &run.tally;
	x.pipe = &p;
	x.no_official_threads = run.no_official_threads;
	if (thread_mode) {
		x.focus = strmap_get(&run.results.threads, run.focus_key);
		x.focus_times = strmap_get(&run.times.threads, run.focus_key);
	}
	x.have_gnuplot = gnuplot_find(&gp) == 0;
	if (x.parts & (RF_HTML | RF_MD | RF_CHARTS)) {
		if (thread_mode)
			report_charts_thread(&x);
		else
			report_charts_period(&x);
	}
	if (report_dir_begin(&rd, x.parts))
		goto io_error;
	if (x.parts & RF_CSV) {
		char *dd = report_dir_path(&rd, "data");
		int bad_csv = report_csv_write(&x, dd, &run.rows) ||
		              ((x.parts & RF_XLSX) && report_xlsx_write(&x, dd, REPORT_XLSX_ROWS));
		free(dd);
		if (bad_csv)
			goto io_error;
	}
	if (x.parts & (RF_HTML | RF_MD | RF_CHARTS)) {
		char *cd = report_dir_path(&rd, "charts");
		struct chart *list[CH_N];
		size_t n = 0;
		int k, bad_chart = 0;
		for (k = 0; k < CH_N; k++)
			if (x.built[k]) {
				bad_chart |= chart_write(&x.charts[k], cd);
				list[n++] = &x.charts[k];
			}
		if (!bad_chart && x.have_gnuplot) {
			x.charts_failed = gnuplot_render(&gp, cd, list, n, ro.jobs);
			/* On a terminal, the shape of the day as text, under the summary. */
			if (thread_mode && isatty(1) && x.charts[CH_TIMELINE].drawn)
				gnuplot_dumb(&gp, cd, &x.charts[CH_TIMELINE], term_columns(), 22, &dumb);
		}
		free(cd);
		if (bad_chart)
			goto io_error;
	}
	manifest_init(&man, thread_mode ? "thread" : "report");
	have_man = 1;
	manifest_from_run(&man, &ro, &p);
	report_manifest_options(&x, &man, thread_mode ? run.focus_id : NULL);
	x.manifest = &man;
	doc_init(&doc, ui_lang_code(x.lang));
	have_doc = 1;
	/* the organisation: --org, else the schedule's `org` line */
	if (ro.org)
		doc.org = doc_str(&doc, ro.org);
	else if (ro.schedule && ro.schedule->org)
		doc.org = doc_str(&doc, ro.schedule->org);
	if (thread_mode)
		report_doc_thread(&x, &doc);
	else
		report_doc_period(&x, &doc);
	for (i = 0; i < 2; i++) {
		unsigned part = i ? RF_HTML : RF_MD;
		char *path;
		struct outfile o;
		int bad_doc;
		if (!(x.parts & part))
			continue;
		path = report_dir_path(&rd, i ? "report.html" : "report.md");
		bad_doc = outfile_open(&o, path);
		free(path);
		if (!bad_doc) {
			if ((i ? doc_html_write(&doc, o.fp) : doc_md_write(&doc, o.fp))) {
				outfile_abort(&o);
				bad_doc = 1;
			} else {
				bad_doc = outfile_commit(&o);
			}
		}
		if (bad_doc)
			goto io_error;
	}
	if (!(x.parts & RF_CHARTS))
		report_dir_drop_charts(&rd);
	/* Last, the manifest: what was read, how, and the SHA-256 of every file written, so that
	 * `replycov verify` can recompute the folder. A folder with a manifest is complete. */
	if (report_dir_manifest(&rd, x.manifest))
		goto io_error;
	have_dir = 0; /* committed, or removed when that failed */
	if (report_dir_commit(&rd)) {
		ret = EXIT_USAGE;
		goto done;
	}
	/* The summary on stdout, then where the report is. */
	if (thread_mode)
		summary_thread(&x, dumb.len ? dumb.buf : NULL);
	else
		summary_period(&x);
	fputc('\n', stdout);
	if (!x.have_gnuplot && (x.parts & (RF_HTML | RF_MD | RF_CHARTS)))
		printf("%s\n", tr(x.lang, T_OUT_NO_CHARTS));
	if (x.charts_failed)
		printf("%s\n",
		       doc_fmt(&doc, tr(x.lang, T_OUT_CHARTS_FAILED), report_numtxt(&x, &doc, x.charts_failed)));
	{
		char *final = xstrdup(ro.output);
		size_t n = strlen(final);
		while (n > 1 && final[n - 1] == '/')
			final[--n] = '\0';
		printf("%s\n", doc_fmt(&doc, tr(x.lang, T_OUT_WROTE), final));
		if (x.parts & (RF_HTML | RF_MD))
			printf("%s\n",
			       doc_fmt(&doc, tr(x.lang, T_OUT_OPEN),
			               doc_fmt(&doc, "%s/%s", final, x.parts & RF_HTML ? "report.html" : "report.md")));
		free(final);
	}
	if (run.no_official_threads)
		diag_warn(NULL,
		          "%ld thread%s with no official account known; their comments count as unanswered "
		          "(name the account with --official)",
		          run.no_official_threads, run.no_official_threads == 1 ? "" : "s");
	if (pipeline_had_data_errors(&p) || run.no_official_threads || setup == 1)
		ret = EXIT_DATA;
	goto done;
io_error:
	ret = EXIT_USAGE;
done:
	if (have_dir)
		report_dir_abort(&rd);
	if (read)
		pipeline_accounting(&p);
	if (have_doc)
		doc_release(&doc);
	if (have_man)
		manifest_release(&man);
	fairness_release(&run.fair);
	if (run.have_proof)
		proof_release(&run.proof);
	for (i = 0; i < CH_N; i++)
		if (x.built[i])
			chart_release(&x.charts[i]);
	gnuplot_release(&gp);
	if (have_rep)
		times_report_release(&rep);
	report_data_release(&run.data);
	pipeline_release(&p);
	results_release(&run.results);
	times_run_release(&run.times);
	spill_release(&run.rows);
	strbuf_release(&run.buf);
	strbuf_release(&run.matches);
	strbuf_release(&run.some_keys);
	strbuf_release(&dumb);
	free(run.focus_key);
	runopts_release(&ro);
	return ret;
}
