/* fairness.c: the fairness figures, folded thread by thread. It reuses coverage_thread's
 * answers and never looks for answers itself; it does not print (out_fairness.c does). */
#include "fairness.h"
#include "classify.h"
#include "pack.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

struct fair_user {
	const char *key;
	long criticisms, need, answered;
};

static const unsigned flag_bits[4] = {REC_HIDDEN, REC_DELETED, REC_SPAM, REC_UNAPPROVED};
static const char *const flag_names[4] = {"hidden", "deleted", "spam", "unapproved"};

const char *fair_flag_name(int k)
{
	return k >= 0 && k < 4 ? flag_names[k] : "";
}

unsigned fair_flag_bit(int k)
{
	return k >= 0 && k < 4 ? flag_bits[k] : 0;
}

void fairness_init(struct fairness *f, const struct coverage_opts *cov, const char *period)
{
	memset(f, 0, sizeof(*f));
	arena_init(&f->arena);
	strmap_init(&f->threads);
	strmap_init(&f->users);
	strmap_init(&f->platforms);
	strbuf_init(&f->key);
	strbuf_init(&f->ak);
	strbuf_init(&f->packed);
	spill_init(&f->store);
	f->need_all = cov->need_all;
	f->need_classes = cov->need_classes;
	f->rules = cov->rules ? cov->rules : RULE_ALL;
	f->period = period && *period ? arena_strdup(&f->arena, period) : NULL;
}

/* One user in one thread. */
struct fair_contrib {
	struct fair_user *who;
	size_t idx; /* in f->people */
	long criticisms, need, answered;
};

static void thread_clear(struct fairness *f, struct fair_thread *ft)
{
	unsigned char *buf = NULL;
	const unsigned char *p = pack_fetch(&f->store, &ft->contrib, &buf);
	size_t i;

	for (i = 0; p && i < ft->n_contrib; i++) {
		struct fair_user *u = f->people[unpack_uint(&p)];
		u->criticisms -= (long)unpack_uint(&p);
		u->need -= (long)unpack_uint(&p);
		u->answered -= (long)unpack_uint(&p);
	}
	free(buf);
	pack_drop(&ft->contrib);
	free(ft->mod);
	memset(ft->cls, 0, sizeof(ft->cls));
	memset(ft->chan, 0, sizeof(ft->chan));
	memset(&ft->order, 0, sizeof(ft->order));
	ft->mod = NULL;
	ft->n_contrib = ft->n_mod = 0;
	ft->left_out_class = ft->unclassified = ft->unknown_author = ft->moderated_need = 0;
}

void fairness_release(struct fairness *f)
{
	size_t i;

	for (i = 0; i < f->threads.cap; i++)
		if (f->threads.slots[i].key) {
			struct fair_thread *ft = f->threads.slots[i].value;
			pack_drop(&ft->contrib);
			free(ft->mod);
		}
	strmap_release(&f->threads);
	strmap_release(&f->users);
	strmap_release(&f->platforms);
	free(f->people);
	f->people = NULL;
	f->n_people = f->cap_people = 0;
	strbuf_release(&f->key);
	strbuf_release(&f->ak);
	strbuf_release(&f->packed);
	spill_release(&f->store);
	arena_release(&f->arena);
}

/* Does the policy count this class as needing a reply? */
static int class_counts(const struct fairness *f, int cls)
{
	return f->need_all || !f->need_classes || cls < 0 || (f->need_classes & (1u << cls));
}

/* The user's key (platform '/' author key) into f->key. */
static void user_key(struct fairness *f, const struct record *r)
{
	strbuf_reset(&f->key);
	strbuf_addstr(&f->key, r->platform);
	strbuf_addch(&f->key, '/');
	author_key(&f->ak, r);
	strbuf_add(&f->key, f->ak.buf, f->ak.len);
}

/* The index in f->people of the user of f->key (user_key of r), added when new. */
static size_t user_of(struct fairness *f)
{
	size_t at = (size_t)strmap_get(&f->users, f->key.buf);
	struct fair_user *u;

	if (at)
		return at - 1;
	u = arena_alloc(&f->arena, sizeof(*u));
	u->key = arena_strdup(&f->arena, f->key.buf);
	XGROW(f->people, f->cap_people, f->n_people + 1);
	f->people[f->n_people++] = u;
	*strmap_put(&f->users, u->key, NULL) = (void *)f->n_people;
	return f->n_people - 1;
}

/* Fenwick tree over arrival ranks: which earlier comments were answered by a given time. */
static void bit_add(long *bit, size_t n, size_t i)
{
	for (i++; i <= n; i += i & -i)
		bit[i]++;
}

static long bit_sum(const long *bit, size_t i) /* ranks [0, i) */
{
	long s = 0;

	for (; i > 0; i -= i & -i)
		s += bit[i];
	return s;
}

/* The first rank not yet answered (all ranks below it are). */
static size_t bit_first_unset(const long *bit, size_t n)
{
	size_t pos = 0, step = 1;

	while (step * 2 <= n)
		step *= 2;
	for (; step; step /= 2)
		if (pos + step <= n && bit[pos + step] == (long)step)
			pos += step;
	return pos;
}

struct answered_at {
	long long at; /* answer time */
	size_t rank;  /* arrival rank among the compared comments */
	long rec;
};

static int cmp_answered(const void *a, const void *b)
{
	const struct answered_at *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x->rank < y->rank ? -1 : x->rank > y->rank;
}

/* ranks[i]: the compared comments in arrival order (thread order), as indexes of c->comments. */
static void thread_order(struct fairness *f, struct fair_thread *ft, const struct thread *t,
                         const struct thread_coverage *c, const size_t *cmp, size_t m)
{
	struct answered_at *ans = xmalloc((m ? m : 1) * sizeof(*ans));
	long *bit = xcalloc(m + 1, sizeof(long));
	size_t i, k, na = 0, g;
	long jump = -1, jump_over = -1;

	for (i = 0; i < m; i++) {
		const struct comment_result *cr = &c->comments[cmp[i]];
		if (cr->status != STATUS_ANSWERED)
			continue;
		ans[na].at = t->recs[cr->rec].created.utc + cr->wait;
		ans[na].rank = i;
		ans[na].rec = cr->rec;
		na++;
	}
	qsort(ans, na, sizeof(*ans), cmp_answered);
	for (i = 0; i < na; i = g) {
		/* Comments answered at the same instant (one reply answering several) skip none of
		 * each other. */
		for (g = i; g < na && ans[g].at == ans[i].at; g++)
			bit_add(bit, m, ans[g].rank);
		for (k = i; k < g; k++) {
			long waiting = (long)ans[k].rank - bit_sum(bit, ans[k].rank);
			ft->order.answered++;
			if (waiting <= 0)
				continue;
			ft->order.out_of_order++;
			if (waiting > ft->order.longest_jump) {
				size_t over = bit_first_unset(bit, m);
				ft->order.longest_jump = waiting;
				jump = (long)ans[k].rec;
				jump_over = c->comments[cmp[over]].rec;
				ft->order.jump_at = ans[k].at;
			}
		}
	}
	/* The ids are copied once, for the longest jump only. */
	if (jump >= 0) {
		ft->order.jump_id = arena_strdup(&f->arena, t->recs[jump].id);
		ft->order.jump_over_id = arena_strdup(&f->arena, t->recs[jump_over].id);
	}
	free(ans);
	free(bit);
}

/* What names the thread for people (as results.c does for the report). */
static void thread_names(struct fairness *f, struct fair_thread *ft, const struct thread *t)
{
	size_t i;

	ft->headline = NULL;
	ft->post_time = t->post >= 0 ? t->recs[t->post].created.utc : t->n ? t->recs[0].created.utc : 0;
	ft->private_conv = t->n > 0;
	for (i = 0; i < t->n && ft->private_conv; i++)
		ft->private_conv = t->recs[i].channel == CHANNEL_PRIVATE;
	if (t->post >= 0 && *t->recs[t->post].text) {
		strbuf_reset(&f->key);
		text_headline(t->recs[t->post].text, 60, &f->key);
		if (f->key.len)
			ft->headline = arena_strdup(&f->arena, f->key.buf);
	}
}

void fairness_add(struct fairness *f, const struct thread *t, const struct thread_coverage *c, int replace)
{
	struct fair_thread *ft = strmap_get(&f->threads, t->key);
	struct strmap seen; /* user -> contribution index + 1 */
	struct fair_contrib *contrib = NULL;
	size_t i, m = 0, cap_contrib = 0, cap_mod = 0;
	size_t *cmp = xmalloc((c->n_comments ? c->n_comments : 1) * sizeof(size_t));
	struct strbuf ex, ak;

	(void)replace;
	if (ft) {
		thread_clear(f, ft);
	} else {
		ft = arena_alloc(&f->arena, sizeof(*ft));
		ft->key = arena_strdup(&f->arena, t->key);
		ft->platform = strmap_get(&f->platforms, t->platform);
		if (!ft->platform) {
			ft->platform = arena_strdup(&f->arena, t->platform);
			*strmap_put(&f->platforms, ft->platform, NULL) = (void *)ft->platform;
		}
		ft->id = ft->key + strlen(t->platform) + 1; /* the key is "platform/id" */
		*strmap_put(&f->threads, ft->key, NULL) = ft;
	}
	thread_names(f, ft, t);
	strmap_init(&seen);
	strbuf_init(&ex);
	strbuf_init(&ak);
	for (i = 0; i < c->n_comments; i++) {
		const struct comment_result *cr = &c->comments[i];
		const struct record *r = &t->recs[cr->rec];
		int needs = cr->status != STATUS_NOT_NEEDED, answered = cr->status == STATUS_ANSWERED;
		int crit = r->cls == CLASS_CRITICISM;
		struct fair_contrib *k = NULL;

		if (!(r->flags & REC_AUTHOR_UNKNOWN)) {
			/* The thread's own map first: it is small and warm, the run's is large. */
			size_t at;
			user_key(f, r);
			at = (size_t)strmap_get(&seen, f->key.buf);
			if (!at) {
				size_t id = user_of(f);
				XGROW(contrib, cap_contrib, ft->n_contrib + 1);
				memset(&contrib[ft->n_contrib], 0, sizeof(*contrib));
				contrib[ft->n_contrib].who = f->people[id];
				contrib[ft->n_contrib].idx = id;
				at = ++ft->n_contrib;
				*strmap_put(&seen, f->people[id]->key, NULL) = (void *)at;
			}
			k = &contrib[at - 1];
			if (crit) {
				k->criticisms++;
				k->who->criticisms++;
			}
		}
		if (r->flags & FAIR_MODERATION_FLAGS) {
			struct fair_moderated *e;
			XGROW(ft->mod, cap_mod, ft->n_mod + 1);
			e = &ft->mod[ft->n_mod++];
			memset(e, 0, sizeof(*e));
			e->thread = ft->key;
			e->platform = ft->platform;
			e->id = arena_strdup(&f->arena, r->id);
			if (!(r->flags & REC_AUTHOR_UNKNOWN) && (r->author || r->author_id)) {
				author_key(&ak, r);
				e->akey = arena_strdup(&f->arena, ak.buf);
			}
			e->author_id = arena_strdup(&f->arena, r->author_id);
			e->author = arena_strdup(&f->arena, r->author);
			e->created = r->created;
			e->flags = r->flags;
			e->cls = r->cls;
			e->conf = r->conf;
			e->status = cr->status;
			e->reason = cr->reason;
			e->rule = cr->rule;
			e->answer_id = cr->answer >= 0 ? arena_strdup(&f->arena, t->recs[cr->answer].id) : NULL;
			strbuf_reset(&ex);
			text_excerpt(r->text, FAIR_EXCERPT, &ex);
			e->text = arena_strdup(&f->arena, ex.buf);
			if (needs)
				ft->moderated_need++;
			continue; /* never compared, never counted as answered */
		}
		if (!needs)
			continue;
		if (answered && !class_counts(f, r->cls)) {
			ft->left_out_class++;
			continue;
		}
		cmp[m++] = i;
		if (r->cls < 0)
			ft->unclassified++;
		else
			ft->cls[crit ? 0 : 1][answered ? 0 : 1]++;
		ft->chan[r->channel == CHANNEL_PRIVATE ? 1 : 0][answered ? 0 : 1]++;
		if (k) {
			k->need++;
			k->who->need++;
			if (answered) {
				k->answered++;
				k->who->answered++;
			}
		} else {
			ft->unknown_author++;
		}
	}
	thread_order(f, ft, t, c, cmp, m);
	free(cmp);
	strmap_release(&seen);
	/* Kept to the end of the run, packed: a few bytes a user instead of 32. */
	strbuf_reset(&f->packed);
	for (i = 0; i < ft->n_contrib; i++) {
		pack_uint(&f->packed, contrib[i].idx);
		pack_uint(&f->packed, (unsigned long long)contrib[i].criticisms);
		pack_uint(&f->packed, (unsigned long long)contrib[i].need);
		pack_uint(&f->packed, (unsigned long long)contrib[i].answered);
	}
	pack_keep(&f->store, &f->packed, &ft->contrib);
	free(contrib);
	strbuf_release(&ex);
	strbuf_release(&ak);
}

static int cmp_key(const char *a, const char *b)
{
	int c = id_cmp(a, b);
	return c ? c : strcmp(a, b);
}

static int cmp_thread(const void *a, const void *b)
{
	return cmp_key((*(const struct fair_thread *const *)a)->key, (*(const struct fair_thread *const *)b)->key);
}

static int cmp_mod(const void *a, const void *b)
{
	const struct fair_moderated *x = *(const struct fair_moderated *const *)a;
	const struct fair_moderated *y = *(const struct fair_moderated *const *)b;
	int c = cmp_key(x->thread, y->thread);

	if (c)
		return c;
	if (x->created.utc != y->created.utc)
		return x->created.utc < y->created.utc ? -1 : 1;
	return cmp_key(x->id, y->id);
}

static void rate(struct fair_rate *r, long answered, long need)
{
	r->answered = answered;
	r->need = need;
	wilson_interval(answered, need, 1.96, &r->lo, &r->hi);
}

static void compare(struct fair_compare *cm, const char *a, const char *b, long aa, long an, long ba, long bn)
{
	cm->a_name = a;
	cm->b_name = b;
	rate(&cm->a, aa, an);
	rate(&cm->b, ba, bn);
	fisher_exact(aa, an - aa, ba, bn - ba, &cm->test);
}

void fairness_figures(const struct fairness *f, struct fairness_figures *fig)
{
	size_t i, k, n = 0, nl = 0;
	long cls[2][2] = {{0, 0}, {0, 0}}, chan[2][2] = {{0, 0}, {0, 0}};
	long fa = 0, fn = 0, oa = 0, on = 0;
	const struct fair_thread **all;

	memset(fig, 0, sizeof(*fig));
	all = xmalloc((f->threads.len ? f->threads.len : 1) * sizeof(*all));
	for (i = 0; i < f->threads.cap; i++)
		if (f->threads.slots[i].key) {
			const struct fair_thread *ft = f->threads.slots[i].value;
			all[n++] = ft;
			nl += ft->n_mod;
		}
	qsort(all, n, sizeof(*all), cmp_thread);
	fig->threads = xmalloc((n ? n : 1) * sizeof(*fig->threads));
	fig->log = xmalloc((nl ? nl : 1) * sizeof(*fig->log));
	for (i = 0; i < n; i++) {
		const struct fair_thread *ft = all[i];
		int a, b;
		for (a = 0; a < 2; a++)
			for (b = 0; b < 2; b++) {
				cls[a][b] += ft->cls[a][b];
				chan[a][b] += ft->chan[a][b];
			}
		fig->left_out_class += ft->left_out_class;
		fig->unclassified += ft->unclassified;
		fig->unknown_author += ft->unknown_author;
		fig->moderated += (long)ft->n_mod;
		fig->moderated_need += ft->moderated_need;
		for (k = 0; k < ft->n_mod; k++) {
			int b2;
			fig->log[fig->n_log++] = &ft->mod[k];
			for (b2 = 0; b2 < 4; b2++)
				if (ft->mod[k].flags & flag_bits[b2])
					fig->moderated_by_flag[b2]++;
			if (ft->mod[k].cls == CLASS_CRITICISM)
				fig->moderated_criticism++;
		}
		if (ft->order.answered) {
			fig->threads[fig->n_threads++] = ft;
			fig->order_threads++;
			fig->order_answered += ft->order.answered;
			fig->order_out_of_order += ft->order.out_of_order;
			if (ft->order.out_of_order)
				fig->order_threads_out++;
			/* ties keep the first thread in key order */
			if (ft->order.longest_jump > 0 &&
			    (!fig->longest || ft->order.longest_jump > fig->longest->order.longest_jump))
				fig->longest = ft;
		}
	}
	free(all);
	qsort(fig->log, fig->n_log, sizeof(*fig->log), cmp_mod);
	for (i = 0; i < f->n_people; i++) {
		const struct fair_user *u = f->people[i];
		if (!u->need && !u->criticisms)
			continue;
		fig->users++;
		if (u->criticisms)
			fig->critics++;
		if (u->criticisms >= FAIR_FREQUENT_MIN) {
			fig->frequent_critics++;
			fa += u->answered;
			fn += u->need;
		} else {
			oa += u->answered;
			on += u->need;
		}
	}
	compare(&fig->by_class, "criticism", "the other classes", cls[0][0], cls[0][0] + cls[0][1], cls[1][0],
	        cls[1][0] + cls[1][1]);
	compare(&fig->frequent, "frequent critics", "everyone else", fa, fn, oa, on);
	compare(&fig->channel, "public", "private", chan[0][0], chan[0][0] + chan[0][1], chan[1][0],
	        chan[1][0] + chan[1][1]);
}

void fairness_figures_release(struct fairness_figures *fig)
{
	free(fig->threads);
	free(fig->log);
	memset(fig, 0, sizeof(*fig));
}
