/* labels.c: reading labeled sets and human decisions (CSV through in_csvread.h), gold label
 * sets, and the classifier as the commands set it up. No scoring here (that is eval's). */
#include "labels.h"
#include "diag.h"
#include "in_csvread.h"
#include "nbayes.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int read_whole_file(const char *path, char **buf, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	size_t cap = 65536, n = 0, got;
	char *b;

	if (!fp) {
		diag_print("%s: error: cannot open: %s", path, strerror(errno));
		return -1;
	}
	b = xmalloc(cap);
	for (;;) {
		if (cap - n < 4096) {
			cap *= 2;
			b = xrealloc(b, cap);
		}
		got = fread(b + n, 1, cap - n - 1, fp);
		n += got;
		if (!got)
			break;
	}
	if (ferror(fp)) {
		diag_print("%s: error: cannot read: %s", path, strerror(errno));
		fclose(fp);
		free(b);
		return -1;
	}
	fclose(fp);
	b[n] = '\0';
	*buf = b;
	*len = n;
	return 0;
}

unsigned label_set_parse(const char *s)
{
	unsigned set = 0;

	if (!strcmp(s, "*") || !strcmp(s, "any"))
		return LABEL_ALL;
	if (!strcmp(s, "reply"))
		return 1u << CLASS_CRITICISM | 1u << CLASS_QUESTION;
	if (!strcmp(s, "noreply"))
		return 1u << CLASS_THANKS | 1u << CLASS_OTHER;
	while (*s) {
		const char *e = strchr(s, '|');
		size_t l = e ? (size_t)(e - s) : strlen(s);
		char name[32];
		int c;
		if (!l || l >= sizeof(name))
			return 0;
		memcpy(name, s, l);
		name[l] = '\0';
		c = class_parse(name);
		if (c < 0)
			return 0;
		set |= 1u << c;
		s += l + (e ? 1 : 0);
		if (e && !*s)
			return 0;
	}
	return set;
}

void label_set_name(unsigned set, struct strbuf *out)
{
	int c, first = 1;

	if (set == LABEL_ALL) {
		strbuf_addch(out, '*');
		return;
	}
	if (set == (1u << CLASS_CRITICISM | 1u << CLASS_QUESTION)) {
		strbuf_addstr(out, "reply");
		return;
	}
	if (set == (1u << CLASS_THANKS | 1u << CLASS_OTHER)) {
		strbuf_addstr(out, "noreply");
		return;
	}
	for (c = 0; c < CLASS_N; c++) {
		if (!(set & 1u << c))
			continue;
		if (!first)
			strbuf_addch(out, '|');
		strbuf_addstr(out, class_name((enum msg_class)c));
		first = 0;
	}
}

/* Column positions from a header row; -1 when absent. */
static int column(const struct csv_row *row, const char *name)
{
	size_t i;

	for (i = 0; i < row->n; i++) {
		const char *f = row->fields[i];
		size_t l;
		while (*f == ' ')
			f++;
		l = strlen(f);
		while (l && f[l - 1] == ' ')
			l--;
		if (l == strlen(name) && !strncasecmp(f, name, l))
			return (int)i;
	}
	return -1;
}

static void trim_copy(struct strbuf *sb, const char *s)
{
	size_t l;

	while (*s == ' ' || *s == '\t')
		s++;
	l = strlen(s);
	while (l && (s[l - 1] == ' ' || s[l - 1] == '\t' || s[l - 1] == '\r'))
		l--;
	strbuf_reset(sb);
	strbuf_add(sb, s, l);
}

/* A label as people write it: blanks trimmed, ASCII letters in lower case. */
static void label_copy(struct strbuf *sb, const char *s)
{
	size_t i;

	trim_copy(sb, s);
	for (i = 0; i < sb->len; i++)
		if (sb->buf[i] >= 'A' && sb->buf[i] <= 'Z')
			sb->buf[i] = (char)(sb->buf[i] - 'A' + 'a');
}

/* One note for the rows left without a label: they were not filled in, which is no error. */
static void note_unlabeled(const char *path, long n)
{
	struct loc loc = {.file = path};

	if (n)
		diag_msg(DIAG_NOTE, &loc, "%ld row%s without a label ignored", n, n == 1 ? "" : "s");
}

struct lctx {
	const char *path;
	struct labeled_set *s;
	struct human_labels *h;
	int c_text, c_label, c_lang, c_channel, c_id, c_note;
	int header_bad;
	struct strbuf tmp;
};

static const char *field(const struct csv_row *row, int c)
{
	return c >= 0 && (size_t)c < row->n ? row->fields[c] : "";
}

static int formula_start(const char *s)
{
	return *s && strchr("=+-@\t\r", *s);
}

/* A text or id field without the apostrophe `replycov review` puts before a cell a spreadsheet
 * would take for a formula (= + - @, tab, CR), or before an apostrophe that opens one. */
static const char *data_field(const struct csv_row *row, int c)
{
	const char *f = field(row, c);

	if (f[0] == '\'' && (formula_start(f + 1) || (f[1] == '\'' && formula_start(f + 2))))
		return f + 1;
	return f;
}

static int on_labeled_row(const struct csv_row *row, void *ctx)
{
	struct lctx *x = ctx;
	struct labeled_row *r;
	struct loc loc = {.file = x->path, .line = row->line};
	const char *lang;

	if (row->record == 1) {
		x->c_text = column(row, "text");
		x->c_label = column(row, "label");
		x->c_lang = column(row, "lang");
		x->c_channel = column(row, "channel");
		if (x->c_text < 0 || x->c_label < 0) {
			diag_error(&loc, "the header must name the columns 'text' and 'label'");
			x->header_bad = 1;
			return -1;
		}
		return 0;
	}
	if (row->n == 1 && !*row->fields[0])
		return 0; /* blank line */
	label_copy(&x->tmp, field(row, x->c_label));
	if (!x->tmp.len) {
		x->s->unlabeled++;
		return 0;
	}
	if (!*data_field(row, x->c_text)) {
		diag_warn(&loc, "row without text skipped");
		x->s->rejected++;
		return 0;
	}
	XGROW(x->s->rows, x->s->cap, x->s->n + 1);
	r = &x->s->rows[x->s->n++];
	memset(r, 0, sizeof(*r));
	r->text = arena_strdup(&x->s->arena, data_field(row, x->c_text));
	r->label = arena_strdup(&x->s->arena, x->tmp.buf);
	r->set = label_set_parse(r->label);
	r->line = row->line;
	r->lang = -1;
	lang = field(row, x->c_lang);
	if (*lang) {
		int l;
		for (l = 0; l < LANG_N; l++)
			if (!strcmp(lang, lang_name((enum msg_lang)l)))
				r->lang = l;
	}
	if (x->c_channel >= 0)
		r->channel = arena_strdup(&x->s->arena, field(row, x->c_channel));
	return 0;
}

static const char *skip_bom(const char *buf, size_t *len)
{
	if (*len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3)) {
		*len -= 3;
		return buf + 3;
	}
	return buf;
}

int labeled_parse(const char *path, const char *buf, size_t len, struct labeled_set *s)
{
	struct lctx x = {0};
	struct batch b;
	const char *p;
	int ret;

	memset(s, 0, sizeof(*s));
	arena_init(&s->arena);
	p = skip_bom(buf, &len);
	x.path = path;
	x.s = s;
	strbuf_init(&x.tmp);
	batch_init(&b, path);
	ret = csvread_rows(&b, p, len, csvread_guess_delim(p, len), on_labeled_row, &x);
	s->rejected += batch_rejected(&b);
	batch_release(&b);
	strbuf_release(&x.tmp);
	note_unlabeled(path, s->unlabeled);
	if (x.header_bad ||
	    (!len && (diag_print("%s: error: empty file, expected a header with 'text' and 'label'", path), 1)))
		return 2;
	return ret || s->rejected ? 1 : 0;
}

int labeled_load(const char *path, struct labeled_set *s)
{
	char *buf;
	size_t len;
	int ret;

	if (read_whole_file(path, &buf, &len)) {
		memset(s, 0, sizeof(*s));
		arena_init(&s->arena);
		return 2;
	}
	ret = labeled_parse(path, buf, len, s);
	free(buf);
	return ret;
}

void labeled_release(struct labeled_set *s)
{
	arena_release(&s->arena);
	free(s->rows);
	memset(s, 0, sizeof(*s));
}

static int on_human_row(const struct csv_row *row, void *ctx)
{
	struct lctx *x = ctx;
	struct loc loc = {.file = x->path, .line = row->line};
	struct human_label *hl;
	void **slot;
	int created, c;
	char *id;

	if (row->record == 1) {
		x->c_id = column(row, "id");
		x->c_label = column(row, "label");
		x->c_note = column(row, "note");
		if (x->c_id < 0 || x->c_label < 0) {
			diag_error(&loc, "the header must name the columns 'id' and 'label'");
			x->header_bad = 1;
			return -1;
		}
		return 0;
	}
	if (row->n == 1 && !*row->fields[0])
		return 0;
	label_copy(&x->tmp, field(row, x->c_label));
	if (!x->tmp.len) {
		x->h->unlabeled++;
		return 0;
	}
	c = class_parse(x->tmp.buf);
	if (c < 0) {
		diag_warn(&loc, "unknown label '%s' (criticism, question, thanks or other), row skipped", x->tmp.buf);
		x->h->bad++;
		return 0;
	}
	trim_copy(&x->tmp, data_field(row, x->c_id));
	if (!x->tmp.len) {
		diag_warn(&loc, "row without id skipped");
		x->h->bad++;
		return 0;
	}
	id = arena_strdup(&x->h->arena, x->tmp.buf);
	slot = strmap_put(&x->h->by_id, id, &created);
	if (!created) {
		hl = *slot;
		diag_warn(&loc, "id '%s' labeled again (line %ld): this row wins", id, hl->line);
	} else {
		hl = arena_alloc(&x->h->arena, sizeof(*hl));
		*slot = hl;
		x->h->n++;
	}
	hl->cls = (enum msg_class)c;
	hl->note = arena_strdup(&x->h->arena, field(row, x->c_note));
	strbuf_reset(&x->tmp);
	strbuf_addstr(&x->tmp, "human label");
	if (*hl->note)
		strbuf_addf(&x->tmp, ": %s", hl->note);
	hl->shown = arena_strdup(&x->h->arena, x->tmp.buf);
	hl->file = x->path;
	hl->line = row->line;
	return 0;
}

int human_labels_parse(const char *path, const char *buf, size_t len, struct human_labels *h)
{
	struct lctx x = {0};
	struct batch b;
	const char *p;
	int ret;

	memset(h, 0, sizeof(*h));
	arena_init(&h->arena);
	strmap_init(&h->by_id);
	p = skip_bom(buf, &len);
	x.path = path;
	x.h = h;
	strbuf_init(&x.tmp);
	batch_init(&b, path);
	ret = csvread_rows(&b, p, len, csvread_guess_delim(p, len), on_human_row, &x);
	h->bad += batch_rejected(&b);
	batch_release(&b);
	strbuf_release(&x.tmp);
	note_unlabeled(path, h->unlabeled);
	if (x.header_bad ||
	    (!len && (diag_print("%s: error: empty file, expected a header with 'id' and 'label'", path), 1)))
		return 2;
	return ret || h->bad ? 1 : 0;
}

int human_labels_load(const char *path, struct human_labels *h)
{
	char *buf;
	size_t len;
	int ret;

	if (read_whole_file(path, &buf, &len)) {
		memset(h, 0, sizeof(*h));
		arena_init(&h->arena);
		strmap_init(&h->by_id);
		return 2;
	}
	ret = human_labels_parse(path, buf, len, h);
	free(buf);
	return ret;
}

const struct human_label *human_label_get(const struct human_labels *h, const char *id)
{
	return strmap_get(&h->by_id, id);
}

void human_labels_release(struct human_labels *h)
{
	arena_release(&h->arena);
	strmap_release(&h->by_id);
}

int class_source_open(struct class_source *s, const char *model_path, const char *labels_path)
{
	int ret = 0;

	memset(s, 0, sizeof(*s));
	s->cl = classifier_new();
	if (model_path) {
		char *buf;
		size_t len;
		if (read_whole_file(model_path, &buf, &len))
			goto fail;
		s->model = nbayes_parse(model_path, buf, len);
		free(buf);
		if (!s->model)
			goto fail;
		classifier_set_model(s->cl, s->model);
	}
	if (labels_path) {
		int r = human_labels_load(labels_path, &s->human);
		s->has_human = 1;
		if (r == 2)
			goto fail;
		ret = r;
	}
	return ret;
fail:
	/* Nothing is left for the caller to close when the source cannot be opened. */
	class_source_close(s);
	return 2;
}

void class_source_close(struct class_source *s)
{
	classifier_free(s->cl);
	nbayes_free(s->model);
	if (s->has_human)
		human_labels_release(&s->human);
	memset(s, 0, sizeof(*s));
}

void class_source_record(const struct class_source *s, const struct record *r, struct classification *cf)
{
	const struct human_label *h = s->has_human ? human_label_get(&s->human, r->id) : NULL;

	classify_message(s->cl, r->text, cf);
	cf->own_cls = cf->cls;
	if (!h)
		return;
	/* The rules still run: language and the cues stay visible next to the human decision. */
	cf->cls = h->cls;
	cf->confidence = 1.0;
	cf->by = BY_HUMAN;
	XGROW(cf->hits, cf->cap_hits, cf->n_hits + 1);
	memmove(cf->hits + 1, cf->hits, cf->n_hits * sizeof(*cf->hits));
	cf->hits[0] = (struct cue_hit){h->shown, h->cls, 1.0, HIT_RULE};
	cf->n_hits++;
}
