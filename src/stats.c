/* stats.c: the Wilson score interval (Wilson 1927; Newcombe 1998, method 3) and Fisher's exact
 * test (Fisher 1935; two-sided by summing the tables no more likely than the observed one,
 * as R's fisher.test). No table or distribution function: callers pass the quantile. */
#include "stats.h"
#include "util.h"

#include <math.h>
#include <stdlib.h>

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

/* log C(n, k) */
static double lchoose(double n, double k)
{
	return lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1);
}

void fisher_exact(long a, long b, long c, long d, struct fisher *out)
{
	double r1, r2, c1, *lw, max = -HUGE_VAL, total = 0, less = 0, greater = 0, two = 0, at;
	long lo, hi, x, n;

	a = a < 0 ? 0 : a;
	b = b < 0 ? 0 : b;
	c = c < 0 ? 0 : c;
	d = d < 0 ? 0 : d;
	out->p_less = out->p_greater = out->p_two_sided = 1;
	if (!(a + b) || !(c + d) || !(a + c) || !(b + d))
		return;
	r1 = (double)(a + b);
	r2 = (double)(c + d);
	c1 = (double)(a + c);
	/* X = the count in cell a ranges over [max(0, c1 - r2), min(r1, c1)]. */
	lo = a + c - (c + d) > 0 ? a + c - (c + d) : 0;
	hi = a + b < a + c ? a + b : a + c;
	n = hi - lo + 1;
	lw = xmalloc((size_t)n * sizeof(*lw));
	/* The common factor 1 / C(N, c1) cancels in the normalisation below, and so does most of
	 * lgamma's rounding: every term is computed the same way. */
	for (x = lo; x <= hi; x++) {
		lw[x - lo] = lchoose(r1, (double)x) + lchoose(r2, c1 - (double)x);
		if (lw[x - lo] > max)
			max = lw[x - lo];
	}
	at = exp(lw[a - lo] - max);
	for (x = lo; x <= hi; x++) {
		double w = exp(lw[x - lo] - max);
		total += w;
		if (x <= a)
			less += w;
		if (x >= a)
			greater += w;
		if (w <= at * (1 + 1e-7))
			two += w;
	}
	free(lw);
	out->p_less = less / total > 1 ? 1 : less / total;
	out->p_greater = greater / total > 1 ? 1 : greater / total;
	out->p_two_sided = two / total > 1 ? 1 : two / total;
}
