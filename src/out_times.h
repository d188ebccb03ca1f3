/* out_times.h: the response-time report as text, JSON or CSV. Per-comment rows are rendered
 * thread by thread (so they can be spilled, as coverage's are) and the document is assembled
 * at the end. out_times_json_report renders the report alone as one JSON object, for embedding
 * in another document (coverage --format json). */
#ifndef REPLYCOV_OUT_TIMES_H
#define REPLYCOV_OUT_TIMES_H

#include <stdio.h>

#include "out_coverage.h"
#include "spill.h"
#include "times.h"

struct times_doc {
	enum out_format format;
	const struct times_run *run;
	const struct times_report *rep;
	struct spill *rows;          /* per-comment rows (JSON, CSV), keyed by thread */
	const struct pipeline *pipe; /* for the accounting object; may be NULL */
	const char *schedule_file;   /* NULL: no --schedule (day and night) */
	const char *period;          /* as given (--period or --from/--to), NULL for everything */
	int elapsed_before_opening;
};

/* Rows of one thread's comments needing a reply, appended to sb (JSON objects joined by ",\n",
 * or CSV lines). */
void out_times_rows(enum out_format f, const struct thread *t, const struct thread_coverage *c,
                    const struct times_thread *tt, const struct times_run *r, struct strbuf *sb);
/* The whole document. Returns 0 or -1 when the rows could not be read back. */
int out_times_write(const struct times_doc *d, FILE *out);
/* {"summary":..., "rules":..., "overall":..., "by_thread":..., ..., "platform_variant":...,
 * "backlog":[...]} without per-comment rows, appended to sb. */
void out_times_json_report(const struct times_doc *d, struct strbuf *sb);

#endif
