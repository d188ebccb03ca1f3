/* outdoc.c: escaping and tables for the document writers (text, Markdown, HTML). It knows
 * nothing of what the documents say. */
#include "outdoc.h"
#include "text.h"
#include "util.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void plain_add_str(struct strbuf *sb, const char *s)
{
	if (!s)
		return;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '\n' || c == '\t' || c == '\r')
			strbuf_addch(sb, ' ');
		else if (c >= 0x20 && c != 0x7f)
			strbuf_addch(sb, *s);
	}
}

void html_add_str(struct strbuf *sb, const char *s)
{
	if (!s)
		return;
	for (; *s; s++) {
		if (((unsigned char)*s < 0x20 && *s != '\n' && *s != '\t' && *s != '\r') || *s == 0x7f)
			continue; /* not allowed in HTML */
		switch (*s) {
		case '&':
			strbuf_addstr(sb, "&amp;");
			break;
		case '<':
			strbuf_addstr(sb, "&lt;");
			break;
		case '>':
			strbuf_addstr(sb, "&gt;");
			break;
		case '"':
			strbuf_addstr(sb, "&quot;");
			break;
		case '\'':
			strbuf_addstr(sb, "&#39;");
			break;
		default:
			strbuf_addch(sb, *s);
		}
	}
}

void md_add_str(struct strbuf *sb, const char *s)
{
	const char *start = s;

	if (!s)
		return;
	for (; *s; s++) {
		if (*s == '\n' || *s == '\r' || *s == '\t') {
			strbuf_addch(sb, ' ');
			continue;
		}
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			continue;
		/* Emphasis, code, links and images (they need '['), tags and entities, headings, table
		 * pipes, strikethrough; a list marker only where a line could start; '_' inside a word
		 * (ids) is no emphasis in CommonMark and stays as it is. */
		if (strchr("\\`*{}[]<>#|~&", *s) || (s == start && strchr("+-=", *s)) ||
		    (*s == '_' && !(s > start && isalnum((unsigned char)s[-1]) && isalnum((unsigned char)s[1]))))
			strbuf_addch(sb, '\\');
		strbuf_addch(sb, *s);
	}
}

void doc_add_str(struct strbuf *sb, enum doc_format f, const char *s)
{
	if (f == DOC_MD)
		md_add_str(sb, s);
	else if (f == DOC_HTML)
		html_add_str(sb, s);
	else
		plain_add_str(sb, s);
}

void doc_add_quote(struct strbuf *sb, enum doc_format f, const char *text, const char *indent)
{
	const char *p = text, *nl;
	struct strbuf line;

	strbuf_init(&line);
	if (f == DOC_HTML)
		strbuf_addstr(sb, "<blockquote>");
	for (;;) {
		size_t k, n;
		nl = strchr(p, '\n');
		n = nl ? (size_t)(nl - p) : strlen(p);
		strbuf_reset(&line);
		/* Control characters (a terminal escape, a carriage return) are not the citizen's words
		 * and could rewrite what a reader sees: a tab becomes a space, the rest go. */
		for (k = 0; k < n; k++) {
			unsigned char ch = (unsigned char)p[k];
			if (ch == '\t')
				strbuf_addch(&line, ' ');
			else if (ch >= 0x20 && ch != 0x7f)
				strbuf_addch(&line, (char)ch);
		}
		if (f == DOC_HTML) {
			if (p != text)
				strbuf_addstr(sb, "<br>");
			html_add_str(sb, line.buf);
		} else if (f == DOC_MD) {
			strbuf_addf(sb, "%s> ", indent);
			md_add_str(sb, line.buf);
			strbuf_addch(sb, '\n');
		} else {
			strbuf_addf(sb, "%s%s\n", indent, line.buf);
		}
		if (!nl)
			break;
		p = nl + 1;
	}
	if (f == DOC_HTML)
		strbuf_addstr(sb, "</blockquote>\n");
	strbuf_release(&line);
}

void table_init(struct table *t, const char *align)
{
	memset(t, 0, sizeof(*t));
	t->ncol = strlen(align);
	if (t->ncol > sizeof(t->align))
		t->ncol = sizeof(t->align);
	memcpy(t->align, align, t->ncol);
}

void table_add(struct table *t, const char *cell)
{
	XGROW(t->cells, t->cap, t->n + 1);
	t->cells[t->n++] = xstrdup(cell ? cell : "");
}

void table_addf(struct table *t, const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;

	strbuf_init(&sb);
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	XGROW(t->cells, t->cap, t->n + 1);
	t->cells[t->n++] = strbuf_detach(&sb);
}

void table_release(struct table *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->cells[i]);
	free(t->cells);
	memset(t, 0, sizeof(*t));
}

void table_render(const struct table *t, enum doc_format f, const char *indent, struct strbuf *out)
{
	size_t rows = t->ncol ? t->n / t->ncol : 0, r, c;
	size_t width[16] = {0};

	if (!rows)
		return;
	if (f == DOC_HTML) {
		strbuf_addstr(out, "<table>\n");
		for (r = 0; r < rows; r++) {
			strbuf_addstr(out, "<tr>");
			for (c = 0; c < t->ncol; c++) {
				const char *tag = r ? "td" : "th";
				strbuf_addf(out, "<%s%s>", tag, t->align[c] == 'r' ? " class=\"num\"" : "");
				html_add_str(out, t->cells[r * t->ncol + c]);
				strbuf_addf(out, "</%s>", tag);
			}
			strbuf_addstr(out, "</tr>\n");
		}
		strbuf_addstr(out, "</table>\n");
		return;
	}
	if (f == DOC_MD) {
		for (r = 0; r < rows; r++) {
			strbuf_addch(out, '|');
			for (c = 0; c < t->ncol; c++) {
				strbuf_addch(out, ' ');
				md_add_str(out, t->cells[r * t->ncol + c]);
				strbuf_addstr(out, " |");
			}
			strbuf_addch(out, '\n');
			if (!r) {
				strbuf_addch(out, '|');
				for (c = 0; c < t->ncol; c++)
					strbuf_addstr(out, t->align[c] == 'r' ? " ---: |" : " --- |");
				strbuf_addch(out, '\n');
			}
		}
		return;
	}
	for (r = 0; r < rows; r++)
		for (c = 0; c < t->ncol; c++) {
			size_t w = text_length(t->cells[r * t->ncol + c]);
			if (w > width[c])
				width[c] = w;
		}
	for (r = 0; r < rows; r++) {
		strbuf_addstr(out, indent);
		for (c = 0; c < t->ncol; c++) {
			const char *cell = t->cells[r * t->ncol + c];
			size_t pad = width[c] - text_length(cell), k;
			if (c)
				strbuf_addstr(out, "  ");
			if (t->align[c] == 'r')
				for (k = 0; k < pad; k++)
					strbuf_addch(out, ' ');
			plain_add_str(out, cell);
			if (t->align[c] != 'r' && c + 1 < t->ncol)
				for (k = 0; k < pad; k++)
					strbuf_addch(out, ' ');
		}
		/* no blanks at the end of a line */
		while (out->len > 0 && out->buf[out->len - 1] == ' ')
			out->len--;
		out->buf[out->len] = '\0';
		strbuf_addch(out, '\n');
	}
}

void html_page_begin(struct strbuf *sb, const char *title)
{
	strbuf_addstr(sb, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>");
	html_add_str(sb, title);
	strbuf_addstr(sb, "</title>\n<style>\n"
	                  "body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.4}\n"
	                  "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.2em .5em;"
	                  "vertical-align:top;text-align:left}td.num,th.num{text-align:right}\n"
	                  "blockquote{border-left:3px solid #bbb;margin:.3em 0 .3em 1em;padding-left:.7em}\n"
	                  ".status-unanswered{color:#a00;font-weight:bold}.status-answered{color:#060}\n"
	                  "article{border-top:1px solid #ddd;margin-top:1em}\n"
	                  "</style>\n</head>\n<body>\n");
}

void html_page_end(struct strbuf *sb)
{
	strbuf_addstr(sb, "</body>\n</html>\n");
}
