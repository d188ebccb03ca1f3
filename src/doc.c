/* doc.c: building a document tree. It holds text and structure; it renders nothing (the
 * writers are doc_html.c, doc_md.c and doc_text.c). */
#include "doc.h"
#include "strbuf.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

int doc_format_parse(const char *s)
{
	return !strcmp(s, "text")   ? DOC_TEXT
	       : !strcmp(s, "md")   ? DOC_MD
	       : !strcmp(s, "html") ? DOC_HTML
	       : !strcmp(s, "json") ? DOC_JSON
	                            : -1;
}

const char *doc_format_ext(enum doc_format f)
{
	return f == DOC_MD ? "md" : f == DOC_HTML ? "html" : f == DOC_JSON ? "json" : "txt";
}

void doc_init(struct doc *d, const char *lang)
{
	memset(d, 0, sizeof(*d));
	arena_init(&d->arena);
	d->lang = lang;
	{
		int l = ui_lang_parse(lang);
		d->page_words = tr(l < 0 ? UI_EN : (enum ui_lang)l, T_PAGE_OF);
	}
}

void doc_release(struct doc *d)
{
	size_t i;

	for (i = 0; i < d->n_tables; i++)
		free(d->tables[i]->cells);
	for (i = 0; i < d->n_lists; i++)
		free(d->lists[i]->items);
	free(d->tables);
	free(d->lists);
	arena_release(&d->arena);
	memset(d, 0, sizeof(*d));
}

const char *doc_str(struct doc *d, const char *s)
{
	return arena_strdup(&d->arena, s ? s : "");
}

const char *doc_fmt(struct doc *d, const char *fmt, ...)
{
	struct strbuf sb;
	const char *s;
	va_list ap;

	strbuf_init(&sb);
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	s = arena_strdup(&d->arena, sb.buf);
	strbuf_release(&sb);
	return s;
}

struct doc_section *doc_section(struct doc *d, const char *id, const char *title)
{
	struct doc_section *s = arena_alloc(&d->arena, sizeof(*s));

	s->id = doc_str(d, id);
	s->title = doc_str(d, title);
	if (d->last)
		d->last->next = s;
	else
		d->first = s;
	d->last = s;
	return s;
}

static struct doc_block *block(struct doc *d, enum doc_block_kind kind)
{
	struct doc_block *b = arena_alloc(&d->arena, sizeof(*b));

	if (!d->last)
		doc_section(d, "top", "");
	b->kind = kind;
	if (d->last->last)
		d->last->last->next = b;
	else
		d->last->first = b;
	d->last->last = b;
	return b;
}

void doc_part(struct doc *d, const char *id, const char *title)
{
	if (d->depth)
		doc_heading(d, 1, id, title); /* level 2 once the depth is added */
	else
		doc_section(d, id, title);
}

struct doc_block *doc_heading(struct doc *d, int level, const char *id, const char *title)
{
	struct doc_block *b = block(d, DB_HEADING);

	level += d->depth;
	b->level = level < 2 ? 2 : level > 4 ? 4 : level;
	b->id = id ? doc_str(d, id) : NULL;
	b->text = doc_str(d, title);
	return b;
}

struct doc_block *doc_para(struct doc *d, const char *text)
{
	struct doc_block *b = block(d, DB_PARA);

	b->text = doc_str(d, text);
	return b;
}

struct doc_block *doc_notice(struct doc *d, const char *text)
{
	struct doc_block *b = block(d, DB_NOTICE);

	b->text = doc_str(d, text);
	return b;
}

struct doc_block *doc_quote(struct doc *d, const char *text, const char *small)
{
	struct doc_block *b = block(d, DB_QUOTE);

	b->text = doc_str(d, text);
	b->small = small ? doc_str(d, small) : NULL;
	return b;
}

struct doc_block *doc_list(struct doc *d)
{
	struct doc_block *b = block(d, DB_LIST);

	XGROW(d->lists, d->cap_lists, d->n_lists + 1);
	d->lists[d->n_lists++] = b;
	return b;
}

void doc_field(struct doc *d, struct doc_block *list, const char *label, const char *text)
{
	XGROW(list->items, list->cap_items, list->n_items + 1);
	list->items[list->n_items].label = label ? doc_str(d, label) : NULL;
	list->items[list->n_items].text = doc_str(d, text);
	list->n_items++;
}

void doc_item(struct doc *d, struct doc_block *list, const char *text)
{
	doc_field(d, list, NULL, text);
}

struct doc_table *doc_table(struct doc *d, size_t cols, unsigned right, const char *const *header)
{
	struct doc_table *t = arena_alloc(&d->arena, sizeof(*t));
	size_t i;

	t->cols = cols;
	t->right = right;
	XGROW(t->cells, t->cap, cols);
	for (i = 0; i < cols; i++) {
		t->cells[i].text = doc_str(d, header[i]);
		t->cells[i].small = NULL;
	}
	XGROW(d->tables, d->cap_tables, d->n_tables + 1);
	d->tables[d->n_tables++] = t;
	block(d, DB_TABLE)->table = t;
	return t;
}

void doc_cell_small(struct doc *d, struct doc_table *t, const char *text, const char *small)
{
	struct doc_cell *c;

	/* Cells fill the table row by row; a row starts when its first cell arrives. */
	if (!t->rows || t->fill == t->cols) {
		t->rows++;
		t->fill = 0;
		XGROW(t->cells, t->cap, (t->rows + 1) * t->cols);
	}
	c = &t->cells[t->rows * t->cols + t->fill++];
	c->text = doc_str(d, text);
	c->small = small && *small ? doc_str(d, small) : NULL;
}

void doc_cell(struct doc *d, struct doc_table *t, const char *text)
{
	doc_cell_small(d, t, text, NULL);
}

void doc_cellf(struct doc *d, struct doc_table *t, const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;

	strbuf_init(&sb);
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	doc_cell(d, t, sb.buf);
	strbuf_release(&sb);
}

struct doc_chart *doc_chart(struct doc *d, const char *name, const char *title, const char *desc)
{
	struct doc_chart *c = arena_alloc(&d->arena, sizeof(*c));

	c->name = doc_str(d, name);
	c->title = doc_str(d, title);
	c->desc = desc ? doc_str(d, desc) : NULL;
	block(d, DB_CHART)->chart = c;
	return c;
}

void doc_table_more(struct doc *d, enum ui_lang l, struct doc_table *t, long long more, const char *where)
{
	if (more > 0)
		t->note = doc_fmt(d, tr(l, T_MORE_ROWS), doc_num(d, l, more), where);
}

int doc_write(const struct doc *d, enum doc_format f, FILE *out)
{
	return f == DOC_HTML ? doc_html_write(d, out) : f == DOC_MD ? doc_md_write(d, out) : doc_text_write(d, out);
}

/* sb's text kept in the document; sb released. */
static const char *keep(struct doc *d, struct strbuf *sb)
{
	const char *s = doc_str(d, sb->buf);

	strbuf_release(sb);
	return s;
}

const char *doc_num(struct doc *d, enum ui_lang l, long long n)
{
	struct strbuf sb;

	strbuf_init(&sb);
	tr_num(&sb, l, n);
	return keep(d, &sb);
}

const char *doc_pct(struct doc *d, enum ui_lang l, long n, long den)
{
	struct strbuf sb;

	strbuf_init(&sb);
	tr_pct(&sb, l, n, den);
	return keep(d, &sb);
}

const char *doc_wait(struct doc *d, enum ui_lang l, long long seconds)
{
	struct strbuf sb;

	strbuf_init(&sb);
	tr_wait(&sb, l, seconds);
	return keep(d, &sb);
}

const char *doc_datetime(struct doc *d, enum ui_lang l, const struct tz *zone, long long t)
{
	struct strbuf sb;

	strbuf_init(&sb);
	tr_datetime(&sb, l, zone, t);
	return keep(d, &sb);
}

const char *doc_period(struct doc *d, enum ui_lang l, const char *period, int capital)
{
	struct strbuf sb;

	strbuf_init(&sb);
	tr_period(&sb, l, period, capital);
	return keep(d, &sb);
}
