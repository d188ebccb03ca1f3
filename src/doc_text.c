/* doc_text.c: a document as plain text for a terminal or a mail: titles on their own lines,
 * blocks indented under them, paragraphs wrapped at 100 columns (counted in characters, not
 * bytes: the words carry accents), tables aligned, charts left out (the figures are in the
 * tables). Text from the input cannot move the cursor or change colours: control characters
 * are dropped. It only renders. */
#include "doc.h"
#include "diag.h"
#include "strbuf.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

#define WIDTH 100

/* The one plain-text escaper: s on one line (newlines and tabs as spaces), and whatever could
 * move the cursor or change colours shown escaped as every diagnostic shows it ("\x1b", "\xe9"
 * for a byte that is not UTF-8), so quoted evidence is never silently changed. */
static void esc(struct strbuf *sb, const char *s)
{
	struct strbuf line;
	const char *p;

	if (!s)
		return;
	for (p = s; *p && (unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7f; p++)
		;
	if (!*p) {
		strbuf_addstr(sb, s); /* printable ASCII: nothing to do */
		return;
	}
	strbuf_init(&line);
	for (p = s; *p; p++)
		strbuf_addch(&line, *p == '\n' || *p == '\t' || *p == '\r' ? ' ' : *p);
	diag_escape(sb, line.buf, line.len, 0);
	strbuf_release(&line);
}

static void spaces(struct strbuf *sb, size_t n)
{
	while (n--)
		strbuf_addch(sb, ' ');
}

/* text escaped and wrapped: the first line starts after first (already written, taking
 * first_cols columns), the others after indent spaces. */
static void wrap(struct strbuf *sb, const char *text, size_t first_cols, size_t indent)
{
	struct strbuf clean;
	const char *p;
	size_t col = first_cols;
	int line_empty = 1;

	strbuf_init(&clean);
	esc(&clean, text);
	p = clean.buf;
	while (*p) {
		const char *w = p;
		size_t n, wl;
		char save;
		while (*p == ' ')
			p++;
		w = p;
		while (*p && *p != ' ')
			p++;
		n = (size_t)(p - w);
		if (!n)
			break;
		save = *p;
		*(char *)p = '\0';
		wl = text_width(w);
		*(char *)p = save;
		if (!line_empty && col + 1 + wl > WIDTH) {
			strbuf_addch(sb, '\n');
			spaces(sb, indent);
			col = indent;
			line_empty = 1;
		}
		if (!line_empty) {
			strbuf_addch(sb, ' ');
			col++;
		}
		strbuf_add(sb, w, n);
		col += wl;
		line_empty = 0;
	}
	strbuf_addch(sb, '\n');
	strbuf_release(&clean);
}

/* One line of a table: cells padded to their column (right-aligned numbers in body rows). */
static void table_line(struct strbuf *sb, const struct doc_table *t, const struct strbuf *cell, const size_t *width,
                       size_t indent, int body)
{
	size_t c, start = sb->len;

	spaces(sb, indent);
	for (c = 0; c < t->cols; c++) {
		size_t pad = width[c] - text_width(cell[c].buf);
		int right = body && ((t->right >> c) & 1);
		if (c)
			strbuf_addstr(sb, "  ");
		if (right)
			spaces(sb, pad);
		strbuf_add(sb, cell[c].buf, cell[c].len);
		if (!right)
			spaces(sb, pad);
	}
	/* no blanks at the end of a line */
	while (sb->len > start && sb->buf[sb->len - 1] == ' ')
		sb->len--;
	sb->buf[sb->len] = '\0';
	strbuf_addch(sb, '\n');
}

/* Rows are aligned; a cell's small print (a post's platform key) goes on a line of its own
 * under the row, in the same column, so that the table stays as wide as its text. */
static void table(struct strbuf *sb, const struct doc_table *t, size_t indent)
{
	size_t r, c, k, cols = t->cols;
	size_t *width = xcalloc(cols ? cols : 1, sizeof(*width));
	struct strbuf *cell = xcalloc(2 * (t->rows + 1) * (cols ? cols : 1), sizeof(*cell));

	if (t->caption) {
		spaces(sb, indent);
		wrap(sb, t->caption, indent, indent);
	}
	for (k = 0; k < 2 * (t->rows + 1) * cols; k++)
		strbuf_init(&cell[k]);
	for (r = 0; r <= t->rows; r++)
		for (c = 0; c < cols; c++) {
			const struct doc_cell *dc = &t->cells[r * cols + c];
			struct strbuf *s = &cell[2 * r * cols + c], *small = &cell[(2 * r + 1) * cols + c];
			if (!(!r || r < t->rows || c < t->fill))
				continue;
			esc(s, dc->text);
			if (dc->small) {
				strbuf_addstr(small, "  "); /* under its text, a little in */
				esc(small, dc->small);
			}
			if (text_width(s->buf) > width[c])
				width[c] = text_width(s->buf);
			if (text_width(small->buf) > width[c])
				width[c] = text_width(small->buf);
		}
	for (r = 0; r <= t->rows; r++) {
		int any_small = 0;
		table_line(sb, t, &cell[2 * r * cols], width, indent, r > 0);
		for (c = 0; c < cols; c++)
			any_small |= cell[(2 * r + 1) * cols + c].len > 0;
		if (any_small)
			table_line(sb, t, &cell[(2 * r + 1) * cols], width, indent, 0);
	}
	for (k = 0; k < 2 * (t->rows + 1) * cols; k++)
		strbuf_release(&cell[k]);
	free(cell);
	free(width);
	if (t->note) {
		spaces(sb, indent);
		wrap(sb, t->note, indent, indent);
	}
}

static void list(struct strbuf *sb, const struct doc_block *b, size_t indent)
{
	size_t i, lw = 0;

	for (i = 0; i < b->n_items; i++)
		if (b->items[i].label) {
			size_t w = text_width(b->items[i].label) + 1;
			if (w > lw)
				lw = w;
		}
	/* Labels padded to one column, unless one is so long the values would be squeezed. */
	if (lw > 32)
		lw = 0;
	for (i = 0; i < b->n_items; i++) {
		const struct doc_item *it = &b->items[i];
		struct strbuf lab;
		size_t col;
		spaces(sb, indent);
		if (!it->label) {
			strbuf_addstr(sb, "- ");
			wrap(sb, it->text, indent + 2, indent + 2);
			continue;
		}
		strbuf_init(&lab);
		esc(&lab, it->label);
		strbuf_addch(&lab, ':');
		strbuf_addstr(sb, lab.buf);
		col = indent + text_width(lab.buf);
		if (lw && col < indent + lw) {
			spaces(sb, indent + lw - col);
			col = indent + lw;
		}
		strbuf_addch(sb, ' ');
		wrap(sb, it->text, col + 1, lw ? indent + lw + 1 : indent + 4);
		strbuf_release(&lab);
	}
}

static void quote(struct strbuf *sb, const struct doc_block *b, size_t indent)
{
	const char *p = b->text, *nl;
	struct strbuf line;

	strbuf_init(&line);
	if (b->small) {
		spaces(sb, indent);
		wrap(sb, b->small, indent, indent);
	}
	for (;;) {
		nl = strchr(p, '\n');
		strbuf_reset(&line);
		strbuf_add(&line, p, nl ? (size_t)(nl - p) : strlen(p));
		spaces(sb, indent);
		strbuf_addstr(sb, "> ");
		wrap(sb, line.buf, indent + 2, indent + 2);
		if (!nl)
			break;
		p = nl + 1;
	}
	strbuf_release(&line);
}

int doc_text_write(const struct doc *d, FILE *out)
{
	struct strbuf sb;
	const struct doc_section *s;
	const struct doc_block *b;
	int first = 1;

	strbuf_init(&sb);
	if (d->org && *d->org) {
		esc(&sb, d->org);
		strbuf_addch(&sb, '\n');
	}
	/* Titles are not wrapped: a line a reader can find again. */
	if (d->title && *d->title) {
		esc(&sb, d->title);
		strbuf_addch(&sb, '\n');
	}
	if (d->title_small) {
		esc(&sb, d->title_small);
		strbuf_addch(&sb, '\n');
	}
	if (d->subtitle) {
		esc(&sb, d->subtitle);
		strbuf_addch(&sb, '\n');
	}
	if (sb.len)
		first = 0;
	for (s = d->first; s; s = s->next) {
		enum doc_block_kind prev_kind = DB_HEADING;
		/* blocks sit under the nearest title: the section's, else the document's */
		size_t indent = d->title && *d->title ? 2 : 0;
		if (!first && (*s->title || (s != d->first && s->first)))
			strbuf_addch(&sb, '\n');
		if (*s->title) {
			esc(&sb, s->title);
			strbuf_addch(&sb, '\n');
			indent = 2;
		}
		first = 0;
		for (b = s->first; b; b = b->next) {
			/* blocks apart by a blank line, as paragraphs are on paper; none after a title */
			if (b != s->first && b->kind != DB_HEADING && b->kind != DB_CHART && prev_kind != DB_HEADING)
				strbuf_addch(&sb, '\n');
			if (b->kind != DB_CHART)
				prev_kind = b->kind;
			switch (b->kind) {
			case DB_HEADING:
				/* level 2 at the margin, blocks under it indented; level 3 and 4 further in */
				indent = 2 * (size_t)(b->level - 1);
				strbuf_addch(&sb, '\n');
				spaces(&sb, indent - 2);
				if (b->small) {
					struct strbuf h;
					strbuf_init(&h);
					strbuf_addf(&h, "%s (%s)", b->text, b->small);
					wrap(&sb, h.buf, indent - 2, indent - 2);
					strbuf_release(&h);
				} else {
					wrap(&sb, b->text, indent - 2, indent - 2);
				}
				break;
			case DB_PARA:
				spaces(&sb, indent);
				wrap(&sb, b->text, indent, indent);
				break;
			case DB_NOTICE:
				spaces(&sb, indent);
				strbuf_addstr(&sb, "! ");
				wrap(&sb, b->text, indent + 2, indent + 2);
				break;
			case DB_LIST:
				list(&sb, b, indent);
				break;
			case DB_QUOTE:
				quote(&sb, b, indent + 2);
				break;
			case DB_TABLE:
				table(&sb, b->table, indent);
				break;
			case DB_CHART:
				break;
			}
		}
		fwrite(sb.buf, 1, sb.len, out);
		strbuf_reset(&sb);
	}
	if (d->footer) {
		strbuf_addch(&sb, '\n');
		wrap(&sb, d->footer, 0, 0);
	}
	fwrite(sb.buf, 1, sb.len, out);
	strbuf_release(&sb);
	return ferror(out) ? -1 : 0;
}
