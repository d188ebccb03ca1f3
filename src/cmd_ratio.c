/* cmd_ratio.c: `replycov ratio`: what citizens say in public and in private. The table
 * channel by class with counts, shares and 95% Wilson intervals, the headline (criticism
 * share in public, thanks share in private) and the criticism-to-thanks ratio per channel,
 * per platform and per month. Only citizens' messages count (official_resolve per thread).
 * With a labeled sample (--labels naming counted messages, or --confusion LABELED.csv) the
 * channel shares and ratio are also given corrected for the classifier's errors
 * (ratio_adjust.h); without one, the output says they are not. */
#include "classify.h"
#include "cmd.h"
#include "diag.h"
#include "labels.h"
#include "outfile.h"
#include "outfmt.h"
#include "pipeline.h"
#include "ratio_adjust.h"
#include "runopts.h"
#include "stats.h"
#include "strmap.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --model and --labels: the codes of runopts.h */
enum { OPT_CONFUSION = 2101 };
enum scope { SCOPE_ALL, SCOPE_PLATFORM, SCOPE_MONTH, SCOPE_N };

static const char *const scope_names[] = {"channel", "platform", "month"};

struct cell {
	enum scope scope;
	const char *key; /* platform or YYYY-MM; "" for the channel totals */
	int channel;     /* enum channel */
	long n[CLASS_N];
};

struct contrib { /* one citizen message, to undo when its thread is replaced */
	struct cell *cells[SCOPE_N];
	unsigned char cls;     /* as counted: the human label when there is one */
	unsigned char pred;    /* as the classifier gave it */
	signed char label;     /* the human label, or -1 */
	unsigned char channel; /* enum channel */
};

struct thread_contribs {
	struct contrib *c;
	size_t n;
};

struct rrun {
	struct runopts *ro;
	const char *confusion_file; /* --confusion */
	struct classification cf;
	struct arena arena;
	struct strmap cells;   /* "scope\tkey\tchannel" -> struct cell */
	struct strmap threads; /* thread key -> struct thread_contribs */
	struct strbuf key;
	long messages;
};

static struct cell *cell_get(struct rrun *run, enum scope s, const char *key, int channel)
{
	struct cell *c;
	int created;

	strbuf_reset(&run->key);
	strbuf_addf(&run->key, "%d\t%s\t%d", (int)s, key, channel);
	c = strmap_get(&run->cells, run->key.buf);
	if (c)
		return c;
	/* the map keeps the key pointer: store a copy that lives as long as the arena */
	c = arena_alloc(&run->arena, sizeof(*c));
	c->scope = s;
	c->key = arena_strdup(&run->arena, key);
	c->channel = channel;
	*strmap_put(&run->cells, arena_strdup(&run->arena, run->key.buf), &created) = c;
	return c;
}

static void on_thread(struct thread *t, int replace, void *ctx)
{
	struct rrun *run = ctx;
	unsigned char *off = xcalloc(t->n ? t->n : 1, 1);
	const char *name;
	struct thread_contribs *tc;
	void **slot;
	int created;
	size_t i, k;

	slot = strmap_put(&run->threads, arena_strdup(&run->arena, t->key), &created);
	if (created)
		*slot = arena_alloc(&run->arena, sizeof(struct thread_contribs));
	tc = *slot;
	/* A thread handed over again replaces what its earlier version counted. */
	for (i = 0; i < tc->n; i++)
		for (k = 0; k < SCOPE_N; k++)
			tc->c[i].cells[k]->n[tc->c[i].cls]--;
	run->messages -= (long)tc->n;
	(void)replace;
	free(tc->c);
	tc->c = NULL;
	tc->n = 0;
	official_resolve(t, &run->ro->official, off, &name);
	for (i = 0; i < t->n; i++) {
		const struct record *r = &t->recs[i];
		struct contrib *c;
		char month[40];
		if (off[i])
			continue;
		const struct class_source *src = &run->ro->classes;
		const struct human_label *h = src->has_human ? human_label_get(&src->human, r->id) : NULL;
		/* As class_source_record decides (a human label wins), keeping the classifier's own
		 * class apart: the correction compares the two. */
		classify_message(src->cl, r->text, &run->cf);
		time_format_when(&r->created, month);
		month[7] = '\0';
		tc->c = xrealloc(tc->c, (tc->n + 1) * sizeof(*tc->c));
		c = &tc->c[tc->n++];
		c->pred = (unsigned char)run->cf.cls;
		c->label = h ? (signed char)h->cls : -1;
		c->cls = h ? (unsigned char)h->cls : c->pred;
		c->channel = (unsigned char)r->channel;
		c->cells[SCOPE_ALL] = cell_get(run, SCOPE_ALL, "", (int)r->channel);
		c->cells[SCOPE_PLATFORM] = cell_get(run, SCOPE_PLATFORM, r->platform, (int)r->channel);
		c->cells[SCOPE_MONTH] = cell_get(run, SCOPE_MONTH, month, (int)r->channel);
		for (k = 0; k < SCOPE_N; k++)
			c->cells[k]->n[c->cls]++;
		run->messages++;
	}
	free(off);
}

static int cmp_cell(const void *a, const void *b)
{
	const struct cell *x = *(struct cell *const *)a, *y = *(struct cell *const *)b;
	int d;

	if (x->scope != y->scope)
		return x->scope < y->scope ? -1 : 1;
	d = strcmp(x->key, y->key);
	if (d)
		return d;
	return x->channel - y->channel;
}

static long cell_total(const struct cell *c)
{
	long t = 0;
	int k;

	for (k = 0; k < CLASS_N; k++)
		t += c->n[k];
	return t;
}

static const char *channel_text(int ch)
{
	return ch == CHANNEL_PRIVATE ? "private" : "public";
}

/* "3.43" or "-" when there is no thanks to divide by. */
static void add_ratio(struct strbuf *sb, const struct cell *c)
{
	if (c->n[CLASS_THANKS])
		strbuf_addf(sb, "%.2f", (double)c->n[CLASS_CRITICISM] / (double)c->n[CLASS_THANKS]);
	else
		strbuf_addch(sb, '-');
}

static const struct cell *channel_cell(struct cell **cells, size_t n, int ch)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (cells[i]->scope == SCOPE_ALL && cells[i]->channel == ch)
			return cells[i];
	return NULL;
}

static void headline(struct strbuf *sb, struct cell **cells, size_t n)
{
	const struct cell *pub = channel_cell(cells, n, CHANNEL_PUBLIC),
	                  *priv = channel_cell(cells, n, CHANNEL_PRIVATE);

	strbuf_addstr(sb, "public: ");
	if (pub && cell_total(pub)) {
		strbuf_addstr(sb, "criticism ");
		add_pct(sb, pub->n[CLASS_CRITICISM], cell_total(pub));
		strbuf_addstr(sb, "% of messages");
	} else {
		strbuf_addstr(sb, "no messages");
	}
	strbuf_addstr(sb, "; private: ");
	if (priv && cell_total(priv)) {
		strbuf_addstr(sb, "thanks ");
		add_pct(sb, priv->n[CLASS_THANKS], cell_total(priv));
		strbuf_addch(sb, '%');
	} else {
		strbuf_addstr(sb, "no messages");
	}
}

/* The shares corrected for the classifier's errors, or why they are not. */
struct correction {
	int have;
	struct strbuf why_not; /* when !have: the reason */
	struct strbuf source;  /* when have: where the labeled sample came from, in words */
	struct class_tally tally;
	struct confusion cm; /* the labeled sample: [label][classifier's class] */
	struct adjusted adj;
};

/* The classes of a labeled set's rows, scored as eval scores them (the run's classifier: rules
 * and --model), into cm. Rows whose label is not a class, or names several (`reply`, `a|b`,
 * `*`: no row of a confusion matrix), are left out and reported. Returns 0, 1 (rows left out
 * for an unknown label or not read: reported) or 2 (the file cannot be used: reported). */
static int confusion_load(const char *path, const struct class_source *src, struct confusion *cm)
{
	struct labeled_set set;
	struct classification cf;
	long unknown = 0, multi = 0;
	struct loc first_unknown = {.file = path}, first_multi = {.file = path};
	const char *unknown_label = "";
	size_t i;
	int r = labeled_load(path, &set);

	memset(cm, 0, sizeof(*cm));
	if (r == 2) {
		labeled_release(&set);
		return 2;
	}
	classification_init(&cf);
	for (i = 0; i < set.n; i++) {
		const struct labeled_row *row = &set.rows[i];
		int k;
		if (!row->set) {
			if (!unknown++) {
				first_unknown.line = row->line;
				unknown_label = row->label;
			}
			continue;
		}
		if (row->set & (row->set - 1)) {
			if (!multi++)
				first_multi.line = row->line;
			continue;
		}
		for (k = 0; !(row->set & 1u << k); k++)
			;
		classify_message(src->cl, row->text, &cf);
		cm->n[k][cf.cls]++;
	}
	if (unknown)
		diag_warn(&first_unknown,
		          "%ld rows left out of the confusion matrix: label not criticism, question, thanks or other "
		          "(the first '%s')",
		          unknown, unknown_label);
	if (multi)
		diag_warn(
		    &first_multi,
		    "%ld rows left out of the confusion matrix: their label names several classes (the first here)",
		    multi);
	classification_release(&cf);
	labeled_release(&set);
	return r || unknown ? 1 : 0;
}

/* Every counted message into the tally, then the estimate. */
static void correction_make(struct correction *x, struct rrun *run, int from_file)
{
	size_t i, k;
	long labels = 0;

	for (i = 0; i < run->threads.cap; i++) {
		const struct thread_contribs *tc = run->threads.slots[i].value;
		if (!run->threads.slots[i].key)
			continue;
		for (k = 0; k < tc->n; k++)
			class_tally_add(&x->tally, tc->c[k].channel, tc->c[k].pred, tc->c[k].label);
	}
	if (!from_file) {
		class_tally_confusion(&x->tally, &x->cm);
		labels = confusion_total(&x->cm);
		if (!run->ro->classes.has_human) {
			strbuf_addstr(&x->why_not,
			              "no labeled sample (--labels naming these messages, or --confusion LABELED.csv)");
			return;
		}
		strbuf_addf(&x->source,
		            "%ld labeled messages (the labels of --labels that name counted citizen messages; %ld in "
		            "the file)",
		            labels, run->ro->classes.human.n);
	} else {
		labels = confusion_total(&x->cm);
		struct confusion own;
		class_tally_confusion(&x->tally, &own);
		strbuf_addf(&x->source, "%ld labeled messages (--confusion %s", labels, run->confusion_file);
		if (confusion_total(&own))
			strbuf_addf(&x->source, "; the %ld counted messages --labels names count as labeled",
			            confusion_total(&own));
		strbuf_addch(&x->source, ')');
	}
	for (k = 0; k < CLASS_N; k++)
		if (confusion_row(&x->cm, (int)k) < RATIO_MIN_LABELS)
			break;
	if (k < CLASS_N) {
		strbuf_addf(&x->why_not, "too few labels (at least %d of each class):", RATIO_MIN_LABELS);
		for (k = 0; k < CLASS_N; k++)
			strbuf_addf(&x->why_not, "%s %s %ld", k ? "," : "", class_name((enum msg_class)k),
			            confusion_row(&x->cm, (int)k));
		strbuf_addf(&x->why_not, " among %s", x->source.buf);
		return;
	}
	x->have = 1;
	ratio_adjust(&x->tally, from_file ? &x->cm : NULL, RATIO_DRAWS, RATIO_SEED, &x->adj);
}

static long tally_total(const struct class_tally *t, int ch, long pred[CLASS_N])
{
	long n = 0;
	int k;

	class_tally_pred(t, ch, pred);
	for (k = 0; k < CLASS_N; k++)
		n += pred[k];
	return n;
}

/* A corrected share or ratio in a fixed width: "38.1%" or "4.10"; "-" when undefined, "inf"
 * for an unbounded ratio. */
static void add_est(struct strbuf *sb, double v, int pct, int width)
{
	if (isnan(v))
		strbuf_addf(sb, "%*s", width, "-");
	else if (isinf(v))
		strbuf_addf(sb, "%*s", width, "inf");
	else if (pct)
		strbuf_addf(sb, "%*.1f%%", width - 1, 100 * v);
	else
		strbuf_addf(sb, "%*.2f", width, v);
}

static void correction_headline(struct strbuf *sb, const struct correction *x)
{
	static const struct {
		int ch, cls;
		const char *name;
	} h[] = {{CHANNEL_PUBLIC, CLASS_CRITICISM, "public: criticism "},
	         {CHANNEL_PRIVATE, CLASS_THANKS, "private: thanks "}};
	size_t i;

	strbuf_addstr(sb, "corrected for the classifier's errors: ");
	for (i = 0; i < 2; i++) {
		const struct share_ci *c = &x->adj.share[h[i].ch][h[i].cls];
		long pred[CLASS_N];
		strbuf_addstr(sb, i ? "; " : "");
		if (!tally_total(&x->tally, h[i].ch, pred)) {
			strbuf_addstr(sb, h[i].ch == CHANNEL_PUBLIC ? "public: no messages" : "private: no messages");
			continue;
		}
		strbuf_addf(sb, "%s%.1f%% (95%%: %.1f%% - %.1f%%)", h[i].name, 100 * c->est, 100 * c->lo, 100 * c->hi);
	}
}

static void write_correction_text(struct strbuf *sb, const struct correction *x)
{
	long right;
	int ch, k;

	if (!x->have) {
		/* a file name is in it: escaped for the terminal (JSON and CSV keep it as it is) */
		strbuf_addstr(sb, "\nshares not corrected for the classifier's errors: ");
		term_add_str(sb, x->why_not.buf);
		strbuf_addch(sb, '\n');
		return;
	}
	right = confusion_right(&x->cm);
	strbuf_addstr(sb, "\ncorrected for the classifier's errors (adjusted classify and count) with ");
	term_add_str(sb, x->source.buf);
	strbuf_addstr(sb, ";\n");
	strbuf_addf(sb, "the classifier gave the label's class to %ld of them (%.1f%%); labels by class:", right,
	            100.0 * (double)right / (double)confusion_total(&x->cm));
	for (k = 0; k < CLASS_N; k++)
		strbuf_addf(sb, "%s %s %ld", k ? "," : "", class_name((enum msg_class)k), confusion_row(&x->cm, k));
	strbuf_addstr(sb, "\nchannel  class       classified  corrected  95% interval\n");
	for (ch = 0; ch < RATIO_CHANNELS; ch++) {
		long pred[CLASS_N], tot = tally_total(&x->tally, ch, pred);
		const struct share_ci *c;
		if (!tot)
			continue;
		for (k = 0; k < CLASS_N; k++) {
			c = &x->adj.share[ch][k];
			strbuf_addf(sb, "%-8s %-10s     %5.1f%%     ", channel_text(ch), class_name((enum msg_class)k),
			            100.0 * (double)pred[k] / (double)tot);
			add_est(sb, c->est, 1, 6);
			strbuf_addstr(sb, "  ");
			add_est(sb, c->lo, 1, 6);
			strbuf_addstr(sb, " - ");
			add_est(sb, c->hi, 1, 6);
			strbuf_addch(sb, '\n');
		}
		c = &x->adj.crit_thanks[ch];
		strbuf_addf(sb, "%-8s %-10s  ", channel_text(ch), "crit:thanks");
		add_est(sb, pred[CLASS_THANKS] ? (double)pred[CLASS_CRITICISM] / (double)pred[CLASS_THANKS] : NAN, 0,
		        9);
		strbuf_addstr(sb, "  ");
		add_est(sb, c->est, 0, 9);
		strbuf_addstr(sb, "  ");
		add_est(sb, c->lo, 0, 6);
		strbuf_addstr(sb, " - ");
		add_est(sb, c->hi, 0, 6);
		strbuf_addch(sb, '\n');
	}
}

/* JSON number, or null for NAN and infinities. */
static void json_num(struct strbuf *sb, double v)
{
	if (isnan(v) || isinf(v))
		strbuf_addstr(sb, "null");
	else
		strbuf_addf(sb, "%.4f", v);
}

static void json_ci(struct strbuf *sb, const char *classified_key, double classified, const struct share_ci *c)
{
	strbuf_addf(sb, "{\"%s\": ", classified_key);
	json_num(sb, classified);
	strbuf_addstr(sb, ", \"corrected\": ");
	json_num(sb, c->est);
	strbuf_addstr(sb, ", \"ci95\": [");
	json_num(sb, c->lo);
	strbuf_addstr(sb, ", ");
	json_num(sb, c->hi);
	strbuf_addstr(sb, "]}");
}

static void write_correction_json(struct strbuf *sb, const struct correction *x)
{
	int ch, k, l, first = 1;

	strbuf_addstr(sb, ",\n  \"correction\": ");
	if (!x->have) {
		strbuf_addstr(sb, "{\"corrected\": false, \"reason\": ");
		json_add_str(sb, x->why_not.buf);
		strbuf_addstr(sb, "}");
		return;
	}
	strbuf_addstr(
	    sb, "{\n    \"corrected\": true,\n    \"method\": \"adjusted classify and count\",\n    \"source\": ");
	json_add_str(sb, x->source.buf);
	strbuf_addf(sb,
	            ",\n    \"labeled\": %ld,\n    \"classifier_right\": %ld,\n    \"draws\": %d,\n    \"seed\": %d,\n",
	            confusion_total(&x->cm), confusion_right(&x->cm), RATIO_DRAWS, RATIO_SEED);
	strbuf_addstr(sb, "    \"confusion\": {");
	for (l = 0; l < CLASS_N; l++) {
		strbuf_addf(sb, "%s\"%s\": {", l ? ", " : "", class_name((enum msg_class)l));
		for (k = 0; k < CLASS_N; k++)
			strbuf_addf(sb, "%s\"%s\": %ld", k ? ", " : "", class_name((enum msg_class)k), x->cm.n[l][k]);
		strbuf_addch(sb, '}');
	}
	strbuf_addstr(sb, "},\n    \"channels\": [");
	for (ch = 0; ch < RATIO_CHANNELS; ch++) {
		long pred[CLASS_N], tot = tally_total(&x->tally, ch, pred);
		if (!tot)
			continue;
		strbuf_addf(sb, "%s\n      {\"channel\": \"%s\", \"total\": %ld, \"classes\": {", first ? "" : ",",
		            channel_text(ch), tot);
		first = 0;
		for (k = 0; k < CLASS_N; k++) {
			strbuf_addf(sb, "%s\"%s\": ", k ? ", " : "", class_name((enum msg_class)k));
			json_ci(sb, "classified", (double)pred[k] / (double)tot, &x->adj.share[ch][k]);
		}
		strbuf_addstr(sb, "},\n       \"criticism_to_thanks\": ");
		json_ci(sb, "classified",
		        pred[CLASS_THANKS] ? (double)pred[CLASS_CRITICISM] / (double)pred[CLASS_THANKS] : NAN,
		        &x->adj.crit_thanks[ch]);
		strbuf_addch(sb, '}');
	}
	strbuf_addstr(sb, first ? "]\n  }" : "\n    ]\n  }");
}

static void write_text(struct strbuf *sb, struct cell **cells, size_t n, long messages, const struct correction *x)
{
	size_t i;
	int k;
	enum scope s;

	strbuf_addf(sb, "citizen messages: %ld\n", messages);
	headline(sb, cells, n);
	if (x->have) {
		strbuf_addch(sb, '\n');
		correction_headline(sb, x);
	}
	strbuf_addstr(sb, "\n\nchannel  class       count   share  95% interval\n");
	for (i = 0; i < n; i++) {
		const struct cell *c = cells[i];
		long tot = cell_total(c);
		if (c->scope != SCOPE_ALL)
			continue;
		for (k = 0; k < CLASS_N; k++) {
			double lo, hi;
			wilson_interval(c->n[k], tot, 1.96, &lo, &hi);
			strbuf_addf(sb, "%-8s %-10s %6ld  %5.1f%%  %5.1f%% - %5.1f%%\n", channel_text(c->channel),
			            class_name((enum msg_class)k), c->n[k],
			            tot ? 100.0 * (double)c->n[k] / (double)tot : 0.0, 100 * lo, 100 * hi);
		}
		strbuf_addf(sb, "%-8s %-10s %6ld\n", channel_text(c->channel), "total", tot);
	}
	write_correction_text(sb, x);
	for (s = SCOPE_ALL; s < SCOPE_N; s++) {
		strbuf_addf(sb, "\ncriticism-to-thanks by %s\n", scope_names[s]);
		if (s != SCOPE_ALL)
			strbuf_addf(sb, "%-10s ", scope_names[s]);
		strbuf_addstr(sb, "channel   criticism question   thanks    other    total  crit:thanks\n");
		for (i = 0; i < n; i++) {
			const struct cell *c = cells[i];
			if (c->scope != s)
				continue;
			if (s != SCOPE_ALL) {
				/* a platform is named by the input: escaped for the terminal */
				size_t at = sb->len;
				term_add_str(sb, c->key);
				strbuf_addf(sb, "%*s ", (int)(sb->len - at < 10 ? 10 - (sb->len - at) : 0), "");
			}
			strbuf_addf(sb, "%-8s %10ld %8ld %8ld %8ld %8ld  ", channel_text(c->channel),
			            c->n[CLASS_CRITICISM], c->n[CLASS_QUESTION], c->n[CLASS_THANKS], c->n[CLASS_OTHER],
			            cell_total(c));
			add_ratio(sb, c);
			strbuf_addch(sb, '\n');
		}
	}
}

/* ",share,low,high,ratio" of the correction for a channel row; four empty fields elsewhere. */
static void csv_correction(struct strbuf *sb, const struct correction *x, const struct cell *c, int k)
{
	const struct share_ci *v, *r;

	if (!x->have || c->scope != SCOPE_ALL || c->channel < 0 || c->channel >= RATIO_CHANNELS) {
		strbuf_addstr(sb, ",,,,");
		return;
	}
	v = &x->adj.share[c->channel][k];
	r = &x->adj.crit_thanks[c->channel];
	strbuf_addf(sb, ",%.4f,%.4f,%.4f,", v->est, v->lo, v->hi);
	if (isnan(r->est))
		strbuf_addch(sb, '-');
	else
		strbuf_addf(sb, "%.4f", r->est);
}

static void write_csv(struct strbuf *sb, struct cell **cells, size_t n, const struct correction *x)
{
	size_t i;
	int k;

	strbuf_addstr(sb, "scope,key,channel,class,count,total,share,wilson_low,wilson_high,criticism_to_thanks,"
	                  "corrected_share,corrected_low,corrected_high,corrected_criticism_to_thanks\r\n");
	for (i = 0; i < n; i++) {
		const struct cell *c = cells[i];
		long tot = cell_total(c);
		for (k = 0; k < CLASS_N; k++) {
			double lo, hi;
			wilson_interval(c->n[k], tot, 1.96, &lo, &hi);
			strbuf_addf(sb, "%s,", scope_names[c->scope]);
			csv_add_field(sb, c->key);
			strbuf_addf(sb, ",%s,%s,%ld,%ld,%.4f,%.4f,%.4f,", channel_text(c->channel),
			            class_name((enum msg_class)k), c->n[k], tot,
			            tot ? (double)c->n[k] / (double)tot : 0.0, lo, hi);
			add_ratio(sb, c);
			csv_correction(sb, x, c, k);
			strbuf_addstr(sb, "\r\n");
		}
	}
}

static void write_json(struct strbuf *sb, struct cell **cells, size_t n, long messages, const struct correction *x)
{
	size_t i;
	int k;

	strbuf_addf(sb, "{\n  \"citizen_messages\": %ld,\n  \"headline\": ", messages);
	{
		struct strbuf h;
		strbuf_init(&h);
		headline(&h, cells, n);
		json_add_str(sb, h.buf);
		if (x->have) {
			strbuf_reset(&h);
			correction_headline(&h, x);
			strbuf_addstr(sb, ",\n  \"headline_corrected\": ");
			json_add_str(sb, h.buf);
		}
		strbuf_release(&h);
	}
	strbuf_addstr(sb, ",\n  \"cells\": [");
	for (i = 0; i < n; i++) {
		const struct cell *c = cells[i];
		long tot = cell_total(c);
		strbuf_addf(sb, "%s\n    {\"scope\": \"%s\", \"key\": ", i ? "," : "", scope_names[c->scope]);
		json_add_str(sb, c->key);
		strbuf_addf(sb, ", \"channel\": \"%s\", \"total\": %ld, \"criticism_to_thanks\": ",
		            channel_text(c->channel), tot);
		if (c->n[CLASS_THANKS])
			strbuf_addf(sb, "%.4f", (double)c->n[CLASS_CRITICISM] / (double)c->n[CLASS_THANKS]);
		else
			strbuf_addstr(sb, "null");
		strbuf_addstr(sb, ", \"classes\": {");
		for (k = 0; k < CLASS_N; k++) {
			double lo, hi;
			wilson_interval(c->n[k], tot, 1.96, &lo, &hi);
			strbuf_addf(sb, "%s\"%s\": {\"count\": %ld, \"share\": %.4f, \"wilson95\": [%.4f, %.4f]}",
			            k ? ", " : "", class_name((enum msg_class)k), c->n[k],
			            tot ? (double)c->n[k] / (double)tot : 0.0, lo, hi);
		}
		strbuf_addstr(sb, "}}");
	}
	strbuf_addstr(sb, n ? "\n  ]" : "]");
	write_correction_json(sb, x);
	strbuf_addstr(sb, "\n}\n");
}

static int on_option(int c, const char *arg, void *ctx)
{
	struct rrun *run = ctx;

	if (c != OPT_CONFUSION)
		return 0;
	run->confusion_file = arg;
	return 1;
}

static int run_ratio(int argc, char **argv, const struct global_opts *g)
{
	static const struct option opts[] = {RUNOPTS_LONG,
	                                     {"model", required_argument, NULL, OPT_MODEL},
	                                     {"labels", required_argument, NULL, OPT_LABELS},
	                                     {"confusion", required_argument, NULL, OPT_CONFUSION},
	                                     {NULL, 0, NULL, 0}};
	struct correction corr = {0};
	struct runopts ro;
	struct rrun run = {0};
	struct pipeline p = {0};
	struct outfile out;
	struct cell **cells = NULL;
	struct strbuf sb;
	size_t n = 0, i;
	int ret = 0, src;
	enum runopts_parsed parsed;

	(void)g;
	runopts_init(&ro);
	parsed = runopts_parse(&ro, argc, argv, opts, "text,json,csv", on_option, &run, 1);
	if (parsed != RUNOPTS_OK)
		return runopts_fail(&ro, parsed, &cmd_ratio);
	/* The classifier (with --model and --labels), as every command sets it up. */
	src = runopts_setup(&ro);
	if (src == 2) {
		runopts_release(&ro);
		return EXIT_USAGE;
	}
	strbuf_init(&corr.source);
	strbuf_init(&corr.why_not);
	if (run.confusion_file) {
		/* scored before the inputs are read: an unusable file stops the run early */
		int r = confusion_load(run.confusion_file, &ro.classes, &corr.cm);
		if (r == 2) {
			strbuf_release(&corr.source);
			strbuf_release(&corr.why_not);
			runopts_release(&ro);
			return EXIT_USAGE;
		}
		if (r == 1 && !src)
			src = 1;
	}
	run.ro = &ro;
	arena_init(&run.arena);
	strmap_init(&run.cells);
	strmap_init(&run.threads);
	strbuf_init(&run.key);
	strbuf_init(&sb);
	classification_init(&run.cf);
	p.in = ro.in;
	p.jobs = ro.jobs;
	p.on_thread = on_thread;
	p.ctx = &run;
	if (outfile_open(&out, ro.output)) {
		ret = EXIT_USAGE;
		goto done;
	}
	if (pipeline_run(&p, argv + optind, argc - optind)) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
		goto done;
	}
	cells = xmalloc((run.cells.len ? run.cells.len : 1) * sizeof(*cells));
	for (i = 0; i < run.cells.cap; i++)
		if (run.cells.slots[i].key && cell_total(run.cells.slots[i].value))
			cells[n++] = run.cells.slots[i].value;
	qsort(cells, n, sizeof(*cells), cmp_cell);
	correction_make(&corr, &run, run.confusion_file != NULL);
	if (ro.format == OUT_CSV)
		write_csv(&sb, cells, n, &corr);
	else if (ro.format == OUT_JSON)
		write_json(&sb, cells, n, run.messages, &corr);
	else
		write_text(&sb, cells, n, run.messages, &corr);
	if (fwrite(sb.buf, 1, sb.len, out.fp) != sb.len || outfile_commit(&out)) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
	} else if (pipeline_had_data_errors(&p) || src == 1) {
		ret = EXIT_DATA;
	}
	pipeline_accounting(&p);
done:
	for (i = 0; i < run.threads.cap; i++)
		if (run.threads.slots[i].key)
			free(((struct thread_contribs *)run.threads.slots[i].value)->c);
	free(cells);
	pipeline_release(&p);
	classification_release(&run.cf);
	strmap_release(&run.cells);
	strmap_release(&run.threads);
	arena_release(&run.arena);
	strbuf_release(&run.key);
	strbuf_release(&sb);
	strbuf_release(&corr.source);
	strbuf_release(&corr.why_not);
	runopts_release(&ro);
	return ret;
}

const struct cmd cmd_ratio = {
    .name = "ratio",
    .summary = "public criticism versus private thanks: classes by channel, platform and month",
    .usage = "ratio [OPTIONS] INPUT...\n"
             "  INPUT                 export files or folders (as for coverage)\n"
             "  --format FMT          text (default), json or csv (one row per scope, key, channel, class)\n"
             "  --model FILE          a model made by 'replycov train', used alongside the rules\n"
             "  --labels FILE         CSV id,label[,note]: human decisions, which always win; those that name\n"
             "                        counted messages are also the sample that corrects the shares\n"
             "  --confusion FILE      CSV text,label (as eval reads): a labeled set of its own, scored by the\n"
             "                        classifier, corrects the shares instead\n"
             "  -o, --output FILE     write there instead of standard output\n"
             "  --official ID|NAME    another official account (repeatable)\n"
             "  --input-format NAME   skip detection (see 'replycov formats')\n"
             "  --tz ZONE             IANA zone for times written without offset\n"
             "  -j, --jobs N          files parsed in parallel (default: the number of cores)\n"
             "Citizens' messages only. Shares carry 95% Wilson score intervals; months are those of\n"
             "the time as the source wrote it (its own UTC offset); crit:thanks is '-' without thanks.\n"
             "With 10 or more labeled messages of each class, the channel shares and crit:thanks are\n"
             "also corrected for the classifier's errors (adjusted classify and count, 95% intervals\n"
             "from 4000 draws with a fixed seed); label a random sample, not the messages the classifier\n"
             "was unsure of. Without one the output says the shares are not corrected.\n"
             "exit status: 0 success, 1 data errors (rejected records, label rows skipped), 2 usage or I/O errors",
    .run = run_ratio,
};
