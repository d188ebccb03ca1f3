/* stats.h: small statistics for reports: confidence intervals of proportions and Fisher's exact
 * test of a 2x2 table, a seeded random generator with the draws the
 * intervals of corrected shares need (ratio_adjust.h), and quantiles of a sample. */
#ifndef REPLYCOV_STATS_H
#define REPLYCOV_STATS_H

#include <stddef.h>
#include <stdint.h>

/* The Wilson score interval of k successes in n trials at normal quantile z (1.96 for
 * 95%): *lo and *hi in [0, 1]. n == 0 gives [0, 1] (nothing is known); k is clamped to
 * [0, n]. Unlike the normal approximation it stays inside [0, 1] and is not empty at k = 0. */
void wilson_interval(long k, long n, double z, double *lo, double *hi);

/* Fisher's exact test of the 2x2 table
 *            success  failure
 *   group 1     a        b
 *   group 2     c        d
 * conditional on its margins: the count in cell a then follows the hypergeometric law.
 *   p_less:      P(X <= a), small when group 1 succeeds less than group 2 (odds ratio < 1)
 *   p_greater:   P(X >= a), small when group 1 succeeds more
 *   p_two_sided: the sum of P(X = x) over every x no more likely than a (times 1 + 1e-7 to
 *                absorb rounding, as R's fisher.test and SciPy do)
 * Probabilities come from log-factorials (lgamma) normalised over the whole support, so
 * tables of millions stay accurate; the cost is linear in the support. Negative counts are
 * taken as 0. A table with an empty row or column gives 1 for all three (nothing to test). */
struct fisher {
	double p_less, p_greater, p_two_sided;
};
void fisher_exact(long a, long b, long c, long d, struct fisher *out);

/* Sort v ascending in place (introsort: quicksort, heapsort past a depth limit, insertion
 * sort for short runs). Unlike qsort, which merges through a copy as large as the array, it
 * allocates nothing: the waits of a whole run are sorted at the run's peak of memory. */
void sort_ll(long long *v, size_t n);

/* A seeded pseudo-random generator (xoshiro256**, Blackman and Vigna 2018, seeded through
 * splitmix64): the same seed gives the same numbers on every machine, so outputs made from
 * draws (intervals from posterior draws) are the same bytes for the same inputs. */
struct rng {
	uint64_t s[4];
};
void rng_seed(struct rng *r, uint64_t seed);
uint64_t rng_next(struct rng *r);
/* Uniform in the open interval (0, 1) (53 random bits; never 0, never 1). */
double rng_uniform(struct rng *r);
/* Uniform integer in [0, n); n > 0 (Lemire's multiply-shift with rejection, unbiased). */
uint64_t rng_below(struct rng *r, uint64_t n);
/* Standard normal (Marsaglia's polar method; the spare value is not kept, so a draw depends
 * only on the generator's state). */
double rng_normal(struct rng *r);
/* Gamma(shape, 1), shape > 0 (Marsaglia and Tsang 2000; shape < 1 through
 * Gamma(shape + 1) * U^(1/shape)). A shape <= 0 gives 0. */
double rng_gamma(struct rng *r, double shape);
/* A draw from the Dirichlet distribution with parameters alpha[0..k) (each > 0) into out[0..k):
 * normalised gamma draws. */
void rng_dirichlet(struct rng *r, const double *alpha, size_t k, double *out);

/* The q-quantile (0 <= q <= 1) of v[0..n) sorted ascending, by linear interpolation between
 * closest ranks (Hyndman and Fan type 7, as R's default and NumPy's); infinities allowed
 * (an interpolation touching one gives it). n == 0 gives NaN. */
double quantile_sorted(const double *v, size_t n, double q);
/* Sort v[0..n) ascending (no NaN expected; infinities go to their ends). */
void sort_doubles(double *v, size_t n);

#endif
