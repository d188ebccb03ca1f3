/* cmd_train.c: `replycov train`: a naive Bayes model from the user's own labeled messages
 * (nbayes.h describes the model and its file), measured by cross-validation on the same
 * labels to fit how far it is trusted next to the rules (classify_model.h). Rows whose label
 * names no class are reported and left out; the file appears only when complete. */
#include "classify.h"
#include "classify_model.h"
#include "cmd.h"
#include "labels.h"
#include "nbayes.h"
#include "outfile.h"
#include "outfmt.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

/* What the cross-validation found, in one line on standard error. */
static void say_calibration(const struct nb_calib *k)
{
	if (!k->folds) {
		diag_print("not measured (fewer than %d labels, or one class): trust 0, the rules decide alone",
		           MODEL_MIN_LABELS);
		return;
	}
	diag_print("cross-validated on %ld labels (%d folds), macro-F1: rules %.3f, model alone %.3f, rules+model "
	           "%.3f",
	           k->labels, k->folds, k->f1_rules, k->f1_model, k->f1_combined);
	if (k->trust <= 0)
		diag_print("trust 0: the model did not beat the rules by more than one standard error, so the "
		           "rules decide alone (label more messages and train again)");
	else if (k->flip > 1)
		diag_print("trust %g; the model never moves a message the rules say needs a reply into thanks or "
		           "other",
		           k->trust);
	else
		diag_print("trust %g; the model moves a message the rules say needs a reply into thanks or other only "
		           "at a probability of %g or more",
		           k->trust, k->flip);
}

static int run_train(int argc, char **argv, const struct global_opts *g)
{
	static const struct option opts[] = {
	    {"output", required_argument, NULL, 'o'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
	const char *output = NULL;
	struct labeled_set set;
	struct classifier *cl;
	struct classification cf;
	struct nb_corpus *corpus;
	struct fit_row *rows;
	struct nb_calib calib;
	struct nbayes *m;
	struct strbuf sb;
	struct outfile out;
	size_t i, n_rows = 0;
	long used = 0, skipped = 0, resolved = 0;
	int c, r, ret = 0;

	(void)g;
	optind = 0;
	while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		if (c == 'h')
			return cmd_usage(&cmd_train, 0);
		if (c != 'o')
			return cmd_usage(&cmd_train, 1);
		output = optarg;
	}
	if (optind + 1 != argc || !output) {
		if (!output && optind < argc)
			diag_print("error: train needs -o MODEL (where to write the model)");
		return cmd_usage(&cmd_train, 1);
	}
	r = labeled_load(argv[optind], &set);
	if (r == 2) {
		labeled_release(&set);
		return EXIT_USAGE;
	}
	m = nbayes_new();
	cl = classifier_new();
	corpus = nb_corpus_new();
	classification_init(&cf);
	rows = xmalloc((set.n ? set.n : 1) * sizeof(*rows));
	for (i = 0; i < set.n; i++) {
		const struct labeled_row *row = &set.rows[i];
		int cls;
		if (!row->set || row->set == LABEL_ALL) {
			struct loc loc = {.file = argv[optind], .line = row->line};
			diag_warn(&loc,
			          "label '%s' names no class (criticism, question, thanks, other, or a set such as "
			          "'reply'): row not used",
			          row->label);
			skipped++;
			continue;
		}
		/* The rules read it first: a set label ("reply") trains as the rules' class when the
		 * set holds it, and the fit compares the model with the rules. */
		classify_message(cl, row->text, &cf);
		cls = model_train_class(row->set, cf.cls);
		resolved += (row->set & (row->set - 1)) != 0;
		nbayes_add(m, &cf.norm, (enum msg_class)cls);
		rows[n_rows++] = (struct fit_row){row->set, cf.cls, cf.confidence, nb_corpus_add(corpus, &cf.norm)};
		used++;
	}
	model_fit(corpus, rows, n_rows, &calib);
	nbayes_set_calib(m, &calib);
	strbuf_init(&sb);
	nbayes_write(m, &sb);
	if (outfile_open(&out, output)) {
		ret = EXIT_USAGE;
	} else if (fwrite(sb.buf, 1, sb.len, out.fp) != sb.len || outfile_commit(&out)) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
	} else {
		diag_print(
		    "trained on %ld messages (criticism %ld, question %ld, thanks %ld, other %ld); %ld rows not used",
		    used, nbayes_docs(m, CLASS_CRITICISM), nbayes_docs(m, CLASS_QUESTION), nbayes_docs(m, CLASS_THANKS),
		    nbayes_docs(m, CLASS_OTHER), skipped + set.rejected);
		if (resolved)
			diag_print(
			    "%ld labels were sets of classes: each trained as the rules' class when the set holds "
			    "it, else as its first class",
			    resolved);
		say_calibration(&calib);
		if (r || skipped)
			ret = EXIT_DATA;
	}
	strbuf_release(&sb);
	free(rows);
	classification_release(&cf);
	nb_corpus_free(corpus);
	classifier_free(cl);
	nbayes_free(m);
	labeled_release(&set);
	return ret;
}

const struct cmd cmd_train = {
    .name = "train",
    .summary = "teach the classifier your own vocabulary: a model from your labeled messages",
    .usage = "train LABELED.csv -o MODEL\n"
             "  LABELED.csv           CSV with a header naming 'text' and 'label' (criticism, question,\n"
             "                        thanks, other, or a set as eval reads them); other columns ignored\n"
             "  -o, --output MODEL    where to write the model (a text file, see README)\n"
             "The labels are also used to measure the model against the rules (5-fold cross-validation):\n"
             "the model is trusted only as far as it beat them there, and not at all with few labels.\n"
             "use it with 'replycov classify --model MODEL' (and eval, ratio); see 'eval --learning-curve'\n"
             "exit status: 0 success, 1 rows not used (reported), 2 usage or I/O errors",
    .run = run_train,
};
