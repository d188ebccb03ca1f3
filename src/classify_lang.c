/* classify_lang.c: the language of a message (es, ca, en): listed words with their weights,
 * the spelling of the other words, the letters one language alone writes, else the cues that
 * matched; "unknown" only without a word. Pure: nothing here prints. */
#include "classify_int.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

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
enum msg_lang cls_language_of(const struct classifier *c, const int *ids, const struct norm *n)
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

	cls_lookup_ids(c, &s, n);
	l = cls_language_of(c, s.ids, n);
	free(s.ids);
	return l;
}

/* Without function words, the language of the cues that matched ("Compartido": es), when
 * they agree. */
enum msg_lang cls_language_of_cues(const struct classifier *c, const struct scratch *s)
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

/* A word with a Latin letter (not only emoji, numbers or another script). */
int cls_has_latin_word(const struct norm *n)
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
