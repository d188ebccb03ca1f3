/* stats.h: small statistics for reports: confidence intervals of proportions. */
#ifndef REPLYCOV_STATS_H
#define REPLYCOV_STATS_H

/* The Wilson score interval of k successes in n trials at normal quantile z (1.96 for
 * 95%): *lo and *hi in [0, 1]. n == 0 gives [0, 1] (nothing is known); k is clamped to
 * [0, n]. Unlike the normal approximation it stays inside [0, 1] and is not empty at k = 0. */
void wilson_interval(long k, long n, double z, double *lo, double *hi);

#endif
