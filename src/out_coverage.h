/* out_coverage.h: the coverage report as text, JSON or CSV. Per-comment rows are rendered
 * thread by thread (so they can be spilled) and the document is assembled at the end. */
#ifndef REPLYCOV_OUT_COVERAGE_H
#define REPLYCOV_OUT_COVERAGE_H

#include <stdio.h>

#include "coverage.h"
#include "pipeline.h"
#include "results.h"
#include "privacy.h"
#include "spill.h"
#include "waits.h"

enum out_format { OUT_TEXT, OUT_JSON, OUT_CSV };

struct coverage_doc {
	enum out_format format;
	struct results *results;
	struct spill *rows; /* per-comment rows (JSON, CSV), keyed by thread */
	const struct pipeline *pipe;
	const struct tz *zone; /* times shown in this zone; NULL: UTC */
	unsigned rules;
	int need_all;
	unsigned need_classes;              /* the need-reply policy's classes (0: no classification) */
	struct spill *excluded;             /* text: per-thread lines of comments the policy excluded */
	const char *times_json;             /* the "times" object (out_times_json_report), or NULL */
	const struct wait_figures *service; /* service-hours figures when --schedule was given */
	const char *schedule_file;
	const char *period;        /* --period/--from/--to as given, or NULL */
	const struct privacy *pv;  /* pseudonyms and --min-cell (NULL: names as written) */
	const char *fairness_json; /* the "fairness" object, or NULL */
	const char *manifest_json; /* the "manifest" object, or NULL */
};

/* Lines for the text report's list of comments the need-reply policy excluded (class,
 * confidence, cues, start of the text), for one thread, appended to sb. */
void out_coverage_excluded(const struct thread *t, const struct thread_coverage *c, const struct tz *zone,
                           const struct privacy *pv, struct strbuf *sb);

/* Rows of one thread's citizen comments, appended to sb (JSON objects joined by ",\n", or
 * CSV lines). */
void out_coverage_rows(enum out_format f, const struct thread *t, const struct thread_coverage *c,
                       const struct privacy *pv, struct strbuf *sb);
/* The whole document. Returns 0 or -1 when the rows could not be read back. */
int out_coverage_write(const struct coverage_doc *d, FILE *out);

#endif
