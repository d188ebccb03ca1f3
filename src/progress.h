/* progress.h: a progress line on stderr for long runs: files and messages done, messages per
 * second and the time left (from the bytes read so far). Shown only when stderr is a terminal
 * and --quiet was not given, and only after the run has lasted a moment, so short runs and
 * redirected output never see it. It uses the wall clock, and only for this line: nothing of
 * it reaches any output file. */
#ifndef REPLYCOV_PROGRESS_H
#define REPLYCOV_PROGRESS_H

#include "pipeline.h"

struct progress {
	int on;
	long long t0, last; /* milliseconds, monotonic clock */
	long long bytes_total, bytes_done;
	int sized; /* file sizes looked up */
	int shown;
};

/* enabled: the command's wish (not --quiet); the terminal test is done here. */
void progress_init(struct progress *pr, int enabled);
/* Hook it into a pipeline: p->on_file and p->file_ctx. */
void progress_attach(struct progress *pr, struct pipeline *p);
/* Erase the line (when shown). */
void progress_end(struct progress *pr);

#endif
