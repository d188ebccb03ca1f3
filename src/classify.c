/* classify.c: cue matching, the rules and the decision (see classify.h for the contract).
 * The cue patterns are normalised once, with the same code as the messages, and interned:
 * a message costs one hash look-up per token plus the few patterns that start with it.
 * Normalisation lives in classify_norm.c, the model in nbayes.c. */
#include "classify_int.h"
#include "classify_model.h"
#include "nbayes.h"
#include "strmap.h"
#include "util.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const class_names[] = {"criticism", "question", "thanks", "other"};
static const char *const lang_names[] = {"unknown", "es", "ca", "en"};
static const char *const by_names[] = {"rules", "model", "human"};

const char *class_name(enum msg_class c)
{
	return (unsigned)c < CLASS_N ? class_names[c] : "?";
}

const char *lang_name(enum msg_lang l)
{
	return (unsigned)l < LANG_N ? lang_names[l] : "?";
}

const char *decided_name(enum decided_by b)
{
	return (unsigned)b <= BY_HUMAN ? by_names[b] : "?";
}

int class_parse(const char *s)
{
	int i;

	for (i = 0; i < CLASS_N; i++)
		if (!strcmp(s, class_names[i]))
			return i;
	return -1;
}

int class_needs_reply(enum msg_class c)
{
	return c == CLASS_CRITICISM || c == CLASS_QUESTION;
}

static int vocab_id(struct classifier *c, const char *w, size_t len)
{
	char *key = arena_strndup(&c->arena, w, len);
	int created;
	void **slot = strmap_put(&c->vocab, key, &created);
	struct vocab_word *vw;

	if (!created)
		return (int)((intptr_t)*slot - 1);
	XGROW(c->words, c->cap_words, c->n_words + 1);
	vw = &c->words[c->n_words];
	memset(vw, 0, sizeof(*vw));
	vw->first_cue = -1;
	*slot = (void *)(intptr_t)(c->n_words + 1);
	return (int)c->n_words++;
}

/* Normalise the pattern of def into cue q; 0, or -1 when it is empty after normalisation
 * (a table bug: the build would have to be fixed, so it is skipped, never fatal). */
static int compile_cue(struct classifier *c, const struct cue_def *def, struct cue *q, struct norm *nm)
{
	const char *p = def->pattern;

	memset(q, 0, sizeof(*q));
	q->def = def;
	while (*p) {
		const char *e = strchr(p, ' ');
		size_t l = e ? (size_t)(e - p) : strlen(p), i;
		char piece[256];

		if (l >= sizeof(piece))
			l = sizeof(piece) - 1;
		memcpy(piece, p, l);
		piece[l] = '\0';
		p += l;
		while (*p == ' ')
			p++;
		if (!strcmp(piece, "*")) {
			if (q->n_words && q->n_words < MAX_WORDS)
				q->words[q->n_words++] = GAP;
			continue;
		}
		if (piece[0] == '^' && !q->n_words) {
			q->anchored = 1;
			memmove(piece, piece + 1, l);
		}
		classify_normalize(piece, nm);
		for (i = 0; i < nm->n && q->n_words < MAX_WORDS; i++)
			q->words[q->n_words++] = vocab_id(c, nm->buf.buf + nm->tok[i].off, nm->tok[i].len);
	}
	while (q->n_words && q->words[q->n_words - 1] == GAP)
		q->n_words--;
	return q->n_words ? 0 : -1;
}

/* The second word a cue needs right after its first, or -1 (one word, or a gap). */
static int cue_second(const struct cue *q)
{
	return q->n_words > 1 && q->words[1] != GAP ? q->words[1] : -1;
}

static int cue_cmp(const void *a, const void *b)
{
	const struct cue *x = a, *y = b;
	int sx = cue_second(x), sy = cue_second(y);

	if (x->words[0] != y->words[0])
		return x->words[0] < y->words[0] ? -1 : 1;
	if (sx != sy)
		return sx < sy ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

struct classifier *classifier_new(void)
{
	struct classifier *c = xcalloc(1, sizeof(*c));
	struct norm nm;
	size_t i;
	int k, span;

	arena_init(&c->arena);
	strmap_init(&c->vocab);
	norm_init(&nm);
	c->cues = xcalloc(cue_defs_n ? cue_defs_n : 1, sizeof(*c->cues));
	for (i = 0; i < cue_defs_n; i++) {
		const struct cue_def *d = &cue_defs[i];
		struct cue *q = &c->cues[c->n_cues];
		if (compile_cue(c, d, q, &nm))
			continue;
		if (d->kind == CUE_LANG) {
			if (q->n_words == 1) {
				c->words[q->words[0]].lang[d->lang] += (int)lround(d->weight * 100);
				c->words[q->words[0]].listed = 1;
			}
			continue;
		}
		if (d->kind == CUE_NEGATION && q->n_words == 1)
			c->words[q->words[0]].negator = 1;
		q->order = (int)c->n_cues++;
	}
	/* Cues starting with the same word sit together, in table order: a message walks one
	 * short stretch of memory per word. */
	qsort(c->cues, c->n_cues, sizeof(*c->cues), cue_cmp);
	for (i = 0; i < c->n_cues; i++) {
		struct cue *q = &c->cues[i];
		struct vocab_word *vw = &c->words[q->words[0]];
		if (!vw->n_cues++)
			vw->first_cue = (int)i;
		vw->n_any += cue_second(q) < 0;
		q->neg_first = vw->negator;
		q->only_lang = q->def->strict ? (signed char)q->def->lang : -1;
		for (k = span = 0; k < q->n_words; k++)
			span += q->words[k] == GAP ? GAP_MAX : 1;
		if (span > c->max_span)
			c->max_span = span;
	}
	norm_release(&nm);
	return c;
}

void classifier_set_model(struct classifier *c, const struct nbayes *m)
{
	c->model = m;
}

void classifier_free(struct classifier *c)
{
	if (!c)
		return;
	arena_release(&c->arena);
	strmap_release(&c->vocab);
	free(c->words);
	free(c->cues);
	free(c);
}

void classification_init(struct classification *cf)
{
	memset(cf, 0, sizeof(*cf));
	norm_init(&cf->norm);
	cf->scratch = xcalloc(1, sizeof(struct scratch));
}

void classification_release(struct classification *cf)
{
	struct scratch *s = cf->scratch;

	if (s) {
		free(s->ids);
		free(s->flags);
		free(s->wpre);
		free(s->m);
		free(s);
	}
	free(cf->hits);
	norm_release(&cf->norm);
	memset(cf, 0, sizeof(*cf));
}

/* Vocabulary id of every token (-1 when no cue or language word has it): one look-up each. */
void cls_lookup_ids(const struct classifier *c, struct scratch *s, const struct norm *n)
{
	size_t i;

	XGROW(s->ids, s->cap_ids, n->n + 1);
	for (i = 0; i < n->n; i++) {
		void *v = strmap_get(&c->vocab, n->buf.buf + n->tok[i].off);
		s->ids[i] = v ? (int)((intptr_t)v - 1) : -1;
	}
}

/* Does cue q match at token i? Returns the end (exclusive) or -1. Gaps do not cross a
 * sentence start. Recursion is bounded by the pattern (MAX_WORDS), not by the text. */
static int match_at(const struct cue *q, int k, const int *ids, const struct norm *n, int i)
{
	int g;

	if (k == q->n_words)
		return i;
	if (q->words[k] == GAP) {
		for (g = 0; g <= GAP_MAX && i + g < (int)n->n; g++) {
			int e;
			if (g > 0 && (n->tok[i + g - 1].flags & TOK_SENTENCE) && i + g - 1 > 0)
				break;
			e = match_at(q, k + 1, ids, n, i + g);
			if (e >= 0)
				return e;
		}
		return -1;
	}
	if (i >= (int)n->n || ids[i] != q->words[k])
		return -1;
	if (k > 0 && q->words[k - 1] != GAP && (n->tok[i].flags & TOK_SENTENCE))
		return -1;
	return match_at(q, k + 1, ids, n, i + 1);
}

void cls_add_hit(struct classification *cf, const char *name, enum msg_class cls, double w, unsigned flags)
{
	struct cue_hit *h;

	XGROW(cf->hits, cf->cap_hits, cf->n_hits + 1);
	h = &cf->hits[cf->n_hits++];
	h->name = name;
	h->cls = cls;
	h->weight = w;
	h->flags = flags;
}

/* Searching back from match i, the first match starting at min_start or later. The matches
 * are in text order, so the rules look at a match's neighbours only, and a long text costs
 * time in proportion to its length, not to its square. */
size_t cls_back_to(const struct scratch *s, size_t i, int min_start)
{
	while (i > 0 && s->m[i - 1].start >= min_start)
		i--;
	return i;
}

/* A negation ending at most three tokens before the cue, with no clause start between them
 * ("no me quejo", "no es per queixar-me"; not "no, no funciona"). */
int cls_negated(const struct classifier *c, const struct scratch *s, const struct norm *n, const struct match *m)
{
	size_t j;
	int t, ok;

	if (c->cues[m->cue].neg_first)
		return 0;
	for (j = cls_back_to(s, (size_t)(m - s->m), m->start - 3 - c->max_span);
	     j < s->n_m && s->m[j].start <= m->start; j++) {
		const struct match *o = &s->m[j];
		if (c->cues[o->cue].def->kind != CUE_NEGATION || o->end > m->start || o->end < m->start - 3)
			continue;
		ok = 1;
		for (t = o->end; t <= m->start; t++)
			if (n->tok[t].flags & TOK_CLAUSE)
				ok = 0;
		if (ok)
			return 1;
	}
	return 0;
}

int cls_intensified(const struct classifier *c, const struct scratch *s, const struct match *m)
{
	size_t j;

	for (j = cls_back_to(s, (size_t)(m - s->m), m->start - 1 - c->max_span);
	     j < s->n_m && s->m[j].start <= m->start; j++) {
		const struct match *o = &s->m[j];
		if (c->cues[o->cue].def->kind == CUE_INTENSIFIER && o->end <= m->start && o->end >= m->start - 1)
			return 1;
	}
	return 0;
}

static void find_matches(const struct classifier *c, struct scratch *s, const struct norm *n, enum msg_lang lang)
{
	size_t i, j;

	s->n_m = 0;
	for (i = 0; i < n->n; i++) {
		const struct vocab_word *vw;
		int q, lo, hi, next;
		size_t first_m = s->n_m, k;
		if (s->ids[i] < 0)
			continue;
		vw = &c->words[s->ids[i]];
		next = i + 1 < n->n ? s->ids[i + 1] : -1;
		/* The cues of any second word, then those whose second word is the next token
		 * (found by bisection: "no" starts many cues). */
		lo = vw->first_cue + vw->n_any;
		hi = vw->first_cue + vw->n_cues;
		while (next >= 0 && lo < hi) {
			int mid = lo + (hi - lo) / 2;
			if (cue_second(&c->cues[mid]) < next)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (q = vw->first_cue; q < vw->first_cue + vw->n_cues; q++) {
			const struct cue *cue = &c->cues[q];
			int e;
			if (q == vw->first_cue + vw->n_any) {
				if (next < 0)
					break;
				q = lo; /* jump to the cues whose second word is next */
				if (q >= vw->first_cue + vw->n_cues)
					break;
				cue = &c->cues[q];
			}
			if (q >= vw->first_cue + vw->n_any && cue_second(cue) != next)
				break;
			if (cue->anchored && !(n->tok[i].flags & TOK_SENTENCE))
				continue;
			if (cue->only_lang >= 0 && cue->only_lang != (int)lang)
				continue;
			e = match_at(cue, 0, s->ids, n, (int)i);
			if (e < 0)
				continue;
			XGROW(s->m, s->cap_m, s->n_m + 1);
			s->m[s->n_m++] = (struct match){q, (int)i, e, 0};
		}
		/* Back in table order among the cues starting here (explanations and ties). */
		for (k = first_m + 1; k < s->n_m; k++) {
			struct match t = s->m[k];
			size_t at = k;
			while (at > first_m && c->cues[s->m[at - 1].cue].order > c->cues[t.cue].order) {
				s->m[at] = s->m[at - 1];
				at--;
			}
			s->m[at] = t;
		}
	}
	/* A class cue inside a longer class cue's span is the same evidence: keep the longer
	 * ("sigo sin saber" is a question, not the "sigo sin" of waiting). The rules' own cues
	 * (facts, rhetorical, claims, asides, courtesy) give way the same way to a longer
	 * class cue or a longer cue of their kind ("otra pregunta" is no "otra" of sarcasm). */
	for (i = 0; i < s->n_m; i++) {
		struct match *a = &s->m[i];
		enum cue_kind ka = c->cues[a->cue].def->kind;
		if (ka > CUE_OTHER && ka < CUE_FACT && ka != CUE_DURATION)
			continue;
		for (j = cls_back_to(s, i, a->start - c->max_span); j < s->n_m && s->m[j].start <= a->start; j++) {
			const struct match *b = &s->m[j];
			enum cue_kind kb = c->cues[b->cue].def->kind;
			int family = (ka <= CUE_OTHER && kb <= CUE_OTHER) || ka == kb;
			/* a duration inside a greeting is none ("Buenos días") */
			if (i == j || !(kb <= CUE_OTHER || kb == ka || (ka == CUE_DURATION && kb == CUE_ASIDE)))
				continue;
			if (b->start <= a->start && b->end >= a->end &&
			    (b->end - b->start > a->end - a->start ||
			     (family && b->end - b->start == a->end - a->start && j < i))) {
				a->dropped = 1;
				break;
			}
		}
	}
}

void classify_message(const struct classifier *c, const char *text, struct classification *cf)
{
	struct scratch *s = cf->scratch;
	size_t i;

	memset(cf->score, 0, sizeof(cf->score));
	cf->n_hits = 0;
	cf->by = BY_RULES;
	classify_normalize(text, &cf->norm);
	cls_lookup_ids(c, s, &cf->norm);
	XGROW(s->wpre, s->cap_wpre, cf->norm.n + 1);
	s->wpre[0] = 0;
	for (i = 0; i < cf->norm.n; i++)
		s->wpre[i + 1] = s->wpre[i] + !(cf->norm.tok[i].flags & TOK_EMOJI);
	cf->lang = cls_language_of(c, s->ids, &cf->norm);
	find_matches(c, s, &cf->norm, cf->lang);
	if (cf->lang == LANG_UNKNOWN)
		cf->lang = cls_language_of_cues(c, s);
	if (cf->lang == LANG_UNKNOWN && cls_has_latin_word(&cf->norm))
		cf->lang = LANG_ES; /* words, but none that tells: the service's most frequent language */
	cls_score_rules(c, cf);
	cls_decide(cf);
	if (cf->confidence > 0.99)
		cf->confidence = 0.99;
	if (c->model && cf->norm.n)
		model_vote(c->model, cf); /* classify_model.c */
}

/* w as "%+.1f" prints it, without printf in the common case (this runs for every message
 * whose explanation is kept). A value that lies near a tie (x.x5) goes through printf, which
 * rounds the exact binary value. */
static void add_weight(struct strbuf *sb, double w)
{
	double t = w * 10, frac;
	long long r, ip;
	char b[32], d[24];
	int n = 0, k = 0;

	frac = fabs(t - trunc(t));
	if (!isfinite(t) || fabs(t) > 1e15 || fabs(frac - 0.5) < 1e-6) {
		strbuf_addf(sb, "%+.1f", w);
		return;
	}
	r = llround(fabs(t));
	b[n++] = signbit(w) ? '-' : '+';
	ip = r / 10;
	do
		d[k++] = (char)('0' + ip % 10);
	while ((ip /= 10) > 0);
	while (k)
		b[n++] = d[--k];
	b[n++] = '.';
	b[n++] = (char)('0' + r % 10);
	strbuf_add(sb, b, (size_t)n);
}

void classify_explain(const struct classification *cf, struct strbuf *sb)
{
	size_t i;

	for (i = 0; i < cf->n_hits; i++) {
		const struct cue_hit *h = &cf->hits[i];
		if (i)
			strbuf_addstr(sb, ", ");
		strbuf_addstr(sb, class_name(h->cls));
		strbuf_addch(sb, ':');
		strbuf_addstr(sb, h->name);
		strbuf_addch(sb, ' ');
		add_weight(sb, h->weight);
		if (h->flags & HIT_NEGATED)
			strbuf_addstr(sb, " (negated)");
		if (h->flags & HIT_INTENSIFIED)
			strbuf_addstr(sb, " (intensified)");
	}
}
