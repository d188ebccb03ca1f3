/* manifest_doc.c: the evidence written for people, in their language: what made the document
 * (version, revision, the command line), every file read with its SHA-256, what was read and
 * left out, and the rules in force. The manifest holds the facts (manifest.c); this only words
 * them, into the document tree. */
#include "classify.h"
#include "manifest.h"

#include <stdlib.h>
#include <string.h>

static const char *role_words(enum ui_lang l, const char *role)
{
	if (!role) /* a manifest read back may lack it */
		return "";
	if (!strcmp(role, "schedule"))
		return tr(l, TE_ROLE_SCHEDULE);
	if (!strcmp(role, "schedule import"))
		return tr(l, TE_ROLE_IMPORT);
	if (!strcmp(role, "labels"))
		return tr(l, TE_ROLE_LABELS);
	if (!strcmp(role, "model"))
		return tr(l, TE_ROLE_MODEL);
	if (!strcmp(role, "unreadable"))
		return tr(l, TE_ROLE_UNREADABLE);
	if (!strcmp(role, "unknown"))
		return tr(l, TE_ROLE_UNKNOWN);
	return role; /* an input format's name (facebook-graph, csv): a name, like a file's */
}

/* Inputs listed in the document at most; manifest.json holds them all. */
#define EVIDENCE_INPUTS 30

static void file_row(struct doc *d, enum ui_lang l, struct doc_table *t, const struct manifest_file *f, int input)
{
	doc_cell_small(d, t, f->path, f->size >= 0 ? doc_fmt(d, tr(l, TE_SHA), f->sha256) : tr(l, TE_NOT_READ));
	doc_cell(d, t, role_words(l, f->role));
	doc_cell(d, t, input ? doc_num(d, l, f->messages) : "");
	doc_cell(d, t, input ? doc_num(d, l, f->rejected) : "");
	doc_cell(d, t, f->size >= 0 ? doc_num(d, l, f->size) : "-");
}

/* An input a reader must see even when the list is cut: not read, not recognised, or with
 * rejected records. */
static int troubled(const struct manifest_file *f)
{
	return f->size < 0 || f->rejected > 0 ||
	       (f->role && (!strcmp(f->role, "unreadable") || !strcmp(f->role, "unknown")));
}

/* Every file read: the inputs (the first EVIDENCE_INPUTS, troubled ones first, in their order),
 * then the schedule, labels and model. */
static void files_table(struct doc *d, enum ui_lang l, const struct manifest *m)
{
	const char *h[5];
	struct doc_table *t;
	unsigned char *show = xcalloc(m->n_inputs ? m->n_inputs : 1, 1);
	size_t i, k = 0;

	h[0] = tr(l, TE_H_FILE);
	h[1] = tr(l, TE_H_KIND);
	h[2] = tr(l, TE_H_MESSAGES);
	h[3] = tr(l, T_H_REJECTED);
	h[4] = tr(l, TE_H_BYTES);
	t = doc_table(d, 5, (1u << 2) | (1u << 3) | (1u << 4), h);
	t->breakable = 1u << 0;
	for (i = 0; i < m->n_inputs && k < EVIDENCE_INPUTS; i++)
		if (troubled(&m->inputs[i]))
			show[i] = 1, k++;
	for (i = 0; i < m->n_inputs && k < EVIDENCE_INPUTS; i++)
		if (!show[i])
			show[i] = 1, k++;
	for (i = 0; i < m->n_inputs; i++)
		if (show[i])
			file_row(d, l, t, &m->inputs[i], 1);
	for (i = 0; i < m->n_files; i++)
		file_row(d, l, t, &m->files[i], 0);
	doc_table_more(d, l, t, (long long)(m->n_inputs - k), tr(l, TE_MORE_INPUTS));
	free(show);
}

/* A file by its name, without the folders it was read from (the table above gives its path). */
static const char *file_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash && slash[1] ? slash + 1 : path;
}

static void count(struct doc *d, enum ui_lang l, struct doc_block *list, int id, long n, int always)
{
	if (n || always)
		doc_field(d, list, tr(l, id), doc_num(d, l, n));
}

/* The rules in force, from what the run applied. */
static void rules(struct doc *d, enum ui_lang l, const struct manifest *m)
{
	const struct manifest_applied *a = &m->applied;
	const char *v[3];
	struct doc_block *list;
	struct strbuf sb, t1, t2;
	size_t n = 0;

	strbuf_init(&sb);
	strbuf_init(&t1);
	strbuf_init(&t2);
	doc_heading(d, 2, NULL, tr(l, TE_RULES));
	list = doc_list(d);
	if (a->rules & RULE_DIRECT)
		v[n++] = tr(l, T_RULE_DIRECT);
	if (a->rules & RULE_BRANCH)
		v[n++] = tr(l, T_RULE_BRANCH);
	if (a->rules & RULE_MENTION)
		v[n++] = tr(l, T_RULE_MENTION);
	tr_join(&sb, l, v, n);
	doc_field(d, list, tr(l, T_RULES), sb.buf);
	strbuf_reset(&sb);
	if (a->need_all) {
		strbuf_addstr(&sb, tr(l, T_POLICY_ALL));
	} else {
		strbuf_reset(&t1);
		tr_class_list(&t1, l, a->need_classes);
		strbuf_addf(&sb, tr(l, T_POLICY_CLASSES), t1.buf);
	}
	doc_field(d, list, tr(l, T_POLICY), sb.buf);
	strbuf_reset(&sb);
	strbuf_addstr(&sb, tr(l, TE_CLASSIFIER_RULES));
	if (a->model)
		strbuf_addf(&sb, ", %s", tr(l, TE_CLASSIFIER_MODEL));
	if (a->labels)
		strbuf_addf(&sb, ", %s", tr(l, TE_CLASSIFIER_LABELS));
	doc_field(d, list, tr(l, TE_CLASSIFIER), sb.buf);
	doc_field(d, list, tr(l, T_OFFICIAL_ACCOUNT), tr(l, a->official_given ? TE_OFFICIAL_GIVEN : TE_OFFICIAL_AUTO));
	strbuf_reset(&sb);
	if (a->period) {
		struct strbuf p;
		strbuf_init(&p);
		tr_period(&p, l, a->period, 1);
		strbuf_reset(&t1);
		tr_datetime(&t1, l, a->tz, a->from);
		tr_datetime(&t2, l, a->tz, a->to);
		strbuf_addf(&sb, tr(l, TE_PERIOD_VALUE), p.buf, t1.buf, t2.buf);
		strbuf_release(&p);
	} else {
		tr_period(&sb, l, NULL, 1);
	}
	doc_field(d, list, tr(l, T_PERIOD), sb.buf);
	strbuf_reset(&sb);
	if (a->schedule)
		strbuf_addf(&sb, tr(l, TE_SCHEDULE_VALUE), file_name(a->schedule), a->zone ? a->zone : "UTC",
		            tr(l, a->elapsed_before_opening ? TE_BEFORE_ELAPSED : TE_BEFORE_ZERO));
	else
		strbuf_addstr(&sb, tr(l, T_NO_SCHEDULE));
	doc_field(d, list, tr(l, T_SCHEDULE), sb.buf);
	strbuf_reset(&sb);
	if (m->key_id)
		strbuf_addf(&sb, tr(l, TE_PSEUDONYMS), m->key_id);
	else
		strbuf_addstr(&sb, tr(l, TE_NAMES_SHOWN));
	if (a->min_cell > 1) {
		strbuf_reset(&t1);
		tr_num(&t1, l, a->min_cell);
		strbuf_addstr(&sb, "; ");
		strbuf_addf(&sb, tr(l, TE_MIN_CELL), t1.buf, t1.buf);
	}
	doc_field(d, list, tr(l, TE_PRIVACY), sb.buf);
	strbuf_release(&sb);
	strbuf_release(&t1);
	strbuf_release(&t2);
}

void manifest_section(struct doc *d, enum ui_lang l, const struct manifest *m)
{
	struct doc_block *list;
	struct strbuf cmd;

	strbuf_init(&cmd);
	doc_part(d, "evidence", tr(l, TE_TITLE));
	doc_para(d, tr(l, TE_MADE_BY));
	manifest_command_line(m, &cmd);
	doc_quote(d, cmd.buf, NULL);
	/* on a line of its own: the revision's length must not move the words around it */
	list = doc_list(d);
	doc_field(d, list, tr(l, TE_VERSION),
	          doc_fmt(d, "replycov %s (%s)", m->version ? m->version : "?", m->revision ? m->revision : "?"));
	doc_para(d, tr(l, TE_SAME_BYTES));
	files_table(d, l, m);
	doc_heading(d, 2, NULL, tr(l, TE_RECORDS));
	list = doc_list(d);
	count(d, l, list, TE_FILES_READ, m->files_read, 1);
	count(d, l, list, TE_FILES_SKIPPED, m->files_skipped, 0);
	count(d, l, list, TE_FILES_FAILED, m->files_failed, 0);
	count(d, l, list, TE_MESSAGES_READ, m->messages, 1);
	count(d, l, list, TE_ACCEPTED, m->accepted, 1);
	count(d, l, list, TE_REJECTED, m->rejected, 1);
	count(d, l, list, TE_LEFT_OUT, m->left_out, 1);
	count(d, l, list, TE_DUPLICATES, m->duplicates, 1);
	count(d, l, list, TE_CHANGED, m->changed, 0);
	count(d, l, list, TE_ORPHANS, m->orphans, 1);
	count(d, l, list, TE_CYCLES, m->cycles, 0);
	count(d, l, list, TE_THREADS, m->threads, 1);
	if (m->applied.set)
		rules(d, l, m);
	strbuf_release(&cmd);
}
