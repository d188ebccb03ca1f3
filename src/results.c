/* results.c: folding per-thread coverage into run-wide figures. No printing here. */
#include "results.h"
#include "pack.h"
#include "stats.h"
#include "text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void results_init(struct results *r, int keep_excerpts)
{
	memset(r, 0, sizeof(*r));
	arena_init(&r->arena);
	strmap_init(&r->threads);
	strmap_init(&r->citizens);
	strmap_init(&r->platforms);
	r->keep_excerpts = keep_excerpts;
	strbuf_init(&r->scratch);
	strbuf_init(&r->packed);
	spill_init(&r->store);
}

void results_release(struct results *r)
{
	size_t i;

	for (i = 0; i < r->threads.cap; i++) {
		struct thread_result *tr = r->threads.slots[i].value;
		if (!r->threads.slots[i].key)
			continue;
		free(tr->waits);
		pack_drop(&tr->contrib);
		free(tr->orphans_by_file);
	}
	strmap_release(&r->threads);
	strmap_release(&r->citizens);
	strmap_release(&r->platforms);
	free(r->people);
	r->people = NULL;
	r->n_people = r->cap_people = 0;
	free(r->scratch_contrib);
	r->scratch_contrib = NULL;
	r->cap_scratch_contrib = 0;
	strbuf_release(&r->packed);
	spill_release(&r->store);
	if (r->keep_excerpts)
		for (i = 0; i < r->n_unans; i++)
			free((char *)r->unans[i].id);
	free(r->unans);
	free(r->first_unans);
	free(r->last_unans);
	free(r->listed);
	strbuf_release(&r->scratch);
	arena_release(&r->arena);
}

long long percentile(const long long *v, size_t n, double p)
{
	double h, lo;
	size_t k;

	if (!n)
		return -1;
	h = (double)(n - 1) * p / 100.0;
	k = (size_t)floor(h);
	lo = (double)v[k];
	if (k + 1 < n)
		lo += (h - (double)k) * (double)(v[k + 1] - v[k]);
	return (long long)floor(lo + 0.5);
}

/* The citizen's key: platform '/' author key. */
static void citizen_key(struct results *r, const struct record *rec, struct strbuf *key)
{
	strbuf_reset(key);
	strbuf_addstr(key, rec->platform);
	strbuf_addch(key, '/');
	author_key(&r->scratch, rec);
	strbuf_add(key, r->scratch.buf, r->scratch.len);
}

/* The run's copy of a platform name: a handful for any number of citizens. */
static const char *platform_of(struct results *r, const char *platform)
{
	const char *p = strmap_get(&r->platforms, platform);

	if (!p) {
		p = arena_strdup(&r->arena, platform);
		*strmap_put(&r->platforms, p, NULL) = (void *)p;
	}
	return p;
}

/* The index in r->people of the citizen of key (citizen_key of rec), added when new. A
 * hundred thousand citizens are kept to the end of a run: their strings are shared where
 * they can be (the author id is the end of the key "platform/id:AUTHOR_ID"). */
static size_t citizen_of(struct results *r, const struct record *rec, const struct strbuf *key)
{
	struct citizen *c;
	size_t at = (size_t)strmap_get(&r->citizens, key->buf), plen = strlen(rec->platform);

	if (at)
		return at - 1;
	c = arena_alloc(&r->arena, sizeof(*c));
	c->key = arena_strdup(&r->arena, key->buf);
	c->platform = platform_of(r, rec->platform);
	if (rec->author_id && !strncmp(c->key + plen, "/id:", 4) && !strcmp(c->key + plen + 4, rec->author_id))
		c->author_id = c->key + plen + 4;
	else
		c->author_id = arena_strdup(&r->arena, rec->author_id);
	if (!rec->author)
		c->name = c->author_id;
	else if (rec->author_id && !strcmp(rec->author, rec->author_id))
		c->name = c->author_id;
	else
		c->name = arena_strdup(&r->arena, rec->author);
	if (r->keep_excerpts && r->n_people == r->cap_chain) {
		size_t cap = r->cap_chain;
		XGROW(r->first_unans, cap, r->n_people + 1);
		XGROW(r->last_unans, r->cap_chain, r->n_people + 1);
	}
	if (r->keep_excerpts)
		r->first_unans[r->n_people] = r->last_unans[r->n_people] = -1;
	XGROW(r->people, r->cap_people, r->n_people + 1);
	r->people[r->n_people++] = c;
	*strmap_put(&r->citizens, c->key, NULL) = (void *)r->n_people;
	return r->n_people - 1;
}

/* Contributions packed: per citizen its index in r->people, then answered, unanswered and
 * not needed (comments and need are sums of these). */
static void pack_contributions(struct results *r, struct thread_result *tr, const size_t *idx)
{
	size_t i;

	strbuf_reset(&r->packed);
	tr->citizens_unanswered = 0;
	for (i = 0; i < tr->n_contrib; i++) {
		const struct contribution *k = &r->scratch_contrib[i];
		pack_uint(&r->packed, idx[i]);
		pack_uint(&r->packed, (unsigned long long)k->answered);
		pack_uint(&r->packed, (unsigned long long)k->unanswered);
		pack_uint(&r->packed, (unsigned long long)k->not_needed);
		if (k->need && !k->answered)
			tr->citizens_unanswered++;
	}
	pack_keep(&r->store, &r->packed, &tr->contrib);
}

struct contribution *results_contributions(const struct results *r, const struct thread_result *tr, size_t *n)
{
	struct contribution *v = xmalloc((tr->n_contrib ? tr->n_contrib : 1) * sizeof(*v));
	unsigned char *buf = NULL;
	/* Reading back moves the file's position, nothing the results show. */
	const unsigned char *p = pack_fetch((struct spill *)&r->store, &tr->contrib, &buf);
	size_t i;

	for (i = 0; p && i < tr->n_contrib; i++) {
		v[i].who = r->people[unpack_uint(&p)];
		v[i].answered = (int)unpack_uint(&p);
		v[i].unanswered = (int)unpack_uint(&p);
		v[i].not_needed = (int)unpack_uint(&p);
		v[i].need = v[i].answered + v[i].unanswered;
		v[i].comments = v[i].need + v[i].not_needed;
	}
	*n = i;
	free(buf);
	return v;
}

/* Listing mode keeps only what the "never answered" listing can show: comments of citizens
 * with no answer yet, from live thread versions. Run when the array is full, so the cost is
 * amortised and memory follows the unanswered citizens, not the input. */
static void compact(struct results *r)
{
	size_t i, out = 0;

	for (i = 0; i < r->n_unans; i++)
		r->first_unans[r->unans[i].who_idx] = r->last_unans[r->unans[i].who_idx] = -1;
	for (i = 0; i < r->n_unans; i++) {
		struct unanswered u = r->unans[i];
		if (u.gen != u.thread->gen || u.who->answered > 0) {
			free((char *)u.id);
			continue;
		}
		u.next = -1;
		if (r->last_unans[u.who_idx] >= 0)
			r->unans[r->last_unans[u.who_idx]].next = (long)out;
		else
			r->first_unans[u.who_idx] = (long)out;
		r->last_unans[u.who_idx] = (long)out;
		r->unans[out++] = u;
	}
	r->n_unans = out;
}

static void retract(struct results *r, struct thread_result *tr)
{
	size_t n, i;
	struct contribution *v = results_contributions(r, tr, &n);

	for (i = 0; i < n; i++) {
		struct contribution *k = &v[i];
		k->who->comments -= k->comments;
		k->who->need -= k->need;
		k->who->answered -= k->answered;
		k->who->unanswered -= k->unanswered;
		k->who->not_needed -= k->not_needed;
		k->who->threads--;
	}
	free(v);
	pack_drop(&tr->contrib);
	free(tr->waits);
	free(tr->orphans_by_file);
	tr->orphans_by_file = NULL;
	tr->n_orphan_files = 0;
	tr->waits = NULL;
	tr->n_contrib = tr->n_waits = 0;
	tr->citizens_unanswered = 0;
	tr->gen++;
}

void results_add(struct results *r, const struct thread *t, const struct thread_coverage *c, int replace)
{
	struct thread_result *tr = strmap_get(&r->threads, t->key);
	struct strmap seen; /* citizen -> contribution index + 1, within this thread */
	struct strbuf key, ex;
	size_t i, cap_idx = 0, *idx = NULL; /* each contribution's citizen, as an index */
	long long *waits;

	(void)replace;
	if (tr) {
		retract(r, tr);
	} else {
		tr = arena_alloc(&r->arena, sizeof(*tr));
		tr->key = arena_strdup(&r->arena, t->key);
		tr->platform = platform_of(r, t->platform);
		tr->id = tr->key + strlen(t->platform) + 1; /* the key is "platform/id" */
		*strmap_put(&r->threads, tr->key, NULL) = tr;
	}
	strbuf_init(&key);
	strbuf_init(&ex);
	tr->official_name = arena_strdup(&r->arena, c->official_name);
	tr->source = c->source;
	tr->messages = (long)t->n;
	tr->official = c->n_official;
	tr->comments = (long)c->n_comments;
	tr->answered = c->answered;
	tr->unanswered = c->unanswered;
	tr->not_needed = c->not_needed;
	tr->need = c->answered + c->unanswered;
	tr->not_needed_class = c->not_needed_class;
	tr->outside_period = c->outside_period;
	tr->unknown_author = c->unknown_author;
	tr->duplicates = t->duplicates;
	tr->changed = t->changed;
	tr->orphans = t->orphans;
	tr->cycles = t->cycles;
	tr->first = t->n ? t->recs[0].created.utc : 0;
	tr->last = t->n ? t->recs[t->n - 1].created.utc : 0;
	tr->title = tr->headline = NULL;
	tr->post_time = t->post >= 0 ? t->recs[t->post].created.utc : tr->first;
	tr->private_conv = t->n > 0;
	for (i = 0; i < t->n && tr->private_conv; i++)
		tr->private_conv = t->recs[i].channel == CHANNEL_PRIVATE;
	if (t->post >= 0 && *t->recs[t->post].text) {
		text_excerpt(t->recs[t->post].text, 60, &ex);
		tr->title = arena_strdup(&r->arena, ex.buf);
		strbuf_reset(&ex);
		text_headline(t->recs[t->post].text, 60, &ex);
		if (ex.len)
			tr->headline = arena_strdup(&r->arena, ex.buf);
	}
	if (t->orphans) {
		size_t cap = 0, k;
		for (i = 0; i < t->n; i++) {
			const char *f = t->recs[i].loc.file;
			if (!(t->recs[i].flags & REC_ORPHAN))
				continue;
			for (k = 0; k < tr->n_orphan_files && tr->orphans_by_file[k].file != f; k++)
				;
			if (k == tr->n_orphan_files) {
				XGROW(tr->orphans_by_file, cap, k + 1);
				tr->orphans_by_file[k].file = f;
				tr->orphans_by_file[k].n = 0;
				tr->n_orphan_files++;
			}
			tr->orphans_by_file[k].n++;
		}
	}
	waits = xmalloc((c->answered ? (size_t)c->answered : 1) * sizeof(long long));
	strmap_init(&seen);
	for (i = 0; i < c->n_comments; i++) {
		const struct comment_result *cr = &c->comments[i];
		const struct record *rec = &t->recs[cr->rec];
		struct citizen *who;
		size_t who_idx;
		struct contribution *k;
		size_t at;
		if (cr->status == STATUS_ANSWERED)
			waits[tr->n_waits++] = cr->wait;
		if (rec->flags & REC_AUTHOR_UNKNOWN)
			continue;
		/* The thread's own map first: it is small and warm, the run's is large. */
		citizen_key(r, rec, &key);
		at = (size_t)strmap_get(&seen, key.buf);
		if (at) {
			who = r->scratch_contrib[at - 1].who;
			who_idx = idx[at - 1];
		} else {
			size_t id = citizen_of(r, rec, &key);
			who = r->people[id];
			XGROW(r->scratch_contrib, r->cap_scratch_contrib, tr->n_contrib + 1);
			XGROW(idx, cap_idx, tr->n_contrib + 1);
			memset(&r->scratch_contrib[tr->n_contrib], 0, sizeof(*r->scratch_contrib));
			r->scratch_contrib[tr->n_contrib].who = who;
			idx[tr->n_contrib] = id;
			who_idx = id;
			at = ++tr->n_contrib;
			*strmap_put(&seen, who->key, NULL) = (void *)at;
			who->threads++;
		}
		k = &r->scratch_contrib[at - 1];
		k->comments++;
		who->comments++;
		switch (cr->status) {
		case STATUS_ANSWERED:
			k->answered++, k->need++;
			who->answered++, who->need++;
			break;
		case STATUS_NOT_NEEDED:
			k->not_needed++;
			who->not_needed++;
			break;
		case STATUS_UNANSWERED: {
			struct unanswered *u;
			k->unanswered++, k->need++;
			who->unanswered++, who->need++;
			if (!r->keep_excerpts)
				break; /* only the text listing needs the comments themselves */
			if (r->n_unans == r->cap_unans) {
				compact(r);
				/* Still more than half full: grow now, or the next few comments would
				 * compact again and again. */
				if (r->n_unans > r->cap_unans / 2)
					XGROW(r->unans, r->cap_unans, r->n_unans * 2 + 16);
			}
			XGROW(r->unans, r->cap_unans, r->n_unans + 1);
			u = &r->unans[r->n_unans++];
			u->thread = tr;
			u->gen = tr->gen;
			u->who = who;
			u->who_idx = who_idx;
			u->time = rec->created.utc;
			u->excerpt = NULL;
			u->next = -1;
			if (r->last_unans[who_idx] >= 0)
				r->unans[r->last_unans[who_idx]].next = (long)(r->n_unans - 1);
			else
				r->first_unans[who_idx] = (long)(r->n_unans - 1);
			r->last_unans[who_idx] = (long)(r->n_unans - 1);
			if (r->keep_excerpts) {
				/* id and excerpt in one block, freed when the citizen turns out answered */
				size_t il = strlen(rec->id);
				char *blk;
				strbuf_reset(&ex);
				if (r->pv && r->pv->ps) {
					struct strbuf pt;
					strbuf_init(&pt);
					privacy_text(r->pv, rec->platform, rec->text, NULL, &pt);
					text_excerpt(pt.buf, 80, &ex);
					strbuf_release(&pt);
				} else {
					text_excerpt(rec->text, 80, &ex);
				}
				blk = xmalloc(il + ex.len + 2);
				memcpy(blk, rec->id, il + 1);
				memcpy(blk + il + 1, ex.buf, ex.len + 1);
				u->id = blk;
				u->excerpt = blk + il + 1;
			} else {
				u->id = arena_strdup(&r->arena, rec->id);
			}
			break;
		}
		}
	}
	strmap_release(&seen);
	pack_contributions(r, tr, idx);
	free(idx);
	sort_ll(waits, tr->n_waits);
	tr->median_s = percentile(waits, tr->n_waits, 50);
	tr->p90_s = percentile(waits, tr->n_waits, 90);
	strbuf_reset(&r->packed);
	for (i = 0; i < tr->n_waits; i++)
		pack_int(&r->packed,
		         (long long)((unsigned long long)waits[i] - (unsigned long long)(i ? waits[i - 1] : 0)));
	tr->waits = pack_copy(&r->packed);
	free(waits);
	strbuf_release(&key);
	strbuf_release(&ex);
}

static int cmp_thread(const void *a, const void *b)
{
	const struct thread_result *x = *(const struct thread_result *const *)a;
	const struct thread_result *y = *(const struct thread_result *const *)b;
	int c = id_cmp(x->key, y->key);
	return c ? c : strcmp(x->key, y->key);
}

static int cmp_citizen(const void *a, const void *b)
{
	const struct citizen *x = *(const struct citizen *const *)a, *y = *(const struct citizen *const *)b;
	int c = id_cmp(x->key, y->key);
	return c ? c : strcmp(x->key, y->key);
}

static int cmp_never(const void *a, const void *b)
{
	const struct citizen *x = *(const struct citizen *const *)a, *y = *(const struct citizen *const *)b;
	int c;

	if (x->need != y->need)
		return x->need > y->need ? -1 : 1;
	c = strcmp(x->name ? x->name : "", y->name ? y->name : "");
	return c ? c : cmp_citizen(a, b);
}

struct thread_result **results_threads(const struct results *r, size_t *n)
{
	struct thread_result **v = xmalloc((r->threads.len ? r->threads.len : 1) * sizeof(*v));
	size_t i;

	*n = 0;
	for (i = 0; i < r->threads.cap; i++)
		if (r->threads.slots[i].key)
			v[(*n)++] = r->threads.slots[i].value;
	qsort(v, *n, sizeof(*v), cmp_thread);
	return v;
}

struct citizen **results_citizens(const struct results *r, size_t *n)
{
	struct citizen **v = xmalloc((r->n_people ? r->n_people : 1) * sizeof(*v));
	size_t i;

	*n = 0;
	for (i = 0; i < r->n_people; i++)
		if (r->people[i]->comments > 0)
			v[(*n)++] = r->people[i];
	qsort(v, *n, sizeof(*v), cmp_citizen);
	return v;
}

struct citizen **results_never_answered(const struct results *r, size_t *n)
{
	struct citizen **v = xmalloc((r->n_people ? r->n_people : 1) * sizeof(*v));
	size_t i;

	*n = 0;
	for (i = 0; i < r->n_people; i++) {
		struct citizen *c = r->people[i];
		if (c->need > 0 && c->answered == 0)
			v[(*n)++] = c;
	}
	qsort(v, *n, sizeof(*v), cmp_never);
	return v;
}

static int cmp_unans(const void *a, const void *b)
{
	const struct unanswered *x = *(const struct unanswered *const *)a, *y = *(const struct unanswered *const *)b;
	int c = strcmp(x->who->key, y->who->key);

	if (c)
		return c;
	if (x->time != y->time)
		return x->time < y->time ? -1 : 1;
	c = strcmp(x->thread->key, y->thread->key);
	return c ? c : id_cmp(x->id, y->id);
}

struct unanswered **results_unanswered_of(struct results *r, const struct citizen *c, size_t *n)
{
	size_t at = (size_t)strmap_get(&r->citizens, c->key);
	long k;

	*n = 0;
	if (!at || !r->keep_excerpts)
		return r->listed;
	/* Comments of a thread that a re-read replaced are skipped (their generation is old). */
	for (k = r->first_unans[at - 1]; k >= 0; k = r->unans[k].next) {
		struct unanswered *u = &r->unans[k];
		if (u->gen != u->thread->gen)
			continue;
		XGROW(r->listed, r->cap_listed, *n + 1);
		r->listed[(*n)++] = u;
	}
	if (*n > 1)
		qsort(r->listed, *n, sizeof(*r->listed), cmp_unans);
	return r->listed;
}

void results_orphans_by_file(const struct results *r, struct strmap *m)
{
	size_t i, k;

	for (i = 0; i < r->threads.cap; i++) {
		const struct thread_result *tr = r->threads.slots[i].value;
		if (!r->threads.slots[i].key)
			continue;
		for (k = 0; k < tr->n_orphan_files; k++) {
			void **v = strmap_put(m, tr->orphans_by_file[k].file, NULL);
			*v = (void *)((size_t)*v + (size_t)tr->orphans_by_file[k].n);
		}
	}
}

void results_summary(const struct results *r, struct summary *s)
{
	size_t n, i, k = 0, total = 0;
	struct thread_result **tv = results_threads(r, &n);
	long long *all;

	memset(s, 0, sizeof(*s));
	for (i = 0; i < n; i++)
		total += tv[i]->n_waits;
	all = xmalloc((total ? total : 1) * sizeof(*all));
	for (i = 0; i < n; i++) {
		struct thread_result *t = tv[i];
		s->threads++;
		s->messages += t->messages;
		s->official += t->official;
		s->comments += t->comments;
		s->need_reply += t->need;
		s->answered += t->answered;
		s->unanswered += t->unanswered;
		s->not_needed += t->not_needed;
		s->unknown_author += t->unknown_author;
		s->not_needed_class += t->not_needed_class;
		s->outside_period += t->outside_period;
		if (t->source == OFFICIAL_NONE)
			s->threads_without_official++;
		{
			const unsigned char *p = t->waits;
			size_t j;
			for (j = 0; j < t->n_waits; j++, k++)
				all[k] = (long long)((unsigned long long)(j ? all[k - 1] : 0) +
				                     (unsigned long long)unpack_int(&p));
		}
	}
	sort_ll(all, total);
	s->n_waits = (long)total;
	s->median_s = percentile(all, total, 50);
	s->p90_s = percentile(all, total, 90);
	s->coverage_pct = s->need_reply ? 100.0 * (double)s->answered / (double)s->need_reply : 0;
	free(all);
	free(tv);
	/* Counting needs no order. */
	for (i = 0; i < r->n_people; i++) {
		struct citizen *c = r->people[i];
		if (c->comments <= 0)
			continue;
		s->users++;
		if (c->need > 0 && c->answered == 0)
			s->users_never_answered++;
	}
}
