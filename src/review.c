/* review.c: the review queue (review.h): worth, identical texts picked once, and the greedy
 * pick spread over classes, languages and sources. Classification and output are the
 * command's (cmd_review.c). */
#include "review.h"
#include "outfmt.h"
#include "record.h"
#include "util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Below this many items the queue never prunes: pruning is a sort, not worth it for small runs. */
#define PRUNE_MIN 65536

double review_worth(double confidence, unsigned why)
{
	double q = 1 - confidence;

	if (q < 0)
		q = 0;
	if ((why & (REVIEW_DISAGREE | REVIEW_IRONY)) && q < 0.5)
		q = 0.5;
	return q * (why & REVIEW_EXCLUDED ? 2 : 1);
}

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= b[i];
		h *= 1099511628211ULL;
	}
	return h;
}

uint64_t review_text_hash(const struct norm *n, enum msg_class cls, enum msg_lang lang)
{
	uint64_t h = 14695981039346656037ULL;
	int extra[3];

	h = fnv(h, n->buf.buf ? n->buf.buf : "", n->buf.len);
	extra[0] = n->qmarks > 0;
	extra[1] = (int)cls;
	extra[2] = (int)lang;
	return fnv(h, extra, sizeof(extra));
}

void review_queue_init(struct review_queue *q, size_t want)
{
	memset(q, 0, sizeof(*q));
	q->want = want;
	q->prune_at = PRUNE_MIN;
}

static void item_free(struct review_item *it)
{
	free(it->id);
	free(it->platform);
	free(it->thread);
	free(it->text);
}

void review_queue_release(struct review_queue *q)
{
	size_t i;

	for (i = 0; i < q->len; i++)
		item_free(&q->items[i]);
	free(q->items);
	free(q->picked);
	memset(q, 0, sizeof(*q));
}

static int live(const struct review_item *it)
{
	return !it->gen || *it->gen == it->gen_at;
}

/* The queue order: more worth first, then the newest, then platform, id and thread (total). */
static int order_cmp(const struct review_item *a, const struct review_item *b)
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

static int group_cmp(const struct review_item *a, const struct review_item *b)
{
	int d;

	if (a->cls != b->cls)
		return a->cls < b->cls ? -1 : 1;
	if (a->lang != b->lang)
		return a->lang < b->lang ? -1 : 1;
	if ((d = strcmp(a->platform, b->platform)))
		return d;
	return a->channel - b->channel;
}

static int cmp_by_hash(const void *x, const void *y)
{
	const struct review_item *a = x, *b = y;

	if (a->text_hash != b->text_hash)
		return a->text_hash < b->text_hash ? -1 : 1;
	return order_cmp(a, b);
}

static int cmp_by_group(const void *x, const void *y)
{
	const struct review_item *a = x, *b = y;
	int d = group_cmp(a, b);

	return d ? d : order_cmp(a, b);
}

/* Keep only what can still be picked: live items, the first of each text, and the first
 * `want` of each group (the greedy pick takes a group's items in order, never more than
 * `want` of them). Leaves the items sorted by group, then in queue order.
 * A thread handed over again after a prune may have pushed out an item it no longer
 * outranks; threads come back only when exports overlap across folders, and the result is
 * still the same for the same inputs. */
static void prune(struct review_queue *q)
{
	size_t i, w = 0, run = 0;

	for (i = 0; i < q->len; i++) {
		if (live(&q->items[i]))
			q->items[w++] = q->items[i];
		else
			item_free(&q->items[i]);
	}
	q->len = w;
	if (!q->len)
		return; /* nothing to sort (and items may be NULL) */
	qsort(q->items, q->len, sizeof(*q->items), cmp_by_hash);
	for (i = w = 0; i < q->len; i++) {
		if (w && q->items[w - 1].text_hash == q->items[i].text_hash) {
			item_free(&q->items[i]);
			q->repeated++;
		} else {
			q->items[w++] = q->items[i];
		}
	}
	q->len = w;
	qsort(q->items, q->len, sizeof(*q->items), cmp_by_group);
	for (i = w = 0; i < q->len; i++) {
		run = w && !group_cmp(&q->items[w - 1], &q->items[i]) ? run + 1 : 0;
		if (run >= q->want)
			item_free(&q->items[i]);
		else
			q->items[w++] = q->items[i];
	}
	q->len = w;
	q->prune_at = q->len * 2 > PRUNE_MIN ? q->len * 2 : PRUNE_MIN;
}

void review_queue_add(struct review_queue *q, const struct review_item *it)
{
	struct review_item *c;

	if (q->len >= q->prune_at)
		prune(q);
	XGROW(q->items, q->cap, q->len + 1);
	c = &q->items[q->len++];
	*c = *it;
	c->id = xstrdup(it->id ? it->id : "");
	c->platform = xstrdup(it->platform ? it->platform : "");
	c->thread = xstrdup(it->thread ? it->thread : "");
	c->text = xstrdup(it->text ? it->text : "");
	c->worth = review_worth(it->confidence, it->why);
}

struct group {
	size_t head, end; /* items[head..end) not picked yet */
	size_t source;    /* index among the distinct (platform, channel) */
};

size_t review_queue_pick(struct review_queue *q, struct review_item ***out)
{
	struct group *g = NULL;
	size_t ng = 0, capg = 0, i, k, picks = 0, nsrc = 0;
	long by_cls[CLASS_N] = {0}, by_lang[LANG_N] = {0}, *by_src;

	prune(q);
	for (i = 0; i < q->len; i++) {
		if (ng && !group_cmp(&q->items[g[ng - 1].head], &q->items[i])) {
			g[ng - 1].end = i + 1;
			continue;
		}
		XGROW(g, capg, ng + 1);
		g[ng].head = i;
		g[ng].end = i + 1;
		/* the source of an earlier group with the same platform and channel, else a new one */
		g[ng].source = nsrc;
		for (k = 0; k < ng; k++) {
			const struct review_item *a = &q->items[g[k].head], *b = &q->items[i];
			if (a->channel == b->channel && !strcmp(a->platform, b->platform)) {
				g[ng].source = g[k].source;
				break;
			}
		}
		if (g[ng].source == nsrc)
			nsrc++;
		ng++;
	}
	by_src = xcalloc(nsrc ? nsrc : 1, sizeof(*by_src));
	q->picked = xmalloc((q->want < q->len ? q->want : q->len) * sizeof(*q->picked) + 1);
	while (picks < q->want) {
		long best = -1;
		double best_gain = 0;
		for (k = 0; k < ng; k++) {
			const struct review_item *it;
			double gain;
			if (g[k].head == g[k].end)
				continue;
			it = &q->items[g[k].head];
			gain = it->worth *
			       pow(REVIEW_SPREAD, (double)(by_cls[it->cls] + by_lang[it->lang] + by_src[g[k].source]));
			if (best < 0 || gain > best_gain ||
			    (gain == best_gain && order_cmp(it, &q->items[g[best].head]) < 0)) {
				best = (long)k;
				best_gain = gain;
			}
		}
		if (best < 0)
			break;
		{
			struct review_item *it = &q->items[g[best].head++];
			q->picked[picks++] = it;
			by_cls[it->cls]++;
			by_lang[it->lang]++;
			by_src[g[best].source]++;
		}
	}
	free(by_src);
	free(g);
	*out = q->picked;
	return picks;
}

void review_why_text(const struct review_item *it, struct strbuf *out)
{
	strbuf_addf(out, "worth %.2f: ", it->worth);
	if (it->why & REVIEW_EXCLUDED)
		strbuf_addstr(out, "excluded by the policy; ");
	strbuf_addf(out, "%sconfidence %.2f", it->why & REVIEW_LOW ? "low " : "", it->confidence);
	if (it->why & REVIEW_NO_CUE)
		strbuf_addstr(out, "; no cue");
	if (it->why & REVIEW_DISAGREE)
		strbuf_addf(out, "; rules %s, model %s", class_name(it->rules_cls), class_name(it->model_cls));
	if (it->why & REVIEW_IRONY)
		strbuf_addf(out, "; irony (%s)", it->irony ? it->irony : "rule");
}

static int formula_start(const char *s)
{
	return *s && strchr("=+-@\t\r", *s);
}

/* A field from the data. A spreadsheet takes a cell that opens with = + - @ (or a tab or CR)
 * for a formula: a citizen's "=HYPERLINK(...)" would run, or be mangled when saved. Such a
 * field gets a leading apostrophe, which the label readers (labels.c) take off again; so does
 * a field that already opens with an apostrophe before one of them, to come back unchanged. */
static void add_cell(struct strbuf *sb, const char *s)
{
	if (formula_start(s) || (*s == '\'' && formula_start(s + 1))) {
		struct strbuf g;
		strbuf_init(&g);
		strbuf_addch(&g, '\'');
		strbuf_addstr(&g, s);
		csv_add_field(sb, g.buf);
		strbuf_release(&g);
	} else {
		csv_add_field(sb, s);
	}
}

void review_csv_row(struct strbuf *sb, const struct review_item *it)
{
	char date[40];

	add_cell(sb, it->id);
	strbuf_addch(sb, ',');
	add_cell(sb, it->platform);
	strbuf_addf(sb, ",%s,%s,", it->channel == CHANNEL_PRIVATE ? "private" : "public",
	            time_format_when(&it->created, date));
	add_cell(sb, it->text);
	strbuf_addf(sb, ",%s,", class_name(it->cls));
	{
		struct strbuf why;
		strbuf_init(&why);
		review_why_text(it, &why);
		csv_add_field(sb, why.buf);
		strbuf_release(&why);
	}
	strbuf_addstr(sb, ",\r\n"); /* the label, for a person to fill */
}
