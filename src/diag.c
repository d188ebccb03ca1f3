/* diag.c: formatting and routing of warnings and errors, and the escaping of everything shown
 * on a terminal. It does not decide what is an error; callers do. It never exits. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

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

size_t diag_utf8_len(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char lo = 0x80, hi = 0xBF;
	size_t len, i;

	if (!n)
		return 0;
	if (p[0] < 0x80)
		return 1;
	if (p[0] < 0xC2 || p[0] > 0xF4)
		return 0; /* a continuation byte, an overlong lead (C0, C1) or past U+10FFFF */
	len = p[0] < 0xE0 ? 2 : p[0] < 0xF0 ? 3 : 4;
	/* The second byte's range is narrower after these leads (table 3-7). */
	if (p[0] == 0xE0)
		lo = 0xA0; /* overlong */
	else if (p[0] == 0xED)
		hi = 0x9F; /* surrogates */
	else if (p[0] == 0xF0)
		lo = 0x90; /* overlong */
	else if (p[0] == 0xF4)
		hi = 0x8F; /* past U+10FFFF */
	if (n < len || p[1] < lo || p[1] > hi)
		return 0;
	for (i = 2; i < len; i++)
		if (p[i] < 0x80 || p[i] > 0xBF)
			return 0;
	return len;
}

void diag_escape(struct strbuf *sb, const char *s, size_t n, int keep_newlines)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0;

	while (i < n) {
		size_t len = diag_utf8_len(s + i, n - i);
		unsigned char c = p[i];
		char e[7] = {'\\', 'x', 0, 0, 0, 0, 0};
		/* Printable text is copied in runs: most messages have nothing to escape. */
		if (len == 1 && c >= 0x20 && c != 0x7F) {
			run++;
			i++;
			continue;
		}
		if (len > 1 && !(len == 2 && c == 0xC2 && p[i + 1] < 0xA0)) {
			run += len;
			i += len;
			continue;
		}
		if (c == '\n' && keep_newlines) {
			run++;
			i++;
			continue;
		}
		strbuf_add(sb, s + i - run, run);
		run = 0;
		if (len == 2) { /* C1: U+0080 to U+009F */
			memcpy(e, "\\u00", 4);
			e[4] = hex[p[i + 1] >> 4];
			e[5] = hex[p[i + 1] & 15];
			strbuf_add(sb, e, 6);
			i += 2;
			continue;
		}
		/* C0, DEL, or a byte that begins no valid sequence */
		e[2] = hex[c >> 4];
		e[3] = hex[c & 15];
		strbuf_add(sb, e, 4);
		i++;
	}
	strbuf_add(sb, s + i - run, run);
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

/* "replycov: " and msg escaped, with a newline: into the capture buffer, else to stderr. */
static void emit(const struct strbuf *msg, struct strbuf *into)
{
	struct strbuf line;

	strbuf_init(&line);
	strbuf_addstr(&line, "replycov: ");
	diag_escape(&line, msg->buf, msg->len, 0);
	strbuf_addch(&line, '\n');
	if (into) {
		strbuf_add(into, line.buf, line.len);
	} else {
		clear_progress();
		fputs(line.buf, stderr);
	}
	strbuf_release(&line);
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
	format_loc(&sb, loc);
	strbuf_addstr(&sb, names[level]);
	strbuf_addstr(&sb, ": ");
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	/* The whole line is escaped here, once: callers quote input and file names as they are. */
	emit(&sb, capture ? &capture->text : NULL);
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
	if (c->dropped) {
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_addf(&sb, "%s: note: %ld more messages not shown", file, c->dropped);
		emit(&sb, NULL);
		strbuf_release(&sb);
	}
	n_warnings += c->warnings;
	n_errors += c->errors;
	strbuf_release(&c->text);
}

void diag_print(const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;

	strbuf_init(&sb);
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	emit(&sb, NULL);
	strbuf_release(&sb);
}

void diag_raw(const char *s)
{
	struct strbuf sb;

	strbuf_init(&sb);
	diag_escape(&sb, s, strlen(s), 1);
	clear_progress();
	fputs(sb.buf, stderr);
	strbuf_release(&sb);
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
