/* doc_md.c: a document as Markdown (CommonMark with pipe tables): headings, paragraphs, lists,
 * quotes, tables, and each chart as a link to its PNG in charts/ when the report keeps it. Text
 * from the input is escaped, so a name cannot open a link, an image, a heading or raw HTML. It
 * only renders. */
#include "doc.h"
#include "strbuf.h"
#include "text.h"

#include <ctype.h>
#include <string.h>

/* The one Markdown escaper: s on one line (a newline or tab becomes a space, as a table cell
 * and a list item live on one line; other control characters go), and every character
 * Markdown or HTML could read as markup backslash-escaped: emphasis, code, links and images
 * (they need '['), tags and entities, headings, table pipes, strikethrough; a list marker
 * where a line could start ("-", "+", "=" at the start of s, "1. " and "1)" there). '_' inside a word (ids
 * like 104_12) is no emphasis in CommonMark and stays as it is. */
static void esc_valid(struct strbuf *sb, const char *s)
{
	const char *start = s;

	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '\n' || c == '\t' || c == '\r') {
			strbuf_addch(sb, ' ');
			continue;
		}
		if (c < 0x20 || c == 0x7f)
			continue;
		if (strchr("\\`*{}[]<>#|~&", c) || (s == start && strchr("+-=", c)) ||
		    (c == '_' && !(s > start && isalnum((unsigned char)s[-1]) && isalnum((unsigned char)s[1]))) ||
		    ((c == '.' || c == ')') && s > start && isdigit((unsigned char)s[-1]) &&
		     strspn(start, "0123456789") == (size_t)(s - start) && (!s[1] || s[1] == ' ' || s[1] == '\t')))
			strbuf_addch(sb, '\\');
		strbuf_addch(sb, (char)c);
	}
}

/* Invalid UTF-8 (a file name from a Latin-1 system) becomes U+FFFD first. */
static void esc(struct strbuf *sb, const char *s)
{
	text_put_valid(sb, s, esc_valid);
}

static void text_small(struct strbuf *sb, const char *text, const char *small)
{
	esc(sb, text);
	if (small) {
		strbuf_addstr(sb, " (");
		esc(sb, small);
		strbuf_addch(sb, ')');
	}
}

static void table(struct strbuf *sb, const struct doc_table *t)
{
	size_t r, c;

	if (t->caption) {
		strbuf_addstr(sb, "**");
		esc(sb, t->caption);
		strbuf_addstr(sb, "**\n\n");
	}
	for (r = 0; r <= t->rows; r++) {
		strbuf_addch(sb, '|');
		for (c = 0; c < t->cols; c++) {
			const struct doc_cell *cell = &t->cells[r * t->cols + c];
			strbuf_addch(sb, ' ');
			if (!r || r < t->rows || c < t->fill)
				text_small(sb, cell->text, cell->small);
			strbuf_addstr(sb, " |");
		}
		strbuf_addch(sb, '\n');
		if (!r) {
			strbuf_addch(sb, '|');
			for (c = 0; c < t->cols; c++)
				strbuf_addstr(sb, (t->right >> c) & 1 ? " ---: |" : " --- |");
			strbuf_addch(sb, '\n');
		}
	}
	strbuf_addch(sb, '\n');
	if (t->note) {
		strbuf_addch(sb, '*');
		esc(sb, t->note);
		strbuf_addstr(sb, "*\n\n");
	}
}

static void quote(struct strbuf *sb, const struct doc_block *b)
{
	const char *p = b->text, *nl;
	struct strbuf line;

	strbuf_init(&line);
	if (b->small) {
		strbuf_addstr(sb, "> *");
		esc(sb, b->small);
		strbuf_addstr(sb, "*\n>\n");
	}
	for (;;) {
		nl = strchr(p, '\n');
		strbuf_reset(&line);
		strbuf_add(&line, p, nl ? (size_t)(nl - p) : strlen(p));
		strbuf_addstr(sb, "> ");
		esc(sb, line.buf);
		/* a hard line break inside the quote, not a new paragraph */
		strbuf_addstr(sb, nl ? "  \n" : "\n");
		if (!nl)
			break;
		p = nl + 1;
	}
	strbuf_addch(sb, '\n');
	strbuf_release(&line);
}

static void chart(struct strbuf *sb, const struct doc_chart *c)
{
	if (c->png) {
		/* The chart names are ours ([a-z0-9-]), safe in a link. */
		strbuf_addstr(sb, "![");
		esc(sb, c->title);
		strbuf_addf(sb, "](charts/%s.png)\n\n", c->name);
	}
	strbuf_addstr(sb, "*");
	esc(sb, c->title);
	if (c->desc) {
		strbuf_addstr(sb, ". ");
		esc(sb, c->desc);
	}
	strbuf_addstr(sb, "*\n\n");
	if (!c->png && c->missing) {
		strbuf_addstr(sb, "> ");
		esc(sb, c->missing);
		strbuf_addstr(sb, "\n\n");
	}
}

static void blocks(struct strbuf *sb, const struct doc_section *s)
{
	const struct doc_block *b;
	size_t i;

	for (b = s->first; b; b = b->next) {
		switch (b->kind) {
		case DB_PARA:
			strbuf_addstr(sb, b->flags & DOC_STRONG ? "**" : b->flags & DOC_SMALL ? "*" : "");
			esc(sb, b->text);
			strbuf_addstr(sb, b->flags & DOC_STRONG ? "**\n\n" : b->flags & DOC_SMALL ? "*\n\n" : "\n\n");
			break;
		case DB_NOTICE:
			strbuf_addstr(sb, "> **");
			esc(sb, b->text);
			strbuf_addstr(sb, "**\n\n");
			break;
		case DB_HEADING:
			strbuf_addf(sb, "%.*s ", b->level + 1, "######");
			text_small(sb, b->text, b->small);
			strbuf_addstr(sb, "\n\n");
			break;
		case DB_LIST:
			for (i = 0; i < b->n_items; i++) {
				strbuf_addstr(sb, "- ");
				if (b->items[i].label) {
					strbuf_addstr(sb, "**");
					esc(sb, b->items[i].label);
					strbuf_addstr(sb, "**: ");
				}
				esc(sb, b->items[i].text);
				strbuf_addch(sb, '\n');
			}
			strbuf_addch(sb, '\n');
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

int doc_md_write(const struct doc *d, FILE *out)
{
	struct strbuf sb;
	const struct doc_section *s;

	strbuf_init(&sb);
	if (d->org && *d->org) {
		strbuf_addstr(&sb, "**");
		esc(&sb, d->org);
		strbuf_addstr(&sb, "**\n\n");
	}
	strbuf_addstr(&sb, "# ");
	esc(&sb, d->title);
	strbuf_addstr(&sb, "\n\n");
	if (d->title_small) {
		strbuf_addch(&sb, '*');
		esc(&sb, d->title_small);
		strbuf_addstr(&sb, "*\n\n");
	}
	if (d->subtitle) {
		esc(&sb, d->subtitle);
		strbuf_addstr(&sb, "\n\n");
	}
	for (s = d->first; s; s = s->next) {
		if (*s->title) {
			strbuf_addstr(&sb, "## ");
			esc(&sb, s->title);
			strbuf_addstr(&sb, "\n\n");
		}
		blocks(&sb, s);
		fwrite(sb.buf, 1, sb.len, out);
		strbuf_reset(&sb);
	}
	if (d->footer) {
		strbuf_addstr(&sb, "---\n\n");
		esc(&sb, d->footer);
		strbuf_addch(&sb, '\n');
	}
	fwrite(sb.buf, 1, sb.len, out);
	strbuf_release(&sb);
	return ferror(out) ? -1 : 0;
}
