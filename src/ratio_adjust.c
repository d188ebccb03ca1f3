/* ratio_adjust.c: adjusted classify and count (Forman 2008; Gart and Buck 1966 for the matrix
 * form) with intervals from posterior draws of the confusion matrix and of the observed shares.
 * The solve is exact least squares over the simplex: every support of the shares is tried (15
 * for four classes) and the best feasible one kept. No output, no allocation but the draws. */
#include "ratio_adjust.h"
#include "stats.h"
#include "util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Priors, in messages: Jeffreys' half a message for each class of the observed shares; Perks'
 * 1/4 (one over the number of classes) in each cell of M: half a message a cell would add 2
 * imaginary labels to each row, pull M towards "the classifier guesses" and widen every
 * interval (in the simulation of test_ratio_adjust.c, up to 98.6% coverage where 95% is meant;
 * with 1/4, 94-97%). */
#define PRIOR 0.5
#define PRIOR_M (1.0 / CLASS_N)
#define RIDGE 1e-12 /* keeps a singular M solvable; far below any share that is printed */
#define FEASIBLE -1e-12

long confusion_total(const struct confusion *m)
{
	long t = 0;
	int i, j;

	for (i = 0; i < CLASS_N; i++)
		for (j = 0; j < CLASS_N; j++)
			t += m->n[i][j];
	return t;
}

long confusion_right(const struct confusion *m)
{
	long t = 0;
	int i;

	for (i = 0; i < CLASS_N; i++)
		t += m->n[i][i];
	return t;
}

long confusion_row(const struct confusion *m, int cls)
{
	long t = 0;
	int j;

	for (j = 0; j < CLASS_N; j++)
		t += m->n[cls][j];
	return t;
}

void class_tally_add(struct class_tally *t, int channel, int pred, int label)
{
	if (channel < 0 || channel >= RATIO_CHANNELS || pred < 0 || pred >= CLASS_N)
		return;
	if (label >= 0 && label < CLASS_N)
		t->labeled[channel][label][pred]++;
	else
		t->unlabeled[channel][pred]++;
}

void class_tally_confusion(const struct class_tally *t, struct confusion *out)
{
	int ch, l, c;

	memset(out, 0, sizeof(*out));
	for (ch = 0; ch < RATIO_CHANNELS; ch++)
		for (l = 0; l < CLASS_N; l++)
			for (c = 0; c < CLASS_N; c++)
				out->n[l][c] += t->labeled[ch][l][c];
}

void class_tally_pred(const struct class_tally *t, int channel, long pred[CLASS_N])
{
	int l, c;

	for (c = 0; c < CLASS_N; c++) {
		pred[c] = t->unlabeled[channel][c];
		for (l = 0; l < CLASS_N; l++)
			pred[c] += t->labeled[channel][l][c];
	}
}

/* Solve a[0..n) x = b in place by Gaussian elimination with partial pivoting (n <= CLASS_N + 1).
 * Returns 0, or -1 when a pivot vanishes. */
static int gauss(double a[CLASS_N + 1][CLASS_N + 1], double b[CLASS_N + 1], int n)
{
	int i, j, k;

	for (k = 0; k < n; k++) {
		int piv = k;
		for (i = k + 1; i < n; i++)
			if (fabs(a[i][k]) > fabs(a[piv][k]))
				piv = i;
		if (fabs(a[piv][k]) < 1e-300)
			return -1;
		if (piv != k) {
			double t;
			for (j = 0; j < n; j++) {
				t = a[k][j];
				a[k][j] = a[piv][j];
				a[piv][j] = t;
			}
			t = b[k];
			b[k] = b[piv];
			b[piv] = t;
		}
		for (i = k + 1; i < n; i++) {
			double f = a[i][k] / a[k][k];
			for (j = k; j < n; j++)
				a[i][j] -= f * a[k][j];
			b[i] -= f * b[k];
		}
	}
	for (k = n - 1; k >= 0; k--) {
		double s = b[k];
		for (j = k + 1; j < n; j++)
			s -= a[k][j] * b[j];
		b[k] = s / a[k][k];
	}
	return 0;
}

/* The least-squares shares on the classes of mask (sum 1, signs free) into p (0 elsewhere).
 * Returns 0, or -1 when the system is singular. KKT of min |A x - q|^2 + RIDGE |x|^2 subject to
 * sum x = 1, with A = M^T restricted to the mask's columns. */
static int solve_support(const struct confusion_rates *rates, const double q[CLASS_N], unsigned mask, double p[CLASS_N])
{
	const double(*m)[CLASS_N] = rates->m;
	double a[CLASS_N + 1][CLASS_N + 1], b[CLASS_N + 1];
	int idx[CLASS_N], s = 0, i, j, r;

	for (i = 0; i < CLASS_N; i++)
		if (mask & 1u << i)
			idx[s++] = i;
	for (i = 0; i < s; i++) {
		double h = 0;
		for (j = 0; j < s; j++) {
			double g = 0;
			/* (A^T A)[x][y] = sum over predicted classes c of M[x][c] M[y][c] */
			for (r = 0; r < CLASS_N; r++)
				g += m[idx[i]][r] * m[idx[j]][r];
			a[i][j] = g + (i == j ? RIDGE : 0);
		}
		for (r = 0; r < CLASS_N; r++)
			h += m[idx[i]][r] * q[r];
		a[i][s] = 1;
		a[s][i] = 1;
		b[i] = h;
	}
	a[s][s] = 0;
	b[s] = 1;
	if (gauss(a, b, s + 1))
		return -1;
	memset(p, 0, CLASS_N * sizeof(*p));
	for (i = 0; i < s; i++)
		p[idx[i]] = b[i];
	return 0;
}

static double residual(const struct confusion_rates *rates, const double q[CLASS_N], const double p[CLASS_N])
{
	double sum = 0;
	int c, t;

	for (c = 0; c < CLASS_N; c++) {
		double v = -q[c];
		for (t = 0; t < CLASS_N; t++)
			v += rates->m[t][c] * p[t];
		sum += v * v;
	}
	return sum;
}

static int feasible(const double p[CLASS_N])
{
	int i;

	for (i = 0; i < CLASS_N; i++)
		if (!(p[i] >= FEASIBLE))
			return 0;
	return 1;
}

/* Rounding can leave -1e-17 where 0 is meant: shares are clamped and summed to 1 again. */
static void tidy(double p[CLASS_N])
{
	double sum = 0;
	int i;

	for (i = 0; i < CLASS_N; i++) {
		if (p[i] < 0)
			p[i] = 0;
		sum += p[i];
	}
	for (i = 0; i < CLASS_N; i++)
		p[i] = sum > 0 ? p[i] / sum : 1.0 / CLASS_N;
}

void acc_solve(const struct confusion_rates *m, const double q[CLASS_N], double p[CLASS_N])
{
	const unsigned full = (1u << CLASS_N) - 1;
	double cand[CLASS_N], best = HUGE_VAL;
	unsigned mask;
	int found = 0;

	/* The usual case: the exact solution is a set of shares. */
	if (!solve_support(m, q, full, p) && feasible(p)) {
		tidy(p);
		return;
	}
	/* Otherwise the optimum lies on a face of the simplex: each support's own least-squares
	 * point, the feasible one nearest the data wins (ties: the first, by mask). */
	for (mask = 1; mask <= full; mask++) {
		double r;
		if (solve_support(m, q, mask, cand) || !feasible(cand))
			continue;
		tidy(cand);
		r = residual(m, q, cand);
		if (!found || r < best - 1e-15) {
			best = r;
			memcpy(p, cand, sizeof(cand));
			found = 1;
		}
	}
	if (!found) { /* cannot happen: a single class is always a feasible support */
		int i;
		for (i = 0; i < CLASS_N; i++)
			p[i] = q[i];
	}
}

/* The plug-in confusion: each row normalised; a row without labels uniform (the prior's mean). */
static void plug_in(const struct confusion *cm, struct confusion_rates *r)
{
	int t, c;

	for (t = 0; t < CLASS_N; t++) {
		long row = confusion_row(cm, t);
		for (c = 0; c < CLASS_N; c++)
			r->m[t][c] = row ? (double)cm->n[t][c] / (double)row : 1.0 / CLASS_N;
	}
}

static double crit_thanks_of(const double p[CLASS_N])
{
	return p[CLASS_THANKS] > 0 ? p[CLASS_CRITICISM] / p[CLASS_THANKS] : INFINITY;
}

/* Rows of weights (on the scale of messages) into rates; an empty row uniform. */
static void rows_to_rates(double w[CLASS_N][CLASS_N], struct confusion_rates *r)
{
	int t, c;

	for (t = 0; t < CLASS_N; t++) {
		double sum = 0;
		for (c = 0; c < CLASS_N; c++)
			sum += w[t][c];
		for (c = 0; c < CLASS_N; c++)
			r->m[t][c] = sum > 0 ? w[t][c] / sum : 1.0 / CLASS_N;
	}
}

/* The shares of a channel from the weights of its labeled messages by label (known) and of its
 * unlabeled ones by the classifier's class (unl): the labeled count as labeled, the others
 * corrected with M. */
static void combine(const struct confusion_rates *m, const double known[CLASS_N], const double unl[CLASS_N],
                    double p[CLASS_N])
{
	double wl = 0, wu = 0, q[CLASS_N], pu[CLASS_N];
	int k;

	for (k = 0; k < CLASS_N; k++) {
		wl += known[k];
		wu += unl[k];
	}
	if (wu > 0) {
		for (k = 0; k < CLASS_N; k++)
			q[k] = unl[k] / wu;
		acc_solve(m, q, pu);
	} else {
		for (k = 0; k < CLASS_N; k++)
			pu[k] = 0;
	}
	for (k = 0; k < CLASS_N; k++)
		p[k] = wl + wu > 0 ? (known[k] + wu * pu[k]) / (wl + wu) : NAN;
}

/* One posterior draw: M, and for every channel with messages (total[ch] > 0) the weights of
 * its labeled messages by label and of its unlabeled ones by class. Each kind of counted
 * message (channel, classifier's class, label or none) gets a gamma weight from its count: a
 * Bayesian bootstrap, so that with the run's own labels M and the shares move together as they
 * do when the same messages are drawn again. */
static void draw_once(struct rng *rng, const struct class_tally *t, const struct confusion *external,
                      const long total[RATIO_CHANNELS], struct confusion_rates *m,
                      double known[RATIO_CHANNELS][CLASS_N], double unl[RATIO_CHANNELS][CLASS_N])
{
	double w[CLASS_N][CLASS_N], alpha[CLASS_N];
	int ch, l, c;

	if (external)
		for (l = 0; l < CLASS_N; l++) {
			for (c = 0; c < CLASS_N; c++)
				alpha[c] = (double)external->n[l][c] + PRIOR_M;
			rng_dirichlet(rng, alpha, CLASS_N, m->m[l]);
		}
	else
		for (l = 0; l < CLASS_N; l++)
			for (c = 0; c < CLASS_N; c++)
				w[l][c] = rng_gamma(rng, PRIOR_M);
	for (ch = 0; ch < RATIO_CHANNELS; ch++) {
		long u = 0;
		if (!total[ch])
			continue;
		for (c = 0; c < CLASS_N; c++)
			u += t->unlabeled[ch][c];
		for (l = 0; l < CLASS_N; l++)
			known[ch][l] = 0;
		for (c = 0; c < CLASS_N; c++) {
			/* the prior only where there are unlabeled messages to correct */
			unl[ch][c] = u ? rng_gamma(rng, (double)t->unlabeled[ch][c] + PRIOR) : 0;
			for (l = 0; l < CLASS_N; l++) {
				double g = rng_gamma(rng, (double)t->labeled[ch][l][c]);
				known[ch][l] += g;
				if (!external)
					w[l][c] += g;
			}
		}
	}
	if (!external)
		rows_to_rates(w, m);
}

void ratio_adjust(const struct class_tally *t, const struct confusion *external, int draws, uint64_t seed,
                  struct adjusted *out)
{
	struct confusion own;
	const struct confusion *cm = external;
	struct confusion_rates m;
	double known[RATIO_CHANNELS][CLASS_N], unl[RATIO_CHANNELS][CLASS_N], p[CLASS_N], *v;
	long total[RATIO_CHANNELS];
	struct rng rng;
	int k, l, ch, d;
	size_t per_ch = CLASS_N + 1, nd;

	if (!cm) {
		class_tally_confusion(t, &own);
		cm = &own;
	}
	if (draws < 1)
		draws = 1;
	nd = (size_t)draws;
	plug_in(cm, &m);
	for (ch = 0; ch < RATIO_CHANNELS; ch++) {
		total[ch] = 0;
		for (k = 0; k < CLASS_N; k++) {
			unl[ch][k] = (double)t->unlabeled[ch][k];
			known[ch][k] = 0;
			for (l = 0; l < CLASS_N; l++)
				known[ch][k] += (double)t->labeled[ch][k][l];
			total[ch] += t->unlabeled[ch][k];
			for (l = 0; l < CLASS_N; l++)
				total[ch] += t->labeled[ch][k][l];
		}
		if (!total[ch]) {
			for (k = 0; k < CLASS_N; k++)
				out->share[ch][k] = (struct share_ci){NAN, 0, 1};
			out->crit_thanks[ch] = (struct share_ci){NAN, 0, INFINITY};
			continue;
		}
		combine(&m, known[ch], unl[ch], p);
		for (k = 0; k < CLASS_N; k++)
			out->share[ch][k].est = p[k];
		out->crit_thanks[ch].est = p[CLASS_THANKS] > 0 ? p[CLASS_CRITICISM] / p[CLASS_THANKS] : NAN;
	}

	/* v holds, channel by channel, the draws of each class and then the ratio's */
	v = xmalloc(RATIO_CHANNELS * per_ch * nd * sizeof(*v));
	rng_seed(&rng, seed);
	for (d = 0; d < draws; d++) {
		draw_once(&rng, t, external, total, &m, known, unl);
		for (ch = 0; ch < RATIO_CHANNELS; ch++) {
			double *at = v + (size_t)ch * per_ch * nd;
			if (!total[ch])
				continue;
			combine(&m, known[ch], unl[ch], p);
			for (k = 0; k < CLASS_N; k++)
				at[(size_t)k * nd + (size_t)d] = p[k];
			at[(size_t)CLASS_N * nd + (size_t)d] = crit_thanks_of(p);
		}
	}
	for (ch = 0; ch < RATIO_CHANNELS; ch++) {
		if (!total[ch])
			continue;
		for (k = 0; k <= CLASS_N; k++) {
			double *col = v + ((size_t)ch * per_ch + (size_t)k) * nd;
			struct share_ci *o = k < CLASS_N ? &out->share[ch][k] : &out->crit_thanks[ch];
			sort_doubles(col, nd);
			o->lo = quantile_sorted(col, nd, 0.025);
			o->hi = quantile_sorted(col, nd, 0.975);
		}
	}
	free(v);
}
