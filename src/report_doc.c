/* report_doc.c: building the report tree. It holds text and structure; it renders nothing. */
#include "report_doc.h"
#include "strbuf.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void rdoc_init(struct rdoc *d, const char *lang)
{
	memset(d, 0, sizeof(*d));
	arena_init(&d->arena);
	d->lang = lang;
}

void rdoc_release(struct rdoc *d)
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

const char *rdoc_str(struct rdoc *d, const char *s)
{
	return arena_strdup(&d->arena, s ? s : "");
}

const char *rdoc_fmt(struct rdoc *d, const char *fmt, ...)
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

struct rsection *rdoc_section(struct rdoc *d, const char *id, const char *title)
{
	struct rsection *s = arena_alloc(&d->arena, sizeof(*s));

	s->id = rdoc_str(d, id);
	s->title = rdoc_str(d, title);
	if (d->last)
		d->last->next = s;
	else
		d->first = s;
	d->last = s;
	return s;
}

static struct rblock *block(struct rdoc *d, enum rblock_kind kind)
{
	struct rblock *b = arena_alloc(&d->arena, sizeof(*b));

	if (!d->last)
		rdoc_section(d, "top", "");
	b->kind = kind;
	if (d->last->last)
		d->last->last->next = b;
	else
		d->last->first = b;
	d->last->last = b;
	return b;
}

void rdoc_para(struct rdoc *d, const char *text)
{
	block(d, RB_PARA)->text = rdoc_str(d, text);
}

void rdoc_notice(struct rdoc *d, const char *text)
{
	block(d, RB_NOTICE)->text = rdoc_str(d, text);
}

struct rblock *rdoc_items(struct rdoc *d)
{
	struct rblock *b = block(d, RB_ITEMS);

	XGROW(d->lists, d->cap_lists, d->n_lists + 1);
	d->lists[d->n_lists++] = b;
	return b;
}

void rdoc_item(struct rdoc *d, struct rblock *list, const char *text)
{
	XGROW(list->items, list->cap_items, list->n_items + 1);
	list->items[list->n_items++] = rdoc_str(d, text);
}

struct rtable *rdoc_table(struct rdoc *d, size_t cols, unsigned right, const char *const *header)
{
	struct rtable *t = arena_alloc(&d->arena, sizeof(*t));
	size_t i;

	t->cols = cols;
	t->right = right;
	XGROW(t->cells, t->cap, cols);
	for (i = 0; i < cols; i++)
		t->cells[i] = rdoc_str(d, header[i]);
	XGROW(d->tables, d->cap_tables, d->n_tables + 1);
	d->tables[d->n_tables++] = t;
	block(d, RB_TABLE)->table = t;
	return t;
}

void rtable_cell(struct rdoc *d, struct rtable *t, const char *text)
{
	/* Cells fill the table row by row; a row starts when its first cell arrives. */
	if (!t->rows || t->fill == t->cols) {
		t->rows++;
		t->fill = 0;
		XGROW(t->cells, t->cap, (t->rows + 1) * t->cols);
	}
	t->cells[t->rows * t->cols + t->fill++] = rdoc_str(d, text);
}

void rtable_cellf(struct rdoc *d, struct rtable *t, const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;

	strbuf_init(&sb);
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	rtable_cell(d, t, sb.buf);
	strbuf_release(&sb);
}

void rdoc_raw(struct rdoc *d, const char *html, const char *md)
{
	struct rblock *b = block(d, RB_RAW);

	b->html = rdoc_str(d, html);
	b->md = rdoc_str(d, md);
}

struct rchart *rdoc_chart(struct rdoc *d, const char *name, const char *title, const char *desc)
{
	struct rchart *c = arena_alloc(&d->arena, sizeof(*c));

	c->name = rdoc_str(d, name);
	c->title = rdoc_str(d, title);
	c->desc = desc ? rdoc_str(d, desc) : NULL;
	block(d, RB_CHART)->chart = c;
	return c;
}
