/* out_times.h: the response-time report as JSON or CSV, and as a document for people (doc.h)
 * that the document writers put in text, Markdown or HTML. Per-comment rows are rendered
 * thread by thread (so they can be spilled, as coverage's are) and the JSON or CSV is
 * assembled at the end. out_times_json_report renders the report alone as one JSON object, for
 * embedding in another document (coverage --format json). */
#ifndef REPLYCOV_OUT_TIMES_H
#define REPLYCOV_OUT_TIMES_H

#include <stdio.h>

#include "doc.h"
#include "i18n.h"
#include "out_coverage.h"
#include "spill.h"
#include "times.h"

struct times_doc {
	enum out_format format; /* OUT_JSON or OUT_CSV for out_times_write */
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
/* The whole JSON or CSV document. Returns 0 or -1 when the rows could not be read back. */
int out_times_write(const struct times_doc *d, FILE *out);
/* The report for people in language l, its times in zone (the schedule's; NULL: UTC), added to
 * d as parts (doc_part): a summary, the waits in both clocks and by thread, platform, channel,
 * month and agent, the platform's private-message figure step by step, and the holidays met.
 * The caller gives d its title and subtitle. td->rows is not read. */
void times_doc(struct doc *d, enum ui_lang l, const struct times_doc *td, const struct tz *zone);
/* {"summary":..., "rules":..., "overall":..., "by_thread":..., ..., "platform_variant":...,
 * "backlog":[...]} without per-comment rows, appended to sb. */
void out_times_json_report(const struct times_doc *d, struct strbuf *sb);

#endif
