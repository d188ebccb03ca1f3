/* classify_rules.c: the rules that weigh the cues a message matched (negation and
 * intensifiers are read at matching time in classify.c): sarcasm, rhetorical questions,
 * contrasts, requests, courtesy thanks, asides, long messages; then the decision with its
 * precedence and confidence. Pure: nothing here prints. */
#include "classify_int.h"

#include <stdlib.h>
#include <string.h>

/* Is a thanks or praise cue right before m, with at most one token between ("Bravo, otro
 * curso", "Genial, ahora otro")? */
static int after_thanks(const struct classifier *c, const struct scratch *s, const struct match *m, int gap)
{
	size_t j;

	for (j = cls_back_to(s, (size_t)(m - s->m), m->start - gap - c->max_span);
	     j < s->n_m && s->m[j].start <= m->start; j++) {
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
			cls_add_hit(cf, c->cues[s->m[i].cue].def->pattern, CLASS_CRITICISM, 0, 0);
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

	for (j = cls_back_to(s, (size_t)(m - s->m), m->end - c->max_span); j < s->n_m && s->m[j].start <= m->start; j++)
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
		for (j = cls_back_to(s, i, t->end - c->max_span); !ok && j < s->n_m && s->m[j].start <= t->start; j++) {
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

void cls_score_rules(const struct classifier *c, struct classification *cf)
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
			if ((d->kind == CUE_CRITICISM || d->kind == CUE_THANKS) && cls_negated(c, s, n, m)) {
				flags |= HIT_NEGATED;
				w = 0;
				negation--; /* spent on this cue: not a negative context */
				/* "not impressed", "no es útil": negated praise is criticism; negated
				 * gratitude ("no thanks") is not. */
				if (d->kind == CUE_THANKS && d->weight < FIRE) {
					cls_add_hit(cf, d->pattern, CLASS_THANKS, 0, flags);
					cf->score[CLASS_CRITICISM] += WEAK;
					cls_add_hit(cf, "rule:negated-praise", CLASS_CRITICISM, WEAK, HIT_RULE);
					continue;
				}
			} else if (courtesy && s->flags[i]) {
				w = 0; /* a closing thank-you: "rule:courtesy" below */
			} else if (d->kind == CUE_THANKS && inside_kind(c, s, m, CUE_PLEASE)) {
				thanks_please += w; /* 🙏: thanks, or please in a request (below) */
			} else if (cls_intensified(c, s, m)) {
				flags |= HIT_INTENSIFIED;
				w *= 1.5;
			}
			cf->score[d->kind] += w;
			cls_add_hit(cf, d->pattern, (enum msg_class)d->kind, w, flags);
			break;
		case CUE_IRONY:
			irony += d->weight;
			/* "gracias por nada": the marker right after a thanks */
			thanks_then_irony |= after_thanks(c, s, m, 2);
			cls_add_hit(cf, d->pattern, CLASS_CRITICISM, 0, 0);
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
		cls_add_hit(cf, "rule:courtesy", CLASS_THANKS, 0, HIT_RULE);
	/* A greeting or laughter is the message only when little else is said ("Bon dia a
	 * tots", "jajaja yo también"); in a longer message the rest decides. */
	if (aside > 0 && words_in(s, n, 0, n->n) - aside_tokens <= ASIDE_WORDS) {
		for (i = 0; i < s->n_m; i++)
			if (c->cues[s->m[i].cue].def->kind == CUE_ASIDE && !s->m[i].dropped)
				cls_add_hit(cf, c->cues[s->m[i].cue].def->pattern, CLASS_OTHER,
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
		cls_add_hit(cf, "rule:request", CLASS_QUESTION, FIRE, HIT_RULE);
	}
	if (n->qmarks) {
		cf->score[CLASS_QUESTION] += FIRE;
		cls_add_hit(cf, "rule:question-mark", CLASS_QUESTION, FIRE, HIT_RULE);
	}
	if (duration && wait >= 1.0) {
		cf->score[CLASS_CRITICISM] += 2.0;
		cls_add_hit(cf, "rule:waiting", CLASS_CRITICISM, 2.0, HIT_RULE);
	}
	/* A question that complains ("¿tan difícil es contestar?", "i qui em torna els diners?"):
	 * strong rhetorical wording, or some with a '?' and some criticism. */
	if (rhet >= FIRE || (rhet > 0 && n->qmarks && cf->score[CLASS_CRITICISM] >= WEAK)) {
		add_kind_hits(c, cf, CUE_RHETORICAL, NULL);
		cf->score[CLASS_CRITICISM] += FIRE;
		cls_add_hit(cf, "rule:rhetorical", CLASS_CRITICISM, FIRE, HIT_RULE);
	}
	/* What the service says against what happens ("en la web pone de 9 a 14 y a las 12 ya
	 * estaba cerrado"): a complaint without a negative word. */
	if (claims && realities) {
		add_kind_hits(c, cf, CUE_CLAIM, NULL);
		add_kind_hits(c, cf, CUE_REALITY, NULL);
		cf->score[CLASS_CRITICISM] += FIRE;
		cls_add_hit(cf, "rule:contrast", CLASS_CRITICISM, FIRE, HIT_RULE);
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
			cls_add_hit(cf, c->cues[s->m[stretch].cue].def->pattern, CLASS_CRITICISM, 0, 0);
		cf->score[CLASS_CRITICISM] += w;
		cf->score[CLASS_THANKS] = 0;
		cls_add_hit(cf, "rule:sarcasm", CLASS_CRITICISM, w, HIT_RULE);
	} else if (irony > 0) {
		cf->score[CLASS_CRITICISM] += irony;
		cls_add_hit(cf, "rule:irony", CLASS_CRITICISM, irony, HIT_RULE);
	}
	/* Tagging is short ("Marta López mira esto"); a long text opening with capitals is a
	 * title or a sentence ("Teach Ambulance attendants how to..."). */
	if (n->names >= 2 && s->ids[0] < 0 && words_in(s, n, 0, n->n) - n->names <= TAG_WORDS) {
		cf->score[CLASS_OTHER] += FIRE;
		cls_add_hit(cf, "rule:tagged-name", CLASS_OTHER, FIRE, HIT_RULE);
	}
	if (n->letters >= 12 && n->upper * 10 >= n->letters * 7) {
		if (cf->score[CLASS_CRITICISM] > 0) {
			cf->score[CLASS_CRITICISM] *= 1.5;
			cls_add_hit(cf, "rule:shouting", CLASS_CRITICISM, cf->score[CLASS_CRITICISM] / 3, HIT_RULE);
		} else if (cf->score[CLASS_THANKS] == 0) {
			cf->score[CLASS_CRITICISM] += WEAK;
			cls_add_hit(cf, "rule:shouting", CLASS_CRITICISM, WEAK, HIT_RULE);
		}
	}
}

/* The rules' decision; returns 1 when a class fired (the rules are sure). */
int cls_decide(struct classification *cf)
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
			cls_add_hit(cf, "rule:no-cue", CLASS_CRITICISM, 0, HIT_RULE);
		cf->confidence = 0.30;
		return 0;
	}
	/* Weak other evidence ("a ver si", "yo", a 😉) in a long message is a doubt between a
	 * remark and a report: the reply class wins. */
	if (best == CLASS_OTHER && words_in(cf->scratch, &cf->norm, 0, cf->norm.n) >= LONG_WORDS) {
		cf->cls = CLASS_CRITICISM;
		cls_add_hit(cf, "rule:long-message", CLASS_CRITICISM, 0, HIT_RULE);
		cf->confidence = 0.30;
		return 0;
	}
	rest = total - sc[best];
	cf->cls = (enum msg_class)best;
	cf->confidence = 0.35 + 0.15 * sc[best] / (sc[best] + rest + 0.5);
	return 0;
}
