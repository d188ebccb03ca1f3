/* proof.c: collecting one citizen's messages with their context, and everyone's waits, while
 * the run goes; then the sheet. It reuses coverage_thread's answers and waits_thread's waits;
 * it never looks for answers itself and does not print (out_proof.c does). */
#include "proof.h"
#include "official.h"
#include "results.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

static char no_match;
#define NO_MATCH ((void *)&no_match)

void proof_init(struct proof *pf, const char *query, const struct waits_opts *wo)
{
	const char *slash = strchr(query, '/');
	struct strbuf f;

	memset(pf, 0, sizeof(*pf));
	arena_init(&pf->arena);
	strmap_init(&pf->people);
	strmap_init(&pf->pools);
	strbuf_init(&pf->a);
	strbuf_init(&pf->b);
	pf->wo = wo;
	pf->query = arena_strdup(&pf->arena, query);
	pf->q_rest = pf->query;
	/* "facebook/123": a platform as replycov names them (lowercase letters, digits, '-') */
	if (slash && slash > query && slash[1] &&
	    strspn(query, "abcdefghijklmnopqrstuvwxyz0123456789-") == (size_t)(slash - query)) {
		pf->q_platform = arena_strndup(&pf->arena, query, (size_t)(slash - query));
		pf->q_rest = pf->query + (slash - query) + 1;
	}
	strbuf_init(&f);
	text_fold_words(pf->q_rest, &f);
	pf->q_folded = arena_strdup(&pf->arena, f.buf);
	strbuf_release(&f);
}

static void pool_free(struct proof_pool *p)
{
	free(p->cal);
	free(p->svc);
	memset(p, 0, sizeof(*p));
}

void proof_release(struct proof *pf)
{
	size_t i;

	for (i = 0; i < pf->pools.cap; i++)
		if (pf->pools.slots[i].key)
			pool_free(pf->pools.slots[i].value);
	for (i = 0; i < pf->people.cap; i++)
		if (pf->people.slots[i].key)
			strmap_release(&((struct proof_person *)pf->people.slots[i].value)->threads);
	strmap_release(&pf->people);
	strmap_release(&pf->pools);
	strbuf_release(&pf->a);
	strbuf_release(&pf->b);
	arena_release(&pf->arena);
}

/* Does r's author answer to the query? 2: by id, 1: by name, 0: no. */
static int match(struct proof *pf, const struct record *r, struct strmap *names)
{
	const char *q = pf->q_rest;
	void *cached;

	if ((r->flags & REC_AUTHOR_UNKNOWN) || (pf->q_platform && strcmp(pf->q_platform, r->platform)))
		return 0;
	if (r->author_id && (!strcmp(r->author_id, q) || (q[0] == '@' && !strcmp(r->author_id, q + 1))))
		return 2;
	if (!r->author || !*pf->q_folded)
		return 0;
	cached = strmap_get(names, r->author);
	if (!cached) {
		strbuf_reset(&pf->a);
		text_fold_words(r->author, &pf->a);
		cached = !strcmp(pf->a.buf, pf->q_folded) ? (void *)2 : NO_MATCH;
		*strmap_put(names, r->author, NULL) = cached;
	}
	return cached == NO_MATCH ? 0 : 1;
}

static int cmp_ll(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;
	return x < y ? -1 : x > y;
}

static void pool_of(struct proof *pf, const struct thread *t, const struct thread_waits *w)
{
	struct proof_pool *p = strmap_get(&pf->pools, t->key);
	size_t i;

	if (p) {
		pool_free(p);
	} else {
		p = arena_alloc(&pf->arena, sizeof(*p));
		*strmap_put(&pf->pools, arena_strdup(&pf->arena, t->key), NULL) = p;
	}
	p->cal = xmalloc((w->n ? w->n : 1) * sizeof(long long));
	p->svc = xmalloc((w->n ? w->n : 1) * sizeof(long long));
	for (i = 0; i < w->n; i++) {
		p->need++;
		if (!(w->rows[i].flags & WAIT_ANSWERED))
			continue;
		p->answered++;
		p->cal[p->n] = w->rows[i].calendar_s;
		p->svc[p->n] = w->rows[i].service_s;
		p->n++;
	}
	qsort(p->cal, p->n, sizeof(long long), cmp_ll);
	qsort(p->svc, p->n, sizeof(long long), cmp_ll);
}

static const char *excerpt(struct proof *pf, const char *text, size_t chars)
{
	strbuf_reset(&pf->b);
	text_excerpt(text, chars, &pf->b);
	return arena_strdup(&pf->arena, pf->b.buf);
}

static void ctx_of(struct proof *pf, const struct thread *t, const struct thread_coverage *c, long i, const char *akey,
                   struct proof_ctx *x)
{
	const struct record *r = &t->recs[i];

	memset(x, 0, sizeof(*x));
	x->present = 1;
	x->id = arena_strdup(&pf->arena, r->id);
	x->official = c->official[i];
	x->author = arena_strdup(&pf->arena, r->author ? r->author : r->author_id);
	if (!x->official && !(r->flags & REC_AUTHOR_UNKNOWN) && (r->author || r->author_id)) {
		author_key(&pf->a, r);
		x->akey = arena_strdup(&pf->arena, pf->a.buf);
		x->subject = !strcmp(pf->a.buf, akey);
	}
	x->created = r->created;
	x->text = excerpt(pf, r->text, PROOF_EXCERPT);
}

static struct proof_person *person_of(struct proof *pf, const struct record *r, int by)
{
	struct proof_person *p;

	author_key(&pf->a, r);
	strbuf_reset(&pf->b);
	strbuf_addf(&pf->b, "%s/%s", r->platform, pf->a.buf);
	p = strmap_get(&pf->people, pf->b.buf);
	if (!p) {
		p = arena_alloc(&pf->arena, sizeof(*p));
		p->key = arena_strdup(&pf->arena, pf->b.buf);
		p->platform = arena_strdup(&pf->arena, r->platform);
		p->akey = arena_strdup(&pf->arena, pf->a.buf);
		p->author_id = arena_strdup(&pf->arena, r->author_id);
		strmap_init(&p->threads);
		*strmap_put(&pf->people, p->key, NULL) = p;
	}
	if (r->author && !p->name)
		p->name = arena_strdup(&pf->arena, r->author);
	if (by == 2)
		p->by_id = 1;
	return p;
}

/* A person met in the thread being added, with what they wrote there. */
struct seen {
	struct proof_person *p;
	struct proof_thread *pt;
	long all, official;
	long long first, last;
};

static void fill_msg(struct proof *pf, const struct thread *t, const struct thread_coverage *c, size_t j,
                     const struct wait_row *row, const char *akey, struct proof_msg *m)
{
	const struct comment_result *cr = &c->comments[j];
	const struct record *r = &t->recs[cr->rec];
	long prev, next;
	size_t k, cap_later = 0;
	struct strmap who;

	memset(m, 0, sizeof(*m));
	m->index = cr->rec;
	m->id = arena_strdup(&pf->arena, r->id);
	m->parent = arena_strdup(&pf->arena, r->parent);
	m->created = r->created;
	m->channel = r->channel;
	m->text = arena_strdup(&pf->arena, r->text);
	m->flags = r->flags;
	m->cls = r->cls;
	m->lang = r->lang;
	m->conf = r->conf;
	m->by = r->by;
	m->status = cr->status;
	m->rule = cr->rule;
	m->reason = cr->reason;
	m->wait_cal = m->wait_svc = -1;
	if (cr->status == STATUS_ANSWERED) {
		const struct record *a = &t->recs[cr->answer];
		m->answer_id = arena_strdup(&pf->arena, a->id);
		m->answer_author = arena_strdup(&pf->arena, a->author ? a->author : a->author_id);
		m->answer_text = excerpt(pf, a->text, 1000);
		m->answered = a->created;
		m->wait_cal = cr->wait;
		m->wait_svc = cr->wait;
	}
	if (row) {
		m->wait_flags = row->flags;
		if (row->flags & WAIT_ANSWERED) {
			m->wait_cal = row->calendar_s;
			m->wait_svc = row->service_s;
			if (row->agent >= 0 && pf->wo->agents)
				m->agent = arena_strdup(&pf->arena, pf->wo->agents->names[row->agent]);
		}
	}
	if (t->parent[cr->rec] >= 0 && t->parent[cr->rec] != t->post)
		ctx_of(pf, t, c, t->parent[cr->rec], akey, &m->reply_to);
	for (prev = cr->rec - 1; prev >= 0 && prev == t->post; prev--)
		;
	for (next = cr->rec + 1; next < (long)t->n && next == t->post; next++)
		;
	if (prev >= 0)
		ctx_of(pf, t, c, prev, akey, &m->before);
	if (next < (long)t->n)
		ctx_of(pf, t, c, next, akey, &m->after);
	strmap_init(&who);
	for (k = j + 1; k < c->n_comments; k++) {
		const struct comment_result *o = &c->comments[k];
		const struct record * or = &t->recs[o->rec];
		long long at;
		if (o->status != STATUS_ANSWERED)
			continue;
		at = t->recs[o->answer].created.utc;
		if (cr->status == STATUS_ANSWERED) {
			if (at < m->answered.utc)
				m->later_answered_first++;
			continue;
		}
		if (cr->status != STATUS_UNANSWERED)
			continue;
		if (!(or->flags & REC_AUTHOR_UNKNOWN)) {
			author_key(&pf->a, or);
			if (!strcmp(pf->a.buf, akey))
				continue; /* the person's own later comments are theirs, not others' */
		}
		{
			struct proof_other *x;
			if (m->n_later == cap_later) {
				/* in the arena, doubling: the old copy is the price of one arena per run */
				struct proof_other *nv =
				    arena_alloc(&pf->arena, (cap_later ? 2 * cap_later : 8) * sizeof(*nv));
				if (cap_later)
					memcpy(nv, m->later, cap_later * sizeof(*nv));
				m->later = nv;
				cap_later = cap_later ? 2 * cap_later : 8;
			}
			x = &m->later[m->n_later++];
			x->id = arena_strdup(&pf->arena, or->id);
			x->author = arena_strdup(&pf->arena, or->author ? or->author : or->author_id);
			x->akey = (or->flags & REC_AUTHOR_UNKNOWN) ? NULL : arena_strdup(&pf->arena, pf->a.buf);
			x->created = or->created;
			x->answered_at = at;
			x->rule = o->rule;
			x->wait = o->wait;
			if (x->akey && !strmap_get(&who, x->akey)) {
				*strmap_put(&who, x->akey, NULL) = (void *)1;
				m->later_citizens++;
			} else if (!x->akey) {
				m->later_citizens++;
			}
		}
	}
	strmap_release(&who);
}

void proof_add(struct proof *pf, const struct thread *t, const struct thread_coverage *c, int replace)
{
	struct strmap names;
	struct seen *seen = NULL;
	size_t n_seen = 0, cap_seen = 0, i, j, s;
	struct thread_waits w;
	const struct wait_row **row_of;

	(void)replace;
	waits_thread(t, c, pf->wo, &w);
	pool_of(pf, t, &w);
	strmap_init(&names);
	for (i = 0; i < t->n; i++) {
		const struct record *r = &t->recs[i];
		struct proof_person *p;
		int by = match(pf, r, &names);
		if (!by)
			continue;
		p = person_of(pf, r, by);
		for (s = 0; s < n_seen && seen[s].p != p; s++)
			;
		if (s == n_seen) {
			struct proof_thread *pt = strmap_get(&p->threads, t->key);
			if (!pt) {
				pt = arena_alloc(&pf->arena, sizeof(*pt));
				pt->key = arena_strdup(&pf->arena, t->key);
				*strmap_put(&p->threads, pt->key, NULL) = pt;
			} else {
				/* handed over again (a re-read): start from nothing */
				const char *key = pt->key;
				memset(pt, 0, sizeof(*pt));
				pt->key = key;
			}
			XGROW(seen, cap_seen, n_seen + 1);
			memset(&seen[n_seen], 0, sizeof(*seen));
			seen[n_seen].p = p;
			seen[n_seen].pt = pt;
			n_seen++;
		}
		if (c->official[i]) {
			seen[s].official++;
			continue;
		}
		if (!seen[s].all || r->created.utc < seen[s].first)
			seen[s].first = r->created.utc;
		if (!seen[s].all || r->created.utc > seen[s].last)
			seen[s].last = r->created.utc;
		seen[s].all++;
	}
	strmap_release(&names);
	row_of = xcalloc(c->n_comments ? c->n_comments : 1, sizeof(*row_of));
	{
		long *comment_of = xmalloc((w.n ? w.n : 1) * sizeof(long));
		thread_waits_comments(&w, t, c, comment_of);
		for (i = 0; i < w.n; i++)
			row_of[comment_of[i]] = &w.rows[i];
		free(comment_of);
	}
	for (s = 0; s < n_seen; s++) {
		struct proof_thread *pt = seen[s].pt;
		const struct proof_person *p = seen[s].p;
		size_t cap = 0;
		pt->platform = arena_strdup(&pf->arena, t->platform);
		pt->id = arena_strdup(&pf->arena, t->id);
		pt->official_name = arena_strdup(&pf->arena, c->official_name);
		pt->channel = t->n ? t->recs[t->n - 1].channel : CHANNEL_PUBLIC;
		if (t->post >= 0)
			ctx_of(pf, t, c, t->post, p->akey, &pt->post);
		/* as results.c names threads, so the sheet and the report say the same */
		pt->headline = NULL;
		if (t->post >= 0) {
			strbuf_reset(&pf->b);
			text_headline(t->recs[t->post].text, 60, &pf->b);
			if (pf->b.len)
				pt->headline = arena_strdup(&pf->arena, pf->b.buf);
		}
		pt->post_time = t->post >= 0 ? t->recs[t->post].created.utc : t->n ? t->recs[0].created.utc : 0;
		pt->private_conv = t->n > 0;
		for (j = 0; j < t->n && pt->private_conv; j++)
			pt->private_conv = t->recs[j].channel == CHANNEL_PRIVATE;
		pt->all = seen[s].all;
		pt->official = seen[s].official;
		pt->first = seen[s].first;
		pt->last = seen[s].last;
		for (j = 0; j < c->n_comments; j++) {
			const struct record *r = &t->recs[c->comments[j].rec];
			if ((r->flags & REC_AUTHOR_UNKNOWN) || strcmp(r->platform, p->platform))
				continue;
			author_key(&pf->a, r);
			if (strcmp(pf->a.buf, p->akey))
				continue;
			if (pt->n_msgs == cap) {
				struct proof_msg *nv = arena_alloc(&pf->arena, (cap ? 2 * cap : 4) * sizeof(*nv));
				if (cap)
					memcpy(nv, pt->msgs, cap * sizeof(*nv));
				pt->msgs = nv;
				cap = cap ? 2 * cap : 4;
			}
			fill_msg(pf, t, c, j, row_of[j], p->akey, &pt->msgs[pt->n_msgs++]);
		}
		pt->outside_period = pt->all - (long)pt->n_msgs;
	}
	free(row_of);
	free(seen);
	thread_waits_release(&w);
}

static int cmp_person(const void *a, const void *b)
{
	const struct proof_person *x = *(const struct proof_person *const *)a;
	const struct proof_person *y = *(const struct proof_person *const *)b;
	int c = strcmp(x->platform, y->platform);

	if (c)
		return c;
	c = strcmp(x->name ? x->name : "", y->name ? y->name : "");
	return c ? c : strcmp(x->key, y->key);
}

struct proof_person **proof_candidates(const struct proof *pf, size_t *n)
{
	struct proof_person **v = xmalloc((pf->people.len ? pf->people.len : 1) * sizeof(*v));
	size_t i, k, by_id = 0;

	*n = 0;
	for (i = 0; i < pf->people.cap; i++) {
		struct proof_person *p = pf->people.slots[i].value;
		int any = 0;
		if (!pf->people.slots[i].key)
			continue;
		p->messages = p->official_messages = 0;
		for (k = 0; k < p->threads.cap; k++) {
			const struct proof_thread *pt = p->threads.slots[k].value;
			if (!p->threads.slots[k].key)
				continue;
			p->official_messages += pt->official;
			if (!pt->all)
				continue;
			if (!any || pt->first < p->first)
				p->first = pt->first;
			if (!any || pt->last > p->last)
				p->last = pt->last;
			any = 1;
			p->messages += pt->all;
		}
		v[(*n)++] = p;
		by_id += (size_t)p->by_id;
	}
	/* An id names one person; a display name only when no id matched. */
	if (by_id) {
		for (i = 0, k = 0; i < *n; i++)
			if (v[i]->by_id)
				v[k++] = v[i];
		*n = k;
	}
	qsort(v, *n, sizeof(*v), cmp_person);
	return v;
}

static int cmp_item(const void *a, const void *b)
{
	const struct proof_item *x = a, *y = b;
	int c;

	if (x->m->created.utc != y->m->created.utc)
		return x->m->created.utc < y->m->created.utc ? -1 : 1;
	c = id_cmp(x->t->key, y->t->key);
	if (c)
		return c;
	c = strcmp(x->t->key, y->t->key);
	if (c)
		return c;
	return x->m->index < y->m->index ? -1 : x->m->index > y->m->index;
}

static int cmp_thread(const void *a, const void *b)
{
	const struct proof_thread *x = *(const struct proof_thread *const *)a;
	const struct proof_thread *y = *(const struct proof_thread *const *)b;
	int c = id_cmp(x->key, y->key);
	return c ? c : strcmp(x->key, y->key);
}

/* Others' waits: pool values with one occurrence of each of the person's own taken out. Both
 * sorted; the result is sorted. */
static size_t subtract(const long long *all, size_t n, const long long *own, size_t n_own, long long *out)
{
	size_t i = 0, k = 0, o = 0;

	while (i < n) {
		if (k < n_own && own[k] < all[i]) {
			k++; /* not in the pool (cannot happen with consistent inputs) */
			continue;
		}
		if (k < n_own && own[k] == all[i]) {
			k++;
			i++;
			continue;
		}
		out[o++] = all[i++];
	}
	return o;
}

/* First index with v[i] >= x (or > x when after). */
static size_t bound(const long long *v, size_t n, long long x, int after)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid] < x || (after && v[mid] == x))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void rank(const long long *v, size_t n, long long w, struct proof_rank *r)
{
	size_t lo = bound(v, n, w, 0), hi = bound(v, n, w, 1);

	r->n = (long)n;
	r->less = (long)lo;
	r->equal = (long)(hi - lo);
	r->more = (long)(n - hi);
	/* twice the share, rounded half up, in integers: the same digits everywhere */
	r->percentile =
	    n ? (int)((200 * (long long)lo + 100 * (long long)(hi - lo) + (long long)n) / (2 * (long long)n)) : -1;
}

/* Others' waits in the given pools (cal and svc), and their counts. */
static void scope_of(const struct proof_pool *const *pools, size_t np, const long long *own_cal,
                     const long long *own_svc, size_t n_own, long own_need, struct proof_scope *sc, long long **cal,
                     long long **svc, size_t *n)
{
	size_t total = 0, i, k = 0;
	long long *all_cal, *all_svc;

	memset(sc, 0, sizeof(*sc));
	for (i = 0; i < np; i++) {
		total += pools[i]->n;
		sc->need += pools[i]->need;
		sc->answered += pools[i]->answered;
	}
	sc->need -= own_need;
	sc->answered -= (long)n_own;
	all_cal = xmalloc((total ? total : 1) * sizeof(long long));
	all_svc = xmalloc((total ? total : 1) * sizeof(long long));
	for (i = 0; i < np; i++) {
		memcpy(all_cal + k, pools[i]->cal, pools[i]->n * sizeof(long long));
		memcpy(all_svc + k, pools[i]->svc, pools[i]->n * sizeof(long long));
		k += pools[i]->n;
	}
	qsort(all_cal, total, sizeof(long long), cmp_ll);
	qsort(all_svc, total, sizeof(long long), cmp_ll);
	*cal = xmalloc((total ? total : 1) * sizeof(long long));
	*svc = xmalloc((total ? total : 1) * sizeof(long long));
	*n = subtract(all_cal, total, own_cal, n_own, *cal);
	subtract(all_svc, total, own_svc, n_own, *svc);
	sc->median_cal = percentile(*cal, *n, 50);
	sc->median_svc = percentile(*svc, *n, 50);
	free(all_cal);
	free(all_svc);
}

void proof_sheet_build(const struct proof *pf, const struct proof_person *who, struct proof_sheet *s)
{
	size_t i, k, n_own = 0, np = 0, n_same, n_all;
	long long *own_cal, *own_svc, *same_cal, *same_svc, *all_cal, *all_svc;
	const struct proof_pool **pools;

	memset(s, 0, sizeof(*s));
	s->who = who;
	s->threads = xmalloc((who->threads.len ? who->threads.len : 1) * sizeof(*s->threads));
	for (i = 0; i < who->threads.cap; i++) {
		const struct proof_thread *pt = who->threads.slots[i].value;
		if (!who->threads.slots[i].key)
			continue;
		s->outside_period += pt->outside_period;
		if (pt->n_msgs) {
			s->threads[s->n_threads++] = pt;
			s->n_items += pt->n_msgs;
		}
	}
	qsort(s->threads, s->n_threads, sizeof(*s->threads), cmp_thread);
	s->items = xmalloc((s->n_items ? s->n_items : 1) * sizeof(*s->items));
	own_cal = xmalloc((s->n_items ? s->n_items : 1) * sizeof(long long));
	own_svc = xmalloc((s->n_items ? s->n_items : 1) * sizeof(long long));
	pools = xmalloc((s->n_threads ? s->n_threads : 1) * sizeof(*pools));
	s->n_items = 0;
	for (i = 0; i < s->n_threads; i++) {
		const struct proof_thread *pt = s->threads[i];
		const struct proof_pool *pool = strmap_get(&pf->pools, pt->key);
		if (pool)
			pools[np++] = pool;
		for (k = 0; k < pt->n_msgs; k++) {
			const struct proof_msg *m = &pt->msgs[k];
			struct proof_item *it = &s->items[s->n_items++];
			memset(it, 0, sizeof(*it));
			it->t = pt;
			it->m = m;
			if (m->channel == CHANNEL_PRIVATE)
				s->private_msgs++;
			else
				s->public_msgs++;
			if (m->status == STATUS_NOT_NEEDED) {
				s->not_needed++;
				continue;
			}
			s->need++;
			if (m->status == STATUS_UNANSWERED) {
				s->unanswered++;
				continue;
			}
			s->answered++;
			own_cal[n_own] = m->wait_cal;
			own_svc[n_own] = m->wait_svc;
			n_own++;
		}
	}
	qsort(s->items, s->n_items, sizeof(*s->items), cmp_item);
	qsort(own_cal, n_own, sizeof(long long), cmp_ll);
	qsort(own_svc, n_own, sizeof(long long), cmp_ll);
	s->median_cal = percentile(own_cal, n_own, 50);
	s->median_svc = percentile(own_svc, n_own, 50);
	s->never_answered = s->need > 0 && !s->answered;
	scope_of(pools, np, own_cal, own_svc, n_own, s->need, &s->same, &same_cal, &same_svc, &n_same);
	free(pools);
	pools = xmalloc((pf->pools.len ? pf->pools.len : 1) * sizeof(*pools));
	np = 0;
	for (i = 0; i < pf->pools.cap; i++)
		if (pf->pools.slots[i].key)
			pools[np++] = pf->pools.slots[i].value;
	scope_of(pools, np, own_cal, own_svc, n_own, s->need, &s->all, &all_cal, &all_svc, &n_all);
	for (i = 0; i < s->n_items; i++) {
		struct proof_item *it = &s->items[i];
		if (it->m->status != STATUS_ANSWERED)
			continue;
		rank(same_cal, n_same, it->m->wait_cal, &it->same_cal);
		rank(same_svc, n_same, it->m->wait_svc, &it->same_svc);
		rank(all_cal, n_all, it->m->wait_cal, &it->all_cal);
		rank(all_svc, n_all, it->m->wait_svc, &it->all_svc);
	}
	free(pools);
	free(own_cal);
	free(own_svc);
	free(same_cal);
	free(same_svc);
	free(all_cal);
	free(all_svc);
}

void proof_sheet_release(struct proof_sheet *s)
{
	free(s->threads);
	free(s->items);
	memset(s, 0, sizeof(*s));
}
