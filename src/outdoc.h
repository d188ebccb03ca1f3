/* outdoc.h: the pieces writers of documents share: escaping for Markdown and HTML, and tables
 * rendered the same way as aligned text, a Markdown table or an HTML table. Cells are copied;
 * a table owns them until table_release. */
#ifndef REPLYCOV_OUTDOC_H
#define REPLYCOV_OUTDOC_H

#include <stddef.h>

#include "doc.h"
#include "strbuf.h"

/* s for plain text: on one line, control characters (a terminal escape) dropped. */
void plain_add_str(struct strbuf *sb, const char *s);
/* s with & < > " ' as entities, control characters dropped; NULL adds nothing. */
void html_add_str(struct strbuf *sb, const char *s);
/* s on one line for Markdown: newlines and tabs become spaces, and every character Markdown or
 * HTML could read as markup is backslash-escaped, so a comment can never become a link, a
 * heading or a tag. */
void md_add_str(struct strbuf *sb, const char *s);
/* A quoted text in the format: text as is with each line indented by indent; Markdown as a
 * block quote; HTML as <blockquote> with line breaks. */
void doc_add_quote(struct strbuf *sb, enum doc_format f, const char *text, const char *indent);
/* s escaped for the format (text and JSON-less: as is; md: md_add_str; html: html_add_str). */
void doc_add_str(struct strbuf *sb, enum doc_format f, const char *s);

/* A complete HTML page around body text: UTF-8, a small inline style sheet, no script and
 * nothing loaded from elsewhere. */
void html_page_begin(struct strbuf *sb, const char *title);
void html_page_end(struct strbuf *sb);

struct table {
	size_t ncol;
	char align[16]; /* per column 'l' or 'r' */
	char **cells;   /* row-major; the first row is the header */
	size_t n, cap;
};

/* align: one 'l' or 'r' per column (at most 16). */
void table_init(struct table *t, const char *align);
void table_add(struct table *t, const char *cell);
void table_addf(struct table *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Render as aligned text (each line starting with indent), a Markdown table or an HTML
 * <table>; cells are escaped for the format. */
void table_render(const struct table *t, enum doc_format f, const char *indent, struct strbuf *out);
void table_release(struct table *t);

#endif
