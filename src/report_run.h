/* report_run.h: one run of `replycov report` or `replycov thread`, and the pieces that turn
 * its results into the report folder: the charts (report_charts.c), the document
 * (report_period.c, report_thread.c, report_common.c), the data files (report_csv.c) and the
 * folder itself (report_dir.c). report_run.c wires them: options, the pipeline, the analyses
 * (coverage_thread, results, times, report_data), then the files in a temporary folder renamed
 * into place when complete. Everything a piece reads is in struct report_ctx; nothing here
 * changes the analyses' results. */
#ifndef REPLYCOV_REPORT_RUN_H
#define REPLYCOV_REPORT_RUN_H

#include "chart.h"
#include "i18n.h"
#include "outfile.h"
#include "pipeline.h"
#include "report.h"
#include "doc.h"
#include "results.h"
#include "runopts.h"
#include "spill.h"
#include "times.h"

struct global_opts;
struct fairness;
struct proof;
struct manifest;
struct cmd;
struct class_tally;

/* --format: the parts of the report folder. */
enum report_part { RF_HTML = 1, RF_MD = 2, RF_CSV = 4, RF_CHARTS = 8, RF_XLSX = 16, RF_ALL = 31 };
/* Parse "html,md,csv,charts,xlsx" (any subset, any order) into RF_* bits; 0 on an unknown name.
 * xlsx brings csv with it: the workbook is made from the CSV files. */
unsigned report_parts_parse(const char *s);

enum report_chart {
	/* post-mortem of a thread */
	CH_TIMELINE,
	CH_BACKLOG,
	CH_WAITS,
	CH_STATUS,
	CH_CITIZENS,
	/* period report */
	CH_MESSAGES,
	CH_COVERAGE,
	CH_WAITS_MONTH,
	CH_CLASSES,
	CH_HEAT,
	CH_N
};

#define REPORT_TOP_CITIZENS 10 /* bars in the most-active chart */
#define REPORT_TABLE_ROWS 30   /* rows of the long tables; the CSV files hold them all */

struct report_ctx {
	enum ui_lang lang;
	int thread_mode;
	unsigned parts; /* RF_* */
	const struct runopts *ro;
	const struct tz *zone; /* the report's zone: the schedule's, else --tz, else UTC */
	const char *zone_name;
	const char *period; /* as given (--period, or FROM..TO), NULL for everything */
	struct results *results;
	const struct times_run *times;
	const struct times_report *rep;
	const struct report_data *data;
	const struct pipeline *pipe;
	long no_official_threads;
	/* the thread of a post-mortem (thread_mode) */
	const struct thread_result *focus;
	const struct times_thread *focus_times;
	/* charts: built for the mode, written, then drawn when gnuplot is there */
	struct chart charts[CH_N];
	int built[CH_N];
	int have_gnuplot;
	int charts_failed;
	struct fairness *fair;     /* the fairness figures' source */
	const char *user;          /* --user: the person whose proof sheet is added */
	struct proof *proof;       /* their analysis, or NULL */
	struct manifest *manifest; /* what the evidence section shows */
	/* the citizen messages counted, by the classifier's class and their human label
	 * (ratio_adjust.h), or NULL: the classes section then says its shares are raw */
	const struct class_tally *class_tally;
};

/* The charts of the mode (data and scripts, nothing drawn yet). */
void report_charts_thread(struct report_ctx *x);
void report_charts_period(struct report_ctx *x);

/* A citizen of the post-mortem's thread, from its comments. */
struct report_active {
	const char *key, *name;
	long comments, need, answered;
};
/* The citizens of the focus thread, most comments first (then most answered, name, key);
 * *n set; the caller frees the array. */
struct report_active *report_active_citizens(const struct report_focus *f, size_t *n);
/* "Facebook, private messages", in the report's language (T_CH_SERIES_*). */
void report_series_label(struct report_ctx *x, const struct report_series *s, struct strbuf *sb);

/* The document of each mode, and the sections both end with. */
void report_doc_period(struct report_ctx *x, struct doc *d);
void report_doc_thread(struct report_ctx *x, struct doc *d);
/* Where a chart goes: its figure (or why it is missing). */
void report_doc_chart(struct report_ctx *x, struct doc *d, enum report_chart id, const char *desc);
void report_doc_method(struct report_ctx *x, struct doc *d);
void report_doc_files(struct report_ctx *x, struct doc *d);
/* The evidence (a section of its own, id "evidence"): every input once, with what it held and
 * its SHA-256 (the first ones, when there are many), the tool's revision and every option. */
void report_manifest(struct report_ctx *x, struct doc *d);
/* Figures as text in the report's language. */
const char *report_pct(struct report_ctx *x, struct doc *d, long n, long den);
const char *report_numtxt(struct report_ctx *x, struct doc *d, long long n);
const char *report_waittxt(struct report_ctx *x, struct doc *d, long long s);
const char *report_localtxt(struct report_ctx *x, struct doc *d, long long t);
const char *report_policy_text(struct report_ctx *x, struct doc *d);
/* The service hours in words: the schedule's name (its file's, without folders), its zone and
 * how many holidays it lists; or that none was given. */
const char *report_schedule_text(struct report_ctx *x, struct doc *d);
/* "First quarter of 2026 · times in the Europe/Madrid time zone" (or every date). */
void report_subtitle(struct report_ctx *x, struct strbuf *sb);
/* The period in words ("first quarter of 2026"), or "every date". */
const char *report_period_words(struct report_ctx *x, struct doc *d);
/* When the report counts nothing because nothing was read, or nothing is dated in its period,
 * a notice in d says which (in place of the summary's sentence). Returns 1 when there is one. */
int report_nothing_notice(struct report_ctx *x, struct doc *d);
/* A thread of the run as people know it ("2 mar · Obrim la convocatòria…"), by its result. */
const char *report_thread_label(struct report_ctx *x, struct doc *d, const struct thread_result *r);
/* The post-mortem's thread, the same way. */
const char *report_thread_name(struct report_ctx *x, struct doc *d);

/* data/: the per-comment rows of one thread (spilled by the run, written sorted), and the
 * whole files. unnamed (privacy_names_nobody): the author columns are left empty, in
 * comments.csv and citizens.csv alike (the texts were rewritten before). */
void report_csv_rows(const struct thread *t, const struct thread_coverage *c, const struct times_thread *tt,
                     const struct tz *zone, int unnamed, struct strbuf *sb);
int report_csv_write(struct report_ctx *x, const char *dir, struct spill *rows);
/* data/report.xlsx (report_xlsx.c): the CSV files of dir, once written, as one workbook, a sheet
 * per file holding the same rows, each value typed (ids as text, times as dates in the report's
 * zone, waits as durations, percentages, counts). A file with more than sheet_rows rows (header
 * included; REPORT_XLSX_ROWS, Excel's limit) goes on in "comments (2)"... The same inputs give
 * the same bytes. 0, or -1 (reported). */
#define REPORT_XLSX_ROWS 1048576L
int report_xlsx_write(struct report_ctx *x, const char *dir, long sheet_rows);

/* The report folder (outfile.h's outdir): written under a temporary name beside DIR and put
 * in place when complete, replacing an earlier report or post-mortem there; a folder that is not
 * one is never touched. */
struct report_dir {
	struct outdir od;
};
/* Before anything is read: DIR is usable (absent, empty, or an earlier report; its parent
 * exists). Fills rd. 0, or -1 (reported). */
int report_dir_check(struct report_dir *rd, const char *dir);
/* The temporary folder, with charts/ and data/ as parts need them. 0, or -1 (reported). */
int report_dir_begin(struct report_dir *rd, unsigned parts);
int report_dir_commit(struct report_dir *rd);
/* Remove the temporary folder (safe whatever state rd is in after report_dir_check). */
void report_dir_abort(struct report_dir *rd);
/* A path inside the temporary folder ("charts", "data/months.csv"); the caller frees it. */
char *report_dir_path(const struct report_dir *rd, const char *rel);
/* Remove charts/ from the temporary folder (the charts were needed for report.html only). */
void report_dir_drop_charts(struct report_dir *rd);
/* List every file of the temporary folder in m with its SHA-256, then write manifest.json
 * there (last). 0, or -1 (reported). */
int report_dir_manifest(struct report_dir *rd, struct manifest *m);
/* The command's own options and arguments in m (--format, --lang, the thread id), so that
 * `replycov verify` can run the command again. */
void report_manifest_options(struct report_ctx *x, struct manifest *m, const char *thread_id);
/* The fairness section: answer rates by class and channel, order, moderation log. */
void report_fairness(struct report_ctx *x, struct doc *d);
/* --user: the proof sheet of that person (or, when the name matches nobody or several
 * people, a notice listing them). */
void report_proof(struct report_ctx *x, struct doc *d);

/* The commands: argv[0] is the command name. */
int report_main(int argc, char **argv, const struct global_opts *g, const struct cmd *cmd, int thread_mode);

#endif
