/* test_suppress.c: --min-cell's secondary suppression (privacy_suppress) on hand-made tables.
 * Each table is checked by brute force, independently of the function's own reasoning: every
 * assignment of the hidden cells a reader could try (a count shown "<K" is 1..K-1, a withheld
 * one any number up to a bound) is tried against the shown cells and the table's sums, and each
 * small count must keep at least two possible values. The cases: a table of counts with its row
 * and column totals, two small counts in one line whose sum alone would give them back, a small
 * count only a zero can cover, a total published elsewhere (fixed), a table that cannot be
 * protected (said, not hidden), no --min-cell, and a sum the values do not satisfy. */
#include "privacy.h"
#include "unit.h"

#include <stdlib.h>

#define MAXC 40
#define BOUND 60 /* the largest value a withheld cell is tried at */

struct brute {
	const struct privacy_table *t;
	long k;
	size_t hid[MAXC], n_hid;
	long val[MAXC];
	unsigned char seen[MAXC][BOUND + 1]; /* values a hidden cell took in some solution */
	long solutions;
};

/* Every relation holds for the values in b->val (shown cells keep theirs). */
static int holds(const struct brute *b)
{
	const struct privacy_table *t = b->t;
	size_t r, k;

	for (r = 0; r < t->n_rels; r++) {
		long long s = 0;
		for (k = 0; k < t->rels[r].len; k++) {
			const struct privacy_term *x = &t->terms[t->rels[r].start + k];
			s += (long long)x->coef * b->val[x->cell];
		}
		if (s != t->rels[r].c)
			return 0;
	}
	return 1;
}

static void try_all(struct brute *b, size_t i)
{
	size_t c;
	long v, lo, hi;

	if (i == b->n_hid) {
		if (!holds(b))
			return;
		b->solutions++;
		for (c = 0; c < b->n_hid; c++)
			b->seen[c][b->val[b->hid[c]]] = 1;
		return;
	}
	c = b->hid[i];
	lo = b->t->state[c] == PRIVACY_SMALL ? 1 : 0;
	hi = b->t->state[c] == PRIVACY_SMALL ? b->k - 1 : BOUND;
	for (v = lo; v <= hi; v++) {
		b->val[c] = v;
		try_all(b, i + 1);
	}
	b->val[c] = b->t->value[c];
}

/* The number of small counts a reader can work out exactly (0 when the table is safe); the true
 * values must be one of the solutions. */
static int pinned(const struct privacy_table *t, long k)
{
	struct brute *b = calloc(1, sizeof(*b));
	size_t i;
	int n = 0;

	b->t = t;
	b->k = k;
	for (i = 0; i < t->n; i++) {
		b->val[i] = t->value[i];
		if (t->state[i] != PRIVACY_SHOWN)
			b->hid[b->n_hid++] = i;
	}
	CHECK(b->n_hid <= 8); /* the brute force stays quick */
	try_all(b, 0);
	CHECK(b->solutions >= 1);
	for (i = 0; i < b->n_hid; i++) {
		int vals = 0, v;
		if (t->state[b->hid[i]] != PRIVACY_SMALL)
			continue;
		for (v = 0; v <= BOUND; v++)
			vals += b->seen[i][v];
		if (vals < 2)
			n++;
	}
	free(b);
	return n;
}

/* A grid of rows x cols counts with the total of each row and column and the grand total, all
 * in the table: cell (r, c) is r * (cols + 1) + c, the row total is column cols, the last row
 * the column totals. */
static void grid(struct privacy_table *t, const long *v, size_t rows, size_t cols)
{
	size_t r, c, parts[MAXC];

	for (r = 0; r <= rows; r++)
		for (c = 0; c <= cols; c++) {
			long x = 0;
			size_t i;
			if (r < rows && c < cols)
				x = v[r * cols + c];
			else if (r < rows)
				for (i = 0; i < cols; i++)
					x += v[r * cols + i];
			else if (c < cols)
				for (i = 0; i < rows; i++)
					x += v[i * cols + c];
			else
				for (i = 0; i < rows * cols; i++)
					x += v[i];
			privacy_table_add(t, x, 0);
		}
	for (r = 0; r <= rows; r++) {
		for (c = 0; c < cols; c++)
			parts[c] = r * (cols + 1) + c;
		CHECK(privacy_table_sum(t, r * (cols + 1) + cols, parts, cols));
	}
	for (c = 0; c <= cols; c++) {
		for (r = 0; r < rows; r++)
			parts[r] = r * (cols + 1) + c;
		CHECK(privacy_table_sum(t, rows * (cols + 1) + c, parts, rows));
	}
}

static int count_state(const struct privacy_table *t, int st)
{
	size_t i;
	int n = 0;

	for (i = 0; i < t->n; i++)
		n += t->state[i] == st;
	return n;
}

/* Status by class as the post-mortem shows it: one small count in a row and in a column. */
static void one_small(void)
{
	static const long v[] = {12, 3, 20, 8, 15, 9};
	struct privacy pv = {NULL, 5, 0};
	struct privacy_table t;
	size_t i;

	privacy_table_init(&t);
	grid(&t, v, 2, 3);
	CHECK_EQ_LL(privacy_suppress(&pv, &t), 0);
	CHECK_EQ_LL(t.state[1], PRIVACY_SMALL);
	CHECK_EQ_LL(count_state(&t, PRIVACY_SMALL), 1);
	/* the row and the column of the 3 each lose one more cell: the 3 alone would be 35 - 12 - 20 */
	CHECK(count_state(&t, PRIVACY_WITHHELD) >= 2);
	CHECK_EQ_LL(pinned(&t, 5), 0);
	/* nothing about people is hidden for nothing: every count not needed stays */
	for (i = 0; i < t.n; i++)
		if (t.state[i] == PRIVACY_SHOWN)
			CHECK(t.value[i] == 0 || t.value[i] >= 5);
	privacy_table_release(&t);
}

/* Without secondary suppression the same table gives the small count back: the brute force
 * sees it (the test can fail). */
static void brute_force_sees(void)
{
	static const long v[] = {12, 3, 20, 8, 15, 9};
	struct privacy_table t;

	privacy_table_init(&t);
	grid(&t, v, 2, 3);
	t.state[1] = PRIVACY_SMALL;
	CHECK_EQ_LL(pinned(&t, 5), 1);
	privacy_table_release(&t);
}

/* Two small counts in one row: 1 + 1 = 2 would give both back even with both hidden. */
static void two_ones(void)
{
	static const long v[] = {1, 1, 30, 40, 25, 17};
	struct privacy pv = {NULL, 5, 0};
	struct privacy_table t;

	privacy_table_init(&t);
	grid(&t, v, 2, 3);
	CHECK_EQ_LL(privacy_suppress(&pv, &t), 0);
	CHECK_EQ_LL(count_state(&t, PRIVACY_SMALL), 2);
	CHECK(count_state(&t, PRIVACY_WITHHELD) >= 1);
	CHECK_EQ_LL(pinned(&t, 5), 0);
	privacy_table_release(&t);
}

/* A line "total = a + b + c" with the total published elsewhere (fixed): a small count, a zero,
 * and a large count. The large one goes, not the zero (hiding a zero covers nothing here). */
static void fixed_total(void)
{
	struct privacy pv = {NULL, 5, 0};
	struct privacy_table t;
	size_t parts[3];

	privacy_table_init(&t);
	privacy_table_add(&t, 50, PRIVACY_FIXED);
	parts[0] = privacy_table_add(&t, 3, 0);
	parts[1] = privacy_table_add(&t, 0, 0);
	parts[2] = privacy_table_add(&t, 47, 0);
	CHECK(privacy_table_sum(&t, 0, parts, 3));
	CHECK_EQ_LL(privacy_suppress(&pv, &t), 0);
	CHECK_EQ_LL(t.state[0], PRIVACY_SHOWN);
	CHECK_EQ_LL(t.state[1], PRIVACY_SMALL);
	CHECK_EQ_LL(t.state[3], PRIVACY_WITHHELD);
	CHECK_EQ_LL(pinned(&t, 5), 0);
	privacy_table_release(&t);
}

/* A fixed total with one small part and nothing else: it cannot be protected, and says so. */
static void cannot(void)
{
	struct privacy pv = {NULL, 5, 0};
	struct privacy_table t;
	size_t part;

	privacy_table_init(&t);
	privacy_table_add(&t, 3, PRIVACY_FIXED);
	part = privacy_table_add(&t, 3, 0);
	CHECK(privacy_table_sum(&t, 0, &part, 1));
	CHECK_EQ_LL(privacy_suppress(&pv, &t), 1);
	CHECK_EQ_LL(t.state[1], PRIVACY_SMALL);
	privacy_table_release(&t);
}

/* A small count whose only cover is a zero in the same line (a total that is not fixed would be
 * another way; here the total is fixed). */
static void zero_covers(void)
{
	struct privacy pv = {NULL, 5, 0};
	struct privacy_table t;
	size_t parts[2];

	privacy_table_init(&t);
	privacy_table_add(&t, 3, PRIVACY_FIXED);
	parts[0] = privacy_table_add(&t, 3, 0);
	parts[1] = privacy_table_add(&t, 0, 0);
	CHECK(privacy_table_sum(&t, 0, parts, 2));
	CHECK_EQ_LL(privacy_suppress(&pv, &t), 0);
	CHECK_EQ_LL(t.state[2], PRIVACY_WITHHELD);
	CHECK_EQ_LL(pinned(&t, 5), 0);
	privacy_table_release(&t);
}

/* A bigger grid, 3 x 4, with several small counts scattered; and K = 2 (only ones hidden, "<2"
 * says 1 by itself: nothing more is withheld for it). */
static void bigger(void)
{
	static const long v[] = {2, 14, 0, 9, 30, 4, 11, 6, 7, 8, 1, 25};
	struct privacy pv = {NULL, 5, 0}, two = {NULL, 2, 0};
	struct privacy_table t;

	privacy_table_init(&t);
	grid(&t, v, 3, 4);
	CHECK_EQ_LL(privacy_suppress(&pv, &t), 0);
	CHECK_EQ_LL(count_state(&t, PRIVACY_SMALL), 3);
	if (count_state(&t, PRIVACY_SMALL) + count_state(&t, PRIVACY_WITHHELD) <= 8)
		CHECK_EQ_LL(pinned(&t, 5), 0);
	privacy_table_release(&t);

	privacy_table_init(&t);
	grid(&t, v, 3, 4);
	CHECK_EQ_LL(privacy_suppress(&two, &t), 0);
	CHECK_EQ_LL(count_state(&t, PRIVACY_SMALL), 1);
	CHECK_EQ_LL(count_state(&t, PRIVACY_WITHHELD), 0);
	privacy_table_release(&t);
}

/* Off: nothing hidden; a sum the values do not satisfy is not taken as one. */
static void off_and_false(void)
{
	static const long v[] = {1, 2, 3, 4};
	struct privacy none = {NULL, 0, 0}, pv = {NULL, 5, 0};
	struct privacy_table t;
	size_t parts[2];

	privacy_table_init(&t);
	grid(&t, v, 2, 2);
	CHECK_EQ_LL(privacy_suppress(&none, &t), 0);
	CHECK_EQ_LL(count_state(&t, PRIVACY_SHOWN), (long long)t.n);
	CHECK_EQ_LL(privacy_suppress(NULL, &t), 0);
	privacy_table_release(&t);

	privacy_table_init(&t);
	privacy_table_add(&t, 10, 0);
	parts[0] = privacy_table_add(&t, 4, 0);
	parts[1] = privacy_table_add(&t, 5, 0);
	CHECK(!privacy_table_sum(&t, 0, parts, 2));
	CHECK_EQ_LL(t.n_rels, 0);
	CHECK_EQ_LL(privacy_suppress(&pv, &t), 0);
	CHECK_EQ_LL(t.state[1], PRIVACY_SMALL);
	CHECK_EQ_LL(t.state[0], PRIVACY_SHOWN);
	CHECK_EQ_LL(t.state[2], PRIVACY_SHOWN);
	privacy_table_release(&t);
}

/* A chain as the backlog makes one: open(d) = open(d-1) + arrived(d) - answered(d), with its
 * constant taken from the values. Day 1: 20 arrive, 8 answered, 12 open; day 2: 3 arrive, 6
 * answered, 9 open: the 3 would be 9 - 12 + 6. */
static void chain(void)
{
	struct privacy pv = {NULL, 5, 0};
	struct privacy_table t;
	size_t c[4], d1[3];
	int coef[4] = {1, -1, -1, 1};

	privacy_table_init(&t);
	d1[0] = privacy_table_add(&t, 12, 0); /* open, day 1 */
	d1[1] = privacy_table_add(&t, 20, 0); /* arrived, day 1 */
	d1[2] = privacy_table_add(&t, 8, 0);  /* answered, day 1 */
	privacy_table_relation(&t, d1, (const int[]){1, -1, 1}, 3);
	c[0] = privacy_table_add(&t, 9, 0); /* open, day 2 */
	c[1] = d1[0];
	c[2] = privacy_table_add(&t, 3, 0); /* arrived, day 2 */
	c[3] = privacy_table_add(&t, 6, 0); /* answered, day 2 */
	privacy_table_relation(&t, c, coef, 4);
	CHECK_EQ_LL(t.n_rels, 2);
	CHECK_EQ_LL(t.rels[1].c, 0);
	CHECK_EQ_LL(privacy_suppress(&pv, &t), 0);
	CHECK_EQ_LL(t.state[c[2]], PRIVACY_SMALL);
	CHECK_EQ_LL(count_state(&t, PRIVACY_SMALL), 1);
	CHECK(count_state(&t, PRIVACY_WITHHELD) >= 1);
	CHECK_EQ_LL(pinned(&t, 5), 0);
	privacy_table_release(&t);
}

int main(void)
{
	unit_name = "test_suppress";
	one_small();
	brute_force_sees();
	two_ones();
	fixed_total();
	cannot();
	zero_covers();
	bigger();
	off_and_false();
	chain();
	return unit_end();
}
