/* cmd_eval.c: `replycov eval`: how well the classifier agrees with labels people gave.
 * Per-class precision, recall and F1, macro-F1, the confusion matrix, the share of messages
 * that need a reply put in a class that does not, and language accuracy. Gold labels may
 * be sets ("question|other", "reply", "noreply", "*") for labeled sets that only tell some
 * classes apart; labels it does not know are counted and reported, never dropped silently. */
#include "classify.h"
#include "classify_model.h"
#include "cmd.h"
#include "labels.h"
#include "nbayes.h"
#include "outfile.h"
#include "outfmt.h"
#include "pipeline.h"
#include "runopts.h"
#include "strmap.h"
#include "text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_GOLD = 2001, OPT_ERRORS, OPT_CURVE, OPT_FOLDS }; /* --model comes from runopts.h */

#define NEED_SET (1u << CLASS_CRITICISM | 1u << CLASS_QUESTION)
#define NONE_SET (1u << CLASS_THANKS | 1u << CLASS_OTHER)

struct gold_row { /* one distinct gold label (set) and its row of the matrix */
	unsigned set;
	long pred[CLASS_N];
};

struct tally {
	struct gold_row rows[1u << CLASS_N];
	long tp[CLASS_N], fp[CLASS_N], fn[CLASS_N], gold_single[CLASS_N], pred[CLASS_N];
	long scored, unknown, need, need_missed, none, none_flagged;
	long lang_gold, lang_right;
	long by_lang[LANG_N][2];      /* [gold lang][0 rows, 1 right class] */
	struct strmap unknown_labels; /* label -> struct unknown_label */
	struct arena arena;
};

struct unknown_label {
	long n, first_line;
	const char *file;
};

static void tally_row(struct tally *t, unsigned set, enum msg_class pred, int gold_lang, enum msg_lang got_lang)
{
	int c;

	t->scored++;
	t->rows[set].set = set;
	t->rows[set].pred[pred]++;
	t->pred[pred]++;
	for (c = 0; c < CLASS_N; c++) {
		unsigned bit = 1u << c;
		if (set == bit) {
			t->gold_single[c]++;
			if (pred == (enum msg_class)c)
				t->tp[c]++;
			else
				t->fn[c]++;
		} else if (!(set & bit) && pred == (enum msg_class)c) {
			t->fp[c]++;
		}
	}
	if (!(set & NONE_SET)) {
		t->need++;
		t->need_missed += !class_needs_reply(pred);
	} else if (!(set & NEED_SET)) {
		t->none++;
		t->none_flagged += class_needs_reply(pred);
	}
	if (gold_lang >= 0) {
		t->lang_gold++;
		t->lang_right += gold_lang == (int)got_lang;
		if (set != LABEL_ALL) {
			t->by_lang[gold_lang][0]++;
			t->by_lang[gold_lang][1] += (set & 1u << pred) != 0;
		}
	}
}

static void note_unknown(struct tally *t, const char *file, const char *label, long line)
{
	int created;
	void **slot = strmap_put(&t->unknown_labels, arena_strdup(&t->arena, label), &created);
	struct unknown_label *u;

	if (created) {
		u = arena_alloc(&t->arena, sizeof(*u));
		u->first_line = line;
		u->file = file;
		*slot = u;
	}
	u = *slot;
	u->n++;
	t->unknown++;
}

static void print_ratio(FILE *fp, long n, long d)
{
	if (d)
		fprintf(fp, "  %9.3f", (double)n / (double)d);
	else
		fprintf(fp, "  %9s", "-");
}

static int cmp_key(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void report(struct tally *t, FILE *fp)
{
	double f1sum = 0;
	int c, measured = 0;
	unsigned s;
	struct strbuf sb;

	strbuf_init(&sb);
	fprintf(fp, "rows scored: %ld; unknown labels: %ld\n", t->scored, t->unknown);
	fprintf(fp, "%-10s %6s %9s  %9s  %9s  %9s\n", "class", "gold", "predicted", "precision", "recall", "f1");
	for (c = 0; c < CLASS_N; c++) {
		long tp = t->tp[c], fp_ = t->fp[c], fn = t->fn[c];
		fprintf(fp, "%-10s %6ld %9ld", class_name((enum msg_class)c), t->gold_single[c], t->pred[c]);
		print_ratio(fp, tp, tp + fp_);
		print_ratio(fp, tp, tp + fn);
		if (t->gold_single[c] && tp + fp_ > 0 && tp > 0) {
			double p = (double)tp / (double)(tp + fp_), r = (double)tp / (double)(tp + fn);
			double f1 = 2 * p * r / (p + r);
			fprintf(fp, "  %9.3f\n", f1);
			f1sum += f1;
			measured++;
		} else if (t->gold_single[c]) {
			fprintf(fp, "  %9.3f\n", 0.0);
			measured++;
		} else {
			fprintf(fp, "  %9s\n", "-");
		}
	}
	if (measured)
		fprintf(fp, "macro-F1: %.3f (over the %d classes with gold rows)\n", f1sum / measured, measured);
	else
		fprintf(fp, "macro-F1: - (no row names a single class)\n");
	fprintf(fp, "need a reply (gold criticism or question): %ld, put in thanks or other: %ld", t->need,
	        t->need_missed);
	if (t->need)
		fprintf(fp, " (%.1f%%)", 100.0 * (double)t->need_missed / (double)t->need);
	fprintf(fp, "\nneed no reply (gold thanks or other): %ld, put in criticism or question: %ld", t->none,
	        t->none_flagged);
	if (t->none)
		fprintf(fp, " (%.1f%%)", 100.0 * (double)t->none_flagged / (double)t->none);
	fputc('\n', fp);
	if (t->lang_gold) {
		int l;
		fprintf(fp, "language: %ld rows with a gold language, %ld right (%.1f%%)\n", t->lang_gold,
		        t->lang_right, 100.0 * (double)t->lang_right / (double)t->lang_gold);
		for (l = 0; l < LANG_N; l++)
			if (t->by_lang[l][0])
				fprintf(fp, "  %-7s class right %ld of %ld (%.1f%%)\n", lang_name((enum msg_lang)l),
				        t->by_lang[l][1], t->by_lang[l][0],
				        100.0 * (double)t->by_lang[l][1] / (double)t->by_lang[l][0]);
	}
	fprintf(fp, "confusion (rows: gold label, columns: predicted)\n%-28s", "");
	for (c = 0; c < CLASS_N; c++)
		fprintf(fp, " %9s", class_name((enum msg_class)c));
	fputc('\n', fp);
	/* Single classes first, in class order, then the sets in numeric order. */
	for (c = 0; c < CLASS_N; c++) {
		const struct gold_row *r = &t->rows[1u << c];
		int k;
		if (r->set != 1u << c)
			continue;
		fprintf(fp, "%-28s", class_name((enum msg_class)c));
		for (k = 0; k < CLASS_N; k++)
			fprintf(fp, " %9ld", r->pred[k]);
		fputc('\n', fp);
	}
	for (s = 1; s < (1u << CLASS_N); s++) {
		const struct gold_row *r = &t->rows[s];
		int k;
		if (!r->set || !(s & (s - 1)))
			continue;
		strbuf_reset(&sb);
		label_set_name(s, &sb);
		fprintf(fp, "%-28s", sb.buf);
		for (k = 0; k < CLASS_N; k++)
			fprintf(fp, " %9ld", r->pred[k]);
		fputc('\n', fp);
	}
	if (t->unknown) {
		const char **keys = xmalloc(t->unknown_labels.len * sizeof(*keys));
		size_t i, n = 0;
		for (i = 0; i < t->unknown_labels.cap; i++)
			if (t->unknown_labels.slots[i].key)
				keys[n++] = t->unknown_labels.slots[i].key;
		qsort(keys, n, sizeof(*keys), cmp_key);
		fprintf(fp, "unknown labels (not scored):\n");
		for (i = 0; i < n; i++) {
			const struct unknown_label *u = strmap_get(&t->unknown_labels, keys[i]);
			strbuf_reset(&sb);
			strbuf_addstr(&sb, "  '");
			term_add_str(&sb, keys[i]);
			strbuf_addf(&sb, "': %ld rows, first at ", u->n);
			term_add_str(&sb, u->file);
			strbuf_addf(&sb, ":%ld\n", u->first_line);
			fputs(sb.buf, fp);
		}
		free(keys);
	}
	strbuf_release(&sb);
}

/* The cues that decided, escaped for the terminal (a cue can be named from the message's words). */
static void explain_shown(const struct classification *cf, struct strbuf *sb)
{
	struct strbuf cues;

	strbuf_init(&cues);
	classify_explain(cf, &cues);
	term_add_str(sb, cues.buf);
	strbuf_release(&cues);
}

static void print_error(FILE *fp, const char *where, long line, const char *gold, const char *text,
                        const struct classification *cf)
{
	struct strbuf sb;

	strbuf_init(&sb);
	term_add_str(&sb, where);
	strbuf_addf(&sb, ":%ld: gold ", line);
	term_add_str(&sb, gold);
	strbuf_addf(&sb, ", got %s (%s %.2f): \"", class_name(cf->cls), lang_name(cf->lang), cf->confidence);
	text_excerpt(text, 100, &sb);
	strbuf_addstr(&sb, "\"  [");
	explain_shown(cf, &sb);
	strbuf_addstr(&sb, "]\n");
	fputs(sb.buf, fp);
	strbuf_release(&sb);
}

/* --gold IDS.csv INPUT...: the gold labels name messages of the inputs by id. */
struct gold_run {
	struct class_source *src;
	struct human_labels *gold;
	struct tally *t;
	struct classification cf;
	struct strbuf errors;
	int show_errors;
	long matched;
};

static void on_thread(struct thread *t, int replace, void *ctx)
{
	struct gold_run *g = ctx;
	size_t i;

	if (replace)
		return;
	for (i = 0; i < t->n; i++) {
		const struct human_label *h = human_label_get(g->gold, t->recs[i].id);
		if (!h)
			continue;
		g->matched++;
		classify_message(g->src->cl, t->recs[i].text, &g->cf);
		tally_row(g->t, 1u << h->cls, g->cf.cls, -1, g->cf.lang);
		if (g->show_errors && g->cf.cls != h->cls) {
			struct strbuf *sb = &g->errors;
			term_add_str(sb, t->recs[i].id);
			strbuf_addf(sb, ": gold %s, got %s (%s %.2f): \"", class_name(h->cls), class_name(g->cf.cls),
			            lang_name(g->cf.lang), g->cf.confidence);
			text_excerpt(t->recs[i].text, 100, sb);
			strbuf_addstr(sb, "\"  [");
			explain_shown(&g->cf, sb);
			strbuf_addstr(sb, "]\n");
		}
	}
}

/* Mean and sample standard deviation of v[0..n). */
static void mean_sd(const double *v, int n, double *mean, double *sd)
{
	double s = 0, s2 = 0;
	int i;

	for (i = 0; i < n; i++)
		s += v[i];
	*mean = s / n;
	for (i = 0; i < n; i++)
		s2 += (v[i] - *mean) * (v[i] - *mean);
	*sd = n > 1 ? sqrt(s2 / (n - 1)) : 0;
}

static void print_curve(const struct curve *cv, FILE *fp)
{
	int p, f;
	long below = 0;

	fprintf(fp,
	        "learning curve: %ld labeled rows, %d folds (stratified by label, fixed seed); each fold is held out\n"
	        "in turn and scored by the rules alone and by rules+model, the model trained (and fitted, as\n"
	        "'train' does) on the first N rows of a fixed shuffle of the other folds\n"
	        "macro-F1 as mean (standard deviation across folds); difference = rules+model - rules, mean (one\n"
	        "standard error across folds: the noise); trusted = folds whose fit gave the model a weight\n",
	        cv->rows, cv->folds);
	fprintf(fp, "%-11s %-15s %-15s %-17s %-8s %s\n", "labels", "rules", "rules+model", "difference", "trusted",
	        "needs-reply missed: rules, rules+model");
	for (p = 0; p < cv->n_pt; p++) {
		const struct curve_point *pt = &cv->pt[p];
		double d[MODEL_CURVE_MAX_FOLDS], rm, rs, mm, ms, dm, ds;
		char lab[32];
		int trusted = 0, undefined = 0;
		for (f = 0; f < cv->folds; f++) {
			d[f] = pt->f1_model[f] - pt->f1_rules[f];
			trusted += pt->trust[f] > 0;
			undefined |= pt->f1_rules[f] < 0 || pt->f1_model[f] < 0;
		}
		mean_sd(pt->f1_rules, cv->folds, &rm, &rs);
		mean_sd(pt->f1_model, cv->folds, &mm, &ms);
		mean_sd(d, cv->folds, &dm, &ds);
		ds /= sqrt(cv->folds);
		if (!undefined && dm + ds < -5e-4)
			below++;
		if (pt->all)
			snprintf(lab, sizeof(lab), "all (%ld)", pt->labels);
		else
			snprintf(lab, sizeof(lab), "%ld", pt->labels);
		if (undefined) /* a held-out fold where no row names a single class */
			fprintf(fp, "%-11s %-15s %-15s %-17s %d of %-3d ", lab, "-", "-", "-", trusted, cv->folds);
		else
			fprintf(fp, "%-11s %.3f (%.3f)   %.3f (%.3f)   %+.3f (%.3f)    %d of %-3d ", lab, rm, rs, mm,
			        ms, dm, ds, trusted, cv->folds);
		if (pt->need)
			fprintf(fp, "%.1f%%, %.1f%% (of %ld)\n",
			        100.0 * (double)pt->need_missed_rules / (double)pt->need,
			        100.0 * (double)pt->need_missed_model / (double)pt->need, pt->need);
		else
			fprintf(fp, "-\n");
	}
	fprintf(fp, "rules+model below the rules alone by more than the noise: %s\n", below ? "yes" : "no");
}

/* eval --learning-curve LABELED.csv: the rules once per row, then the curve. */
static int learning_curve(const char *path, int folds, FILE *fp, struct tally *t)
{
	struct labeled_set set;
	struct classifier *cl;
	struct classification cf;
	struct nb_corpus *corpus;
	struct fit_row *rows;
	struct curve *cv;
	size_t i, n = 0;
	long language_only = 0;
	int r = labeled_load(path, &set), ret = 0;

	if (r == 2) {
		labeled_release(&set);
		return EXIT_USAGE;
	}
	if (r)
		ret = EXIT_DATA;
	cl = classifier_new();
	corpus = nb_corpus_new();
	classification_init(&cf);
	rows = xmalloc((set.n ? set.n : 1) * sizeof(*rows));
	for (i = 0; i < set.n; i++) {
		const struct labeled_row *row = &set.rows[i];
		if (!row->set) {
			note_unknown(t, path, row->label, row->line);
			continue;
		}
		if (row->set == LABEL_ALL) {
			language_only++;
			continue;
		}
		classify_message(cl, row->text, &cf);
		rows[n++] = (struct fit_row){row->set, cf.cls, cf.confidence, nb_corpus_add(corpus, &cf.norm)};
	}
	cv = xmalloc(sizeof(*cv));
	if (model_learning_curve(corpus, rows, n, folds, cv)) {
		diag_print("error: %s: %zu rows with a class label are too few for a %d-fold learning curve (at "
		           "least %d)",
		           path, n, folds, 2 * folds);
		ret = EXIT_DATA;
	} else {
		print_curve(cv, fp);
	}
	if (language_only)
		fprintf(fp, "rows labeled '*' (language only, not used): %ld\n", language_only);
	if (t->unknown) {
		fprintf(fp, "rows with unknown labels (not used): %ld\n", t->unknown);
		ret = EXIT_DATA;
	}
	free(cv);
	free(rows);
	classification_release(&cf);
	nb_corpus_free(corpus);
	classifier_free(cl);
	labeled_release(&set);
	return ret;
}

static int run_eval(int argc, char **argv, const struct global_opts *g)
{
	static const struct option opts[] = {RUNOPTS_LONG,
	                                     {"model", required_argument, NULL, OPT_MODEL},
	                                     {"gold", required_argument, NULL, OPT_GOLD},
	                                     {"errors", no_argument, NULL, OPT_ERRORS},
	                                     {"learning-curve", no_argument, NULL, OPT_CURVE},
	                                     {"folds", required_argument, NULL, OPT_FOLDS},
	                                     {NULL, 0, NULL, 0}};
	struct runopts ro;
	struct class_source src;
	struct tally *t = xcalloc(1, sizeof(*t));
	struct outfile out;
	const char *model = NULL, *gold = NULL;
	int c, ret = 0, show_errors = 0, loaded = 0, curve = 0, folds = 5;

	(void)g;
	runopts_init(&ro);
	optind = 0;
	while ((c = getopt_long(argc, argv, RUNOPTS_SHORT, opts, NULL)) != -1) {
		int h;
		if (c == OPT_HELP) {
			runopts_release(&ro);
			free(t);
			return cmd_usage(&cmd_eval, 0);
		}
		if (c == OPT_MODEL || c == OPT_GOLD || c == OPT_ERRORS || c == OPT_CURVE) {
			if (c == OPT_MODEL)
				model = optarg;
			else if (c == OPT_GOLD)
				gold = optarg;
			else if (c == OPT_CURVE)
				curve = 1;
			else
				show_errors = 1;
			continue;
		}
		if (c == OPT_FOLDS) {
			char *end;
			long v = strtol(optarg, &end, 10);
			if (!*optarg || *end || v < 2 || v > MODEL_CURVE_MAX_FOLDS) {
				diag_print("error: --folds takes a number from 2 to %d, not '%s'",
				           MODEL_CURVE_MAX_FOLDS, optarg);
				runopts_release(&ro);
				free(t);
				return EXIT_USAGE;
			}
			folds = (int)v;
			continue;
		}
		h = runopts_handle(&ro, c, optarg, "text");
		if (h <= 0) {
			runopts_release(&ro);
			free(t);
			return h < 0 ? EXIT_USAGE : cmd_usage(&cmd_eval, 1);
		}
	}
	if (optind >= argc || (!gold && optind + 1 != argc) || (curve && (gold || model || show_errors))) {
		if (curve && (gold || model || show_errors))
			diag_print("error: --learning-curve trains its own models: it takes neither --gold, --model "
			           "nor --errors");
		runopts_release(&ro);
		free(t);
		return cmd_usage(&cmd_eval, 1);
	}
	strmap_init(&t->unknown_labels);
	arena_init(&t->arena);
	if (curve) {
		if (outfile_open(&out, ro.output)) {
			ret = EXIT_USAGE;
		} else {
			ret = learning_curve(argv[optind], folds, out.fp, t);
			if (ret == EXIT_USAGE)
				outfile_abort(&out);
			else if (outfile_commit(&out))
				ret = EXIT_USAGE;
		}
		goto done;
	}
	if (class_source_open(&src, model, NULL)) {
		ret = EXIT_USAGE;
		goto done;
	}
	loaded = 1;
	if (outfile_open(&out, ro.output)) {
		ret = EXIT_USAGE;
		goto done;
	}
	if (!gold) {
		struct labeled_set set;
		struct classification cf;
		size_t i;
		int r = labeled_load(argv[optind], &set);
		if (r == 2) {
			labeled_release(&set);
			outfile_abort(&out);
			ret = EXIT_USAGE;
			goto done;
		}
		if (r)
			ret = EXIT_DATA;
		classification_init(&cf);
		for (i = 0; i < set.n; i++) {
			const struct labeled_row *row = &set.rows[i];
			classify_message(src.cl, row->text, &cf);
			if (!row->set) {
				note_unknown(t, argv[optind], row->label, row->line);
				continue;
			}
			tally_row(t, row->set, cf.cls, row->lang, cf.lang);
			if (show_errors && !(row->set & 1u << cf.cls))
				print_error(out.fp, argv[optind], row->line, row->label, row->text, &cf);
		}
		classification_release(&cf);
		labeled_release(&set);
	} else {
		struct human_labels gl;
		struct pipeline p = {0};
		struct gold_run gr = {0};
		int r = human_labels_load(gold, &gl);
		if (r == 2) {
			human_labels_release(&gl);
			outfile_abort(&out);
			ret = EXIT_USAGE;
			goto done;
		}
		gr.src = &src;
		gr.gold = &gl;
		gr.t = t;
		gr.show_errors = show_errors;
		strbuf_init(&gr.errors);
		classification_init(&gr.cf);
		p.in = ro.in;
		p.jobs = ro.jobs;
		p.on_thread = on_thread;
		p.ctx = &gr;
		if (pipeline_run(&p, argv + optind, argc - optind)) {
			ret = EXIT_USAGE;
		} else {
			fputs(gr.errors.buf, out.fp);
			if (gr.matched < gl.n)
				fprintf(out.fp, "gold labels whose id is not in the inputs: %ld\n", gl.n - gr.matched);
			if (r || pipeline_had_data_errors(&p) || gr.matched < gl.n)
				ret = EXIT_DATA;
			t->unknown += gl.bad;
		}
		pipeline_accounting(&p);
		pipeline_release(&p);
		classification_release(&gr.cf);
		strbuf_release(&gr.errors);
		human_labels_release(&gl);
		if (ret == EXIT_USAGE) {
			outfile_abort(&out);
			goto done;
		}
	}
	report(t, out.fp);
	if (t->unknown && !ret)
		ret = EXIT_DATA;
	if (outfile_commit(&out))
		ret = EXIT_USAGE;
done:
	if (loaded)
		class_source_close(&src);
	strmap_release(&t->unknown_labels);
	arena_release(&t->arena);
	free(t);
	runopts_release(&ro);
	return ret;
}

const struct cmd cmd_eval = {
    .name = "eval",
    .summary = "precision, recall, F1 and confusion matrix of the classifier against your labels",
    .usage = "eval [OPTIONS] LABELED.csv\n"
             "eval [OPTIONS] --gold IDS.csv INPUT...\n"
             "eval --learning-curve [--folds K] LABELED.csv\n"
             "  LABELED.csv           CSV with a header naming 'text' and 'label' (optional 'lang': es, ca, en)\n"
             "  --gold IDS.csv        CSV 'id,label': labels for the messages of the inputs, by id\n"
             "  --model FILE          a model made by 'replycov train', used alongside the rules\n"
             "  --errors              list every row the classifier got wrong, with its cues\n"
             "  --learning-curve      macro-F1 of the rules alone and of rules+model trained on 25, 50,\n"
             "                        100, 200 and all labels, by K-fold cross-validation (fixed seed)\n"
             "  --folds K             folds of the learning curve, 2 to 10 (default 5)\n"
             "  -o, --output FILE     write there instead of standard output\n"
             "labels: criticism, question, thanks, other; a set 'a|b' (either is right), 'reply'\n"
             "(criticism|question), 'noreply' (thanks|other), '*' (measures the language only).\n"
             "A row with a set counts for recall only where it names one class, and for precision\n"
             "where it excludes the predicted class. Macro-F1 is over the classes some row names alone.\n"
             "exit status: 0 success, 1 unknown labels or rows rejected (reported), 2 usage or I/O errors",
    .run = run_eval,
};
