/* test_review.c: the review queue. The worth formula on hand-worked values; the pick against a
 * brute-force greedy written out here (every candidate scanned at every step, no groups, no
 * pruning) on seeded random queues large enough to prune; the same picks whatever the order
 * the candidates came in; retired threads; and the CSV read back by both label readers with
 * hostile texts and ids (quotes, commas, newlines, cells a spreadsheet takes for formulas). */
#include "labels.h"
#include "record.h"
#include "review.h"
#include "unit.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long rng_state;

static unsigned rnd(unsigned n)
{
	rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)((rng_state >> 33) % n);
}

static void worth_by_hand(void)
{
	CHECK(fabs(review_worth(0.30, 0) - 0.70) < 1e-12);
	CHECK(fabs(review_worth(0.30, REVIEW_LOW | REVIEW_NO_CUE) - 0.70) < 1e-12);
	CHECK(fabs(review_worth(0.83, REVIEW_EXCLUDED) - 0.34) < 1e-12);
	CHECK(fabs(review_worth(0.91, REVIEW_IRONY) - 0.50) < 1e-12);
	CHECK(fabs(review_worth(0.40, REVIEW_DISAGREE | REVIEW_EXCLUDED) - 1.20) < 1e-12);
	CHECK(fabs(review_worth(0.20, REVIEW_DISAGREE) - 0.80) < 1e-12); /* already above 0.5 */
	CHECK(fabs(review_worth(0.99, REVIEW_EXCLUDED) - 0.02) < 1e-12);
	CHECK(review_worth(1.5, 0) == 0);
}

static const char *const platforms[] = {"facebook", "twitter", "instagram"};
static const double confidences[] = {0.30, 0.40, 0.44, 0.83, 0.88, 0.92, 0.99};

/* A random candidate; ids are unique, texts repeat now and then. */
static void random_item(struct review_item *it, unsigned k, unsigned texts, char *id, char *text)
{
	memset(it, 0, sizeof(*it));
	snprintf(id, 32, "m%u", k);
	snprintf(text, 32, "t%u", rnd(texts));
	it->id = id;
	it->text = text;
	it->platform = (char *)platforms[rnd(3)];
	it->thread = (char *)"t";
	it->channel = (int)rnd(2);
	it->created.utc = 1770000000LL + rnd(50) * 3600;
	it->cls = (enum msg_class)rnd(CLASS_N);
	it->lang = (enum msg_lang)rnd(LANG_N);
	it->confidence = confidences[rnd(7)];
	it->why = rnd(32);
	it->text_hash = strmap_hash(text) ^ (uint64_t)it->cls ^ (uint64_t)it->lang << 8;
}

/* The same in one group (so that the pick takes as many as it can of it): thanks in Spanish
 * on Facebook in public; or in two, the other being criticism in Catalan on Twitter in
 * private. */
static void narrow_item(struct review_item *it, int groups)
{
	int side = groups > 1 ? it->id[1] & 1 : 0;

	it->cls = side ? CLASS_CRITICISM : CLASS_THANKS;
	it->lang = side ? LANG_CA : LANG_ES;
	it->platform = (char *)platforms[side];
	it->channel = side;
	it->text_hash = strmap_hash(it->text) ^ (uint64_t)side;
}

/* The reference: the queue order and the greedy pick, written out the slow way. */
static int ref_order(const struct review_item *a, const struct review_item *b)
{
	int d;

	if (a->worth != b->worth)
		return a->worth > b->worth ? -1 : 1;
	if (a->created.utc != b->created.utc)
		return a->created.utc > b->created.utc ? -1 : 1;
	if ((d = strcmp(a->platform, b->platform)))
		return d;
	if ((d = strcmp(a->id, b->id)))
		return d;
	if ((d = strcmp(a->thread, b->thread)))
		return d;
	return a->channel - b->channel;
}

static const struct review_item *sort_base;

static int by_hash_then_order(const void *x, const void *y)
{
	const struct review_item *a = &sort_base[*(const size_t *)x], *b = &sort_base[*(const size_t *)y];

	if (a->text_hash != b->text_hash)
		return a->text_hash < b->text_hash ? -1 : 1;
	return ref_order(a, b);
}

static int platform_index(const char *p)
{
	int i;

	for (i = 0; strcmp(platforms[i], p); i++)
		;
	return i;
}

static size_t ref_pick(struct review_item *all, size_t n, size_t want, const struct review_item **out)
{
	unsigned char *gone = calloc(n ? n : 1, 1);
	size_t *idx = calloc(n ? n : 1, sizeof(*idx));
	double *pw = calloc(3 * want + 1, sizeof(*pw));
	long by_cls[CLASS_N] = {0}, by_lang[LANG_N] = {0}, by_src[3][2] = {{0}};
	size_t i, picks = 0;

	for (i = 0; i <= 3 * want; i++)
		pw[i] = pow(REVIEW_SPREAD, (double)i);
	/* identical texts: only the first in queue order is a candidate */
	for (i = 0; i < n; i++)
		idx[i] = i;
	sort_base = all;
	qsort(idx, n, sizeof(*idx), by_hash_then_order);
	for (i = 1; i < n; i++)
		if (all[idx[i]].text_hash == all[idx[i - 1]].text_hash)
			gone[idx[i]] = 1;
	while (picks < want) {
		long best = -1;
		double bg = 0;
		for (i = 0; i < n; i++) {
			const struct review_item *it = &all[i];
			double g;
			if (gone[i])
				continue;
			g = it->worth *
			    pw[by_cls[it->cls] + by_lang[it->lang] + by_src[platform_index(it->platform)][it->channel]];
			if (best < 0 || g > bg || (g == bg && ref_order(it, &all[best]) < 0)) {
				best = (long)i;
				bg = g;
			}
		}
		if (best < 0)
			break;
		gone[best] = 1;
		out[picks++] = &all[best];
		by_cls[all[best].cls]++;
		by_lang[all[best].lang]++;
		by_src[platform_index(all[best].platform)][all[best].channel]++;
	}
	free(gone);
	free(idx);
	free(pw);
	return picks;
}

/* n random candidates (seeded), added in a shuffled order; the picks must match the reference. */
static void against_reference(unsigned seed, size_t n, size_t want, int narrow)
{
	struct review_item *all = calloc(n, sizeof(*all));
	char(*ids)[32] = calloc(n, 32), (*texts)[32] = calloc(n, 32);
	size_t *order = calloc(n, sizeof(*order));
	const struct review_item **ref = calloc(want, sizeof(*ref));
	struct review_queue q;
	struct review_item **got;
	size_t i, k, nref, ngot;
	int same = 1;

	rng_state = seed;
	for (i = 0; i < n; i++) {
		random_item(&all[i], (unsigned)i, (unsigned)n / 3 + 1, ids[i], texts[i]);
		if (narrow)
			narrow_item(&all[i], narrow);
		all[i].worth = review_worth(all[i].confidence, all[i].why);
		order[i] = i;
	}
	for (i = n; i > 1; i--) {
		size_t j = rnd((unsigned)i), t = order[i - 1];
		order[i - 1] = order[j];
		order[j] = t;
	}
	review_queue_init(&q, want);
	for (i = 0; i < n; i++)
		review_queue_add(&q, &all[order[i]]);
	ngot = review_queue_pick(&q, &got);
	nref = ref_pick(all, n, want, ref);
	CHECK_EQ_LL(ngot, nref);
	for (k = 0; k < ngot && k < nref; k++)
		if (strcmp(got[k]->id, ref[k]->id))
			same = 0;
	if (!same)
		printf("review: seed %u n %zu want %zu: picks differ from the reference\n", seed, n, want);
	CHECK(same);
	CHECK(ngot <= want);
	review_queue_release(&q);
	free(all);
	free(ids);
	free(texts);
	free(order);
	free(ref);
}

/* Sixty candidates of two kinds, twice as much worth on one side: the queue takes both. */
static void spread(void)
{
	struct review_queue q;
	struct review_item it, **got;
	char id[32];
	size_t i, n;
	long a = 0, b = 0;

	review_queue_init(&q, 20);
	for (i = 0; i < 60; i++) {
		memset(&it, 0, sizeof(it));
		snprintf(id, sizeof(id), "%02zu", i);
		it.id = id;
		it.text = id;
		it.platform = i < 30 ? (char *)"facebook" : (char *)"twitter";
		it.cls = i < 30 ? CLASS_THANKS : CLASS_QUESTION;
		it.lang = i < 30 ? LANG_ES : LANG_CA;
		it.confidence = 0.30;
		it.why = i < 30 ? REVIEW_EXCLUDED : 0; /* worth 1.4 and 0.7 */
		it.text_hash = i;
		review_queue_add(&q, &it);
	}
	n = review_queue_pick(&q, &got);
	CHECK_EQ_LL(n, 20);
	for (i = 0; i < n; i++) {
		if (got[i]->cls == CLASS_THANKS)
			a++;
		else
			b++;
	}
	/* 1.4 x 0.729^a against 0.7 x 0.729^b: thanks leads by at most three */
	CHECK(b >= 8 && a >= b && a - b <= 3);
	CHECK(got[0]->cls == CLASS_THANKS && !strcmp(got[0]->id, "00"));
	review_queue_release(&q);

	review_queue_init(&q, 5);
	n = review_queue_pick(&q, &got);
	CHECK_EQ_LL(n, 0); /* nothing to pick */
	review_queue_release(&q);
}

/* Items of a thread handed over again stop counting; their new versions count. */
static void retired(void)
{
	struct review_queue q;
	struct review_item it, **got;
	unsigned gen = 1;
	size_t n;

	review_queue_init(&q, 10);
	memset(&it, 0, sizeof(it));
	it.id = (char *)"old";
	it.text = (char *)"x";
	it.confidence = 0.30;
	it.text_hash = 1;
	it.gen = &gen;
	it.gen_at = gen;
	review_queue_add(&q, &it);
	gen++;
	it.id = (char *)"new";
	it.confidence = 0.90;
	it.gen_at = gen;
	review_queue_add(&q, &it);
	n = review_queue_pick(&q, &got);
	CHECK_EQ_LL(n, 1);
	CHECK(n == 1 && !strcmp(got[0]->id, "new"));
	CHECK_EQ_LL(q.repeated, 0); /* the retired one is not a repeat */
	review_queue_release(&q);
}

/* Rows written as review writes them, labels filled in for all but the last, read back by
 * the labeled-set reader (train, eval) and the human-decision reader (--labels). */
static void csv_round_trip(void)
{
	static const char *const texts[] = {
	    "Gracias, \"muy rápido\", como siempre",
	    "línea uno\nlínea dos",
	    "=HYPERLINK(\"http://x\",\"clic\")",
	    "+34 600 000 000 no contesta",
	    "-_- otra vez",
	    "@Labora info?",
	    "\tcon tabulador",
	    "'=ya con apóstrofo",
	    "'normal",
	    "a\r\nb",
	    "ok",
	};
	static const char *const ids[] = {"1", "2", "=3", "-4", "5", "@6", "7", "8", "'+9", "10", "11"};
	size_t n = sizeof(texts) / sizeof(*texts), i;
	struct strbuf csv, row;
	struct labeled_set set;
	struct human_labels h;
	int r;

	strbuf_init(&csv);
	strbuf_init(&row);
	strbuf_addstr(&csv, REVIEW_CSV_HEADER);
	for (i = 0; i < n; i++) {
		struct review_item it;
		memset(&it, 0, sizeof(it));
		it.id = (char *)ids[i];
		it.platform = (char *)"facebook";
		it.text = (char *)texts[i];
		it.cls = CLASS_OTHER;
		it.confidence = 0.5;
		it.worth = 0.5;
		strbuf_reset(&row);
		review_csv_row(&row, &it);
		CHECK(row.len > 3 && !strcmp(row.buf + row.len - 3, ",\r\n")); /* the label is last, empty */
		if (i + 1 < n) {
			row.len -= 2;
			row.buf[row.len] = '\0';
			strbuf_addstr(&row, i % 2 ? "Question \r\n" : "criticism\r\n");
		}
		strbuf_addstr(&csv, row.buf);
	}
	r = labeled_parse("queue.csv", csv.buf, csv.len, &set);
	CHECK_EQ_LL(r, 0);
	CHECK_EQ_LL(set.n, n - 1);
	CHECK_EQ_LL(set.unlabeled, 1);
	for (i = 0; i < set.n && i + 1 < n; i++) {
		CHECK_EQ_STR(set.rows[i].text, texts[i]);
		CHECK_EQ_STR(set.rows[i].label, i % 2 ? "question" : "criticism");
	}
	labeled_release(&set);
	r = human_labels_parse("queue.csv", csv.buf, csv.len, &h);
	CHECK_EQ_LL(r, 0);
	CHECK_EQ_LL(h.n, n - 1);
	CHECK_EQ_LL(h.unlabeled, 1);
	for (i = 0; i + 1 < n; i++) {
		const struct human_label *hl = human_label_get(&h, ids[i]);
		CHECK(hl && hl->cls == (i % 2 ? CLASS_QUESTION : CLASS_CRITICISM));
	}
	CHECK(!human_label_get(&h, ids[n - 1]));
	human_labels_release(&h);
	strbuf_release(&csv);
	strbuf_release(&row);
}

int main(void)
{
	unsigned seed;

	unit_name = "review";
	worth_by_hand();
	spread();
	retired();
	csv_round_trip();
	for (seed = 1; seed <= 40; seed++)
		against_reference(seed, 50 + seed * 7, 1 + seed % 23, seed % 3 == 0 ? 1 + (int)(seed % 2) : 0);
	/* past the point where the queue prunes (65,536 candidates) */
	against_reference(41, 70000, 50, 0);
	against_reference(42, 140000, 200, 0);
	against_reference(43, 70000, 300, 1);
	against_reference(44, 70000, 300, 2);
	return unit_end();
}
