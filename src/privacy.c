/* privacy.c: the small-count rule (with the secondary suppression that keeps a hidden count
 * from being worked out from the totals) and the choice between names, pseudonyms and nobody
 * named. It decides what may be shown; the writers word it. */
#include "privacy.h"
#include "thread.h"
#include "official.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

void privacy_anonymous(struct privacy *pv, struct pseudonyms *scrub, const char *unnamed)
{
	static const char key[] = "replycov: names removed";

	pseudonyms_init(scrub, key, sizeof(key) - 1);
	scrub->placeholder = PRIVACY_REDACTED;
	pv->ps = scrub;
	pv->anonymous = 1;
	pv->unnamed = unnamed;
}

int privacy_names_nobody(const struct privacy *pv)
{
	return pv && pv->anonymous;
}

static void add_unnamed(const struct privacy *pv, struct strbuf *sb)
{
	strbuf_addstr(sb, pv->unnamed ? pv->unnamed : "-");
}

int privacy_hides(const struct privacy *pv, long n)
{
	return pv && pv->min_cell > 1 && n > 0 && n < pv->min_cell;
}

void privacy_count(const struct privacy *pv, long n, struct strbuf *sb)
{
	if (privacy_hides(pv, n))
		strbuf_addf(sb, "<%ld", pv->min_cell);
	else
		strbuf_addf(sb, "%ld", n);
}

void privacy_rewrite_thread(const struct privacy *pv, struct thread *t, const unsigned char *official)
{
	struct strbuf sb;
	size_t i;

	if (!pv || !pv->ps)
		return;
	strbuf_init(&sb);
	for (i = 0; i < t->n; i++) {
		struct record *r = &t->recs[i];
		strbuf_reset(&sb);
		privacy_text(pv, r->platform, r->text, NULL, &sb);
		r->text = arena_strdup(&t->arena, sb.buf);
		if (pv->anonymous || official[i] || (r->flags & REC_AUTHOR_UNKNOWN))
			continue;
		strbuf_reset(&sb);
		pseudonym_author(pv->ps, r, &sb);
		r->author = arena_strdup(&t->arena, sb.buf);
		r->author_id = r->author;
	}
	strbuf_release(&sb);
}

void privacy_author(const struct privacy *pv, const struct record *r, struct strbuf *sb)
{
	if (pv && pv->anonymous) {
		add_unnamed(pv, sb);
		return;
	}
	if (pv && pv->ps) {
		pseudonym_author(pv->ps, r, sb);
		return;
	}
	if (r->author)
		strbuf_addstr(sb, r->author);
	else if (r->author_id)
		strbuf_addstr(sb, r->author_id);
	else
		strbuf_addstr(sb, "unknown");
}

void privacy_person(const struct privacy *pv, const char *platform, const char *akey, const char *name,
                    struct strbuf *sb)
{
	if (pv && pv->anonymous)
		add_unnamed(pv, sb);
	else if (!akey)
		strbuf_addstr(sb, name ? name : "unknown");
	else if (pv && pv->ps)
		pseudonym_of(pv->ps, platform, akey, sb);
	else
		strbuf_addstr(sb, name ? name : akey);
}

void privacy_text(const struct privacy *pv, const char *platform, const char *text, const char *keep_akey,
                  struct strbuf *sb)
{
	if (pv && pv->ps)
		pseudonym_text(pv->ps, platform, text, keep_akey, sb);
	else
		strbuf_addstr(sb, text);
}

/* ---- secondary suppression ------------------------------------------------------------ */

/* What a reader can know of a withheld cell: at least 0, at most anything. Bounds above half of
 * this are taken as unbounded, so that a chain of differences never counts down from it. */
#define UNBOUNDED (1LL << 40)

void privacy_table_init(struct privacy_table *t)
{
	memset(t, 0, sizeof(*t));
}

void privacy_table_release(struct privacy_table *t)
{
	free(t->value);
	free(t->flags);
	free(t->state);
	free(t->rels);
	free(t->terms);
	memset(t, 0, sizeof(*t));
}

size_t privacy_table_add(struct privacy_table *t, long value, unsigned flags)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 64;
		t->value = xrealloc(t->value, t->cap * sizeof(*t->value));
		t->flags = xrealloc(t->flags, t->cap);
		t->state = xrealloc(t->state, t->cap);
	}
	t->value[t->n] = value;
	t->flags[t->n] = (unsigned char)flags;
	t->state[t->n] = PRIVACY_SHOWN;
	return t->n++;
}

static void add_relation(struct privacy_table *t, const size_t *cells, const int *coef, int total_coef, size_t total,
                         int with_total, size_t n, long long c)
{
	struct privacy_rel *r;
	size_t i;

	XGROW(t->rels, t->cap_rels, t->n_rels + 1);
	XGROW(t->terms, t->cap_terms, t->n_terms + n + 1);
	r = &t->rels[t->n_rels++];
	r->start = t->n_terms;
	r->len = n + (with_total ? 1 : 0);
	r->c = c;
	if (with_total) {
		t->terms[t->n_terms].cell = total;
		t->terms[t->n_terms++].coef = total_coef;
	}
	for (i = 0; i < n; i++) {
		t->terms[t->n_terms].cell = cells[i];
		t->terms[t->n_terms++].coef = coef ? coef[i] : -1;
	}
}

int privacy_table_sum(struct privacy_table *t, size_t total, const size_t *parts, size_t n)
{
	long long s = 0;
	size_t i;

	for (i = 0; i < n; i++)
		s += t->value[parts[i]];
	if (s != t->value[total])
		return 0;
	add_relation(t, parts, NULL, 1, total, 1, n, 0);
	return 1;
}

void privacy_table_relation(struct privacy_table *t, const size_t *cells, const int *coef, size_t n)
{
	long long c = 0;
	size_t i;

	for (i = 0; i < n; i++)
		c += (long long)coef[i] * t->value[cells[i]];
	add_relation(t, cells, coef, 0, 0, 0, n, c);
}

/* The reader's bounds of every cell, narrowed through the relations until nothing changes (a
 * worklist of relations whose cells moved). */
struct bounds {
	long long *lo, *hi;
	size_t *queue;
	unsigned char *queued;
	size_t *cell_rels, *cell_start; /* the relations of each cell: cell_rels[cell_start[c]..] */
};

static void bounds_index(const struct privacy_table *t, struct bounds *b)
{
	size_t i, *fill;

	b->cell_start = xcalloc(t->n + 1, sizeof(*b->cell_start));
	b->cell_rels = xmalloc((t->n_terms ? t->n_terms : 1) * sizeof(*b->cell_rels));
	for (i = 0; i < t->n_terms; i++)
		b->cell_start[t->terms[i].cell + 1]++;
	for (i = 0; i < t->n; i++)
		b->cell_start[i + 1] += b->cell_start[i];
	fill = xmalloc((t->n ? t->n : 1) * sizeof(*fill));
	memcpy(fill, b->cell_start, t->n * sizeof(*fill));
	for (i = 0; i < t->n_rels; i++) {
		size_t k;
		for (k = 0; k < t->rels[i].len; k++)
			b->cell_rels[fill[t->terms[t->rels[i].start + k].cell]++] = i;
	}
	free(fill);
}

static void narrow(const struct privacy_table *t, struct bounds *b, long k)
{
	size_t head = 0, tail = 0, i, budget = 64 * (t->n_terms + 1);

	for (i = 0; i < t->n; i++) {
		if (t->state[i] == PRIVACY_SHOWN) {
			b->lo[i] = b->hi[i] = t->value[i];
		} else if (t->state[i] == PRIVACY_SMALL) {
			b->lo[i] = 1;
			b->hi[i] = k - 1;
		} else {
			b->lo[i] = 0;
			b->hi[i] = UNBOUNDED;
		}
	}
	/* the queue is a ring of n_rels slots: a relation is in it at most once */
	for (i = 0; i < t->n_rels; i++) {
		b->queue[i] = i;
		b->queued[i] = 1;
	}
	tail = t->n_rels;
	while (tail != head && budget) {
		const struct privacy_rel *r = &t->rels[b->queue[head % t->n_rels]];
		long long smin = 0, smax = 0;
		size_t j;

		b->queued[b->queue[head % t->n_rels]] = 0;
		head++;
		for (j = 0; j < r->len; j++) {
			const struct privacy_term *x = &t->terms[r->start + j];
			smin += x->coef > 0 ? b->lo[x->cell] : -b->hi[x->cell];
			smax += x->coef > 0 ? b->hi[x->cell] : -b->lo[x->cell];
		}
		for (j = 0; j < r->len; j++) {
			const struct privacy_term *x = &t->terms[r->start + j];
			size_t c = x->cell, m;
			long long rmin, rmax, lo, hi;
			if (t->state[c] == PRIVACY_SHOWN)
				continue;
			budget = budget ? budget - 1 : 0;
			/* the other terms' sum lies in [rmin, rmax]; coef * x = c - others */
			rmin = smin - (x->coef > 0 ? b->lo[c] : -b->hi[c]);
			rmax = smax - (x->coef > 0 ? b->hi[c] : -b->lo[c]);
			if (x->coef > 0) {
				lo = r->c - rmax;
				hi = r->c - rmin;
			} else {
				lo = rmin - r->c;
				hi = rmax - r->c;
			}
			if (hi > UNBOUNDED / 2)
				hi = UNBOUNDED;
			if (lo <= b->lo[c] && hi >= b->hi[c])
				continue;
			if (lo > b->lo[c])
				b->lo[c] = lo;
			if (hi < b->hi[c])
				b->hi[c] = hi;
			for (m = b->cell_start[c]; m < b->cell_start[c + 1]; m++) {
				size_t q = b->cell_rels[m];
				if (!b->queued[q]) {
					b->queued[q] = 1;
					b->queue[tail % t->n_rels] = q;
					tail++;
				}
			}
		}
	}
}

/* A shown cell that may be withheld, ranked: the smallest non-zero count first, a zero after
 * every non-zero count, then the lowest index. */
static int ranks_before(const struct privacy_table *t, size_t x, size_t y)
{
	long v = t->value[x] ? t->value[x] : -1, w = t->value[y] ? t->value[y] : -1;

	if (v != w)
		return v > 0 && (w < 0 || v < w);
	return x < y;
}

/* How many small counts (not given up as stuck) a reader works out exactly under b. */
static size_t count_pinned(const struct privacy_table *t, const struct bounds *b, const unsigned char *stuck)
{
	size_t i, n = 0;

	for (i = 0; i < t->n; i++)
		n += t->state[i] == PRIVACY_SMALL && !stuck[i] && b->lo[i] == b->hi[i];
	return n;
}

#define MAX_CANDIDATES 24

/* The cell to withhold so that small cell c, which a reader works out now, is no longer given
 * away. What gives it away is a chain of relations through cells the reader knows exactly: c's
 * own, and those of every hidden cell worked out with it (a withheld count a column total gives
 * back covers nothing). Every shown cell of those relations is a candidate; each of the first
 * MAX_CANDIDATES (in rank order) is tried, and the one leaving the fewest small counts worked
 * out wins (then rank). (size_t)-1 when only fixed cells are left. */
static size_t cover(struct privacy_table *t, struct bounds *b, long k, const unsigned char *stuck, size_t c)
{
	size_t *chain, n_chain = 0, cand[MAX_CANDIDATES], n_cand = 0, best = (size_t)-1, best_left = 0;
	unsigned char *in_chain = xcalloc(t->n, 1);
	size_t q, m, j, i;

	chain = xmalloc(t->n * sizeof(*chain));
	chain[n_chain++] = c;
	in_chain[c] = 1;
	for (q = 0; q < n_chain; q++) {
		size_t x = chain[q];
		for (m = b->cell_start[x]; m < b->cell_start[x + 1]; m++) {
			const struct privacy_rel *r = &t->rels[b->cell_rels[m]];
			for (j = 0; j < r->len; j++) {
				size_t y = t->terms[r->start + j].cell;
				if (in_chain[y])
					continue;
				if (t->state[y] != PRIVACY_SHOWN) {
					if (b->lo[y] == b->hi[y]) {
						in_chain[y] = 1;
						chain[n_chain++] = y;
					}
					continue;
				}
				if (t->flags[y] & PRIVACY_FIXED)
					continue;
				in_chain[y] = 2; /* a candidate, listed once */
				if (n_cand < MAX_CANDIDATES) {
					cand[n_cand++] = y;
					continue;
				}
				/* keep the best-ranked: replace the worst one if y ranks before it */
				for (i = 0; i < n_cand; i++)
					if (ranks_before(t, y, cand[i])) {
						size_t w = 0, l;
						for (l = 1; l < n_cand; l++)
							if (ranks_before(t, cand[w], cand[l]))
								w = l;
						cand[w] = y;
						break;
					}
			}
		}
	}
	for (i = 0; i < n_cand; i++) {
		size_t left;
		t->state[cand[i]] = PRIVACY_WITHHELD;
		narrow(t, b, k);
		left = count_pinned(t, b, stuck);
		t->state[cand[i]] = PRIVACY_SHOWN;
		if (best == (size_t)-1 || left < best_left || (left == best_left && ranks_before(t, cand[i], best))) {
			best = cand[i];
			best_left = left;
		}
	}
	free(chain);
	free(in_chain);
	return best;
}

size_t privacy_suppress(const struct privacy *pv, struct privacy_table *t)
{
	struct bounds b;
	unsigned char *stuck;
	size_t i, n_stuck = 0;
	long k = pv ? pv->min_cell : 0;

	for (i = 0; i < t->n; i++)
		t->state[i] = PRIVACY_SHOWN;
	if (k < 2 || !t->n)
		return 0;
	for (i = 0; i < t->n; i++)
		if (!(t->flags[i] & PRIVACY_FIXED) && t->value[i] > 0 && t->value[i] < k)
			t->state[i] = PRIVACY_SMALL;
	if (!t->n_rels)
		return 0;
	memset(&b, 0, sizeof(b));
	b.lo = xmalloc(t->n * sizeof(*b.lo));
	b.hi = xmalloc(t->n * sizeof(*b.hi));
	b.queue = xmalloc(t->n_rels * sizeof(*b.queue));
	b.queued = xmalloc(t->n_rels);
	stuck = xcalloc(t->n, 1);
	bounds_index(t, &b);
	/* A small count that a reader works out even with every other count withheld (a line of
	 * nothing but small counts: with K = 3, 1 + 1 = 2) cannot be protected: withholding cells
	 * for it would only take figures from the reader. */
	for (i = 0; i < t->n; i++)
		if (t->state[i] == PRIVACY_SHOWN && !(t->flags[i] & PRIVACY_FIXED))
			t->state[i] = PRIVACY_WITHHELD;
	narrow(t, &b, k);
	for (i = 0; i < t->n; i++) {
		if (t->state[i] == PRIVACY_WITHHELD)
			t->state[i] = PRIVACY_SHOWN;
		else if (t->state[i] == PRIVACY_SMALL && b.lo[i] == b.hi[i] && k > 2) {
			stuck[i] = 1;
			n_stuck++;
		}
	}
	for (;;) {
		size_t hide = (size_t)-1;
		narrow(t, &b, k);
		/* "<2" says 1 by itself: nothing a reader works out from the totals is more */
		for (i = 0; i < t->n && k > 2; i++) {
			if (t->state[i] != PRIVACY_SMALL || stuck[i] || b.lo[i] != b.hi[i])
				continue;
			hide = cover(t, &b, k, stuck, i);
			if (hide != (size_t)-1)
				break;
			stuck[i] = 1;
			n_stuck++;
		}
		if (hide == (size_t)-1)
			break;
		t->state[hide] = PRIVACY_WITHHELD;
	}
	free(stuck);
	free(b.lo);
	free(b.hi);
	free(b.queue);
	free(b.queued);
	free(b.cell_rels);
	free(b.cell_start);
	return n_stuck;
}
