/* classify.c: cue matching, the rules and the decision (see classify.h for the contract).
 * The cue patterns are normalised once, with the same code as the messages, and interned:
 * a message costs one hash look-up per token plus the few patterns that start with it.
 * Normalisation lives in classify_norm.c, the model in nbayes.c. */
#include "classify.h"
#include "classify_model.h"
#include "cues.h"
#include "nbayes.h"
#include "strmap.h"
#include "util.h"

#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GAP (-2) /* "*" in a pattern: up to GAP_MAX tokens */
#define GAP_MAX 3
#define MAX_WORDS 8
#define FIRE 1.0       /* a class with this much evidence fires */
#define WEAK 0.5       /* needs-reply evidence that outweighs thanks and other */
#define NO_CUE_WORDS 4 /* a message this long without any cue is criticism */
#define LONG_WORDS 16  /* ... and one this long with weak other evidence only */

struct cue {
	const struct cue_def *def;
	int words[MAX_WORDS]; /* vocabulary ids, or GAP */
	int n_words;
	int order;               /* position in the tables (ties between cues keep it) */
	unsigned char anchored;  /* "^": at the start of a clause */
	unsigned char neg_first; /* the first word is a negation: never negated itself */
	signed char only_lang;   /* applies only to messages in this language, or -1 */
};

struct vocab_word {
	int first_cue; /* the cues starting with it: [first_cue, first_cue + n_cues), the */
	int n_cues;    /* first n_any of any second word, then sorted by their second word */
	int n_any;
	int lang[LANG_N];      /* language evidence, in hundredths of a listed word */
	unsigned char listed;  /* in the language lists (maybe with no weight: "web", "ok") */
	unsigned char negator; /* a one-word negation cue */
};

struct classifier {
	struct arena arena;
	struct strmap vocab; /* word -> id + 1 */
	struct vocab_word *words;
	size_t n_words, cap_words;
	struct cue *cues;
	size_t n_cues;
	const struct nbayes *model;
	int max_span; /* the most tokens a cue can cover (its words and gaps) */
};

/* A cue found in a message: tokens [start, end). */
struct match {
	int cue, start, end;
	int dropped; /* inside a longer cue's span */
};

struct scratch {
	int *ids; /* vocabulary id per token, -1 when unknown */
	size_t cap_ids;
	int *flags; /* per match, for the rules (courtesy thanks, counted facts) */
	size_t cap_flags;
	int *wpre; /* words (not emoji) among the first i tokens, for i = 0 .. n */
	size_t cap_wpre;
	struct match *m;
	size_t n_m, cap_m;
};

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
static void lookup_ids(const struct classifier *c, struct scratch *s, const struct norm *n)
{
	size_t i;

	XGROW(s->ids, s->cap_ids, n->n + 1);
	for (i = 0; i < n->n; i++) {
		void *v = strmap_get(&c->vocab, n->buf.buf + n->tok[i].off);
		s->ids[i] = v ? (int)((intptr_t)v - 1) : -1;
	}
}

/* Endings that point to one language (folded words). Checked longest first among those
 * sharing a last letter, so "-ciones" (es) is seen before "-s"; the first that fits wins. */
static const struct {
	const char *end;
	unsigned char len, lang;
} spelling_ends[] = {
    {"tions", 5, LANG_EN}, {"tion", 4, LANG_EN},  {"ing", 3, LANG_EN},   {"ly", 2, LANG_EN},    {"ciones", 6, LANG_ES},
    {"cion", 4, LANG_ES},  {"dades", 5, LANG_ES}, {"dad", 3, LANG_ES},   {"mente", 5, LANG_ES}, {"iendo", 5, LANG_ES},
    {"ando", 4, LANG_ES},  {"ados", 4, LANG_ES},  {"idos", 4, LANG_ES},  {"amos", 4, LANG_ES},  {"emos", 4, LANG_ES},
    {"imos", 4, LANG_ES},  {"aban", 4, LANG_ES},  {"ado", 3, LANG_ES},   {"ido", 3, LANG_ES},   {"aba", 3, LANG_ES},
    {"ais", 3, LANG_ES},   {"eis", 3, LANG_ES},   {"cions", 5, LANG_CA}, {"ments", 5, LANG_CA}, {"aven", 4, LANG_CA},
    {"ejar", 4, LANG_CA},  {"tats", 4, LANG_CA},  {"icis", 4, LANG_CA},  {"ment", 4, LANG_CA},  {"acio", 4, LANG_CA},
    {"ccio", 4, LANG_CA},  {"pcio", 4, LANG_CA},  {"ucio", 4, LANG_CA},  {"tat", 3, LANG_CA},   {"ava", 3, LANG_CA},
    {"eja", 3, LANG_CA},   {"ici", 3, LANG_CA},   {"igs", 3, LANG_CA},   {"ats", 3, LANG_CA},   {"its", 3, LANG_CA},
    {"uts", 3, LANG_CA},   {"ous", 3, LANG_CA},   {"ig", 2, LANG_CA},    {"eu", 2, LANG_CA},    {"au", 2, LANG_CA},
    {"at", 2, LANG_CA},    {"it", 2, LANG_CA},    {"ut", 2, LANG_CA},    {"em", 2, LANG_CA},    {"im", 2, LANG_CA},
    {"ou", 2, LANG_CA},
};

#define N_ENDS (sizeof(spelling_ends) / sizeof(*spelling_ends))
static unsigned char ends_order[N_ENDS]; /* the endings by last letter, in table order */
static unsigned char ends_first[257];    /* by last letter: where its endings start */
static pthread_once_t ends_once = PTHREAD_ONCE_INIT;

static void ends_index(void)
{
	size_t i, n = 0;
	int ch;

	for (ch = 0; ch < 256; ch++) {
		ends_first[ch] = (unsigned char)n;
		for (i = 0; i < N_ENDS; i++)
			if ((unsigned char)spelling_ends[i].end[spelling_ends[i].len - 1] == ch)
				ends_order[n++] = (unsigned char)i;
	}
	ends_first[256] = (unsigned char)n;
}

/* The language a word's spelling points to, for a word no list gives a language: English
 * letter groups (th, w, sh, ck, k, oo, ee, ou inside, -ing, -tion, -ly, a final consonant +
 * y), Catalan ones (ny, ix, tx, tg, tj, ss, and the endings -ig, -eu, -au, -ació, -cció, -pció,
 * -ució (not -ició: "servicio"), -tat, -ava, -at/-it/-ut, -em/-im, -ejar, -ici, -ment) and
 * Spanish ones (-cion, -dad, -mente,
 * -ado/-ido, -aba, -ando/-iendo, -amos, -ais/-eis, the diphthongs ue and ie, -o and -os).
 * Words are folded (no accents); a weak vote, often wrong alone. One pass over the letters,
 * then the endings (this runs for most words of every message). */
static enum msg_lang spelling_lang(const char *w, size_t len)
{
	size_t i;
	int ue = 0, ie = 0, ou = 0, ca = 0;
	char last, prev;

	if (len < 3)
		return LANG_UNKNOWN;
	for (i = 0; i < len; i++) {
		char a = w[i], b = i + 1 < len ? w[i + 1] : 0;
		if (a < 'a' || a > 'z')
			return LANG_UNKNOWN; /* digits, letters folding kept (ß, ø...) */
		if (a == 'w' || a == 'k' || (a == 't' && b == 'h') || (a == 's' && b == 'h') ||
		    (a == 'c' && b == 'k') || (a == 'o' && b == 'o') || (a == 'e' && b == 'e'))
			return LANG_EN;
		ca |= (a == 'n' && b == 'y') || (a == 'i' && b == 'x') ||
		      (a == 't' && (b == 'x' || b == 'g' || b == 'j')) || (a == 's' && b == 's');
		ue |= a == 'u' && b == 'e' && (i == 0 || (w[i - 1] != 'q' && w[i - 1] != 'g'));
		ie |= a == 'i' && b == 'e' && i > 0 && w[i - 1] != 'c' && i + 2 < len &&
		      !(i + 3 == len && (w[i + 2] == 's' || w[i + 2] == 'm' || w[i + 2] == 'u')); /* not "deies" */
		ou |= a == 'o' && b == 'u' && i + 2 < len;
	}
	last = w[len - 1];
	prev = w[len - 2];
	if (ou || (last == 'y' && !strchr("aeiou", prev)))
		return LANG_EN;
	pthread_once(&ends_once, ends_index);
	for (i = ends_first[(unsigned char)last]; i < ends_first[(unsigned char)last + 1]; i++) {
		const char *e = spelling_ends[ends_order[i]].end;
		size_t l = spelling_ends[ends_order[i]].len;
		int g = spelling_ends[ends_order[i]].lang;
		if (len > l && !memcmp(w + len - l, e, l) && (g != LANG_ES || !ca))
			return (enum msg_lang)g;
	}
	if (ca)
		return LANG_CA;
	if (ue || ie || (len >= 4 && (last == 'o' || (last == 's' && prev == 'o'))))
		return LANG_ES;
	return LANG_UNKNOWN;
}

#define LANG_SPELLING 35 /* a word's spelling: a third of one listed word */
#define LANG_MARK 100    /* a letter one language alone writes (à, ñ, ¿...): one word */

/* The language of the words: listed words with their weights, the spelling of the others,
 * and the letters one language alone writes (integer hundredths, so that ties are exact).
 * Unknown when nothing points anywhere (the caller then looks at the cues); the largest
 * total wins, a tie goes to the first in the order es, ca, en (the service's most frequent
 * language first). */
static enum msg_lang language_of(const struct classifier *c, const int *ids, const struct norm *n)
{
	int score[LANG_N] = {0};
	size_t i;
	int l, best = LANG_UNKNOWN;

	for (i = 0; i < n->n; i++) {
		if (n->tok[i].flags & (TOK_EMOJI | TOK_NUMBER))
			continue;
		if (ids[i] >= 0 && c->words[ids[i]].listed) {
			for (l = 1; l < LANG_N; l++)
				score[l] += c->words[ids[i]].lang[l];
		} else {
			enum msg_lang g = spelling_lang(n->buf.buf + n->tok[i].off, n->tok[i].len);
			if (g != LANG_UNKNOWN)
				score[g] += LANG_SPELLING;
		}
	}
	for (l = 1; l < LANG_N; l++)
		score[l] += LANG_MARK * n->marks[l];
	for (l = 1; l < LANG_N; l++)
		if (score[l] > score[best])
			best = l;
	return score[best] >= 30 ? (enum msg_lang)best : LANG_UNKNOWN;
}

enum msg_lang classify_language(const struct classifier *c, const struct norm *n)
{
	struct scratch s = {0};
	enum msg_lang l;

	lookup_ids(c, &s, n);
	l = language_of(c, s.ids, n);
	free(s.ids);
	return l;
}

/* Without function words, the language of the cues that matched ("Compartido": es), when
 * they agree. */
static enum msg_lang language_of_cues(const struct classifier *c, const struct scratch *s)
{
	int votes[LANG_N] = {0}, l, best = LANG_UNKNOWN;
	size_t j;

	for (j = 0; j < s->n_m; j++)
		votes[c->cues[s->m[j].cue].def->lang]++;
	for (l = 1; l < LANG_N; l++)
		if (votes[l] > votes[best] || (best == LANG_UNKNOWN && votes[l]))
			best = l;
	for (l = 1; l < LANG_N; l++)
		if (l != best && votes[l] == votes[best])
			return LANG_UNKNOWN;
	return (enum msg_lang)best;
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

static void add_hit(struct classification *cf, const char *name, enum msg_class cls, double w, unsigned flags)
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
static size_t back_to(const struct scratch *s, size_t i, int min_start)
{
	while (i > 0 && s->m[i - 1].start >= min_start)
		i--;
	return i;
}

/* A negation ending at most three tokens before the cue, with no clause start between them
 * ("no me quejo", "no es per queixar-me"; not "no, no funciona"). */
static int negated(const struct classifier *c, const struct scratch *s, const struct norm *n, const struct match *m)
{
	size_t j;
	int t, ok;

	if (c->cues[m->cue].neg_first)
		return 0;
	for (j = back_to(s, (size_t)(m - s->m), m->start - 3 - c->max_span); j < s->n_m && s->m[j].start <= m->start;
	     j++) {
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

static int intensified(const struct classifier *c, const struct scratch *s, const struct match *m)
{
	size_t j;

	for (j = back_to(s, (size_t)(m - s->m), m->start - 1 - c->max_span); j < s->n_m && s->m[j].start <= m->start;
	     j++) {
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
		for (j = back_to(s, i, a->start - c->max_span); j < s->n_m && s->m[j].start <= a->start; j++) {
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

/* Is a thanks or praise cue right before m, with at most one token between ("Bravo, otro
 * curso", "Genial, ahora otro")? */
static int after_thanks(const struct classifier *c, const struct scratch *s, const struct match *m, int gap)
{
	size_t j;

	for (j = back_to(s, (size_t)(m - s->m), m->start - gap - c->max_span); j < s->n_m && s->m[j].start <= m->start;
	     j++) {
		const struct match *t = &s->m[j];
		if (c->cues[t->cue].def->kind == CUE_THANKS && !t->dropped && t->end <= m->start &&
		    t->end >= m->start - gap)
			return 1;
	}
	return 0;
}

/* List the matched cues of kind k (they only count through a rule) before the rule's hit. */
static void add_kind_hits(const struct classifier *c, struct classification *cf, enum cue_kind k, const int *used)
{
	const struct scratch *s = cf->scratch;
	size_t i;

	for (i = 0; i < s->n_m; i++)
		if (c->cues[s->m[i].cue].def->kind == k && !s->m[i].dropped && (!used || used[i]))
			add_hit(cf, c->cues[s->m[i].cue].def->pattern, CLASS_CRITICISM, 0, 0);
}

/* Words (not emoji) in tokens [from, to) of the message being classified. */
static int words_in(const struct scratch *s, const struct norm *n, size_t from, size_t to)
{
	if (to > n->n)
		to = n->n;
	return from < to ? s->wpre[to] - s->wpre[from] : 0;
}

/* Emoji tokens in the text. */
static int emoji_in(const struct norm *n)
{
	size_t i;
	int e = 0;

	for (i = 0; i < n->n; i++)
		e += (n->tok[i].flags & TOK_EMOJI) != 0;
	return e;
}

/* Is match m inside a (not dropped) match of kind k? */
static int inside_kind(const struct classifier *c, const struct scratch *s, const struct match *m, enum cue_kind k)
{
	size_t j;

	for (j = back_to(s, (size_t)(m - s->m), m->end - c->max_span); j < s->n_m && s->m[j].start <= m->start; j++)
		if (c->cues[s->m[j].cue].def->kind == k && !s->m[j].dropped && s->m[j].end >= m->end)
			return 1;
	return 0;
}

#define TERSE_WORDS 3 /* a please with at most this many other words is a request */

/* Is the stretch of time m said as a short one: "en dos días", "a los 3 días", "in two
 * days", "within a week", "two days later", "als tres dies"? */
static int said_fast(const struct norm *n, const struct match *m)
{
	static const char *const before[] = {"en", "in", "within", "los", "als"};
	static const char *const after[] = {"later", "despues", "despres"};
	int t;
	size_t k;

	for (t = m->start - 1; t >= 0 && t >= m->start - 3; t--)
		for (k = 0; k < sizeof(before) / sizeof(*before); k++)
			if (!strcmp(n->buf.buf + n->tok[t].off, before[k]))
				return 1;
	if (m->end < (int)n->n)
		for (k = 0; k < sizeof(after) / sizeof(*after); k++)
			if (!strcmp(n->buf.buf + n->tok[m->end].off, after[k]))
				return 1;
	return 0;
}

#define ASIDE_WORDS 3     /* a greeting or laughter with at most this many other words is the message */
#define COURTESY_WORDS 10 /* a closing thank-you after this many words is courtesy */
#define BUT_WORDS 3       /* thanks, "but" and this many words: what follows decides */
#define TAG_WORDS 8       /* a friend tagged by name: at most this many words after the names */

/* Thanks that are courtesy, not the message: a closing "gracias" after a long message
 * ("Buenas noches, les agradecería que apagaran las farolas del parque, gracias": a courtesy
 * cue in the last clause, after COURTESY_WORDS words or more), thanks before a "but"
 * followed by what the message is about ("Gracias, pero el vuelo..."), or thanks for a
 * reply followed by COURTESY_WORDS words or more ("Gracias por responder. He llamado tres
 * veces y..."). Only
 * when every thanks or praise cue is courtesy: marks them in courtesy[] (one flag per
 * match) and returns 1. */
static int find_courtesy(const struct classifier *c, const struct scratch *s, const struct norm *n, int *courtesy)
{
	size_t i, j, last = 0;
	int any = 0, closing, last_but = -1;

	for (i = 1; i < n->n; i++)
		if (n->tok[i].flags & TOK_CLAUSE)
			last = i;
	closing = last && words_in(s, n, 0, last) >= COURTESY_WORDS;
	/* the last "but" that has enough words after it */
	for (i = 0; i < s->n_m; i++)
		if (c->cues[s->m[i].cue].def->kind == CUE_BUT && !s->m[i].dropped &&
		    words_in(s, n, (size_t)s->m[i].end, n->n) >= BUT_WORDS)
			last_but = s->m[i].start;
	for (i = 0; i < s->n_m; i++) {
		const struct match *t = &s->m[i];
		int ok = 0;
		courtesy[i] = 0;
		if (c->cues[t->cue].def->kind != CUE_THANKS || t->dropped)
			continue;
		ok = last_but >= t->end;
		for (j = back_to(s, i, t->end - c->max_span); !ok && j < s->n_m && s->m[j].start <= t->start; j++) {
			const struct match *k = &s->m[j];
			enum cue_kind kk = c->cues[k->cue].def->kind;
			if (k->dropped || k->end < t->end)
				continue;
			ok = (kk == CUE_COURTESY && closing && k->start >= (int)last) ||
			     (kk == CUE_ACK && words_in(s, n, (size_t)k->end, n->n) >= COURTESY_WORDS);
		}
		if (!ok)
			return 0; /* thanks or praise said for its own sake */
		courtesy[i] = any = 1;
	}
	return any;
}

static void score_rules(const struct classifier *c, struct classification *cf)
{
	struct scratch *s = cf->scratch;
	const struct norm *n = &cf->norm;
	double wait = 0, irony = 0, fact = 0, rhet = 0, aside = 0, thanks_w;
	int duration = 0, thanks_then_irony = 0, negation = 0, claims = 0, realities = 0, stretch = -1;
	int please_words = 0;
	double thanks_please = 0;
	int aside_tokens = 0, courtesy;
	size_t i;

	XGROW(s->flags, s->cap_flags, s->n_m + 1);
	courtesy = find_courtesy(c, s, n, s->flags);
	for (i = 0; i < s->n_m; i++) {
		const struct match *m = &s->m[i];
		const struct cue_def *d = c->cues[m->cue].def;
		double w = d->weight;
		unsigned flags = 0;

		switch (d->kind) {
		case CUE_CRITICISM:
		case CUE_QUESTION:
		case CUE_THANKS:
		case CUE_OTHER:
			if (m->dropped)
				continue;
			if ((d->kind == CUE_CRITICISM || d->kind == CUE_THANKS) && negated(c, s, n, m)) {
				flags |= HIT_NEGATED;
				w = 0;
				negation--; /* spent on this cue: not a negative context */
				/* "not impressed", "no es útil": negated praise is criticism; negated
				 * gratitude ("no thanks") is not. */
				if (d->kind == CUE_THANKS && d->weight < FIRE) {
					add_hit(cf, d->pattern, CLASS_THANKS, 0, flags);
					cf->score[CLASS_CRITICISM] += WEAK;
					add_hit(cf, "rule:negated-praise", CLASS_CRITICISM, WEAK, HIT_RULE);
					continue;
				}
			} else if (courtesy && s->flags[i]) {
				w = 0; /* a closing thank-you: "rule:courtesy" below */
			} else if (d->kind == CUE_THANKS && inside_kind(c, s, m, CUE_PLEASE)) {
				thanks_please += w; /* 🙏: thanks, or please in a request (below) */
			} else if (intensified(c, s, m)) {
				flags |= HIT_INTENSIFIED;
				w *= 1.5;
			}
			cf->score[d->kind] += w;
			add_hit(cf, d->pattern, (enum msg_class)d->kind, w, flags);
			break;
		case CUE_IRONY:
			irony += d->weight;
			/* "gracias por nada": the marker right after a thanks */
			thanks_then_irony |= after_thanks(c, s, m, 2);
			add_hit(cf, d->pattern, CLASS_CRITICISM, 0, 0);
			break;
		case CUE_WAITING:
			wait += d->weight;
			break;
		case CUE_DURATION:
			if (m->dropped)
				break;
			duration = 1;
			if (d->weight >= FIRE && stretch < 0 && !said_fast(n, m))
				stretch = (int)i;
			break;
		case CUE_NEGATION:
			negation++;
			break;
		case CUE_FACT:
			/* A weak fact ("otro", "another") counts only right after the praise. */
			s->flags[i] = !m->dropped && (d->weight >= FIRE || after_thanks(c, s, m, 1));
			if (s->flags[i])
				fact += d->weight;
			break;
		case CUE_RHETORICAL:
			if (!m->dropped)
				rhet += d->weight;
			break;
		case CUE_CLAIM:
			claims += !m->dropped;
			break;
		case CUE_REALITY:
			realities += !m->dropped;
			break;
		case CUE_PLEASE:
			if (!m->dropped)
				please_words += words_in(s, n, (size_t)m->start, (size_t)m->end) +
				                (n->tok[m->start].flags & TOK_EMOJI ? 1 : 0);
			break;
		case CUE_ASIDE:
			if (!m->dropped) {
				aside += d->weight;
				aside_tokens += m->end - m->start;
			}
			break;
		default:
			break;
		}
	}
	if (courtesy)
		add_hit(cf, "rule:courtesy", CLASS_THANKS, 0, HIT_RULE);
	/* A greeting or laughter is the message only when little else is said ("Bon dia a
	 * tots", "jajaja yo también"); in a longer message the rest decides. */
	if (aside > 0 && words_in(s, n, 0, n->n) - aside_tokens <= ASIDE_WORDS) {
		for (i = 0; i < s->n_m; i++)
			if (c->cues[s->m[i].cue].def->kind == CUE_ASIDE && !s->m[i].dropped)
				add_hit(cf, c->cues[s->m[i].cue].def->pattern, CLASS_OTHER,
				        c->cues[s->m[i].cue].def->weight, 0);
		cf->score[CLASS_OTHER] += aside;
	}
	/* A word or three and a please is a request ("horario 🙏", "enllaç per favor"): the 🙏
	 * is no thanks there. Not with other evidence ("Gracias 🙏", "Ánimo 🙏"). */
	if (please_words > 0 && words_in(s, n, 0, n->n) + emoji_in(n) - please_words >= 1 &&
	    words_in(s, n, 0, n->n) + emoji_in(n) - please_words <= TERSE_WORDS && cf->score[CLASS_CRITICISM] == 0 &&
	    cf->score[CLASS_OTHER] == 0 && cf->score[CLASS_THANKS] - thanks_please < 1e-9) {
		cf->score[CLASS_THANKS] -= thanks_please;
		cf->score[CLASS_QUESTION] += FIRE;
		add_hit(cf, "rule:request", CLASS_QUESTION, FIRE, HIT_RULE);
	}
	if (n->qmarks) {
		cf->score[CLASS_QUESTION] += FIRE;
		add_hit(cf, "rule:question-mark", CLASS_QUESTION, FIRE, HIT_RULE);
	}
	if (duration && wait >= 1.0) {
		cf->score[CLASS_CRITICISM] += 2.0;
		add_hit(cf, "rule:waiting", CLASS_CRITICISM, 2.0, HIT_RULE);
	}
	/* A question that complains ("¿tan difícil es contestar?", "i qui em torna els diners?"):
	 * strong rhetorical wording, or some with a '?' and some criticism. */
	if (rhet >= FIRE || (rhet > 0 && n->qmarks && cf->score[CLASS_CRITICISM] >= WEAK)) {
		add_kind_hits(c, cf, CUE_RHETORICAL, NULL);
		cf->score[CLASS_CRITICISM] += FIRE;
		add_hit(cf, "rule:rhetorical", CLASS_CRITICISM, FIRE, HIT_RULE);
	}
	/* What the service says against what happens ("en la web pone de 9 a 14 y a las 12 ya
	 * estaba cerrado"): a complaint without a negative word. */
	if (claims && realities) {
		add_kind_hits(c, cf, CUE_CLAIM, NULL);
		add_kind_hits(c, cf, CUE_REALITY, NULL);
		cf->score[CLASS_CRITICISM] += FIRE;
		add_hit(cf, "rule:contrast", CLASS_CRITICISM, FIRE, HIT_RULE);
	}
	thanks_w = cf->score[CLASS_THANKS];
	/* Thanks or praise with an irony marker, a criticism (0.5 or more: "Thanks again" is no
	 * sarcasm), a negative fact or a stretch of time not said as fast ("tres horas para
	 * entregar un papel"; not "en dos días") is sarcasm
	 * ("Gracias por las dos horas de cola", "Bravo, otro curso por la mañana"); praise alone
	 * ("Genial", "Molt bé"; no thanks word) next to a negation too ("18 días de plazo, no da
	 * tiempo. Genial"). */
	if (thanks_w > 0 && (thanks_then_irony || irony > 0 || fact > 0 || stretch >= 0 ||
	                     cf->score[CLASS_CRITICISM] >= WEAK || (negation > 0 && thanks_w < FIRE))) {
		double w = thanks_w + irony;
		if (w < FIRE && (thanks_then_irony || irony > 0 || fact > 0 || stretch >= 0))
			w = FIRE;
		if (fact > 0)
			add_kind_hits(c, cf, CUE_FACT, s->flags);
		if (stretch >= 0)
			add_hit(cf, c->cues[s->m[stretch].cue].def->pattern, CLASS_CRITICISM, 0, 0);
		cf->score[CLASS_CRITICISM] += w;
		cf->score[CLASS_THANKS] = 0;
		add_hit(cf, "rule:sarcasm", CLASS_CRITICISM, w, HIT_RULE);
	} else if (irony > 0) {
		cf->score[CLASS_CRITICISM] += irony;
		add_hit(cf, "rule:irony", CLASS_CRITICISM, irony, HIT_RULE);
	}
	/* Tagging is short ("Marta López mira esto"); a long text opening with capitals is a
	 * title or a sentence ("Teach Ambulance attendants how to..."). */
	if (n->names >= 2 && s->ids[0] < 0 && words_in(s, n, 0, n->n) - n->names <= TAG_WORDS) {
		cf->score[CLASS_OTHER] += FIRE;
		add_hit(cf, "rule:tagged-name", CLASS_OTHER, FIRE, HIT_RULE);
	}
	if (n->letters >= 12 && n->upper * 10 >= n->letters * 7) {
		if (cf->score[CLASS_CRITICISM] > 0) {
			cf->score[CLASS_CRITICISM] *= 1.5;
			add_hit(cf, "rule:shouting", CLASS_CRITICISM, cf->score[CLASS_CRITICISM] / 3, HIT_RULE);
		} else if (cf->score[CLASS_THANKS] == 0) {
			cf->score[CLASS_CRITICISM] += WEAK;
			add_hit(cf, "rule:shouting", CLASS_CRITICISM, WEAK, HIT_RULE);
		}
	}
}

/* The rules' decision; returns 1 when a class fired (the rules are sure). */
static int decide(struct classification *cf)
{
	const double *sc = cf->score;
	double total = 0, rest;
	int k, fired = -1, best = -1;

	for (k = 0; k < CLASS_N; k++)
		total += sc[k];
	for (k = 0; k < CLASS_N && fired < 0; k++) {
		if (sc[k] >= FIRE)
			fired = k;
		/* Weak needs-reply evidence beats a firing thanks or other. */
		if (k == CLASS_QUESTION && fired < 0 && sc[CLASS_CRITICISM] + sc[CLASS_QUESTION] >= WEAK)
			best = sc[CLASS_CRITICISM] >= sc[CLASS_QUESTION] ? CLASS_CRITICISM : CLASS_QUESTION;
		if (best >= 0)
			break;
	}
	if (fired >= 0) {
		rest = total - sc[fired];
		cf->cls = (enum msg_class)fired;
		cf->confidence = 0.5 + 0.5 * sc[fired] / (sc[fired] + rest + 0.5);
		return 1;
	}
	if (best < 0) {
		for (k = 0; k < CLASS_N; k++)
			if (sc[k] > 0 && (best < 0 || sc[k] > sc[best]))
				best = k;
	}
	if (best < 0) {
		size_t words = 0, i;
		for (i = 0; i < cf->norm.n; i++)
			words += !(cf->norm.tok[i].flags & TOK_EMOJI);
		cf->cls = words >= NO_CUE_WORDS ? CLASS_CRITICISM : CLASS_OTHER;
		if (cf->cls == CLASS_CRITICISM)
			add_hit(cf, "rule:no-cue", CLASS_CRITICISM, 0, HIT_RULE);
		cf->confidence = 0.30;
		return 0;
	}
	/* Weak other evidence ("a ver si", "yo", a 😉) in a long message is a doubt between a
	 * remark and a report: the reply class wins. */
	if (best == CLASS_OTHER && words_in(cf->scratch, &cf->norm, 0, cf->norm.n) >= LONG_WORDS) {
		cf->cls = CLASS_CRITICISM;
		add_hit(cf, "rule:long-message", CLASS_CRITICISM, 0, HIT_RULE);
		cf->confidence = 0.30;
		return 0;
	}
	rest = total - sc[best];
	cf->cls = (enum msg_class)best;
	cf->confidence = 0.35 + 0.15 * sc[best] / (sc[best] + rest + 0.5);
	return 0;
}

/* A word with a Latin letter (not only emoji, numbers or another script). */
static int has_latin_word(const struct norm *n)
{
	size_t i, k;

	for (i = 0; i < n->n; i++) {
		const char *w = n->buf.buf + n->tok[i].off;
		if (n->tok[i].flags & (TOK_EMOJI | TOK_NUMBER))
			continue;
		for (k = 0; k < n->tok[i].len; k++)
			if (w[k] >= 'a' && w[k] <= 'z')
				return 1;
	}
	return 0;
}

void classify_message(const struct classifier *c, const char *text, struct classification *cf)
{
	struct scratch *s = cf->scratch;
	size_t i;

	memset(cf->score, 0, sizeof(cf->score));
	cf->n_hits = 0;
	cf->by = BY_RULES;
	classify_normalize(text, &cf->norm);
	lookup_ids(c, s, &cf->norm);
	XGROW(s->wpre, s->cap_wpre, cf->norm.n + 1);
	s->wpre[0] = 0;
	for (i = 0; i < cf->norm.n; i++)
		s->wpre[i + 1] = s->wpre[i] + !(cf->norm.tok[i].flags & TOK_EMOJI);
	cf->lang = language_of(c, s->ids, &cf->norm);
	find_matches(c, s, &cf->norm, cf->lang);
	if (cf->lang == LANG_UNKNOWN)
		cf->lang = language_of_cues(c, s);
	if (cf->lang == LANG_UNKNOWN && has_latin_word(&cf->norm))
		cf->lang = LANG_ES; /* words, but none that tells: the service's most frequent language */
	score_rules(c, cf);
	decide(cf);
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
