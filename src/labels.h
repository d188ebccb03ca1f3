/* labels.h: the label files people write, and the classifier set up the way every command
 * uses it (rules, optional model, optional human decisions).
 *   - labeled sets (`train`, `eval`): CSV with a header naming `text` and `label` (and
 *     optionally `lang`, `channel`); other columns are ignored;
 *   - human decisions (`--labels`): CSV with a header naming `id` and `label` (and optionally
 *     `note`); a human label always wins over the classifier.
 * In both, a label is read with blanks trimmed and ASCII case folded ("Thanks " is thanks), and
 * a row whose label is empty is ignored and counted, not an error: a review queue (`replycov
 * review`) comes back with only some rows filled in. One note gives the count.  * Strings live in the set's arena until
 * its _release. */
#ifndef REPLYCOV_LABELS_H
#define REPLYCOV_LABELS_H

#include <stddef.h>

#include "classify.h"
#include "record.h"
#include "strmap.h"

/* A gold label as a set of acceptable classes: "criticism", "question|other", "reply"
 * (criticism|question), "noreply" (thanks|other), "*" (any: the row only measures the
 * language). Returns the bit set (1 << CLASS_x), 0 when a name is unknown. */
unsigned label_set_parse(const char *s);
#define LABEL_ALL ((1u << CLASS_N) - 1)
/* The label set written back: "criticism", "reply", "noreply", "*" or "a|b". */
void label_set_name(unsigned set, struct strbuf *out);

struct labeled_row {
	const char *text;
	const char *label;   /* as written */
	unsigned set;        /* label_set_parse(label); 0: unknown */
	int lang;            /* enum msg_lang from a `lang` column, -1 when absent or empty */
	const char *channel; /* `channel` column or NULL */
	long line;
};

struct labeled_set {
	struct arena arena;
	struct labeled_row *rows;
	size_t n, cap;
	long rejected;  /* rows without text, or not read (CSV syntax error) */
	long unlabeled; /* rows with an empty label, ignored (a note says how many) */
};

/* Read path into s. Returns 0; 1 when some rows were rejected (reported with FILE:LINE); 2
 * when the file cannot be read or lacks a `text` or `label` column (reported). Unknown
 * labels are kept (set 0): the caller reports them. */
int labeled_load(const char *path, struct labeled_set *s);
void labeled_release(struct labeled_set *s);
/* The same from memory (buf[0..len), a NUL after it): the fuzz target. */
int labeled_parse(const char *path, const char *buf, size_t len, struct labeled_set *s);

struct human_labels {
	struct arena arena;
	struct strmap by_id; /* id -> struct human_label */
	long n, bad;
	long unlabeled; /* rows with an empty label, ignored (a note says how many) */
};
struct human_label {
	enum msg_class cls;
	const char *note;  /* may be "" */
	const char *shown; /* "human label" or "human label: NOTE", for the cue list */
	const char *file;
	long line;
};

/* Read `id,label[,note]` from path. Returns 0, 1 when rows were skipped (unknown label,
 * empty id: reported), 2 when the file cannot be used (reported). A later row for the
 * same id wins, with a warning. */
int human_labels_load(const char *path, struct human_labels *h);
/* The same from memory (buf[0..len), a NUL after it; path names it in messages): the fuzz
 * target. h is always initialised; release it whatever this returns. */
int human_labels_parse(const char *path, const char *buf, size_t len, struct human_labels *h);
const struct human_label *human_label_get(const struct human_labels *h, const char *id);
void human_labels_release(struct human_labels *h);

/* What classify, ratio and eval share: the rules, a model (--model) and human decisions
 * (--labels). */
struct class_source {
	struct classifier *cl;
	struct nbayes *model;
	struct human_labels human;
	int has_human;
};

/* Build the classifier and load the optional files (NULL: none). Returns 0, 1 (data
 * problems in the labels, reported; usable), or 2 (unusable file, reported). */
int class_source_open(struct class_source *s, const char *model_path, const char *labels_path);
void class_source_close(struct class_source *s);
/* Classify record r into cf: a human label for r->id wins (by = BY_HUMAN, confidence 1,
 * first hit "human label[: NOTE]", the rules' cues after it); else the classifier. */
void class_source_record(const struct class_source *s, const struct record *r, struct classification *cf);

/* Read a whole file (a NUL is added after it). Returns 0, or -1 reported as FILE: error. */
int read_whole_file(const char *path, char **buf, size_t *len);

#endif
