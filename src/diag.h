/* diag.h: the only place that writes messages to stderr.
 * Format (mandoc/git): "replycov: FILE:LINE:COL: warning: text 'subject'", lowercase, no final
 * period. While a capture is active on the calling thread, messages go into it instead, so
 * files parsed in parallel still report in input order. Every message is escaped for the
 * terminal (diag_escape) as a whole, file name and quoted subject included: nothing read from
 * an input or a file name reaches the terminal as a control sequence. */
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

/* The length of the well-formed UTF-8 sequence at s[0..n): 1 to 4, or 0 when s[0] begins none
 * (Unicode 3.9, table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF; a NUL byte
 * counts as one). n == 0 gives 0. */
size_t diag_utf8_len(const char *s, size_t n);
/* Append s[0..n) to sb so that showing it on a terminal changes nothing but the text: valid
 * UTF-8 is kept as it is (accents, emoji); each control character is written as an escape,
 * C0 and DEL as \xNN (ESC as \x1b, a newline as \x0a, a tab as \x09) and C1 as \u0080 to
 * \u009f; each byte of an invalid UTF-8 sequence as \xNN (Latin-1 "caf\xe9"). keep_newlines:
 * '\n' is kept (text of several lines). A backslash is kept as it is: the result is for
 * reading, not for parsing back (JSON and CSV outputs keep the exact text). */
void diag_escape(struct strbuf *sb, const char *s, size_t n, int keep_newlines);

/* Plain line to stderr ("replycov: " prefix added), for usage errors and the accounting line. */
void diag_print(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Text to stderr with no prefix (progress, summaries meant for stderr), escaped as diag_escape
 * does, newlines kept. */
void diag_raw(const char *s);

/* A progress line on a terminal (progress.c): drawn over the previous one with a carriage
 * return; NULL erases it. Any other message first erases a line that is shown. */
void diag_progress(const char *line);
/* Totals over the run (captured messages count when flushed). */
long diag_warnings(void);
long diag_errors(void);

#endif
