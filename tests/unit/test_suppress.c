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
	unsigned char known[MAXC];           /* shown, or given a value on the way down */
	unsigned char seen[MAXC][BOUND + 1]; /* values a hidden cell took in some solution */
	long solutions;
	long bound; /* the largest value a withheld cell is tried at */
};

static long lo_of(const struct brute *b, size_t c)
{
	return b->t->state[c] == PRIVACY_SMALL ? 1 : 0;
}

static long hi_of(const struct brute *b, size_t c)
{
	return b->t->state[c] == PRIVACY_SMALL ? b->k - 1 : b->bound;
}

/* Every relation can still hold, the cells not known yet taking any value they may have; *next
 * is set to a cell a relation fixes (every other cell of it known), with *forced its value, or
 * to (size_t)-1. */
static int feasible(const struct brute *b, size_t *next, long *forced)
{
	const struct privacy_table *t = b->t;
	size_t r, k;

	*next = (size_t)-1;
	for (r = 0; r < t->n_rels; r++) {
		long long smin = 0, smax = 0, known = 0;
		size_t n_unknown = 0, u = 0;
		int coef = 0;
		for (k = 0; k < t->rels[r].len; k++) {
			const struct privacy_term *x = &t->terms[t->rels[r].start + k];
			if (b->known[x->cell]) {
				known += (long long)x->coef * b->val[x->cell];
				continue;
			}
			n_unknown++;
			u = x->cell;
			coef = x->coef;
			smin += x->coef > 0 ? lo_of(b, u) : -hi_of(b, u);
			smax += x->coef > 0 ? hi_of(b, u) : -lo_of(b, u);
		}
		if (known + smin > t->rels[r].c || known + smax < t->rels[r].c)
			return 0;
		if (n_unknown == 1 && *next == (size_t)-1) {
			*next = u;
			*forced = (long)((t->rels[r].c - known) / coef);
		}
	}
	return 1;
}

/* Depth first over the hidden cells: a cell that a relation fixes takes that value only;
 * otherwise the first unknown cell tries every value it may have. A branch stops as soon as a
 * relation cannot hold any more, so only the table's degrees of freedom are enumerated. */
static void try_all(struct brute *b, size_t left)
{
	size_t c, next;
	long v, lo, hi, forced = 0;

	if (!feasible(b, &next, &forced))
		return;
	if (!left) {
		b->solutions++;
		for (c = 0; c < b->n_hid; c++)
			b->seen[c][b->val[b->hid[c]]] = 1;
		return;
	}
	if (next != (size_t)-1) {
		c = next;
		if (forced < lo_of(b, c) || forced > hi_of(b, c))
			return;
		lo = hi = forced;
	} else {
		for (c = 0; c < b->n_hid && b->known[b->hid[c]]; c++)
			;
		c = b->hid[c];
		lo = lo_of(b, c);
		hi = hi_of(b, c);
	}
	b->known[c] = 1;
	for (v = lo; v <= hi; v++) {
		b->val[c] = v;
		try_all(b, left - 1);
	}
	b->known[c] = 0;
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
	/* Trying withheld cells only up to a little above the table's largest count finds fewer
	 * solutions than a reader could, never more: a small count found safe here is safe. */
	for (i = 0; i < t->n; i++)
		if (t->value[i] + 2 > b->bound)
			b->bound = t->value[i] + 2;
	if (b->bound > BOUND)
		b->bound = BOUND;
	for (i = 0; i < t->n; i++) {
		b->val[i] = t->value[i];
		b->known[i] = t->state[i] == PRIVACY_SHOWN;
		if (t->state[i] != PRIVACY_SHOWN)
			b->hid[b->n_hid++] = i;
	}
	CHECK(b->n_hid <= 16); /* the brute force stays quick */
	try_all(b, b->n_hid);
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

/* Seeded random grids, 2 x 3 and 3 x 3 with their totals, K from 3 to 5: every small count a
 * reader could work out exactly (by brute force) is one the function said it could not protect,
 * and that happens only when a line holds nothing but small counts (K = 3 and a column 1, 1, 2
 * gives itself away whatever is hidden): most tables are protected. */
static void random_grids(void)
{
	unsigned long seed = 12345;
	int round, safe = 0;

	for (round = 0; round < 300; round++) {
		long v[9], k;
		size_t rows = round % 2 ? 3 : 2, cols = 3, i, stuck;
		struct privacy pv = {NULL, 0, 0};
		struct privacy_table t;

		for (i = 0; i < rows * cols; i++) {
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			v[i] = (long)((seed >> 33) % (rows == 2 ? 10 : 7));
		}
		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		k = 3 + (long)((seed >> 33) % 3);
		pv.min_cell = k;
		privacy_table_init(&t);
		grid(&t, v, rows, cols);
		stuck = privacy_suppress(&pv, &t);
		if (getenv("DEBUG_SUPPRESS")) {
			printf("round %d k %ld hidden %d+%d stuck %zu\n", round, k, count_state(&t, PRIVACY_SMALL),
			       count_state(&t, PRIVACY_WITHHELD), stuck);
			for (i = 0; i < t.n; i++)
				printf("%3ld%c%s", t.value[i], " sw"[t.state[i]], (i + 1) % (cols + 1) ? "" : "\n");
		}
		CHECK_EQ_LL(pinned(&t, k), (long long)stuck);
		safe += !stuck;
		privacy_table_release(&t);
	}
	CHECK(safe >= 270);
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
	random_grids();
	return unit_end();
}
