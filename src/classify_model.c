/* classify_model.c: the rules and the model combined (see classify_model.h for the rule and
 * its reasons), the cross-validated fit of temperature, trust and flip threshold, and the
 * learning curve. It does not tokenise (nbayes.c featurises) and never prints. All shuffles use
 * one fixed-seed generator, so the same labels give the same model and the same curve. */
#include "classify_model.h"
#include "labels.h"
#include "stats.h"
#include "util.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FLIP_PRECISION 0.85 /* 95% lower bound of the share of right flips to allow them */
#define FLIP_MIN 5          /* fewer cross-validated flips than this: not allowed */
#define LOG_FLOOR 1e-12     /* a zero probability counts as this (no class is impossible) */
#define BOOTSTRAP 200
#define SEED 0x5245504c59434f56ull /* "REPLYCOV" */

#define NEED_SET (1u << CLASS_CRITICISM | 1u << CLASS_QUESTION)
#define NONE_SET (1u << CLASS_THANKS | 1u << CLASS_OTHER)

static const double trust_grid[] = {0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1, 1.5, 2, 3, 5, 8, 13, 20, 40};
/* Ascending from 0.5 (the model must find no reply more likely than a reply); the last one
 * (above 1) means never. */
static const double flip_grid[] = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99, 2};
#define N_TRUST (sizeof(trust_grid) / sizeof(trust_grid[0]))
#define N_FLIP (sizeof(flip_grid) / sizeof(flip_grid[0]))

static uint64_t splitmix_next(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

void model_rules_probs(enum msg_class cls, double confidence, double p[CLASS_N])
{
	int c;

	if (confidence < 0.3)
		confidence = 0.3;
	if (confidence > 0.99)
		confidence = 0.99;
	for (c = 0; c < CLASS_N; c++)
		p[c] = c == (int)cls ? confidence : (1 - confidence) / (CLASS_N - 1);
}

void model_calibrate(const double lp[CLASS_N], double temperature, double p[CLASS_N])
{
	double max = -INFINITY, sum = 0;
	int c;

	for (c = 0; c < CLASS_N; c++)
		if (lp[c] > max)
			max = lp[c];
	for (c = 0; c < CLASS_N; c++) {
		p[c] = isfinite(lp[c]) && isfinite(max) ? exp((lp[c] - max) / temperature) : 0;
		sum += p[c];
	}
	for (c = 0; c < CLASS_N; c++)
		p[c] = sum > 0 ? p[c] / sum : 0;
}

/* What the combination needs of one message, in logarithms. */
struct combo_in {
	enum msg_class rules;
	double lr[CLASS_N], lm[CLASS_N];
	double noreply; /* the model's calibrated thanks + other */
};

static void combo_prepare(enum msg_class rules, double conf, const double pm[CLASS_N], struct combo_in *in)
{
	double pr[CLASS_N];
	int c;

	model_rules_probs(rules, conf, pr);
	in->rules = rules;
	for (c = 0; c < CLASS_N; c++) {
		in->lr[c] = log(pr[c]);
		in->lm[c] = log(pm[c] > LOG_FLOOR ? pm[c] : LOG_FLOOR);
	}
	in->noreply = pm[CLASS_THANKS] + pm[CLASS_OTHER];
}

/* The combined class without the flip guard (*free) and with it (returned when the guard
 * applies, i.e. the free choice leaves the reply classes the rules chose). */
static void combo_classes(const struct combo_in *in, double trust, enum msg_class *free_cls, enum msg_class *guarded,
                          double s[CLASS_N])
{
	int c, best = 0, reply;

	for (c = 0; c < CLASS_N; c++) {
		s[c] = in->lr[c] + trust * in->lm[c];
		if (s[c] > s[best])
			best = c;
	}
	*free_cls = (enum msg_class)best;
	reply = s[CLASS_CRITICISM] >= s[CLASS_QUESTION] ? CLASS_CRITICISM : CLASS_QUESTION;
	*guarded = class_needs_reply(in->rules) && !class_needs_reply((enum msg_class)best) ? (enum msg_class)reply
	                                                                                    : (enum msg_class)best;
}

static enum msg_class combo_decide(const struct combo_in *in, double trust, double flip, double *confidence)
{
	enum msg_class free_cls, guarded, cls;
	double s[CLASS_N], sum = 0;
	int c;

	if (trust <= 0) {
		if (confidence)
			*confidence = exp(in->lr[in->rules]);
		return in->rules;
	}
	combo_classes(in, trust, &free_cls, &guarded, s);
	cls = in->noreply >= flip ? free_cls : guarded;
	if (confidence) {
		for (c = 0; c < CLASS_N; c++)
			sum += exp(s[c] - s[cls]);
		*confidence = 1 / sum;
	}
	return cls;
}

enum msg_class model_combine(enum msg_class rules_cls, double rules_conf, const double pm[CLASS_N],
                             const struct nb_calib *k, double *confidence)
{
	struct combo_in in;

	combo_prepare(rules_cls, rules_conf, pm, &in);
	return combo_decide(&in, k->trust, k->flip, confidence);
}

void model_vote(const struct nbayes *m, struct classification *cf)
{
	const struct nb_calib *k = nbayes_calib(m);
	double lp[CLASS_N], pm[CLASS_N], conf;
	enum msg_class cls;
	struct cue_hit *h;
	int c, best = 0;

	if (k->trust <= 0 || nbayes_scores(m, &cf->norm, lp))
		return;
	model_calibrate(lp, k->temperature, pm);
	for (c = 1; c < CLASS_N; c++)
		if (pm[c] > pm[best])
			best = c;
	XGROW(cf->hits, cf->cap_hits, cf->n_hits + 1);
	h = &cf->hits[cf->n_hits++];
	*h = (struct cue_hit){"model", (enum msg_class)best, pm[best], HIT_MODEL};
	cls = model_combine(cf->cls, cf->confidence, pm, k, &conf);
	if (cls != cf->cls) {
		cf->cls = cls;
		cf->by = BY_MODEL;
		cf->confidence = conf < 0.30 ? 0.30 : conf > 0.99 ? 0.99 : conf;
	}
}

int model_train_class(unsigned gold, enum msg_class rules)
{
	int c;

	if (!gold || gold == LABEL_ALL)
		return -1;
	if (gold & 1u << rules)
		return (int)rules;
	for (c = 0; c < CLASS_N; c++)
		if (gold & 1u << c)
			return c;
	return -1;
}

double model_macro_f1(const unsigned *gold, const enum msg_class *pred, size_t n)
{
	long tp[CLASS_N] = {0}, fp[CLASS_N] = {0}, fn[CLASS_N] = {0}, single[CLASS_N] = {0};
	double sum = 0;
	size_t i;
	int c, measured = 0;

	for (i = 0; i < n; i++) {
		for (c = 0; c < CLASS_N; c++) {
			unsigned bit = 1u << c;
			if (gold[i] == bit) {
				single[c]++;
				if (pred[i] == (enum msg_class)c)
					tp[c]++;
				else
					fn[c]++;
			} else if (!(gold[i] & bit) && pred[i] == (enum msg_class)c) {
				fp[c]++;
			}
		}
	}
	for (c = 0; c < CLASS_N; c++) {
		double p, r;
		if (!single[c])
			continue;
		measured++;
		if (!tp[c])
			continue;
		p = (double)tp[c] / (double)(tp[c] + fp[c]);
		r = (double)tp[c] / (double)(tp[c] + fn[c]);
		sum += 2 * p * r / (p + r);
	}
	return measured ? sum / measured : -1;
}

/* Stratified folds: items sorted by stratum, then by a seeded random key, dealt in turn. */
struct strat_item {
	unsigned stratum;
	uint64_t key;
	size_t idx;
};

static int cmp_strat(const void *a, const void *b)
{
	const struct strat_item *x = a, *y = b;

	if (x->stratum != y->stratum)
		return x->stratum < y->stratum ? -1 : 1;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static void assign_folds(const unsigned *stratum, size_t n, int k, uint64_t seed, int *fold)
{
	struct strat_item *it = xmalloc((n ? n : 1) * sizeof(*it));
	size_t i;

	for (i = 0; i < n; i++)
		it[i] = (struct strat_item){stratum[i], splitmix_next(&seed), i};
	qsort(it, n, sizeof(*it), cmp_strat);
	for (i = 0; i < n; i++)
		fold[it[i].idx] = (int)(i % (size_t)k);
	free(it);
}

static void shuffle(size_t *a, size_t n, uint64_t seed)
{
	size_t i;

	for (i = n; i > 1; i--) {
		size_t j = (size_t)(splitmix_next(&seed) % i), t = a[i - 1];
		a[i - 1] = a[j];
		a[j] = t;
	}
}

/* Negative log-likelihood of the gold sets under posteriors softmax(lp / t). */
static double nll(const double (*lp)[CLASS_N], const unsigned *gold, size_t n, double t)
{
	double sum = 0, p[CLASS_N];
	size_t i;
	int c;

	for (i = 0; i < n; i++) {
		double q = 0;
		model_calibrate(lp[i], t, p);
		for (c = 0; c < CLASS_N; c++)
			if (gold[i] & 1u << c)
				q += p[c];
		sum -= log(q > LOG_FLOOR ? q : LOG_FLOOR);
	}
	return sum;
}

/* The temperature that minimises the held-out negative log-likelihood: a grid over 10^-1 ..
 * 10^3 in steps of 10^0.05, then steps of 10^0.005 around the best. */
static double fit_temperature(const double (*lp)[CLASS_N], const unsigned *gold, size_t n)
{
	double best_x = 0, best = INFINITY, x, centre;

	for (x = -1; x <= 3.0001; x += 0.05) {
		double v = nll(lp, gold, n, pow(10, x));
		if (v < best) {
			best = v;
			best_x = x;
		}
	}
	centre = best_x;
	for (x = centre - 0.05; x <= centre + 0.0501; x += 0.005) {
		double v = nll(lp, gold, n, pow(10, x));
		if (v < best) {
			best = v;
			best_x = x;
		}
	}
	return pow(10, best_x);
}

/* The held-out predictions of one fit, and the choice of trust and flip over them. */
struct oof {
	size_t n;
	unsigned *gold;
	struct combo_in *in;
	enum msg_class *pred, *rules, *free_cls, *guarded;
};

static double f1_at(struct oof *o, double trust, double flip, const size_t *pick, size_t n_pick)
{
	size_t i;
	unsigned *g = o->gold;
	enum msg_class *p = o->pred;
	double f1;

	if (pick) {
		g = xmalloc(n_pick * sizeof(*g));
		p = xmalloc(n_pick * sizeof(*p));
	}
	for (i = 0; i < (pick ? n_pick : o->n); i++) {
		size_t r = pick ? pick[i] : i;
		if (pick)
			g[i] = o->gold[r];
		p[i] = combo_decide(&o->in[r], trust, flip, NULL);
	}
	f1 = model_macro_f1(g, p, pick ? n_pick : o->n);
	if (pick) {
		free(g);
		free(p);
	}
	return f1;
}

/* For one trust: the flip threshold with the best macro-F1 among those whose flips were
 * right often enough (ties: the stricter threshold); its macro-F1 in *f1. */
static double best_flip(struct oof *o, double trust, double *f1)
{
	double best_f1 = -2, best_flip_v = 2, s[CLASS_N];
	size_t i;
	int t;

	for (i = 0; i < o->n; i++)
		combo_classes(&o->in[i], trust, &o->free_cls[i], &o->guarded[i], s);
	for (t = (int)N_FLIP - 1; t >= 0; t--) {
		long flips = 0, right = 0;
		double v;
		for (i = 0; i < o->n; i++) {
			int flipped = o->free_cls[i] != o->guarded[i] && o->in[i].noreply >= flip_grid[t];
			o->pred[i] = flipped ? o->free_cls[i] : o->guarded[i];
			flips += flipped;
			right += flipped && (o->gold[i] & 1u << o->free_cls[i]);
		}
		if (flips) {
			double lo, hi;
			if (flips < FLIP_MIN)
				continue;
			wilson_interval(right, flips, 1.96, &lo, &hi);
			if (lo < FLIP_PRECISION)
				continue;
		}
		v = model_macro_f1(o->gold, o->pred, o->n);
		if (v > best_f1) {
			best_f1 = v;
			best_flip_v = flip_grid[t];
		}
	}
	*f1 = best_f1;
	return best_flip_v;
}

/* One standard error of macro-F1(trust, flip) - macro-F1(rules), by the bootstrap. */
static double gain_se(struct oof *o, double trust, double flip)
{
	size_t *pick = xmalloc(o->n * sizeof(*pick)), i;
	uint64_t seed = SEED ^ 0xb0075;
	double sum = 0, sum2 = 0, mean;
	int b;

	for (b = 0; b < BOOTSTRAP; b++) {
		double d;
		for (i = 0; i < o->n; i++)
			pick[i] = (size_t)(splitmix_next(&seed) % o->n);
		d = f1_at(o, trust, flip, pick, o->n) - f1_at(o, 0, 2, pick, o->n);
		sum += d;
		sum2 += d * d;
	}
	free(pick);
	mean = sum / BOOTSTRAP;
	return sqrt(fmax(0, sum2 / BOOTSTRAP - mean * mean) * BOOTSTRAP / (BOOTSTRAP - 1));
}

void model_fit(const struct nb_corpus *c, const struct fit_row *rows, size_t n, struct nb_calib *out)
{
	size_t *idx = xmalloc((n ? n : 1) * sizeof(*idx)), *train, *test, m = 0, i;
	int *cls = xmalloc((n ? n : 1) * sizeof(*cls)), *fold, *tcls, f, classes = 0;
	unsigned *strat, seen = 0;
	double(*lp)[CLASS_N], (*olp)[CLASS_N], f1_best = -2, trust = 0, flip = 2;
	struct oof o;
	size_t t;

	*out = (struct nb_calib){.temperature = 1, .trust = 0, .flip = 2};
	for (i = 0; i < n; i++) {
		int k = model_train_class(rows[i].gold, rows[i].rules);
		if (k < 0)
			continue;
		idx[m] = i;
		cls[m++] = k;
		seen |= 1u << k;
	}
	out->labels = (long)m;
	for (f = 0; f < CLASS_N; f++)
		classes += (seen >> f) & 1;
	if (m < MODEL_MIN_LABELS || classes < 2) {
		free(idx);
		free(cls);
		return;
	}
	fold = xmalloc(m * sizeof(*fold));
	strat = xmalloc(m * sizeof(*strat));
	for (i = 0; i < m; i++)
		strat[i] = (unsigned)cls[i];
	assign_folds(strat, m, MODEL_FOLDS, SEED, fold);
	train = xmalloc(m * sizeof(*train));
	tcls = xmalloc(m * sizeof(*tcls));
	test = xmalloc(m * sizeof(*test));
	lp = xmalloc(m * sizeof(*lp));
	olp = xmalloc(m * sizeof(*olp));
	for (f = 0; f < MODEL_FOLDS; f++) {
		size_t nt = 0, ns = 0;
		for (i = 0; i < m; i++) {
			if (fold[i] == f) {
				test[ns++] = rows[idx[i]].doc;
			} else {
				tcls[nt] = cls[i];
				train[nt++] = rows[idx[i]].doc;
			}
		}
		nb_corpus_fold(c, train, nt, tcls, test, ns, olp);
		for (i = 0, t = 0; i < m; i++)
			if (fold[i] == f)
				memcpy(lp[i], olp[t++], sizeof(*lp));
	}
	o.n = m;
	o.gold = xmalloc(m * sizeof(*o.gold));
	o.in = xmalloc(m * sizeof(*o.in));
	o.pred = xmalloc(m * sizeof(*o.pred));
	o.rules = xmalloc(m * sizeof(*o.rules));
	o.free_cls = xmalloc(m * sizeof(*o.free_cls));
	o.guarded = xmalloc(m * sizeof(*o.guarded));
	for (i = 0; i < m; i++)
		o.gold[i] = rows[idx[i]].gold;
	out->temperature = fit_temperature((const double(*)[CLASS_N])lp, o.gold, m);
	for (i = 0; i < m; i++) {
		double pm[CLASS_N];
		int k, best = 0;
		model_calibrate(lp[i], out->temperature, pm);
		combo_prepare(rows[idx[i]].rules, rows[idx[i]].conf, pm, &o.in[i]);
		o.rules[i] = rows[idx[i]].rules;
		for (k = 1; k < CLASS_N; k++)
			if (pm[k] > pm[best])
				best = k;
		o.pred[i] = (enum msg_class)best;
	}
	out->folds = MODEL_FOLDS;
	out->f1_model = model_macro_f1(o.gold, o.pred, m);
	out->f1_rules = model_macro_f1(o.gold, o.rules, m);
	for (t = 0; t < N_TRUST; t++) {
		double v, fl = best_flip(&o, trust_grid[t], &v);
		if (v > f1_best) {
			f1_best = v;
			trust = trust_grid[t];
			flip = fl;
		}
	}
	/* Kept only when the gain over the rules is more than one standard error: with few
	 * labels it never is, and the rules decide alone. */
	if (out->f1_rules >= 0 && f1_best - out->f1_rules > gain_se(&o, trust, flip)) {
		out->trust = trust;
		out->flip = flip;
		out->f1_combined = f1_best;
	} else {
		out->f1_combined = out->f1_rules;
	}
	if (out->f1_model < 0)
		out->f1_model = 0;
	if (out->f1_rules < 0)
		out->f1_rules = out->f1_combined = 0;
	free(o.gold);
	free(o.in);
	free(o.pred);
	free(o.rules);
	free(o.free_cls);
	free(o.guarded);
	free(lp);
	free(olp);
	free(test);
	free(tcls);
	free(train);
	free(strat);
	free(fold);
	free(idx);
	free(cls);
}

static const long curve_sizes[MODEL_CURVE_POINTS - 1] = {25, 50, 100, 200};

/* One held-out fold of the curve: pool[0..n_pool) (shuffled) trains, test[0..n_test) scores. */
static void curve_fold(const struct nb_corpus *c, const struct fit_row *rows, const size_t *pool, size_t n_pool,
                       const size_t *test, size_t n_test, int f, struct curve *out)
{
	struct fit_row *sub = xmalloc(n_pool * sizeof(*sub));
	size_t *train = xmalloc(n_pool * sizeof(*train)), *docs = xmalloc(n_test * sizeof(*docs)), i;
	int *tcls = xmalloc(n_pool * sizeof(*tcls)), p;
	unsigned *gold = xmalloc(n_test * sizeof(*gold));
	enum msg_class *rp = xmalloc(n_test * sizeof(*rp)), *mp = xmalloc(n_test * sizeof(*mp));
	double(*lp)[CLASS_N] = xmalloc(n_test * sizeof(*lp)), f1_rules;

	for (i = 0; i < n_test; i++) {
		docs[i] = rows[test[i]].doc;
		gold[i] = rows[test[i]].gold;
		rp[i] = rows[test[i]].rules;
	}
	f1_rules = model_macro_f1(gold, rp, n_test);
	for (p = 0; p < out->n_pt; p++) {
		struct curve_point *pt = &out->pt[p];
		size_t n_sub = pt->all ? n_pool : (size_t)pt->labels, nt = 0;
		struct nb_calib k;
		for (i = 0; i < n_sub; i++) {
			int cl;
			sub[i] = rows[pool[i]];
			cl = model_train_class(sub[i].gold, sub[i].rules);
			if (cl >= 0) {
				tcls[nt] = cl;
				train[nt++] = sub[i].doc;
			}
		}
		model_fit(c, sub, n_sub, &k);
		if (nb_corpus_fold(c, train, nt, tcls, docs, n_test, lp))
			k.trust = 0;
		for (i = 0; i < n_test; i++) {
			double pm[CLASS_N] = {0};
			if (k.trust > 0)
				model_calibrate(lp[i], k.temperature, pm);
			mp[i] = model_combine(rp[i], rows[test[i]].conf, pm, &k, NULL);
			if (!(gold[i] & NONE_SET)) {
				pt->need++;
				pt->need_missed_rules += !class_needs_reply(rp[i]);
				pt->need_missed_model += !class_needs_reply(mp[i]);
			}
		}
		pt->f1_rules[f] = f1_rules;
		pt->f1_model[f] = model_macro_f1(gold, mp, n_test);
		pt->trust[f] = k.trust;
		if (pt->all)
			pt->labels += (long)n_sub;
	}
	free(sub);
	free(train);
	free(docs);
	free(tcls);
	free(gold);
	free(rp);
	free(mp);
	free(lp);
}

int model_learning_curve(const struct nb_corpus *c, const struct fit_row *rows, size_t n, int folds, struct curve *out)
{
	size_t *use = xmalloc((n ? n : 1) * sizeof(*use)), *pool, *test, m = 0, i, min_pool = (size_t)-1;
	unsigned *strat;
	int *fold, f, p;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < n; i++)
		if (model_train_class(rows[i].gold, rows[i].rules) >= 0)
			use[m++] = i;
	if (folds < 2 || folds > MODEL_CURVE_MAX_FOLDS || m < 2 * (size_t)folds) {
		free(use);
		return -1;
	}
	out->folds = folds;
	out->rows = (long)m;
	strat = xmalloc(m * sizeof(*strat));
	fold = xmalloc(m * sizeof(*fold));
	for (i = 0; i < m; i++)
		strat[i] = rows[use[i]].gold;
	assign_folds(strat, m, folds, SEED ^ 0xc0ffee, fold);
	for (f = 0; f < folds; f++) {
		size_t k = 0;
		for (i = 0; i < m; i++)
			k += fold[i] != f;
		if (k < min_pool)
			min_pool = k;
	}
	for (p = 0; p < MODEL_CURVE_POINTS - 1; p++)
		if ((size_t)curve_sizes[p] < min_pool)
			out->pt[out->n_pt++].labels = curve_sizes[p];
	out->pt[out->n_pt++].all = 1;
	pool = xmalloc(m * sizeof(*pool));
	test = xmalloc(m * sizeof(*test));
	for (f = 0; f < folds; f++) {
		size_t np = 0, nt = 0;
		for (i = 0; i < m; i++) {
			if (fold[i] == f)
				test[nt++] = use[i];
			else
				pool[np++] = use[i];
		}
		shuffle(pool, np, SEED + (uint64_t)f);
		curve_fold(c, rows, pool, np, test, nt, f, out);
	}
	for (p = 0; p < out->n_pt; p++)
		if (out->pt[p].all)
			out->pt[p].labels = (out->pt[p].labels + folds / 2) / folds;
	free(use);
	free(strat);
	free(fold);
	free(pool);
	free(test);
	return 0;
}
