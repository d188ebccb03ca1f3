/* test_ratio_adjust.c: the corrected ratio (ratio_adjust.c) and the random draws under it
 * (stats.c). The solve against known answers and a brute-force search over the simplex; the
 * estimate exact when every message is labeled; and a simulation with a known confusion matrix:
 * over many draws of messages and labels (fixed seed), how often the 95% intervals hold the
 * true share, printed and required to lie in 93-97%. */
#include "ratio_adjust.h"
#include "stats.h"
#include "unit.h"

#include <math.h>
#include <stdlib.h>

#define CHECK_NEAR(got, want, tol)                                                                                     \
	do {                                                                                                           \
		double g_ = (got), w_ = (want);                                                                        \
		if (fabs(g_ - w_) <= (tol))                                                                            \
			unit_pass++;                                                                                   \
		else {                                                                                                 \
			unit_fail++;                                                                                   \
			printf("%s: FAIL %s:%d: %s: got %.12g want %.12g\n", unit_name, __FILE__, __LINE__, #got, g_,  \
			       w_);                                                                                    \
		}                                                                                                      \
	} while (0)

/* A classifier that is right 70-85% of the time and errs as ours does: criticism taken for
 * questions, questions for criticism, thanks for other, other for criticism (rows: label). */
static const struct confusion_rates known = {{
    {0.80, 0.12, 0.03, 0.05},
    {0.10, 0.82, 0.02, 0.06},
    {0.04, 0.03, 0.78, 0.15},
    {0.12, 0.10, 0.08, 0.70},
}};

/* The same as counts of 100 labeled messages a class. */
static const struct confusion known_counts = {{
    {80, 12, 3, 5},
    {10, 82, 2, 6},
    {4, 3, 78, 15},
    {12, 10, 8, 70},
}};

static void apply(const struct confusion_rates *r, const double p[CLASS_N], double q[CLASS_N])
{
	int t, c;

	for (c = 0; c < CLASS_N; c++) {
		q[c] = 0;
		for (t = 0; t < CLASS_N; t++)
			q[c] += r->m[t][c] * p[t];
	}
}

static double resid(const struct confusion_rates *r, const double q[CLASS_N], const double p[CLASS_N])
{
	double got[CLASS_N], s = 0;
	int c;

	apply(r, p, got);
	for (c = 0; c < CLASS_N; c++)
		s += (got[c] - q[c]) * (got[c] - q[c]);
	return s;
}

static int in_simplex(const double p[CLASS_N])
{
	double s = 0;
	int k;

	for (k = 0; k < CLASS_N; k++) {
		if (!(p[k] >= 0 && p[k] <= 1))
			return 0;
		s += p[k];
	}
	return fabs(s - 1) < 1e-12;
}

static void solve_exact(void)
{
	static const double truth[CLASS_N] = {0.40, 0.25, 0.20, 0.15};
	struct confusion_rates id = {{{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}}};
	double q[CLASS_N], p[CLASS_N];
	int k;

	/* q = M^T p has one answer: the solve finds it */
	apply(&known, truth, q);
	acc_solve(&known, q, p);
	for (k = 0; k < CLASS_N; k++)
		CHECK_NEAR(p[k], truth[k], 1e-9);
	/* a perfect classifier corrects nothing */
	acc_solve(&id, truth, p);
	for (k = 0; k < CLASS_N; k++)
		CHECK_NEAR(p[k], truth[k], 1e-12);
	/* a true share of 0 is found, not pushed negative */
	{
		static const double zero_other[CLASS_N] = {0.5, 0.3, 0.2, 0};
		apply(&known, zero_other, q);
		acc_solve(&known, q, p);
		for (k = 0; k < CLASS_N; k++)
			CHECK_NEAR(p[k], zero_other[k], 1e-9);
	}
}

/* Observed shares no set of true shares explains (the classifier says criticism less often than
 * even a world without criticism would make it say): the solve must be the nearest point of the
 * simplex, checked against every point of a grid with step 1/60. */
static void solve_nearest(void)
{
	static const double qs[][CLASS_N] = {
	    {0.02, 0.50, 0.40, 0.08},
	    {0.00, 0.00, 0.00, 1.00},
	    {0.70, 0.30, 0.00, 0.00},
	    {0.25, 0.25, 0.25, 0.25},
	};
	/* two labels the classifier cannot tell apart: a singular M */
	static const struct confusion_rates singular = {{
	    {0.6, 0.2, 0.1, 0.1},
	    {0.6, 0.2, 0.1, 0.1},
	    {0.1, 0.1, 0.7, 0.1},
	    {0.1, 0.1, 0.1, 0.7},
	}};
	const struct confusion_rates *ms[] = {&known, &singular};
	size_t i, j;
	int a, b, c;
	const int steps = 60;

	for (j = 0; j < 2; j++)
		for (i = 0; i < sizeof(qs) / sizeof(qs[0]); i++) {
			double p[CLASS_N], best = HUGE_VAL;
			acc_solve(ms[j], qs[i], p);
			CHECK(in_simplex(p));
			for (a = 0; a <= steps; a++)
				for (b = 0; a + b <= steps; b++)
					for (c = 0; a + b + c <= steps; c++) {
						double g[CLASS_N] = {(double)a / steps, (double)b / steps,
						                     (double)c / steps,
						                     (double)(steps - a - b - c) / steps};
						double r = resid(ms[j], qs[i], g);
						if (r < best)
							best = r;
					}
			if (!(resid(ms[j], qs[i], p) <= best + 1e-12))
				printf("%s: matrix %zu shares %zu: residual %.3g, grid %.3g\n", unit_name, j, i,
				       resid(ms[j], qs[i], p), best);
			CHECK(resid(ms[j], qs[i], p) <= best + 1e-12);
		}
}

/* Every message labeled: the plug-in estimate is the labels' shares exactly (sum over labels
 * of n[t][c] / n[t] * n[t] / N = the classifier's share of c), and the tally adds up. */
static void all_labeled(void)
{
	static const int msgs[][2] = {{0, 0}, {0, 0}, {0, 1}, {0, 3}, {1, 1}, {1, 1}, {1, 0}, {2, 2},
	                              {2, 2}, {2, 3}, {2, 2}, {3, 3}, {3, 0}, {3, 3}, {0, 0}, {1, 1}};
	struct class_tally t = {0};
	struct confusion cm;
	struct adjusted a;
	long truth[CLASS_N] = {0}, pred[CLASS_N];
	size_t i;
	int k;

	for (i = 0; i < sizeof(msgs) / sizeof(msgs[0]); i++) {
		class_tally_add(&t, 0, msgs[i][1], msgs[i][0]);
		truth[msgs[i][0]]++;
	}
	class_tally_add(&t, 7, 0, 0); /* no such channel: ignored */
	class_tally_add(&t, 1, 2, -1);
	class_tally_confusion(&t, &cm);
	CHECK_EQ_LL(confusion_total(&cm), 16);
	CHECK_EQ_LL(confusion_right(&cm), 11);
	CHECK_EQ_LL(confusion_row(&cm, 2), 4);
	CHECK_EQ_LL(t.unlabeled[1][2], 1);
	class_tally_pred(&t, 0, pred);
	CHECK_EQ_LL(pred[0], 5);
	CHECK_EQ_LL(pred[3], 4);
	ratio_adjust(&t, NULL, 500, 1, &a);
	for (k = 0; k < CLASS_N; k++) {
		CHECK_NEAR(a.share[0][k].est, (double)truth[k] / 16, 1e-9);
		CHECK(a.share[0][k].lo <= a.share[0][k].hi && a.share[0][k].lo >= 0 && a.share[0][k].hi <= 1);
	}
	CHECK_NEAR(a.crit_thanks[0].est, (double)truth[0] / (double)truth[2], 1e-9);
	CHECK(a.crit_thanks[0].lo <= a.crit_thanks[0].est && a.crit_thanks[0].est <= a.crit_thanks[0].hi);
	/* one message in private, classified thanks: the labels say how thanks are misread, but
	 * thanks is what they make most of it */
	CHECK(a.share[1][2].est > 0.5);
	/* a private channel fully labeled, its errors unlike the public ones: its shares are
	 * still its labels' own (the pooled M corrects only what is not labeled) */
	{
		struct class_tally two = t;
		two.unlabeled[1][2] = 0;
		class_tally_add(&two, 1, 0, 2);
		class_tally_add(&two, 1, 0, 2);
		class_tally_add(&two, 1, 3, 1);
		class_tally_add(&two, 1, 1, 1);
		ratio_adjust(&two, NULL, 500, 1, &a);
		CHECK_NEAR(a.share[1][0].est, 0, 1e-12);
		CHECK_NEAR(a.share[1][1].est, 0.5, 1e-12);
		CHECK_NEAR(a.share[1][2].est, 0.5, 1e-12);
		CHECK_NEAR(a.share[0][0].est, (double)truth[0] / 16, 1e-9);
		/* the same with a confusion matrix of another labeled set: labeled messages still
		 * count as labeled */
		ratio_adjust(&two, &known_counts, 500, 1, &a);
		CHECK_NEAR(a.share[1][1].est, 0.5, 1e-12);
		CHECK_NEAR(a.share[0][0].est, (double)truth[0] / 16, 1e-9);
	}
	/* nothing counted in a channel: nothing estimated there */
	{
		struct class_tally empty = {0};
		class_tally_add(&empty, 0, 1, -1);
		ratio_adjust(&empty, &cm, 100, 1, &a);
		CHECK(isnan(a.share[1][0].est) && a.share[1][0].lo == 0 && a.share[1][0].hi == 1);
		CHECK(isnan(a.crit_thanks[1].est) && isinf(a.crit_thanks[1].hi));
		CHECK(!isnan(a.share[0][1].est));
	}
}

/* The same counts and seed give the same numbers; another seed moves the bounds a little. */
static void deterministic(void)
{
	struct class_tally t = {{{120, 80, 60, 40}, {10, 20, 70, 30}}, {{{0}}}};
	struct confusion cm = {{{30, 5, 1, 2}, {4, 25, 1, 2}, {1, 1, 20, 5}, {3, 2, 2, 12}}};
	struct adjusted a, b, c;
	int k, ch, same = 1, differ = 0;

	ratio_adjust(&t, &cm, 2000, 42, &a);
	ratio_adjust(&t, &cm, 2000, 42, &b);
	ratio_adjust(&t, &cm, 2000, 43, &c);
	for (ch = 0; ch < RATIO_CHANNELS; ch++) {
		for (k = 0; k < CLASS_N; k++) {
			const struct share_ci *x = &a.share[ch][k], *y = &b.share[ch][k], *z = &c.share[ch][k];
			same &= x->est == y->est && x->lo == y->lo && x->hi == y->hi;
			differ |= x->lo != z->lo;
			CHECK(x->est == z->est); /* the estimate does not depend on the draws */
			CHECK(fabs(x->lo - z->lo) < 0.02 && fabs(x->hi - z->hi) < 0.02);
			CHECK(x->lo <= x->est && x->est <= x->hi);
		}
		same &= a.crit_thanks[ch].lo == b.crit_thanks[ch].lo && a.crit_thanks[ch].hi == b.crit_thanks[ch].hi;
	}
	CHECK(same);
	CHECK(differ);
}

/* The generator: uniform in (0, 1), gamma and Dirichlet moments over many draws. */
static void draws(void)
{
	static const double shapes[] = {0.5, 1, 3.5, 200};
	struct rng r;
	double sum = 0, lo = 1, hi = 0;
	size_t i, k;
	const size_t n = 200000;
	uint64_t below[5] = {0};

	rng_seed(&r, 7);
	for (i = 0; i < n; i++) {
		double u = rng_uniform(&r);
		sum += u;
		lo = u < lo ? u : lo;
		hi = u > hi ? u : hi;
		below[rng_below(&r, 5)]++;
	}
	CHECK(lo > 0 && hi < 1);
	CHECK_NEAR(sum / (double)n, 0.5, 0.003);
	for (k = 0; k < 5; k++)
		CHECK_NEAR((double)below[k] / (double)n, 0.2, 0.004);
	for (k = 0; k < sizeof(shapes) / sizeof(shapes[0]); k++) {
		double s1 = 0, s2 = 0, a = shapes[k];
		for (i = 0; i < n; i++) {
			double g = rng_gamma(&r, a);
			s1 += g;
			s2 += g * g;
		}
		s1 /= (double)n;
		s2 = s2 / (double)n - s1 * s1;
		/* mean and variance are both the shape; 5 standard errors */
		CHECK_NEAR(s1, a, 5 * sqrt(a / (double)n));
		CHECK_NEAR(s2 / a, 1, 5 * sqrt(2.0 / (double)n) * (1 + 6 / a));
	}
	{
		double alpha[3] = {2, 5, 13}, mean[3] = {0}, v[3];
		int sums = 1;
		for (i = 0; i < n / 4; i++) {
			rng_dirichlet(&r, alpha, 3, v);
			for (k = 0; k < 3; k++)
				mean[k] += v[k];
			sums &= fabs(v[0] + v[1] + v[2] - 1) < 1e-12;
		}
		CHECK(sums);
		for (k = 0; k < 3; k++)
			CHECK_NEAR(mean[k] / (double)(n / 4), alpha[k] / 20, 0.003);
	}
	{
		double v[5] = {1, 2, 3, 4, INFINITY};
		CHECK_NEAR(quantile_sorted(v, 4, 0.5), 2.5, 1e-12);
		CHECK_NEAR(quantile_sorted(v, 4, 0.025), 1.075, 1e-12);
		CHECK(isinf(quantile_sorted(v, 5, 0.975)));
		CHECK_NEAR(quantile_sorted(v, 5, 0.5), 3, 1e-12);
		CHECK(isnan(quantile_sorted(v, 0, 0.5)));
	}
}

static int draw_class(struct rng *r, const double *p)
{
	double u = rng_uniform(r), acc = 0;
	int k;

	for (k = 0; k < CLASS_N - 1; k++) {
		acc += p[k];
		if (u < acc)
			return k;
	}
	return CLASS_N - 1;
}

struct scenario {
	const char *name;
	double truth[CLASS_N]; /* the true shares of the counted messages */
	long counted;          /* messages counted */
	long labeled;          /* labeled messages */
	int external;          /* 0: the labeled ones are among the counted; 1: a set of their own */
	double ext[CLASS_N];   /* the classes of that set */
};

/* How often the intervals hold the truth over reps simulated runs: cover[k] for each class's
 * share, cover[CLASS_N] for criticism-to-thanks. */
static void simulate(const struct scenario *sc, int reps, int ndraws, uint64_t seed, double cover[CLASS_N + 1])
{
	struct rng r;
	long hits[CLASS_N + 1] = {0};
	double ratio_true = sc->truth[CLASS_CRITICISM] / sc->truth[CLASS_THANKS];
	int rep, k;

	rng_seed(&r, seed);
	for (rep = 0; rep < reps; rep++) {
		struct class_tally t = {0};
		struct confusion cm = {0};
		struct adjusted a;
		long i;
		for (i = 0; i < sc->counted; i++) {
			int l = draw_class(&r, sc->truth), c = draw_class(&r, known.m[l]);
			/* messages come in no order: the first ones are a random sample */
			class_tally_add(&t, 0, c, !sc->external && i < sc->labeled ? l : -1);
		}
		if (sc->external)
			for (i = 0; i < sc->labeled; i++) {
				int l = draw_class(&r, sc->ext);
				cm.n[l][draw_class(&r, known.m[l])]++;
			}
		ratio_adjust(&t, sc->external ? &cm : NULL, ndraws, (uint64_t)rep + 1, &a);
		for (k = 0; k < CLASS_N; k++)
			hits[k] += a.share[0][k].lo <= sc->truth[k] && sc->truth[k] <= a.share[0][k].hi;
		hits[CLASS_N] += a.crit_thanks[0].lo <= ratio_true && ratio_true <= a.crit_thanks[0].hi;
	}
	for (k = 0; k <= CLASS_N; k++)
		cover[k] = (double)hits[k] / reps;
}

static void coverage(void)
{
	static const struct scenario sc[] = {
	    {"200 labels among 2000 messages", {0.35, 0.30, 0.20, 0.15}, 2000, 200, 0, {0}},
	    {"120 labels among 600 messages", {0.45, 0.20, 0.25, 0.10}, 600, 120, 0, {0}},
	    {"300 labels of their own (--confusion), 5000 messages",
	     {0.30, 0.35, 0.15, 0.20},
	     5000,
	     300,
	     1,
	     {0.25, 0.25, 0.25, 0.25}},
	};
	/* 2000 runs: a coverage of 95% is measured within 0.5% (one standard error); 500 draws an
	 * interval (ratio uses 4000) keep the whole simulation to a few seconds. */
	const int reps = 2000, ndraws = 500;
	size_t i;
	int k;

	for (i = 0; i < sizeof(sc) / sizeof(sc[0]); i++) {
		double cover[CLASS_N + 1];
		simulate(&sc[i], reps, ndraws, 1000 + i, cover);
		printf("%s: coverage of the 95%% intervals, %s, %d runs:", unit_name, sc[i].name, reps);
		for (k = 0; k < CLASS_N; k++)
			printf(" %s %.1f%%", class_name((enum msg_class)k), 100 * cover[k]);
		printf(", crit:thanks %.1f%%\n", 100 * cover[CLASS_N]);
		for (k = 0; k < CLASS_N; k++)
			CHECK(cover[k] >= 0.93 && cover[k] <= 0.97);
		/* A ratio of two shares is skewed, and with about 30 labels a class its percentile
		 * interval errs on the wide side (about 97% in the second case): allowed up to 98%. */
		CHECK(cover[CLASS_N] >= 0.93 && cover[CLASS_N] <= 0.98);
	}
}

int main(void)
{
	unit_name = "ratio_adjust";
	solve_exact();
	solve_nearest();
	all_labeled();
	deterministic();
	draws();
	coverage();
	return unit_end();
}
