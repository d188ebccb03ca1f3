/* diag.c: formatting and routing of warnings and errors.
 * It does not decide what is an error; callers do. It never exits. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>

static _Thread_local struct diag_capture *capture;
static long n_warnings, n_errors;
static int progress_shown; /* a progress line is on the terminal: clear it before a message */

static void clear_progress(void)
{
	if (progress_shown) {
		fputs("\r\033[K", stderr);
		progress_shown = 0;
	}
}

static void format_loc(struct strbuf *sb, const struct loc *loc)
{
	if (!loc || !loc->file)
		return;
	strbuf_addstr(sb, loc->file);
	if (loc->line > 0) {
		strbuf_addf(sb, ":%ld", loc->line);
		if (loc->col > 0)
			strbuf_addf(sb, ":%ld", loc->col);
	} else if (loc->record > 0) {
		strbuf_addf(sb, ": record %ld", loc->record);
	}
	strbuf_addstr(sb, ": ");
}

void diag_msg(enum diag_level level, const struct loc *loc, const char *fmt, ...)
{
	static const char *names[] = {"note", "warning", "error"};
	struct strbuf sb;
	va_list ap;

	if (capture) {
		if (level == DIAG_WARN)
			capture->warnings++;
		else if (level == DIAG_ERROR)
			capture->errors++;
		if (capture->limit > 0 && capture->warnings + capture->errors > capture->limit) {
			capture->dropped++;
			return;
		}
	} else if (level == DIAG_WARN) {
		n_warnings++;
	} else if (level == DIAG_ERROR) {
		n_errors++;
	}
	strbuf_init(&sb);
	strbuf_addstr(&sb, "replycov: ");
	format_loc(&sb, loc);
	strbuf_addstr(&sb, names[level]);
	strbuf_addstr(&sb, ": ");
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	strbuf_addch(&sb, '\n');
	if (capture) {
		strbuf_add(&capture->text, sb.buf, sb.len);
	} else {
		clear_progress();
		fputs(sb.buf, stderr);
	}
	strbuf_release(&sb);
}

void diag_capture_begin(struct diag_capture *c, long limit)
{
	strbuf_init(&c->text);
	c->warnings = c->errors = c->dropped = 0;
	c->limit = limit;
	capture = c;
}

void diag_capture_end(void)
{
	capture = NULL;
}

void diag_capture_flush(struct diag_capture *c, const char *file)
{
	if (c->text.len || c->dropped)
		clear_progress();
	fputs(c->text.buf, stderr);
	if (c->dropped)
		fprintf(stderr, "replycov: %s: note: %ld more messages not shown\n", file, c->dropped);
	n_warnings += c->warnings;
	n_errors += c->errors;
	strbuf_release(&c->text);
}

void diag_print(const char *fmt, ...)
{
	va_list ap;

	clear_progress();
	fputs("replycov: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void diag_raw(const char *s)
{
	clear_progress();
	fputs(s, stderr);
}

void diag_progress(const char *line)
{
	if (line) {
		fputs("\r", stderr);
		fputs(line, stderr);
		fputs("\033[K", stderr);
		progress_shown = 1;
	} else {
		clear_progress();
	}
	fflush(stderr);
}

long diag_warnings(void)
{
	return n_warnings;
}

long diag_errors(void)
{
	return n_errors;
}
