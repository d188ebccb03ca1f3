/* doc.h: every document replycov writes for people (the period report, the post-mortem of a
 * thread, the proof sheet, the fairness, times and evidence sections) as one small tree,
 * mandoc's way: sections holding blocks (paragraphs, notices, lists of items or of labelled
 * fields, tables, quotes, charts, headings of sub-parts). The writers (doc_html.c, doc_md.c,
 * doc_text.c) are the only code that knows a format, each with its one escaper; builders never
 * write markup and nothing enters the tree ready-made. All text is plain UTF-8; every string
 * lives in the document's arena until doc_release. */
#ifndef REPLYCOV_DOC_H
#define REPLYCOV_DOC_H

#include <stddef.h>
#include <stdio.h>

#include "i18n.h"
#include "util.h"

struct tz;

enum doc_format { DOC_TEXT, DOC_MD, DOC_HTML, DOC_JSON };

/* "text", "md", "html", "json" -> the format, or -1. */
int doc_format_parse(const char *s);
const char *doc_format_ext(enum doc_format f); /* "txt", "md", "html", "json" */

/* A table cell: its text, and small print under it (a post's platform key), or NULL. */
struct doc_cell {
	const char *text, *small;
};

struct doc_table {
	size_t cols, rows;      /* rows: body rows, the header not counted */
	struct doc_cell *cells; /* (rows + 1) * cols: the header row first */
	size_t cap, fill;       /* fill: cells of the last row so far */
	unsigned right;         /* bit i: column i holds numbers, aligned right */
	unsigned nowrap;        /* bit i: column i is kept on one line (dates, waits) */
	unsigned breakable;     /* bit i: column i holds paths or ids that may break anywhere */
	const char *caption;    /* may be NULL */
	const char *note;       /* below the table ("20 of 59 shown..."), may be NULL */
};

struct doc_chart {
	const char *name; /* file stem in charts/ */
	const char *title;
	const char *desc;    /* what it shows, for readers and screen readers */
	const char *svg;     /* the drawing to inline (gnuplot's, cleaned), or NULL when not drawn */
	const char *missing; /* why it was not drawn (NULL when drawn) */
	int png;             /* charts/NAME.png is part of the report (Markdown links it) */
};

/* One entry of a list: a label ("Status") and its text, or the text alone (label NULL). */
struct doc_item {
	const char *label, *text;
};

enum doc_block_kind { DB_PARA, DB_NOTICE, DB_LIST, DB_TABLE, DB_CHART, DB_QUOTE, DB_HEADING };

/* Block flags. */
#define DOC_STRONG 1u /* a paragraph or item the reader must not miss ("never answered") */
#define DOC_SMALL 2u  /* a paragraph in small print (rules, keys) */

struct doc_block {
	enum doc_block_kind kind;
	const char *text;       /* DB_PARA, DB_NOTICE, DB_QUOTE (lines), DB_HEADING */
	const char *small;      /* DB_HEADING: small print beside the title; DB_QUOTE: who and when */
	const char *id;         /* DB_HEADING: anchor ([a-z0-9-]) or NULL */
	int level;              /* DB_HEADING: 2 (a part of a section) or 3 (inside a part) */
	unsigned flags;         /* DOC_STRONG, DOC_SMALL */
	struct doc_item *items; /* DB_LIST */
	size_t n_items, cap_items;
	struct doc_table *table;
	struct doc_chart *chart;
	struct doc_block *next;
};

struct doc_section {
	const char *id; /* HTML anchor: [a-z0-9-] */
	const char *title;
	struct doc_block *first, *last;
	struct doc_section *next;
};

struct doc {
	struct arena arena;
	const char *lang;        /* "en", "es", "ca": the HTML page's language */
	const char *title;       /* the page title */
	const char *title_small; /* small print under the title (a post's platform key), or NULL */
	const char *subtitle;
	const char *toc_title;  /* heading of the table of contents; NULL: no contents */
	const char *footer;     /* may be NULL */
	const char *org;        /* the organisation that publishes it (--org), or NULL */
	const char *page_words; /* "Page %s of %s" in the document's language (doc_init), for print */
	int depth;              /* 1 while a part is built inside another document (doc_part) */
	struct doc_section *first, *last;
	struct doc_table **tables; /* for release */
	size_t n_tables, cap_tables;
	struct doc_block **lists;
	size_t n_lists, cap_lists;
};

void doc_init(struct doc *d, const char *lang);
void doc_release(struct doc *d);
/* A copy of s in the document ("" for NULL), or formatted text. */
const char *doc_str(struct doc *d, const char *s);
const char *doc_fmt(struct doc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A new section at the end (in the contents); blocks are added to the last section. */
struct doc_section *doc_section(struct doc *d, const char *id, const char *title);
/* A part of a document that may stand alone or inside another (the proof sheet, the fairness
 * figures, the evidence): a section at depth 0, a heading of level 2 in the current section
 * when d->depth is 1. */
void doc_part(struct doc *d, const char *id, const char *title);
/* A heading inside a section: level 2 for a part, 3 inside a part (one more when d->depth is
 * 1, at most 4). Returns the block, so small print can be set. */
struct doc_block *doc_heading(struct doc *d, int level, const char *id, const char *title);
struct doc_block *doc_para(struct doc *d, const char *text);
struct doc_block *doc_notice(struct doc *d, const char *text);
/* A quoted message, line breaks kept; small: who wrote it and when, or NULL. */
struct doc_block *doc_quote(struct doc *d, const char *text, const char *small);
/* A list: items alone (doc_item) or labelled (doc_field), in order. */
struct doc_block *doc_list(struct doc *d);
void doc_item(struct doc *d, struct doc_block *list, const char *text);
void doc_field(struct doc *d, struct doc_block *list, const char *label, const char *text);
/* A table with the header cells given (cols of them); rows are added cell by cell. */
struct doc_table *doc_table(struct doc *d, size_t cols, unsigned right, const char *const *header);
void doc_cell(struct doc *d, struct doc_table *t, const char *text);
void doc_cell_small(struct doc *d, struct doc_table *t, const char *text, const char *small);
void doc_cellf(struct doc *d, struct doc_table *t, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
struct doc_chart *doc_chart(struct doc *d, const char *name, const char *title, const char *desc);
/* A long table cut at its first rows: the note under it says, in language l, that `more` rows
 * are not shown and where they all are (where: a file, or a phrase of the language tables).
 * Nothing when more is 0. */
void doc_table_more(struct doc *d, enum ui_lang l, struct doc_table *t, long long more, const char *where);

/* Figures as the reader's language writes them (i18n_fmt.c), kept in the document: a number,
 * n / den as a percentage, a wait in seconds, an instant in zone, a period in words. */
const char *doc_num(struct doc *d, enum ui_lang l, long long n);
const char *doc_pct(struct doc *d, enum ui_lang l, long n, long den);
const char *doc_wait(struct doc *d, enum ui_lang l, long long seconds);
const char *doc_datetime(struct doc *d, enum ui_lang l, const struct tz *zone, long long t);
const char *doc_period(struct doc *d, enum ui_lang l, const char *period, int capital);

/* The writers: a whole HTML page (one self-contained file), Markdown, or plain text for a
 * terminal. Return 0, or -1 when the stream failed. */
int doc_html_write(const struct doc *d, FILE *out);
int doc_md_write(const struct doc *d, FILE *out);
int doc_text_write(const struct doc *d, FILE *out);
/* The writer of format f (DOC_TEXT, DOC_MD or DOC_HTML). */
int doc_write(const struct doc *d, enum doc_format f, FILE *out);

#endif
