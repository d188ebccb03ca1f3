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

static void sift_down(long long *v, size_t root, size_t n)
{
	for (;;) {
		size_t child = 2 * root + 1;
		long long t;
		if (child >= n)
			return;
		if (child + 1 < n && v[child + 1] > v[child])
			child++;
		if (v[root] >= v[child])
			return;
		t = v[root];
		v[root] = v[child];
		v[child] = t;
		root = child;
	}
}

static void heap_sort(long long *v, size_t n)
{
	size_t i;

	for (i = n / 2; i-- > 0;)
		sift_down(v, i, n);
	for (i = n; i-- > 1;) {
		long long t = v[0];
		v[0] = v[i];
		v[i] = t;
		sift_down(v, 0, i);
	}
}

static void intro_sort(long long *v, size_t n, int depth)
{
	while (n > 16) {
		long long a, b, c, pivot;
		size_t i, j;
		if (depth-- == 0) {
			heap_sort(v, n);
			return;
		}
		/* median of three, then Hoare's partition */
		a = v[0];
		b = v[n / 2];
		c = v[n - 1];
		pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
		i = 0;
		j = n - 1;
		for (;;) {
			long long t;
			while (v[i] < pivot)
				i++;
			while (v[j] > pivot)
				j--;
			if (i >= j)
				break;
			t = v[i];
			v[i] = v[j];
			v[j] = t;
			i++;
			j--;
		}
		/* [0, j] <= pivot <= [j + 1, n): recurse on the smaller side, loop on the larger */
		if (j + 1 < n - j - 1) {
			intro_sort(v, j + 1, depth);
			v += j + 1;
			n -= j + 1;
		} else {
			intro_sort(v + j + 1, n - j - 1, depth);
			n = j + 1;
		}
	}
	{
		size_t i, k;
		for (i = 1; i < n; i++) {
			long long t = v[i];
			for (k = i; k > 0 && v[k - 1] > t; k--)
				v[k] = v[k - 1];
			v[k] = t;
		}
	}
}

void sort_ll(long long *v, size_t n)
{
	int depth = 0;
	size_t m;

	for (m = n; m > 1; m >>= 1)
		depth += 2;
	if (n > 1)
		intro_sort(v, n, depth);
}
