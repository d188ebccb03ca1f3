/* stats.c: the Wilson score interval (Wilson 1927; Newcombe 1998, method 3) and Fisher's exact
 * test (Fisher 1935; two-sided by summing the tables no more likely than the observed one,
 * as R's fisher.test). No table or distribution function: callers pass the quantile. The random
 * draws (xoshiro256**, gamma, Dirichlet) and sample quantiles serve the intervals of corrected
 * shares (ratio_adjust.c). */
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

static uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

void rng_seed(struct rng *r, uint64_t seed)
{
	int i;

	/* splitmix64 never gives four zero words, the one state xoshiro cannot leave */
	for (i = 0; i < 4; i++)
		r->s[i] = splitmix64(&seed);
}

uint64_t rng_next(struct rng *r)
{
	uint64_t *s = r->s, result = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

double rng_uniform(struct rng *r)
{
	/* (k + 0.5) / 2^53 for k in [0, 2^53): strictly inside (0, 1) */
	return ((double)(rng_next(r) >> 11) + 0.5) * (1.0 / 9007199254740992.0);
}

uint64_t rng_below(struct rng *r, uint64_t n)
{
	/* the high word of a 64x64 product, without a 128-bit type: rejection on the low bits
	 * keeps it unbiased (Lemire 2019), done here with 32-bit halves for n < 2^32 and a plain
	 * modulo-free rejection loop otherwise */
	if (n <= 0xffffffffu) {
		uint64_t threshold = (0x100000000u - n) % n;
		for (;;) {
			uint64_t x = rng_next(r) >> 32, m = x * n;
			if ((m & 0xffffffffu) >= threshold)
				return m >> 32;
		}
	}
	for (;;) {
		uint64_t x = rng_next(r), limit = UINT64_MAX - UINT64_MAX % n;
		if (x < limit)
			return x % n;
	}
}

double rng_normal(struct rng *r)
{
	for (;;) {
		double u = 2 * rng_uniform(r) - 1, v = 2 * rng_uniform(r) - 1, s = u * u + v * v;
		if (s > 0 && s < 1)
			return u * sqrt(-2 * log(s) / s);
	}
}

double rng_gamma(struct rng *r, double shape)
{
	double d, c;

	if (!(shape > 0))
		return 0;
	if (shape < 1) {
		/* Gamma(a) = Gamma(a + 1) U^(1/a) (Marsaglia and Tsang, section 6) */
		double g = rng_gamma(r, shape + 1);
		return g * pow(rng_uniform(r), 1 / shape);
	}
	d = shape - 1.0 / 3;
	c = 1 / sqrt(9 * d);
	for (;;) {
		double x, v, u;
		do {
			x = rng_normal(r);
			v = 1 + c * x;
		} while (v <= 0);
		v = v * v * v;
		u = rng_uniform(r);
		if (u < 1 - 0.0331 * x * x * x * x || log(u) < 0.5 * x * x + d * (1 - v + log(v)))
			return d * v;
	}
}

void rng_dirichlet(struct rng *r, const double *alpha, size_t k, double *out)
{
	double sum = 0;
	size_t i;

	for (i = 0; i < k; i++)
		sum += out[i] = rng_gamma(r, alpha[i]);
	if (!(sum > 0)) {
		/* every gamma underflowed (tiny shapes): the mass goes to the largest parameter */
		size_t best = 0;
		for (i = 0; i < k; i++) {
			out[i] = 0;
			if (alpha[i] > alpha[best])
				best = i;
		}
		if (k)
			out[best] = 1;
		return;
	}
	for (i = 0; i < k; i++)
		out[i] /= sum;
}

double quantile_sorted(const double *v, size_t n, double q)
{
	double h, lo_w;
	size_t lo;

	if (!n)
		return NAN;
	if (q <= 0)
		return v[0];
	if (q >= 1)
		return v[n - 1];
	h = q * (double)(n - 1);
	lo = (size_t)h;
	if (lo + 1 >= n)
		return v[n - 1];
	lo_w = h - (double)lo;
	if (lo_w == 0)
		return v[lo];
	if (isinf(v[lo + 1]) || isinf(v[lo]))
		return isinf(v[lo + 1]) ? v[lo + 1] : v[lo];
	return v[lo] + lo_w * (v[lo + 1] - v[lo]);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

void sort_doubles(double *v, size_t n)
{
	if (n > 1)
		qsort(v, n, sizeof(*v), cmp_double);
}
