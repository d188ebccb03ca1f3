/* cmd_train.c: `replycov train`: a naive Bayes model from the user's own labeled messages
 * (nbayes.h describes the model and its file). Rows whose label is not one class are
 * reported and left out; the file appears only when complete. */
#include "classify.h"
#include "cmd.h"
#include "labels.h"
#include "nbayes.h"
#include "outfile.h"
#include "outfmt.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static int run_train(int argc, char **argv, const struct global_opts *g)
{
	static const struct option opts[] = {
	    {"output", required_argument, NULL, 'o'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
	const char *output = NULL;
	struct labeled_set set;
	struct nbayes *m;
	struct norm n;
	struct strbuf sb;
	struct outfile out;
	size_t i;
	long used = 0, skipped = 0;
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
	norm_init(&n);
	for (i = 0; i < set.n; i++) {
		const struct labeled_row *row = &set.rows[i];
		int cls = class_parse(row->label);
		if (cls < 0) {
			struct loc loc = {.file = argv[optind], .line = row->line};
			diag_warn(&loc, "label '%s' is not one of criticism, question, thanks, other: row not used",
			          row->label);
			skipped++;
			continue;
		}
		classify_normalize(row->text, &n);
		nbayes_add(m, &n, (enum msg_class)cls);
		used++;
	}
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
		if (r || skipped)
			ret = EXIT_DATA;
	}
	strbuf_release(&sb);
	norm_release(&n);
	nbayes_free(m);
	labeled_release(&set);
	return ret;
}

const struct cmd cmd_train = {
    .name = "train",
    .summary = "teach the classifier your own vocabulary: a model from your labeled messages",
    .usage = "train LABELED.csv -o MODEL\n"
             "  LABELED.csv           CSV with a header naming 'text' and 'label' (criticism, question,\n"
             "                        thanks, other); other columns are ignored\n"
             "  -o, --output MODEL    where to write the model (a text file, see README)\n"
             "use it with 'replycov classify --model MODEL' (and eval, ratio)\n"
             "exit status: 0 success, 1 rows not used (reported), 2 usage or I/O errors",
    .run = run_train,
};
