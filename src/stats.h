/* stats.h: small statistics for reports: confidence intervals of proportions and Fisher's exact
 * test of a 2x2 table. */
#ifndef REPLYCOV_STATS_H
#define REPLYCOV_STATS_H

#include <stddef.h>

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

#endif
