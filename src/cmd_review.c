/* cmd_review.c: `replycov review`: the citizen messages whose human label is worth most
 * (review.h says how they are weighed and spread), as a CSV with an empty `label` column that
 * `--labels` and `train` read back as it is. Messages already labeled, official messages and
 * messages without words are never candidates. */
#include "classify.h"
#include "cmd.h"
#include "labels.h"
#include "nbayes.h"
#include "outfile.h"
#include "outfmt.h"
#include "pipeline.h"
#include "progress.h"
#include "review.h"
#include "runopts.h"
#include "strmap.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REVIEW_DEFAULT 50
#define REVIEW_MAX 10000

/* What a thread's citizen messages counted, to undo when the thread is handed over again. */
enum tally { TL_CITIZEN, TL_OUTSIDE, TL_LABELED, TL_NO_WORDS, TL_CANDIDATE, TL_N };

struct tstate {
	unsigned gen; /* bumped when the thread comes back: its earlier items stop counting */
	long n[TL_N];
};

struct vrun {
	struct runopts *ro;
	struct review_queue q;
	struct classification cf, rules_cf;
	struct classifier *rules; /* the rules alone, to compare with the model (--model) */
	const struct nbayes *model;
	struct arena arena;
	struct strmap threads; /* thread key -> struct tstate */
	long n[TL_N];
};

/* The first sarcasm or irony rule that fired ("rule:sarcasm", "rule:irony", and the rules
 * named after them), or NULL. */
static const char *irony_rule(const struct classification *cf)
{
	size_t i;

	for (i = 0; i < cf->n_hits; i++) {
		const char *s = cf->hits[i].name;
		if ((cf->hits[i].flags & HIT_RULE) && (!strncmp(s, "rule:sarcas", 11) || !strncmp(s, "rule:iron", 9)))
			return s;
	}
	return NULL;
}

static int has_hit(const struct classification *cf, const char *name)
{
	size_t i;

	for (i = 0; i < cf->n_hits; i++)
		if (!strcmp(cf->hits[i].name, name))
			return 1;
	return 0;
}

static int excluded(const struct coverage_opts *cov, enum msg_class cls)
{
	return !cov->need_all && !(cov->need_classes & (1u << cls));
}

static void consider(struct vrun *run, const struct record *r, struct tstate *ts)
{
	const struct runopts *ro = run->ro;
	struct review_item it;
	struct classification *cf = &run->cf;

	ts->n[TL_CITIZEN]++;
	if (r->created.utc < ro->waits.from || r->created.utc >= ro->waits.to) {
		ts->n[TL_OUTSIDE]++;
		return;
	}
	if (ro->classes.has_human && human_label_get(&ro->classes.human, r->id)) {
		ts->n[TL_LABELED]++;
		return;
	}
	if (!text_has_words(r->text)) {
		ts->n[TL_NO_WORDS]++;
		return;
	}
	ts->n[TL_CANDIDATE]++;
	class_source_record(&ro->classes, r, cf);
	memset(&it, 0, sizeof(it));
	it.id = (char *)r->id;
	it.platform = (char *)r->platform;
	it.thread = (char *)r->thread;
	it.text = (char *)r->text;
	it.channel = (int)r->channel;
	it.created = r->created;
	it.cls = cf->cls;
	it.lang = cf->lang;
	it.confidence = cf->confidence;
	if (excluded(&ro->cov, cf->cls))
		it.why |= REVIEW_EXCLUDED;
	if (cf->confidence < 0.5)
		it.why |= REVIEW_LOW;
	if (has_hit(cf, "rule:no-cue"))
		it.why |= REVIEW_NO_CUE;
	if ((it.irony = irony_rule(cf)))
		it.why |= REVIEW_IRONY;
	if (run->model) {
		double p[CLASS_N];
		int m;
		classify_message(run->rules, r->text, &run->rules_cf);
		m = nbayes_predict(run->model, &run->rules_cf.norm, p);
		if (m >= 0 && (enum msg_class)m != run->rules_cf.cls) {
			it.why |= REVIEW_DISAGREE;
			it.rules_cls = run->rules_cf.cls;
			it.model_cls = (enum msg_class)m;
		}
	}
	it.text_hash = review_text_hash(&cf->norm, cf->cls, cf->lang);
	it.gen = &ts->gen;
	it.gen_at = ts->gen;
	review_queue_add(&run->q, &it);
}

static void on_thread(struct thread *t, int replace, void *ctx)
{
	struct vrun *run = ctx;
	unsigned char *off = xcalloc(t->n ? t->n : 1, 1);
	const char *name;
	struct tstate *ts;
	void **slot;
	int created, k;
	size_t i;

	(void)replace; /* a thread seen before is known by its key */
	slot = strmap_put(&run->threads, arena_strdup(&run->arena, t->key), &created);
	if (created)
		*slot = arena_alloc(&run->arena, sizeof(struct tstate));
	ts = *slot;
	for (k = 0; k < TL_N; k++) {
		run->n[k] -= ts->n[k];
		ts->n[k] = 0;
	}
	ts->gen++;
	official_resolve(t, &run->ro->official, off, &name);
	for (i = 0; i < t->n; i++)
		if (!off[i])
			consider(run, &t->recs[i], ts);
	for (k = 0; k < TL_N; k++)
		run->n[k] += ts->n[k];
	free(off);
}

/* What was considered and what was picked, on stderr. */
static void summary(const struct vrun *run, struct review_item **picked, size_t n)
{
	long by_cls[CLASS_N] = {0}, why[5] = {0};
	size_t i;
	int b;

	for (i = 0; i < n; i++) {
		by_cls[picked[i]->cls]++;
		for (b = 0; b < 5; b++)
			why[b] += (picked[i]->why & (1u << b)) != 0;
	}
	diag_print("review: %ld citizen messages: %ld candidates, %ld already labeled, %ld without words, %ld outside "
	           "the period, %ld repeating an earlier text",
	           run->n[TL_CITIZEN], run->n[TL_CANDIDATE] - run->q.repeated, run->n[TL_LABELED], run->n[TL_NO_WORDS],
	           run->n[TL_OUTSIDE], run->q.repeated);
	diag_print("review: %zu picked (criticism %ld, question %ld, thanks %ld, other %ld): excluded by the policy "
	           "%ld, low confidence %ld, no cue %ld, rules and model disagree %ld, irony %ld",
	           n, by_cls[CLASS_CRITICISM], by_cls[CLASS_QUESTION], by_cls[CLASS_THANKS], by_cls[CLASS_OTHER],
	           why[0], why[1], why[2], why[3], why[4]);
}

static int parse_count(const char *arg, size_t *n)
{
	char *end;
	long v = strtol(arg, &end, 10);

	if (!*arg || *end || v < 1 || v > REVIEW_MAX) {
		diag_print("error: -n takes a number of messages from 1 to %d, not '%s'", REVIEW_MAX, arg);
		return -1;
	}
	*n = (size_t)v;
	return 0;
}

static int run_review(int argc, char **argv, const struct global_opts *g)
{
	static const struct option opts[] = {RUNOPTS_LONG,
	                                     {"count", required_argument, NULL, 'n'},
	                                     {"model", required_argument, NULL, OPT_MODEL},
	                                     {"labels", required_argument, NULL, OPT_LABELS},
	                                     {"period", required_argument, NULL, OPT_PERIOD},
	                                     {"from", required_argument, NULL, OPT_FROM},
	                                     {"to", required_argument, NULL, OPT_TO},
	                                     {NULL, 0, NULL, 0}};
	struct runopts ro;
	struct vrun run;
	struct pipeline p = {0};
	struct progress pr;
	struct outfile out;
	struct review_item **picked;
	struct strbuf sb;
	size_t want = REVIEW_DEFAULT, n, i;
	int c, src, ret = 0;

	runopts_init(&ro);
	optind = 0; /* glibc: reset, and options may follow the inputs */
	while ((c = getopt_long(argc, argv, RUNOPTS_SHORT "n:", opts, NULL)) != -1) {
		int h;
		if (c == OPT_HELP)
			return runopts_fail(&ro, RUNOPTS_HELP, &cmd_review);
		if (c == 'n') {
			if (parse_count(optarg, &want))
				return runopts_fail(&ro, RUNOPTS_BAD, &cmd_review);
			continue;
		}
		h = runopts_handle(&ro, c, optarg, "csv");
		if (h <= 0)
			return runopts_fail(&ro, h < 0 ? RUNOPTS_BAD : RUNOPTS_USAGE, &cmd_review);
	}
	if (optind >= argc)
		return runopts_fail(&ro, RUNOPTS_USAGE, &cmd_review);
	src = runopts_setup(&ro);
	if (src == 2) {
		runopts_release(&ro);
		return EXIT_USAGE;
	}
	memset(&run, 0, sizeof(run));
	run.ro = &ro;
	review_queue_init(&run.q, want);
	classification_init(&run.cf);
	classification_init(&run.rules_cf);
	arena_init(&run.arena);
	strmap_init(&run.threads);
	run.model = ro.classes.model;
	if (run.model)
		run.rules = classifier_new();
	p.in = ro.in;
	p.jobs = ro.jobs;
	p.on_thread = on_thread;
	p.ctx = &run;
	if (outfile_open(&out, ro.output)) {
		ret = EXIT_USAGE;
		goto done;
	}
	progress_init(&pr, !g->quiet);
	progress_attach(&pr, &p);
	c = pipeline_run(&p, argv + optind, argc - optind);
	progress_end(&pr);
	if (c) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
		goto done;
	}
	n = review_queue_pick(&run.q, &picked);
	strbuf_init(&sb);
	strbuf_addstr(&sb, REVIEW_CSV_HEADER);
	for (i = 0; i < n; i++)
		review_csv_row(&sb, picked[i]);
	if (fwrite(sb.buf, 1, sb.len, out.fp) != sb.len) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
	} else if (outfile_commit(&out)) {
		ret = EXIT_USAGE;
	}
	strbuf_release(&sb);
	if (ret != EXIT_USAGE) {
		summary(&run, picked, n);
		if (pipeline_had_data_errors(&p) || src == 1)
			ret = EXIT_DATA;
	}
	pipeline_accounting(&p);
done:
	pipeline_release(&p);
	review_queue_release(&run.q);
	classification_release(&run.cf);
	classification_release(&run.rules_cf);
	if (run.rules)
		classifier_free(run.rules);
	strmap_release(&run.threads);
	arena_release(&run.arena);
	runopts_release(&ro);
	return ret;
}

const struct cmd cmd_review = {
    .name = "review",
    .summary = "the messages whose human label is worth most, as a CSV to fill in and read back with --labels",
    .usage = "review [-n N] [OPTIONS] INPUT...\n"
             "  INPUT                 export files or folders (as for coverage)\n"
             "  -n, --count N         how many messages to pick, 1 to 10000 (default 50)\n"
             "  --labels FILE         messages already labeled (id,label): never picked again\n"
             "  --model FILE          a model made by 'replycov train': where rules and model disagree\n"
             "  --need-reply POLICY   auto (default), all, or a list of classes: what the policy excludes\n"
             "  --period P, --from DATE, --to DATE  only citizen messages written then\n"
             "  -o, --output FILE     write there instead of standard output\n"
             "  --official ID|NAME    another official account (repeatable)\n"
             "  --input-format NAME   skip detection (see 'replycov formats')\n"
             "  --tz ZONE             IANA zone for times written without offset\n"
             "  -j, --jobs N          files parsed in parallel (default: the number of cores)\n"
             "picked: the most worth first, worth = chance the class is wrong (1 - confidence, at least\n"
             "0.5 when rules and model disagree or an irony rule fired) x 2 when the policy excludes the\n"
             "class; each pick of a class, language or source lowers the next of that kind by 10%.\n"
             "output: CSV id,platform,channel,date,text,suggested,why,label with label empty: fill it with\n"
             "criticism, question, thanks or other, then use the file with --labels or 'replycov train'\n"
             "(rows left empty are ignored with a count)\n"
             "exit status: 0 success, 1 data errors (rejected records, label rows skipped), 2 usage or I/O errors",
    .run = run_review,
};
