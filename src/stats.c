/* stats.c: the Wilson score interval (Wilson 1927; Newcombe 1998, method 3). No table or
 * distribution function: callers pass the quantile. */
#include "stats.h"

#include <math.h>

void wilson_interval(long k, long n, double z, double *lo, double *hi)
{
	double p, z2, denom, centre, half;

	if (n <= 0) {
		*lo = 0;
		*hi = 1;
		return;
	}
	if (k < 0)
		k = 0;
	if (k > n)
		k = n;
	p = (double)k / (double)n;
	z2 = z * z;
	denom = 1 + z2 / (double)n;
	centre = (p + z2 / (2.0 * (double)n)) / denom;
	half = z * sqrt(p * (1 - p) / (double)n + z2 / (4.0 * (double)n * (double)n)) / denom;
	*lo = centre - half < 0 ? 0 : centre - half;
	*hi = centre + half > 1 ? 1 : centre + half;
	/* At k = 0 and k = n the bound is exactly 0 or 1; rounding must not say otherwise. */
	if (k == 0)
		*lo = 0;
	if (k == n)
		*hi = 1;
}
