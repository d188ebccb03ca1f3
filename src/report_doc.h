/* report_doc.h: a report as a small tree (mandoc's way: one tree, several writers): sections
 * holding paragraphs, notices, tables and charts. The HTML and Markdown writers (out_html.c,
 * out_md.c) render the same tree, so a figure is computed and worded once. All text is plain
 * UTF-8 (writers escape it); everything lives in the document's arena until rdoc_release. */
#ifndef REPLYCOV_REPORT_DOC_H
#define REPLYCOV_REPORT_DOC_H

#include <stddef.h>
#include <stdio.h>

#include "util.h"

struct rtable {
	size_t cols, rows;   /* rows: body rows, the header not counted */
	const char **cells;  /* (rows + 1) * cols: the header row first */
	size_t cap, fill;    /* fill: cells of the last row so far */
	unsigned right;      /* bit i: column i holds numbers, aligned right */
	const char *caption; /* may be NULL */
	const char *note;    /* below the table ("20 of 59 shown..."), may be NULL */
};

struct rchart {
	const char *name; /* file stem in charts/ */
	const char *title;
	const char *desc;    /* what it shows, for readers and screen readers */
	const char *svg;     /* the drawing to inline, or NULL when not drawn */
	const char *missing; /* why it was not drawn (NULL when drawn) */
	int png;             /* charts/NAME.png is part of the report (Markdown links it) */
};

enum rblock_kind { RB_PARA, RB_NOTICE, RB_TABLE, RB_CHART, RB_ITEMS, RB_RAW };

struct rblock {
	enum rblock_kind kind;
	const char *text;      /* RB_PARA, RB_NOTICE */
	const char *html, *md; /* RB_RAW: fragments another writer already escaped */
	const char **items;    /* RB_ITEMS: a bulleted list */
	size_t n_items, cap_items;
	struct rtable *table;
	struct rchart *chart;
	struct rblock *next;
};

struct rsection {
	const char *id; /* HTML anchor: [a-z0-9-] */
	const char *title;
	struct rblock *first, *last;
	struct rsection *next;
};

struct rdoc {
	struct arena arena;
	const char *lang; /* "en", "es", "ca" */
	const char *title, *subtitle;
	const char *toc_title; /* heading of the table of contents */
	const char *footer;
	struct rsection *first, *last;
	struct rtable **tables; /* for release */
	size_t n_tables, cap_tables;
	struct rblock **lists;
	size_t n_lists, cap_lists;
};

void rdoc_init(struct rdoc *d, const char *lang);
void rdoc_release(struct rdoc *d);
/* A copy of s in the document, or formatted text. */
const char *rdoc_str(struct rdoc *d, const char *s);
const char *rdoc_fmt(struct rdoc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A new section at the end; blocks are added to the last section. */
struct rsection *rdoc_section(struct rdoc *d, const char *id, const char *title);
void rdoc_para(struct rdoc *d, const char *text);
void rdoc_notice(struct rdoc *d, const char *text);
struct rblock *rdoc_items(struct rdoc *d);
void rdoc_item(struct rdoc *d, struct rblock *list, const char *text);
/* A table with the header cells given (cols of them); rows are added with rtable_cell. */
struct rtable *rdoc_table(struct rdoc *d, size_t cols, unsigned right, const char *const *header);
void rtable_cell(struct rdoc *d, struct rtable *t, const char *text);
void rtable_cellf(struct rdoc *d, struct rtable *t, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
struct rchart *rdoc_chart(struct rdoc *d, const char *name, const char *title, const char *desc);
/* A fragment rendered by another writer (fairness, manifest), given for each format; the
 * writers insert it as it is, so it must already be escaped for its format. */
void rdoc_raw(struct rdoc *d, const char *html, const char *md);

/* The writers. Return 0, or -1 when the stream failed. */
int out_html_write(const struct rdoc *d, FILE *out);
int out_md_write(const struct rdoc *d, FILE *out);

#endif
