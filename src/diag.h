/* diag.h: the only place that writes messages to stderr.
 * Format (mandoc/git): "replycov: FILE:LINE:COL: warning: text 'subject'", lowercase, no final
 * period. While a capture is active on the calling thread, messages go into it instead, so
 * files parsed in parallel still report in input order. */
#ifndef REPLYCOV_DIAG_H
#define REPLYCOV_DIAG_H

#include "strbuf.h"

/* Where something came from: a file and a line:column, or a record number (CSV rows, JSON lines). */
struct loc {
	const char *file; /* may be NULL: the message has no location */
	long line, col;   /* 1-based; 0 when unknown */
	long record;      /* 1-based record number when line is unknown; 0 otherwise */
};

enum diag_level { DIAG_NOTE, DIAG_WARN, DIAG_ERROR };

/* Messages buffered for one input; at most `limit` are kept, the rest only counted. */
struct diag_capture {
	struct strbuf text;
	long warnings, errors, dropped;
	long limit;
};

void diag_msg(enum diag_level level, const struct loc *loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
#define diag_warn(...) diag_msg(DIAG_WARN, __VA_ARGS__)
#define diag_error(...) diag_msg(DIAG_ERROR, __VA_ARGS__)
#define diag_note(...) diag_msg(DIAG_NOTE, NULL, __VA_ARGS__)

/* Redirect this thread's messages into c (NULL restores stderr). */
void diag_capture_begin(struct diag_capture *c, long limit);
void diag_capture_end(void);
/* Print what c holds (and how many were dropped, naming file) to stderr, then release it. */
void diag_capture_flush(struct diag_capture *c, const char *file);

/* Plain line to stderr ("replycov: " prefix added), for usage errors and the accounting line. */
void diag_print(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Text to stderr with no prefix (progress, summaries meant for stderr). */
void diag_raw(const char *s);

/* A progress line on a terminal (progress.c): drawn over the previous one with a carriage
 * return; NULL erases it. Any other message first erases a line that is shown. */
void diag_progress(const char *line);
/* Totals over the run (captured messages count when flushed). */
long diag_warnings(void);
long diag_errors(void);

#endif
