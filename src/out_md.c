/* out_md.c: the report tree as Markdown (CommonMark with pipe tables): headings, paragraphs,
 * tables, and each chart as a link to its PNG in charts/ when the report keeps it. Text from
 * the input is escaped, so a name cannot open a link, an image or raw HTML. It only renders. */
#include "report_doc.h"
#include "strbuf.h"

#include <string.h>

/* Backslash-escape what Markdown would read as markup; a newline or tab becomes a space, as a
 * table cell and a list item live on one line. */
static void esc(struct strbuf *sb, const char *s)
{
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c < 0x20) {
			strbuf_addch(sb, ' ');
			continue;
		}
		if (strchr("\\`*_[]<>|&~", c))
			strbuf_addch(sb, '\\');
		strbuf_addch(sb, c);
	}
}

static void table(struct strbuf *sb, const struct rtable *t)
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
			const char *cell = r < t->rows || c < t->fill || !r ? t->cells[r * t->cols + c] : "";
			strbuf_addch(sb, ' ');
			esc(sb, cell);
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
		strbuf_addch(sb, '_');
		esc(sb, t->note);
		strbuf_addstr(sb, "_\n\n");
	}
}

int out_md_write(const struct rdoc *d, FILE *out)
{
	struct strbuf sb;
	const struct rsection *s;
	const struct rblock *b;
	size_t i;

	strbuf_init(&sb);
	strbuf_addstr(&sb, "# ");
	esc(&sb, d->title);
	strbuf_addstr(&sb, "\n\n");
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
		for (b = s->first; b; b = b->next) {
			switch (b->kind) {
			case RB_PARA:
				esc(&sb, b->text);
				strbuf_addstr(&sb, "\n\n");
				break;
			case RB_NOTICE:
				strbuf_addstr(&sb, "> **");
				esc(&sb, b->text);
				strbuf_addstr(&sb, "**\n\n");
				break;
			case RB_ITEMS:
				for (i = 0; i < b->n_items; i++) {
					strbuf_addstr(&sb, "- ");
					esc(&sb, b->items[i]);
					strbuf_addch(&sb, '\n');
				}
				strbuf_addch(&sb, '\n');
				break;
			case RB_TABLE:
				table(&sb, b->table);
				break;
			case RB_RAW:
				strbuf_addstr(&sb, b->md);
				strbuf_addch(&sb, '\n');
				break;
			case RB_CHART:
				if (b->chart->png) {
					/* The chart names are ours ([a-z0-9-]), safe in a link. */
					strbuf_addstr(&sb, "![");
					esc(&sb, b->chart->title);
					strbuf_addf(&sb, "](charts/%s.png)\n\n", b->chart->name);
				}
				strbuf_addstr(&sb, "*");
				esc(&sb, b->chart->title);
				if (b->chart->desc) {
					strbuf_addstr(&sb, ". ");
					esc(&sb, b->chart->desc);
				}
				strbuf_addstr(&sb, "*\n\n");
				if (!b->chart->png && b->chart->missing) {
					strbuf_addstr(&sb, "> ");
					esc(&sb, b->chart->missing);
					strbuf_addstr(&sb, "\n\n");
				}
				break;
			}
		}
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
