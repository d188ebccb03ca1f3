/* coverage.c: the answered / not needed / unanswered status of every citizen message.
 * Direct answers use an Euler tour and a segment tree (no recursion, O(n log n) even for a
 * reply chain 100,000 deep); branch answers scan each reply list; mentions look up word
 * n-grams of official messages in a table of citizens' folded names. */
#include "coverage.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

#define NONE (-1L)

const char *status_name(enum comment_status s)
{
	return s == STATUS_ANSWERED ? "answered" : s == STATUS_NOT_NEEDED ? "not_needed" : "unanswered";
}

const char *rule_name(enum answer_rule r)
{
	return r == RULE_DIRECT ? "direct" : r == RULE_BRANCH ? "branch" : r == RULE_MENTION ? "mention" : "";
}

const char *reason_name(enum not_needed_reason r)
{
	switch (r) {
	case NN_EMPTY:
		return "empty";
	case NN_NO_WORDS:
		return "no_words";
	case NN_SPAM:
		return "spam";
	case NN_DELETED:
		return "deleted";
	case NN_CLASS:
		return "class";
	default:
		return "";
	}
}

int rules_parse(const char *s)
{
	int bits = 0;

	while (*s) {
		size_t n = strcspn(s, ",");
		if (n == 6 && !strncmp(s, "direct", 6))
			bits |= RULE_DIRECT;
		else if (n == 6 && !strncmp(s, "branch", 6))
			bits |= RULE_BRANCH;
		else if (n == 7 && !strncmp(s, "mention", 7))
			bits |= RULE_MENTION;
		else if (n == 3 && !strncmp(s, "all", 3))
			bits |= RULE_ALL;
		else
			return -1;
		s += n;
		if (*s == ',')
			s++;
	}
	return bits;
}

/* Earliest official descendant of each record with time >= the record's time. */
static void direct_answers(const struct thread *t, const unsigned char *off, long *best)
{
	size_t n = t->n, i;
	long *first = xmalloc(n * sizeof(long)), *next = xmalloc(n * sizeof(long));
	long *tin = xmalloc(n * sizeof(long)), *tout = xmalloc(n * sizeof(long));
	long *stack = xmalloc(n * sizeof(long)), *seg;
	size_t size = 1, sp = 0;
	long clock = 0, pos;
	size_t k;

	/* Children lists in record order (built from the end so each list comes out sorted). */
	for (i = 0; i < n; i++)
		first[i] = NONE;
	for (i = n; i-- > 0;) {
		long p = t->parent[i];
		next[i] = NONE;
		if (p >= 0) {
			next[i] = first[p];
			first[p] = (long)i;
		}
	}
	/* Pre-order numbering; tout[v] is the last number inside v's subtree. */
	for (i = 0; i < n; i++) {
		if (t->parent[i] >= 0)
			continue;
		stack[sp++] = (long)i;
		tin[i] = clock++;
		while (sp) {
			long v = stack[sp - 1];
			long c = first[v];
			if (c == NONE) {
				tout[v] = clock - 1;
				sp--;
				continue;
			}
			first[v] = next[c]; /* consume the child so the loop advances */
			tin[c] = clock++;
			stack[sp++] = c;
		}
	}
	while (size < n)
		size <<= 1;
	seg = xmalloc(2 * size * sizeof(long));
	for (k = 0; k < 2 * size; k++)
		seg[k] = NONE;
	/* Walk records from the latest down; insert officials whose time >= the query's time. */
	pos = (long)n - 1;
	for (i = n; i-- > 0;) {
		long long ti = t->recs[i].created.utc;
		long lo, hi, res = NONE;
		while (pos >= 0 && t->recs[pos].created.utc >= ti) {
			if (off[pos]) {
				size_t q = size + (size_t)tin[pos];
				seg[q] = pos;
				for (q >>= 1; q; q >>= 1) {
					long a = seg[2 * q], b = seg[2 * q + 1];
					seg[q] = a == NONE ? b : b == NONE ? a : a < b ? a : b;
				}
			}
			pos--;
		}
		best[i] = NONE;
		if (off[i] || tout[i] <= tin[i])
			continue;
		lo = tin[i] + 1 + (long)size;
		hi = tout[i] + 1 + (long)size;
		for (; lo < hi; lo >>= 1, hi >>= 1) {
			if (lo & 1) {
				long v = seg[lo++];
				if (v != NONE && (res == NONE || v < res))
					res = v;
			}
			if (hi & 1) {
				long v = seg[--hi];
				if (v != NONE && (res == NONE || v < res))
					res = v;
			}
		}
		best[i] = res;
	}
	free(first);
	free(next);
	free(tin);
	free(tout);
	free(stack);
	free(seg);
}

/* Reply lists: messages sharing a parent comment (not the post). Orphans sharing a missing
 * parent id form a list too. */
struct member {
	long group, rec;
};

static int cmp_member(const void *a, const void *b)
{
	const struct member *x = a, *y = b;

	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	return x->rec < y->rec ? -1 : x->rec > y->rec;
}

static void branch_answers(const struct thread *t, const unsigned char *off, long *best)
{
	struct member *m = xmalloc((t->n ? t->n : 1) * sizeof(*m));
	struct strmap orphan_groups;
	size_t n = 0, i, a, b;
	long next_group = (long)t->n;

	strmap_init(&orphan_groups);
	for (i = 0; i < t->n; i++) {
		long p = t->parent[i];
		best[i] = NONE;
		if (p >= 0 && p != t->post) {
			m[n++] = (struct member){p, (long)i};
		} else if (p < 0 && (t->recs[i].flags & REC_ORPHAN)) {
			int created;
			void **g = strmap_put(&orphan_groups, t->recs[i].parent, &created);
			if (created)
				*g = (void *)(size_t)next_group++;
			m[n++] = (struct member){(long)(size_t)*g, (long)i};
		}
	}
	strmap_release(&orphan_groups);
	qsort(m, n, sizeof(*m), cmp_member);
	for (a = 0; a < n; a = b) {
		long after = NONE; /* nearest official later in the list */
		for (b = a; b < n && m[b].group == m[a].group; b++)
			;
		for (i = b; i-- > a;) {
			long r = m[i].rec;
			if (!off[r]) {
				long cand = after;
				size_t j;
				/* An official reply in the same second but listed earlier still counts. */
				for (j = i; j-- > a && t->recs[m[j].rec].created.utc == t->recs[r].created.utc;)
					if (off[m[j].rec])
						cand = m[j].rec;
				best[r] = cand;
			} else {
				after = r;
			}
		}
	}
	free(m);
}

/* Mentions: citizens' names (two words or more) and handles, folded. */
struct author {
	long *recs;          /* this author's citizen messages, in order */
	size_t n, cap, done; /* messages before done already have a mention answer */
};

struct mention_ctx {
	struct strmap *names;   /* folded "first last" -> struct author */
	struct strmap *handles; /* folded handle -> struct author */
	struct strbuf words;    /* the words of one message, NUL-separated */
	size_t *starts, *lens;
	unsigned char *at;
	size_t nw, cw;
};

static void collect_word(const char *w, size_t n, int at_sign, void *ctx)
{
	struct mention_ctx *m = ctx;
	size_t c = m->cw;

	XGROW(m->starts, c, m->nw + 1);
	c = m->cw;
	XGROW(m->lens, c, m->nw + 1);
	XGROW(m->at, m->cw, m->nw + 1);
	m->starts[m->nw] = m->words.len;
	m->lens[m->nw] = n;
	m->at[m->nw] = (unsigned char)at_sign;
	strbuf_add(&m->words, w, n);
	strbuf_addch(&m->words, '\0');
	m->nw++;
}

static size_t count_words(const char *folded)
{
	size_t n = 0;
	int in = 0;

	for (; *folded; folded++) {
		int sp = *folded == ' ';
		if (!sp && !in)
			n++;
		in = !sp;
	}
	return n;
}

static void mark_mentioned(struct author *a, const struct thread *t, long r, long *best)
{
	while (a->done < a->n && t->recs[a->recs[a->done]].created.utc <= t->recs[r].created.utc) {
		if (best[a->recs[a->done]] == NONE)
			best[a->recs[a->done]] = r;
		a->done++;
	}
}

static void mention_answers(const struct thread *t, const unsigned char *off, long *best)
{
	struct strmap names, handles, by_key, firsts;
	struct arena arena;
	struct mention_ctx m = {0};
	struct strbuf tmp, key, ng;
	struct author **touched = NULL;
	size_t i, n_touched = 0, cap_touched = 0;

	for (i = 0; i < t->n && !off[i]; i++)
		;
	if (i == t->n) {
		/* No official message: nothing can mention anyone. */
		for (i = 0; i < t->n; i++)
			best[i] = NONE;
		return;
	}
	strmap_init(&names);
	strmap_init(&handles);
	strmap_init(&by_key);
	strmap_init(&firsts);
	arena_init(&arena);
	strbuf_init(&tmp);
	strbuf_init(&key);
	strbuf_init(&ng);
	strbuf_init(&m.words);
	m.names = &names;
	m.handles = &handles;
	for (i = 0; i < t->n; i++) {
		const struct record *r = &t->recs[i];
		struct author *a;
		int created;
		best[i] = NONE;
		if (off[i] || (r->flags & REC_AUTHOR_UNKNOWN))
			continue;
		author_key(&key, r);
		a = strmap_get(&by_key, key.buf);
		created = !a;
		if (created) {
			a = arena_alloc(&arena, sizeof(struct author));
			*strmap_put(&by_key, arena_strdup(&arena, key.buf), NULL) = a;
			if (r->author) {
				/* Display names in the word form the n-grams of official messages take;
				 * one-word names and handles only through "@name". */
				strbuf_reset(&tmp);
				text_fold(r->author, &tmp);
				if (!strchr(tmp.buf, ' ') && tmp.len)
					*strmap_put(&handles,
					            arena_strdup(&arena, tmp.buf[0] == '@' ? tmp.buf + 1 : tmp.buf),
					            NULL) = a;
				else {
					strbuf_reset(&tmp);
					text_fold_words(r->author, &tmp);
					if (count_words(tmp.buf) >= 2) {
						char *nm = arena_strdup(&arena, tmp.buf);
						*strmap_put(&names, nm, NULL) = a;
						/* First words, so most words of a reply need no n-gram at all. */
						*strchr(tmp.buf, ' ') = '\0';
						if (!strmap_get(&firsts, tmp.buf))
							*strmap_put(&firsts, arena_strdup(&arena, tmp.buf), NULL) = a;
					}
				}
			}
			if (r->author_id) {
				strbuf_reset(&tmp);
				text_fold(r->author_id, &tmp);
				*strmap_put(&handles, arena_strdup(&arena, tmp.buf[0] == '@' ? tmp.buf + 1 : tmp.buf),
				            NULL) = a;
			}
		}
		XGROW(a->recs, a->cap, a->n + 1);
		a->recs[a->n++] = (long)i;
	}
	for (i = 0; i < t->n; i++) {
		size_t w, k;
		if (!off[i])
			continue;
		strbuf_reset(&tmp);
		text_fold(t->recs[i].text, &tmp);
		strbuf_reset(&m.words);
		m.nw = 0;
		text_words(tmp.buf, collect_word, &m);
		n_touched = 0;
		for (w = 0; w < m.nw; w++) {
			struct author *a;
			if (m.at[w] && (a = strmap_get(&handles, m.words.buf + m.starts[w]))) {
				XGROW(touched, cap_touched, n_touched + 1);
				touched[n_touched++] = a;
			}
			if (!strmap_get(&firsts, m.words.buf + m.starts[w]))
				continue;
			strbuf_reset(&ng);
			strbuf_add(&ng, m.words.buf + m.starts[w], m.lens[w]);
			for (k = 1; k < 6 && w + k < m.nw; k++) {
				strbuf_addch(&ng, ' ');
				strbuf_add(&ng, m.words.buf + m.starts[w + k], m.lens[w + k]);
				if ((a = strmap_get(&names, ng.buf))) {
					XGROW(touched, cap_touched, n_touched + 1);
					touched[n_touched++] = a;
				}
			}
		}
		for (k = 0; k < n_touched; k++)
			mark_mentioned(touched[k], t, (long)i, best);
	}
	for (i = 0; i < by_key.cap; i++)
		if (by_key.slots[i].key)
			free(((struct author *)by_key.slots[i].value)->recs);
	free(touched);
	free(m.starts);
	free(m.lens);
	free(m.at);
	strbuf_release(&m.words);
	strbuf_release(&tmp);
	strbuf_release(&key);
	strbuf_release(&ng);
	strmap_release(&names);
	strmap_release(&handles);
	strmap_release(&by_key);
	strmap_release(&firsts);
	arena_release(&arena);
}

static int better(const struct thread *t, long cand, long cur)
{
	if (cand == NONE)
		return 0;
	if (cur == NONE)
		return 1;
	/* Same record index means same message; the earlier rule (direct first) was set first. */
	return t->recs[cand].created.utc < t->recs[cur].created.utc;
}

void coverage_thread(const struct thread *t, const struct coverage_opts *o, struct thread_coverage *out)
{
	size_t n = t->n, i;
	long *direct = xmalloc((n ? n : 1) * sizeof(long));
	long *branch = xmalloc((n ? n : 1) * sizeof(long));
	long *mention = xmalloc((n ? n : 1) * sizeof(long));
	unsigned rules = o->rules ? o->rules : RULE_ALL;

	memset(out, 0, sizeof(*out));
	out->official = xmalloc(n ? n : 1);
	out->source = official_resolve(t, o->official, out->official, &out->official_name);
	for (i = 0; i < n; i++)
		direct[i] = branch[i] = mention[i] = NONE;
	if (n) {
		if (rules & RULE_DIRECT)
			direct_answers(t, out->official, direct);
		if (rules & RULE_BRANCH)
			branch_answers(t, out->official, branch);
		if (rules & RULE_MENTION)
			mention_answers(t, out->official, mention);
	}
	out->comments = xmalloc((n ? n : 1) * sizeof(*out->comments));
	for (i = 0; i < n; i++) {
		const struct record *r = &t->recs[i];
		struct comment_result *c;
		long ans = NONE;
		enum answer_rule rule = RULE_NONE;

		if (out->official[i]) {
			out->n_official++;
			continue;
		}
		if ((o->from || o->to) && (r->created.utc < o->from || r->created.utc >= o->to)) {
			out->outside_period++;
			continue;
		}
		c = &out->comments[out->n_comments++];
		c->rec = (long)i;
		c->answer = NONE;
		c->wait = 0;
		c->rule = RULE_NONE;
		c->reason = NN_NONE;
		if (r->flags & REC_AUTHOR_UNKNOWN)
			out->unknown_author++;
		if (better(t, direct[i], ans)) {
			ans = direct[i];
			rule = RULE_DIRECT;
		}
		if (better(t, branch[i], ans)) {
			ans = branch[i];
			rule = RULE_BRANCH;
		}
		if (better(t, mention[i], ans)) {
			ans = mention[i];
			rule = RULE_MENTION;
		}
		if (ans != NONE) {
			c->status = STATUS_ANSWERED;
			c->rule = rule;
			c->answer = ans;
			c->wait = t->recs[ans].created.utc - r->created.utc;
			out->answered++;
		} else if (!o->need_all && (r->flags & (REC_SPAM | REC_DELETED))) {
			c->status = STATUS_NOT_NEEDED;
			c->reason = (r->flags & REC_SPAM) ? NN_SPAM : NN_DELETED;
			out->not_needed++;
		} else if (!o->need_all && !text_has_words(r->text)) {
			c->status = STATUS_NOT_NEEDED;
			c->reason = *r->text ? NN_NO_WORDS : NN_EMPTY;
			out->not_needed++;
		} else if (!o->need_all && o->need_classes && r->cls >= 0 && !(o->need_classes & (1u << r->cls))) {
			/* The need-reply policy: by default thanks and other need no reply. */
			c->status = STATUS_NOT_NEEDED;
			c->reason = NN_CLASS;
			out->not_needed++;
			out->not_needed_class++;
		} else {
			c->status = STATUS_UNANSWERED;
			out->unanswered++;
		}
	}
	free(direct);
	free(branch);
	free(mention);
}

void thread_coverage_release(struct thread_coverage *c)
{
	free(c->official);
	free(c->comments);
	memset(c, 0, sizeof(*c));
}
