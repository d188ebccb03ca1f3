/* doc_html.c: a document as one self-contained HTML file: the style sheet inline (with a
 * print style for A4), the charts as inline SVG, no scripts and no external resources of any
 * kind, so the file can be mailed, archived and printed as it is. Every document (report,
 * post-mortem, proof sheet, fairness) gets the same look. It only renders. */
#include "doc.h"
#include "strbuf.h"
#include "text.h"

#include <string.h>

/* The look of every document. On screen a table wider than the column scrolls in its box
 * (div.table) instead of being cut; in print (A4 portrait) tables take smaller type, headers
 * wrap, and long paths, ids and hashes break anywhere, so that every column fits the page. The
 * page margins (organisation, title, page numbers) are added per document (page_style). */
static const char style[] =
    ":root{--ink:#1a1a1a;--muted:#555;--rule:#c8c8c8;--band:#f3f3f3;--accent:#0072B2;--warn:#D55E00}\n"
    "*{box-sizing:border-box}\n"
    "body{font-family:\"DejaVu Sans\",\"Helvetica Neue\",Arial,sans-serif;color:var(--ink);"
    "max-width:60rem;margin:0 auto;padding:1.5rem;line-height:1.45;font-size:15px}\n"
    "h1{font-size:1.6rem;margin:0 0 .3rem}\n"
    "h2{font-size:1.25rem;margin:2.2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid var(--accent)}\n"
    ".org{margin:0 0 .3rem;color:var(--muted);font-weight:bold}\n"
    ".subtitle{color:var(--muted);margin:0 0 1rem}\n"
    "nav{background:var(--band);padding:.6rem 1rem;margin:1rem 0}\n"
    "nav h2{font-size:1rem;border:0;margin:0 0 .3rem}\n"
    "nav ol{margin:0;padding-left:1.4rem;columns:2}\n"
    "a{color:var(--accent)}\n"
    "div.table{overflow-x:auto;max-width:100%;margin:.6rem 0 1rem}\n"
    "table{border-collapse:collapse;margin:0;font-size:.88rem;width:auto}\n"
    "caption{text-align:left;font-weight:bold;padding:.2rem 0}\n"
    "th,td{border-bottom:1px solid var(--rule);padding:.2rem .5rem;text-align:left;vertical-align:top}\n"
    "th{border-bottom:2px solid var(--ink);vertical-align:bottom}\n"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    "th.num{width:1%}\n"
    "table.wide{font-size:.8rem}table.wide th,table.wide td{padding:.2rem .3rem}\n"
    "td.num,td.nowrap{white-space:nowrap}\n"
    "td.brk,td small{overflow-wrap:anywhere}\n"
    "td.brk{width:100%}td.brk small{font-family:\"DejaVu Sans Mono\",monospace}\n"
    "tbody tr:nth-child(even){background:var(--band)}\n"
    ".note{color:var(--muted);font-size:.85rem;margin-top:-.6rem}\n"
    ".notice{border-left:4px solid var(--warn);background:#fdf1ea;padding:.5rem .8rem;margin:.8rem 0}\n"
    "figure{margin:1rem 0}\n"
    "figure svg{display:block;max-width:100%;height:auto}\n"
    "figcaption{font-size:.88rem;color:var(--muted)}\n"
    "figcaption strong{color:var(--ink)}\n"
    ".missing{border:1px dashed var(--rule);padding:1rem;color:var(--muted)}\n"
    "h3{font-size:1.08rem;margin:1.6rem 0 .4rem}\n"
    "h4{font-size:1rem;margin:1.2rem 0 .3rem;padding-top:.6rem;border-top:1px solid var(--rule)}\n"
    "h5{font-size:.95rem;margin:1rem 0 .3rem}\n"
    ".small,h1 small,h3 small,h4 small,td small{display:block;font-size:.78rem;font-weight:normal;color:var(--muted)}\n"
    "p.small{display:block;margin:.3rem 0}\n"
    "p.strong{font-weight:bold;border-left:4px solid var(--warn);padding-left:.6rem}\n"
    "dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0 .8rem}\n"
    "dl.fields dt{font-weight:bold}dl.fields dd{margin:0;overflow-wrap:anywhere}\n"
    "blockquote{border-left:3px solid var(--rule);margin:.5rem 0 .7rem;padding:.1rem 0 .1rem .9rem;"
    "overflow-wrap:anywhere}\n"
    "blockquote p{margin:.2rem 0}\n"
    "footer{margin-top:2.5rem;color:var(--muted);font-size:.8rem;border-top:1px solid var(--rule)}\n"
    "@media print{\n"
    "body{max-width:none;padding:0;font-size:10pt;color:#000}\n"
    "nav{display:none}\n"
    "a{color:#000;text-decoration:none}\n"
    "h2{break-after:avoid;page-break-after:avoid;border-bottom-color:#000}\n"
    "h2.newpage{break-before:page;page-break-before:always}\n"
    "figure,.notice,caption{break-inside:avoid;page-break-inside:avoid}\n"
    "tr,blockquote,dl.fields{break-inside:avoid;page-break-inside:avoid}\n"
    "h3,h4{break-after:avoid;page-break-after:avoid}\n"
    "div.table{overflow:visible}\n"
    "table{font-size:8.5pt;width:100%}\n"
    "th{font-size:8pt}\n"
    "th,td{padding:.12rem .3rem}\n"
    "td small{font-size:7pt}td.brk small{font-size:6.5pt}\n"
    "table.wide{font-size:7pt}table.wide th{font-size:6.5pt}table.wide th,table.wide td{padding:.1rem .2rem}\n"
    "thead{display:table-header-group}\n"
    "tbody tr:nth-child(even){background:none}\n"
    "figure svg{width:100%;max-height:120mm}\n"
    ".notice{background:none;border:1px solid #000}\n"
    "}\n";

/* The one HTML escaper: & < > " ' as entities; control characters other than tab and newline
 * (a terminal escape, a NUL-like byte) are not allowed in HTML and become a space. */
static void esc_valid(struct strbuf *sb, const char *s)
{
	for (; s && *s; s++) {
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
			if (((unsigned char)*s < 0x20 && *s != '\t' && *s != '\n') || *s == 0x7f)
				strbuf_addch(sb, ' ');
			else
				strbuf_addch(sb, *s);
		}
	}
}

/* Invalid UTF-8 (a file name from a Latin-1 system) becomes U+FFFD first: a page is UTF-8. */
static void esc(struct strbuf *sb, const char *s)
{
	text_put_valid(sb, s, esc_valid);
}

/* The one CSS string escaper, for the text print puts in the page margins: s between double
 * quotes, a quote or backslash escaped, a control character as a space, and '<' as \3c so that
 * no text can close the style element it sits in. */
static void css_str(struct strbuf *sb, const char *s)
{
	struct strbuf ok;
	const char *p;

	strbuf_init(&ok);
	text_repair_utf8(s ? s : "", s ? strlen(s) : 0, &ok);
	strbuf_addch(sb, '"');
	for (p = ok.buf; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '"' || c == '\\')
			strbuf_addf(sb, "\\%c", c);
		else if (c == '<')
			strbuf_addstr(sb, "\\3c ");
		else if (c < 0x20 || c == 0x7f)
			strbuf_addch(sb, ' ');
		else
			strbuf_addch(sb, (char)c);
	}
	strbuf_addch(sb, '"');
	strbuf_release(&ok);
}

/* The printed page: A4, the organisation at the top left and the document's title at the top
 * right (not on the first page, which shows both), "Page 3 of 12" at the bottom right, in the
 * document's words (page_words, its two blanks the page's number and the number of pages). */
static void page_style(struct strbuf *sb, const struct doc *d)
{
	static const char margin[] = "font-family:\"DejaVu Sans\",Arial,sans-serif;font-size:8pt;color:#555";
	const char *w = d->page_words ? d->page_words : "%s / %s", *p;
	struct strbuf part;
	int k = 0;

	strbuf_addstr(sb, "@page{size:A4;margin:16mm 14mm 18mm;\n");
	if (d->org && *d->org) {
		strbuf_addstr(sb, "@top-left{content:");
		css_str(sb, d->org);
		strbuf_addf(sb, ";%s}\n", margin);
	}
	if (d->title && *d->title) {
		strbuf_addstr(sb, "@top-right{content:");
		css_str(sb, d->title);
		strbuf_addf(sb, ";%s}\n", margin);
	}
	strbuf_addstr(sb, "@bottom-right{content:");
	strbuf_init(&part);
	for (p = w;; p++) {
		if (*p && !(p[0] == '%' && p[1] == 's')) {
			strbuf_addch(&part, *p);
			continue;
		}
		if (part.len) {
			css_str(sb, part.buf);
			strbuf_addch(sb, ' ');
			strbuf_reset(&part);
		}
		if (!*p)
			break;
		strbuf_addstr(sb, k++ ? "counter(pages) " : "counter(page) ");
		p++;
	}
	strbuf_release(&part);
	if (sb->buf[sb->len - 1] == ' ')
		sb->buf[--sb->len] = '\0';
	strbuf_addf(sb, ";%s}\n}\n", margin);
	/* the first page shows the organisation and the title in its header */
	if ((d->org && *d->org) || (d->title && *d->title))
		strbuf_addf(sb, "@page:first{%s%s}\n", d->org && *d->org ? "@top-left{content:none}" : "",
		            d->title && *d->title ? "@top-right{content:none}" : "");
}

/* Text in an element, with its small print after it. */
static void text_small(struct strbuf *sb, const char *text, const char *small)
{
	esc(sb, text);
	if (small) {
		strbuf_addstr(sb, " <small>");
		esc(sb, small);
		strbuf_addstr(sb, "</small>");
	}
}

/* A cell's classes: num (right-aligned figures), and in the body nowrap (dates, waits) and brk
 * (paths and ids, broken anywhere); a header cell always wraps. */
static void cell_class(struct strbuf *sb, const char *tag, const struct doc_table *t, size_t c, int body)
{
	int num = c < 32 && ((t->right >> c) & 1), nw = body && c < 32 && ((t->nowrap >> c) & 1),
	    brk = body && c < 32 && ((t->breakable >> c) & 1);
	const char *sep = "";

	strbuf_addf(sb, "<%s", tag);
	if (num || nw || brk) {
		strbuf_addstr(sb, " class=\"");
		if (num) {
			strbuf_addstr(sb, "num");
			sep = " ";
		}
		if (nw) {
			strbuf_addf(sb, "%snowrap", sep);
			sep = " ";
		}
		if (brk)
			strbuf_addf(sb, "%sbrk", sep);
		strbuf_addch(sb, '"');
	}
	strbuf_addch(sb, '>');
}

#define WIDE_COLS 9

static void table(struct strbuf *sb, const struct doc_table *t)
{
	size_t r, c;

	/* Many columns: smaller type, so that the table fits a screen and an A4 page. */
	strbuf_addstr(sb, t->cols >= WIDE_COLS ? "<div class=\"table\">\n<table class=\"wide\">\n"
	                                       : "<div class=\"table\">\n<table>\n");
	if (t->caption) {
		strbuf_addstr(sb, "<caption>");
		esc(sb, t->caption);
		strbuf_addstr(sb, "</caption>\n");
	}
	strbuf_addstr(sb, "<thead><tr>");
	for (c = 0; c < t->cols; c++) {
		cell_class(sb, "th", t, c, 0);
		esc(sb, t->cells[c].text);
		strbuf_addstr(sb, "</th>");
	}
	strbuf_addstr(sb, "</tr></thead>\n<tbody>\n");
	for (r = 1; r <= t->rows; r++) {
		strbuf_addstr(sb, "<tr>");
		for (c = 0; c < t->cols; c++) {
			/* The last row may be short when a builder stopped early: pad it. */
			int have = r < t->rows || c < t->fill;
			const struct doc_cell *cell = &t->cells[r * t->cols + c];
			cell_class(sb, "td", t, c, 1);
			if (have)
				text_small(sb, cell->text, cell->small);
			strbuf_addstr(sb, "</td>");
		}
		strbuf_addstr(sb, "</tr>\n");
	}
	strbuf_addstr(sb, "</tbody>\n</table>\n</div>\n");
	if (t->note) {
		strbuf_addstr(sb, "<p class=\"note\">");
		esc(sb, t->note);
		strbuf_addstr(sb, "</p>\n");
	}
}

static void chart(struct strbuf *sb, const struct doc_chart *c)
{
	strbuf_addstr(sb, "<figure id=\"chart-");
	esc(sb, c->name);
	strbuf_addstr(sb, "\">\n");
	if (c->svg && !strncmp(c->svg, "<svg", 4)) {
		/* gnuplot's drawing, cleaned by chart_svg_inline (no prolog, ids prefixed); its title
		 * for screen readers added here, escaped like every other text */
		strbuf_addstr(sb, "<svg role=\"img\" aria-label=\"");
		esc(sb, c->title);
		strbuf_addch(sb, '"');
		strbuf_addstr(sb, c->svg + 4);
		strbuf_addch(sb, '\n');
	} else {
		strbuf_addstr(sb, "<div class=\"missing\">");
		esc(sb, c->missing ? c->missing : "");
		strbuf_addstr(sb, "</div>\n");
	}
	strbuf_addstr(sb, "<figcaption><strong>");
	esc(sb, c->title);
	strbuf_addstr(sb, "</strong>");
	if (c->desc) {
		strbuf_addstr(sb, ". ");
		esc(sb, c->desc);
	}
	strbuf_addstr(sb, "</figcaption>\n</figure>\n");
}

static void list(struct strbuf *sb, const struct doc_block *b)
{
	size_t i;
	int labelled = 0;

	for (i = 0; i < b->n_items; i++)
		labelled |= b->items[i].label != NULL;
	if (!labelled) {
		strbuf_addstr(sb, "<ul>\n");
		for (i = 0; i < b->n_items; i++) {
			strbuf_addstr(sb, "<li>");
			esc(sb, b->items[i].text);
			strbuf_addstr(sb, "</li>\n");
		}
		strbuf_addstr(sb, "</ul>\n");
		return;
	}
	strbuf_addstr(sb, "<dl class=\"fields\">\n");
	for (i = 0; i < b->n_items; i++) {
		strbuf_addstr(sb, "<dt>");
		esc(sb, b->items[i].label);
		strbuf_addstr(sb, "</dt><dd>");
		esc(sb, b->items[i].text);
		strbuf_addstr(sb, "</dd>\n");
	}
	strbuf_addstr(sb, "</dl>\n");
}

static void quote(struct strbuf *sb, const struct doc_block *b)
{
	const char *p = b->text, *nl;
	struct strbuf line;

	strbuf_init(&line);
	strbuf_addstr(sb, "<blockquote>");
	if (b->small) {
		strbuf_addstr(sb, "<p class=\"small\">");
		esc(sb, b->small);
		strbuf_addstr(sb, "</p>");
	}
	strbuf_addstr(sb, "<p>");
	for (;;) {
		nl = strchr(p, '\n');
		strbuf_reset(&line);
		strbuf_add(&line, p, nl ? (size_t)(nl - p) : strlen(p));
		if (p != b->text)
			strbuf_addstr(sb, "<br>");
		esc(sb, line.buf);
		if (!nl)
			break;
		p = nl + 1;
	}
	strbuf_addstr(sb, "</p></blockquote>\n");
	strbuf_release(&line);
}

static void blocks(struct strbuf *sb, const struct doc_section *s)
{
	const struct doc_block *b;

	for (b = s->first; b; b = b->next) {
		switch (b->kind) {
		case DB_PARA:
			strbuf_addstr(sb, b->flags & DOC_STRONG  ? "<p class=\"strong\">"
			                  : b->flags & DOC_SMALL ? "<p class=\"small\">"
			                                         : "<p>");
			esc(sb, b->text);
			strbuf_addstr(sb, "</p>\n");
			break;
		case DB_NOTICE:
			strbuf_addstr(sb, "<p class=\"notice\">");
			esc(sb, b->text);
			strbuf_addstr(sb, "</p>\n");
			break;
		case DB_HEADING:
			strbuf_addf(sb, "<h%d", b->level + 1);
			if (b->id) {
				strbuf_addstr(sb, " id=\"");
				esc(sb, b->id);
				strbuf_addch(sb, '"');
			}
			strbuf_addch(sb, '>');
			text_small(sb, b->text, b->small);
			strbuf_addf(sb, "</h%d>\n", b->level + 1);
			break;
		case DB_LIST:
			list(sb, b);
			break;
		case DB_QUOTE:
			quote(sb, b);
			break;
		case DB_TABLE:
			table(sb, b->table);
			break;
		case DB_CHART:
			chart(sb, b->chart);
			break;
		}
	}
}

int doc_html_write(const struct doc *d, FILE *out)
{
	struct strbuf sb;
	const struct doc_section *s;
	const struct doc_block *b;
	int first = 1;

	strbuf_init(&sb);
	strbuf_addstr(&sb, "<!DOCTYPE html>\n<html lang=\"");
	esc(&sb, d->lang);
	strbuf_addstr(&sb, "\">\n<head>\n<meta charset=\"utf-8\">\n"
	                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	                   "<meta name=\"generator\" content=\"replycov\">\n<title>");
	esc(&sb, d->title);
	strbuf_addstr(&sb, "</title>\n<style>\n");
	strbuf_addstr(&sb, style);
	page_style(&sb, d);
	strbuf_addstr(&sb, "</style>\n</head>\n<body>\n<header>\n");
	if (d->org && *d->org) {
		strbuf_addstr(&sb, "<p class=\"org\">");
		esc(&sb, d->org);
		strbuf_addstr(&sb, "</p>\n");
	}
	strbuf_addstr(&sb, "<h1>");
	text_small(&sb, d->title, d->title_small);
	strbuf_addstr(&sb, "</h1>\n");
	if (d->subtitle) {
		strbuf_addstr(&sb, "<p class=\"subtitle\">");
		esc(&sb, d->subtitle);
		strbuf_addstr(&sb, "</p>\n");
	}
	strbuf_addstr(&sb, "</header>\n");
	if (d->toc_title) {
		strbuf_addstr(&sb, "<nav>\n<h2>");
		esc(&sb, d->toc_title);
		strbuf_addstr(&sb, "</h2>\n<ol>\n");
		for (s = d->first; s; s = s->next) {
			if (!*s->title)
				continue;
			strbuf_addstr(&sb, "<li><a href=\"#");
			esc(&sb, s->id);
			strbuf_addstr(&sb, "\">");
			esc(&sb, s->title);
			strbuf_addstr(&sb, "</a></li>\n");
		}
		strbuf_addstr(&sb, "</ol>\n</nav>\n");
	}
	strbuf_addstr(&sb, "<main>\n");
	for (s = d->first; s; s = s->next) {
		strbuf_addstr(&sb, "<section id=\"");
		esc(&sb, s->id);
		strbuf_addstr(&sb, "\">\n");
		if (*s->title) {
			/* Chapters after the first start a printed page when they hold a chart. */
			int big = 0;
			for (b = s->first; b; b = b->next)
				if (b->kind == DB_CHART)
					big = 1;
			strbuf_addstr(&sb, big && !first ? "<h2 class=\"newpage\">" : "<h2>");
			esc(&sb, s->title);
			strbuf_addstr(&sb, "</h2>\n");
			first = 0;
		}
		blocks(&sb, s);
		strbuf_addstr(&sb, "</section>\n");
		/* Flush section by section: a report with large tables need not sit in memory twice. */
		fwrite(sb.buf, 1, sb.len, out);
		strbuf_reset(&sb);
	}
	strbuf_addstr(&sb, "</main>\n");
	if (d->footer) {
		strbuf_addstr(&sb, "<footer>\n<p>");
		esc(&sb, d->footer);
		strbuf_addstr(&sb, "</p>\n</footer>\n");
	}
	strbuf_addstr(&sb, "</body>\n</html>\n");
	fwrite(sb.buf, 1, sb.len, out);
	strbuf_release(&sb);
	return ferror(out) ? -1 : 0;
}
