/* test_classify_model.c: the combination of rules and model (classify_model.h) and the
 * cross-validation behind it: the fold arithmetic equals a model trained by `train`; the
 * guard never lets the model take a message out of the reply classes below its threshold
 * (a property over seeded random inputs); trust 0 is the rules exactly; macro-F1 as eval
 * counts it; the fit trusts a model that helps, not one that does not, nor one with few labels;
 * and the fitted temperature gives new messages nearly the best likelihood any would. */
#include "classify.h"
#include "classify_model.h"
#include "labels.h"
#include "nbayes.h"
#include "unit.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static uint64_t rng = 12345;

static double uniform(void)
{
	uint64_t z = (rng += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return (double)((z ^ (z >> 31)) >> 11) / 9007199254740992.0;
}

static int pick(int n)
{
	return (int)(uniform() * n) % n;
}

static void test_probs(void)
{
	double p[CLASS_N], lp[CLASS_N] = {-1, -2, -INFINITY, -3};
	int c;

	model_rules_probs(CLASS_QUESTION, 0.9, p);
	CHECK(fabs(p[0] + p[1] + p[2] + p[3] - 1) < 1e-12);
	CHECK(fabs(p[CLASS_QUESTION] - 0.9) < 1e-12 && fabs(p[CLASS_OTHER] - 0.1 / 3) < 1e-12);
	model_rules_probs(CLASS_OTHER, 0.30, p); /* the weakest rule decision still leads */
	for (c = 0; c < CLASS_OTHER; c++)
		CHECK(p[c] < p[CLASS_OTHER]);
	model_calibrate(lp, 1, p);
	CHECK(p[CLASS_THANKS] == 0);
	CHECK(fabs(p[0] / p[1] - exp(1)) < 1e-9 && fabs(p[0] + p[1] + p[3] - 1) < 1e-12);
	model_calibrate(lp, 1e6, p); /* a huge temperature: uniform over the possible classes */
	CHECK(fabs(p[0] - 1.0 / 3) < 1e-5 && fabs(p[3] - 1.0 / 3) < 1e-5);
}

/* The guard and trust 0, over many random inputs. */
static void test_combine_property(void)
{
	long flips = 0, changes = 0, bad_conf = 0, bad_flip = 0, bad_trust0 = 0;
	int i;

	for (i = 0; i < 20000; i++) {
		struct nb_calib k = {.temperature = 1, .trust = uniform() * 10, .flip = 0.5 + uniform() * 0.6};
		enum msg_class rules = (enum msg_class)pick(CLASS_N), got;
		double pm[CLASS_N], sum = 0, conf = 0.3 + uniform() * 0.69, out;
		int c;
		for (c = 0; c < CLASS_N; c++)
			sum += pm[c] = uniform() < 0.2 ? 0 : uniform();
		if (sum <= 0)
			continue;
		for (c = 0; c < CLASS_N; c++)
			pm[c] /= sum;
		got = model_combine(rules, conf, pm, &k, &out);
		bad_conf += !(out > 0 && out <= 1);
		changes += got != rules;
		if (class_needs_reply(rules) && !class_needs_reply(got)) {
			flips++;
			/* out of the reply classes only at the threshold or above */
			bad_flip += pm[CLASS_THANKS] + pm[CLASS_OTHER] < k.flip;
		}
		k.trust = 0;
		bad_trust0 += model_combine(rules, conf, pm, &k, NULL) != rules;
	}
	CHECK_EQ_LL(bad_conf, 0);
	CHECK_EQ_LL(bad_flip, 0);
	CHECK_EQ_LL(bad_trust0, 0);
	CHECK(flips > 100); /* the property was exercised both ways */
	CHECK(changes > 1000);
	/* By hand: rules say criticism at 0.45; the model is sure of thanks. */
	{
		double pm[CLASS_N] = {0.02, 0.02, 0.9, 0.06};
		struct nb_calib k = {.temperature = 1, .trust = 2, .flip = 0.97};
		CHECK_EQ_LL(model_combine(CLASS_CRITICISM, 0.45, pm, &k, NULL), CLASS_CRITICISM);
		k.flip = 0.95; /* thanks + other = 0.96 */
		CHECK_EQ_LL(model_combine(CLASS_CRITICISM, 0.45, pm, &k, NULL), CLASS_THANKS);
		/* a firing rule (0.99) outweighs a weakly trusted model */
		k.trust = 0.3;
		CHECK_EQ_LL(model_combine(CLASS_CRITICISM, 0.99, pm, &k, NULL), CLASS_CRITICISM);
		/* into the reply classes there is no guard: other -> question */
		pm[CLASS_QUESTION] = 0.9;
		pm[CLASS_THANKS] = 0.02;
		k.trust = 2;
		CHECK_EQ_LL(model_combine(CLASS_OTHER, 0.45, pm, &k, NULL), CLASS_QUESTION);
	}
}

static void test_macro_f1(void)
{
	/* gold: crit, crit, question, thanks|other, reply; predicted: crit, other, crit, thanks, question.
	 * criticism: tp 1, fn 1, fp 1 (the question row; the reply row includes criticism, no fp):
	 * p = r = 1/2, F1 1/2. question: tp 0 -> F1 0. thanks/other named by no single row.
	 * The other predicted for a gold criticism is not a false positive of other: other is
	 * not measured. Macro-F1 = (0.5 + 0) / 2. */
	unsigned gold[] = {1u << CLASS_CRITICISM, 1u << CLASS_CRITICISM, 1u << CLASS_QUESTION,
	                   1u << CLASS_THANKS | 1u << CLASS_OTHER, 1u << CLASS_CRITICISM | 1u << CLASS_QUESTION};
	enum msg_class pred[] = {CLASS_CRITICISM, CLASS_OTHER, CLASS_CRITICISM, CLASS_THANKS, CLASS_QUESTION};

	CHECK(fabs(model_macro_f1(gold, pred, 5) - 0.25) < 1e-12);
	CHECK(model_macro_f1(gold + 3, pred + 3, 2) == -1); /* no single-class row */
	CHECK_EQ_LL(model_train_class(1u << CLASS_THANKS, CLASS_CRITICISM), CLASS_THANKS);
	CHECK_EQ_LL(model_train_class((1u << CLASS_CRITICISM | 1u << CLASS_QUESTION), CLASS_QUESTION), CLASS_QUESTION);
	CHECK_EQ_LL(model_train_class((1u << CLASS_CRITICISM | 1u << CLASS_QUESTION), CLASS_OTHER), CLASS_CRITICISM);
	CHECK_EQ_LL(model_train_class(1u << CLASS_THANKS | 1u << CLASS_OTHER, CLASS_QUESTION), CLASS_THANKS);
	CHECK_EQ_LL(model_train_class(LABEL_ALL, CLASS_QUESTION), -1);
	CHECK_EQ_LL(model_train_class(0, CLASS_QUESTION), -1);
}

/* Synthetic messages: a topic word decides the class (with some noise), plus filler words. */
static const char *const topic[CLASS_N][3] = {{"atasco", "caido", "perdido"},
                                              {"plazas", "horario", "requisitos"},
                                              {"contratado", "encantada", "agradecido"},
                                              {"oferta", "comparto", "feria"}};
static const char *const filler[] = {"curso", "oficina", "valencia", "cita", "web", "lunes", "taller", "papeles"};

static void make_text(int cls, struct strbuf *sb)
{
	int w, words = 2 + pick(4);

	strbuf_reset(sb);
	strbuf_addstr(sb, topic[cls][pick(3)]);
	if (pick(2)) { /* the same evidence twice, as people repeat themselves */
		strbuf_addch(sb, ' ');
		strbuf_addstr(sb, topic[cls][pick(3)]);
	}
	for (w = 0; w < words; w++) {
		strbuf_addch(sb, ' ');
		strbuf_addstr(sb, filler[pick(8)]);
	}
}

/* n rows: the true class from the topic word; the label is it, except with probability noise
 * a random class; the rules' class is right with probability rules_right. */
static void make_rows(struct nb_corpus *c, struct fit_row *rows, int *truth, size_t n, double noise, double rules_right)
{
	struct strbuf sb;
	struct norm nm;
	size_t i;

	strbuf_init(&sb);
	norm_init(&nm);
	for (i = 0; i < n; i++) {
		int t = pick(CLASS_N), label = uniform() < noise ? pick(CLASS_N) : t;
		make_text(t, &sb);
		classify_normalize(sb.buf, &nm);
		truth[i] = t;
		rows[i].gold = 1u << label;
		rows[i].rules = uniform() < rules_right ? (enum msg_class)label : (enum msg_class)pick(CLASS_N);
		rows[i].conf = 0.3 + uniform() * 0.3;
		rows[i].doc = nb_corpus_add(c, &nm);
	}
	strbuf_release(&sb);
	norm_release(&nm);
}

/* A fold of the corpus scores exactly as the model `train` writes from the same documents. */
static void test_fold_equals_model(void)
{
	enum { N = 60, TRAIN = 40 };
	struct nb_corpus *c = nb_corpus_new();
	struct nbayes *m = nbayes_new();
	struct strbuf sb;
	struct norm nm;
	char *texts[N];
	int cls[TRAIN], k, same = 1;
	size_t train[TRAIN], test[N - TRAIN], doc[N], i;
	double lp[N - TRAIN][CLASS_N];

	strbuf_init(&sb);
	norm_init(&nm);
	rng = 99;
	for (i = 0; i < N; i++) {
		int t = pick(CLASS_N);
		make_text(t, &sb);
		texts[i] = strdup(sb.buf);
		classify_normalize(texts[i], &nm);
		doc[i] = nb_corpus_add(c, &nm);
		if (i < TRAIN) {
			cls[i] = t == CLASS_OTHER ? CLASS_THANKS : t; /* other gets no document */
			train[i] = doc[i];
			nbayes_add(m, &nm, (enum msg_class)cls[i]);
		} else {
			test[i - TRAIN] = doc[i];
		}
	}
	nbayes_finish(m);
	CHECK(nb_corpus_fold(c, train, TRAIN, cls, test, N - TRAIN, lp) == 0);
	for (i = TRAIN; i < N; i++) {
		double want[CLASS_N];
		classify_normalize(texts[i], &nm);
		CHECK(nbayes_scores(m, &nm, want) == 0);
		for (k = 0; k < CLASS_N; k++)
			if (!(want[k] == lp[i - TRAIN][k])) /* bit for bit, -INFINITY included */
				same = 0;
	}
	CHECK(same);
	CHECK(isinf(lp[0][CLASS_OTHER]) && lp[0][CLASS_OTHER] < 0);
	CHECK(nb_corpus_fold(c, train, 0, cls, test, N - TRAIN, lp) == -1);
	for (i = 0; i < N; i++)
		free(texts[i]);
	strbuf_release(&sb);
	norm_release(&nm);
	nbayes_free(m);
	nb_corpus_free(c);
}

static void test_fit(void)
{
	enum { N = 400 };
	struct nb_corpus *c = nb_corpus_new();
	struct fit_row *rows = calloc(N, sizeof(*rows));
	int *truth = calloc(N, sizeof(*truth));
	struct nb_calib k, k2;
	size_t i;

	/* The text decides the label (10% noise); the rules are right half of the time: the model
	 * is trusted, and helps on the held-out folds. */
	rng = 1;
	make_rows(c, rows, truth, N, 0.1, 0.5);
	model_fit(c, rows, N, &k);
	CHECK_EQ_LL(k.labels, N);
	CHECK_EQ_LL(k.folds, MODEL_FOLDS);
	CHECK(k.trust > 0);
	CHECK(k.f1_combined > k.f1_rules + 0.1);
	CHECK(k.f1_model > 0.7);
	CHECK(k.temperature > 0.001 && k.temperature < 1e6);
	model_fit(c, rows, N, &k2); /* the same labels, the same fit */
	CHECK(k.trust == k2.trust && k.temperature == k2.temperature && k.flip == k2.flip &&
	      k.f1_combined == k2.f1_combined);
	/* Few labels: not measured, not trusted. */
	model_fit(c, rows, MODEL_MIN_LABELS - 1, &k);
	CHECK_EQ_LL(k.folds, 0);
	CHECK(k.trust == 0 && k.flip > 1);
	/* Labels the text says nothing about (random), rules always right: never trusted. */
	for (i = 0; i < N; i++) {
		rows[i].gold = 1u << pick(CLASS_N);
		rows[i].rules = (enum msg_class)(ffs((int)rows[i].gold) - 1);
		rows[i].conf = 0.9;
	}
	model_fit(c, rows, N, &k);
	CHECK_EQ_LL(k.folds, MODEL_FOLDS);
	CHECK(k.trust == 0);
	CHECK(k.f1_combined == k.f1_rules);
	/* One class only: nothing to learn. */
	for (i = 0; i < N; i++)
		rows[i].gold = 1u << CLASS_QUESTION;
	model_fit(c, rows, N, &k);
	CHECK(k.trust == 0 && k.folds == 0);
	free(rows);
	free(truth);
	nb_corpus_free(c);
}

/* Held-out negative log-likelihood of the labels under softmax(lp / t). */
static double held_out_nll(double (*lp)[CLASS_N], const struct fit_row *rows, size_t n, double t)
{
	double sum = 0, p[CLASS_N];
	size_t i;

	for (i = 0; i < n; i++) {
		model_calibrate(lp[i], t, p);
		sum -= log(fmax(1e-12, p[ffs((int)rows[i].gold) - 1]));
	}
	return sum / (double)n;
}

/* Calibration: the temperature fitted by cross-validation on the training rows gives new
 * rows a likelihood close to the best any temperature could (within 2%), and better than the
 * raw naive Bayes posteriors. Longer messages repeat their evidence, which makes raw naive
 * Bayes overconfident. */
static void test_calibration(void)
{
	enum { N = 1200, TRAIN = 800 };
	struct nb_corpus *c = nb_corpus_new();
	struct fit_row *rows = calloc(N, sizeof(*rows));
	int *truth = calloc(N, sizeof(*truth)), *cls = calloc(TRAIN, sizeof(int));
	size_t *train = calloc(TRAIN, sizeof(size_t)), *test = calloc(N - TRAIN, sizeof(size_t)), i;
	double(*lp)[CLASS_N] = calloc(N - TRAIN, sizeof(*lp)), best = INFINITY, fitted, raw, x;
	struct nb_calib k;

	rng = 2;
	make_rows(c, rows, truth, N, 0.35, 0.5);
	model_fit(c, rows, TRAIN, &k);
	for (i = 0; i < TRAIN; i++) {
		train[i] = rows[i].doc;
		cls[i] = ffs((int)rows[i].gold) - 1;
	}
	for (i = 0; i < N - TRAIN; i++)
		test[i] = rows[TRAIN + i].doc;
	nb_corpus_fold(c, train, TRAIN, cls, test, N - TRAIN, lp);
	for (x = -1; x <= 3; x += 0.01)
		best = fmin(best, held_out_nll(lp, rows + TRAIN, N - TRAIN, pow(10, x)));
	fitted = held_out_nll(lp, rows + TRAIN, N - TRAIN, k.temperature);
	raw = held_out_nll(lp, rows + TRAIN, N - TRAIN, 1);
	printf("calibration: held-out log-loss %.4f at the fitted temperature %.2f, %.4f raw, %.4f at the best\n",
	       fitted, k.temperature, raw, best);
	CHECK(fitted < raw);
	CHECK(fitted <= best * 1.02);
	free(rows);
	free(truth);
	free(cls);
	free(train);
	free(test);
	free(lp);
	nb_corpus_free(c);
}

/* A learning curve over synthetic labels: the points, and rules+model rising above the rules. */
static void test_curve(void)
{
	enum { N = 500 };
	struct nb_corpus *c = nb_corpus_new();
	struct fit_row *rows = calloc(N, sizeof(*rows));
	int *truth = calloc(N, sizeof(*truth));
	struct curve cv;
	double first = 0, last = 0;
	int f;

	rng = 3;
	make_rows(c, rows, truth, N, 0.1, 0.6);
	CHECK(model_learning_curve(c, rows, 9, 5, &cv) == -1); /* fewer than 2 * folds rows */
	CHECK(model_learning_curve(c, rows, N, 1, &cv) == -1);
	CHECK(model_learning_curve(c, rows, N, 5, &cv) == 0);
	CHECK_EQ_LL(cv.n_pt, 5);
	CHECK_EQ_LL(cv.pt[0].labels, 25);
	CHECK_EQ_LL(cv.pt[3].labels, 200);
	CHECK(cv.pt[4].all && cv.pt[4].labels == 400);
	for (f = 0; f < 5; f++) {
		CHECK(cv.pt[0].trust[f] == 0); /* 25 labels: below MODEL_MIN_LABELS */
		CHECK(cv.pt[0].f1_model[f] == cv.pt[0].f1_rules[f]);
		first += cv.pt[2].f1_model[f] - cv.pt[2].f1_rules[f];
		last += cv.pt[4].f1_model[f] - cv.pt[4].f1_rules[f];
	}
	CHECK(first > 0 && last >= first);
	CHECK(model_learning_curve(c, rows, 120, 5, &cv) == 0); /* pools of 96: 25, 50, all */
	CHECK_EQ_LL(cv.n_pt, 3);
	free(rows);
	free(truth);
	nb_corpus_free(c);
}

int main(void)
{
	unit_name = "classify_model";
	test_probs();
	test_combine_property();
	test_macro_f1();
	test_fold_equals_model();
	test_fit();
	test_calibration();
	test_curve();
	return unit_end();
}
