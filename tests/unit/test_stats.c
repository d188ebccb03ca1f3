/* test_stats.c: Fisher's exact test and the Wilson interval against values worked out by hand
 * (the hypergeometric terms are written out below; R's fisher.test and SciPy's fisher_exact
 * give the same numbers), and against exact enumeration with integer binomials on every small
 * table. */
#include "stats.h"
#include "unit.h"

#include <math.h>
#include <stdlib.h>

static int close_to(double got, double want, double rel)
{
	double d = fabs(got - want);
	return d <= rel * fabs(want) || d < 1e-300;
}

#define CHECK_NEAR(got, want, rel)                                                                                     \
	do {                                                                                                           \
		double g_ = (got), w_ = (want);                                                                        \
		if (close_to(g_, w_, rel))                                                                             \
			unit_pass++;                                                                                   \
		else {                                                                                                 \
			unit_fail++;                                                                                   \
			printf("%s: FAIL %s:%d: %s: got %.17g want %.17g\n", unit_name, __FILE__, __LINE__, #got, g_,  \
			       w_);                                                                                    \
		}                                                                                                      \
	} while (0)

static void hand_computed(void)
{
	struct fisher f;

	/* Lady tasting tea, [[3,1],[1,3]]: N = 8, margins 4 and 4. P(X = x) = C(4,x) C(4,4-x) / 70:
	 * x = 0..4 gives 1, 16, 36, 16, 1 (over 70). Observed x = 3. */
	fisher_exact(3, 1, 1, 3, &f);
	CHECK_NEAR(f.p_less, 69.0 / 70, 1e-12);
	CHECK_NEAR(f.p_greater, 17.0 / 70, 1e-12);   /* R: 0.2429 */
	CHECK_NEAR(f.p_two_sided, 34.0 / 70, 1e-12); /* R: 0.4857 */

	/* [[1,9],[11,3]]: rows 10 and 14, first column 12, N = 24, C(24,12) = 2704156.
	 * x = 0: C(14,12) = 91; x = 1: 10 C(14,11) = 3640; x = 9: C(10,9) C(14,3) = 3640;
	 * x = 10: C(14,2) = 91; every other term is larger (x = 2 and 8: 45045). */
	fisher_exact(1, 9, 11, 3, &f);
	CHECK_NEAR(f.p_less, 3731.0 / 2704156, 1e-10);
	CHECK_NEAR(f.p_two_sided, 7462.0 / 2704156, 1e-10); /* R: 0.002759 */
	CHECK_NEAR(f.p_greater, 1 - 91.0 / 2704156, 1e-12);

	/* SciPy's example [[8,2],[1,5]]: rows 10 and 6, first column 9, C(16,9) = 11440; x = 3..9
	 * gives 120, 1260, 3780, 4200, 1800, 270, 10. Observed 8: two-sided 120 + 270 + 10. */
	fisher_exact(8, 2, 1, 5, &f);
	CHECK_NEAR(f.p_two_sided, 400.0 / 11440, 1e-10); /* SciPy: 0.0349650... */
	CHECK_NEAR(f.p_greater, 280.0 / 11440, 1e-10);
	CHECK_NEAR(f.p_less, 11430.0 / 11440, 1e-12);

	/* Critics answered less: 2 of 10 critics against 8 of 10 others. C(20,10) = 184756;
	 * x = 0: C(10,10)... terms C(10,x) C(10,10-x) = C(10,x)^2: 1, 100, 2025, 14400, 44100, 63504.
	 * P(X <= 2) = (1 + 100 + 2025) / 184756; two-sided doubles it (symmetric). */
	fisher_exact(2, 8, 8, 2, &f);
	CHECK_NEAR(f.p_less, 2126.0 / 184756, 1e-10);
	CHECK_NEAR(f.p_two_sided, 4252.0 / 184756, 1e-10);

	/* Nothing to test: an empty row or column. */
	fisher_exact(0, 0, 3, 4, &f);
	CHECK(f.p_less == 1 && f.p_greater == 1 && f.p_two_sided == 1);
	fisher_exact(5, 0, 7, 0, &f);
	CHECK(f.p_less == 1 && f.p_greater == 1 && f.p_two_sided == 1);
	fisher_exact(0, 0, 0, 0, &f);
	CHECK(f.p_two_sided == 1);
	/* A table at the edge of its support. */
	fisher_exact(0, 5, 5, 0, &f);
	CHECK_NEAR(f.p_less, 1.0 / 252, 1e-12); /* C(10,5) = 252 */
	CHECK_NEAR(f.p_two_sided, 2.0 / 252, 1e-12);
}

static unsigned long long choose(unsigned n, unsigned k)
{
	unsigned long long r = 1;
	unsigned i;

	if (k > n)
		return 0;
	if (k > n - k)
		k = n - k;
	for (i = 1; i <= k; i++)
		r = r * (n - k + i) / i; /* exact: r * (n-k+i) is divisible by i at every step */
	return r;
}

/* Every table with N <= 24, against exact integer enumeration. */
static void enumerate(void)
{
	unsigned a, b, c, d;
	long bad = 0, n = 0;

	for (a = 0; a <= 8; a++)
		for (b = 0; b <= 8; b++)
			for (c = 0; c <= 8; c++)
				for (d = 0; d <= 8 - (a + b + c > 16 ? 8 : 0); d++) {
					unsigned r1 = a + b, r2 = c + d, c1 = a + c, x, lo, hi;
					unsigned long long tot = 0, le = 0, ge = 0, two = 0, obs;
					struct fisher f;
					if (!r1 || !r2 || !c1 || !(b + d))
						continue;
					lo = c1 > r2 ? c1 - r2 : 0;
					hi = r1 < c1 ? r1 : c1;
					obs = choose(r1, a) * choose(r2, c1 - a);
					for (x = lo; x <= hi; x++) {
						unsigned long long w = choose(r1, x) * choose(r2, c1 - x);
						tot += w;
						le += x <= a ? w : 0;
						ge += x >= a ? w : 0;
						two += w <= obs ? w : 0;
					}
					fisher_exact(a, b, c, d, &f);
					n++;
					if (!close_to(f.p_less, (double)le / (double)tot, 1e-9) ||
					    !close_to(f.p_greater, (double)ge / (double)tot, 1e-9) ||
					    !close_to(f.p_two_sided, (double)two / (double)tot, 1e-9)) {
						if (bad++ < 5)
							printf("stats: FAIL fisher(%u,%u,%u,%u)\n", a, b, c, d);
					}
				}
	CHECK(n > 5000);
	CHECK_EQ_LL(bad, 0);
}

/* Large tables: symmetry, and agreement with the hypergeometric recurrence in long double. */
static void large(void)
{
	struct fisher f, g;
	long a = 300, b = 700, c = 350, d = 650, x, lo, hi;
	long double w = 1, tot = 0, le = 0;

	fisher_exact(a, b, c, d, &f);
	fisher_exact(c, d, a, b, &g);
	CHECK_NEAR(f.p_less, g.p_greater, 1e-9);
	CHECK_NEAR(f.p_two_sided, g.p_two_sided, 1e-9);
	/* P(x + 1) / P(x) = (r1 - x)(c1 - x) / ((x + 1)(r2 - c1 + x + 1)), from x = lo. */
	lo = a + c - (c + d) > 0 ? a + c - (c + d) : 0;
	hi = a + b < a + c ? a + b : a + c;
	for (x = lo; x <= hi; x++) {
		tot += w;
		if (x <= a)
			le += w;
		w = w * (long double)((a + b) - x) * (long double)((a + c) - x) /
		    ((long double)(x + 1) * (long double)((c + d) - (a + c) + x + 1));
		if (w > 1e300L) { /* rescale: the ratio is all that matters */
			tot /= 1e300L;
			le /= 1e300L;
			w /= 1e300L;
		}
	}
	CHECK_NEAR(f.p_less, (double)(le / tot), 1e-8);
	/* 30% against 35% of 1,000 each: the exact rationals (sums of integer binomials, computed
	 * once with Python's math.comb) are 0.009642160807256816 and 0.01928432161451363. */
	CHECK_NEAR(f.p_less, 0.009642160807256816, 1e-9);
	CHECK_NEAR(f.p_two_sided, 0.01928432161451363, 1e-9);
	/* A million comments: still a probability, and tiny for a real difference. */
	fisher_exact(400000, 600000, 420000, 580000, &f);
	CHECK(f.p_less >= 0 && f.p_less < 1e-100);
	CHECK(f.p_greater > 0.999999);
	CHECK(f.p_two_sided >= 0 && f.p_two_sided < 1e-100);
}

static void wilson(void)
{
	double lo, hi;

	/* 10 of 20: centre 0.5, half-width 1.96 sqrt(0.0125 + 0.0024010) / 1.19208 = 0.200706. */
	wilson_interval(10, 20, 1.96, &lo, &hi);
	CHECK_NEAR(lo, 0.299294, 1e-5);
	CHECK_NEAR(hi, 0.700706, 1e-5);
	/* 0 of 10: [0, 2 * 0.19208 / 1.38416] = [0, 0.277540]. */
	wilson_interval(0, 10, 1.96, &lo, &hi);
	CHECK(lo == 0);
	CHECK_NEAR(hi, 0.277540, 1e-5);
	/* 10 of 10 mirrors it. */
	wilson_interval(10, 10, 1.96, &lo, &hi);
	CHECK(hi == 1);
	CHECK_NEAR(lo, 1 - 0.277540, 1e-5);
	/* 3 of 4: p 0.75, denom 1.9604, centre (0.75 + 0.4802) / 1.9604 = 0.627525;
	 * half 1.96 sqrt(0.046875 + 0.060025) / 1.9604 = 1.96 * 0.326956 / 1.9604 = 0.326889
	 * -> [0.300636, 0.954414]. */
	wilson_interval(3, 4, 1.96, &lo, &hi);
	CHECK_NEAR(lo, 0.300636, 1e-5);
	CHECK_NEAR(hi, 0.954414, 1e-5);
	wilson_interval(0, 0, 1.96, &lo, &hi);
	CHECK(lo == 0 && hi == 1);
}

static int cmp_ll(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;
	return x < y ? -1 : x > y;
}

/* sort_ll agrees with qsort on sizes 0 to 5,000: few distinct values, sorted, reversed,
 * small and full-range random values. */
static void sorting(void)
{
	unsigned long long x = 12345;
	int t, bad = 0;

	for (t = 0; t < 600; t++) {
		size_t n = t < 100 ? (size_t)t : (size_t)(x % 5000), i;
		long long *a = malloc((n + 1) * sizeof(*a)), *b = malloc((n + 1) * sizeof(*b));
		for (i = 0; i < n; i++) {
			long long v;
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			switch (t % 5) {
			case 0:
				v = (long long)(x % 3);
				break;
			case 1:
				v = (long long)i;
				break;
			case 2:
				v = (long long)(n - i);
				break;
			case 3:
				v = (long long)(x % 1000) - 500;
				break;
			default:
				v = (long long)x;
				break;
			}
			a[i] = b[i] = v;
		}
		sort_ll(a, n);
		qsort(b, n, sizeof(*b), cmp_ll);
		if (n && memcmp(a, b, n * sizeof(*a)))
			bad++;
		free(a);
		free(b);
	}
	CHECK_EQ_LL(bad, 0);
}

int main(void)
{
	unit_name = "stats";
	hand_computed();
	enumerate();
	large();
	wilson();
	sorting();
	return unit_end();
}
