/* classify_norm.c: the classifier's view of a text: folded (NFKC, case, accents, through
 * text.h), cut into words, emoji and emoticons, with URLs and @mentions set aside, stretched
 * letters reduced, laughter folded and chat abbreviations expanded. It knows no cue and no
 * class; classify.c matches cues on what it produces. */
#include "classify.h"
#include "cues.h"
#include "strmap.h"
#include "text.h"
#include "util.h"

#include <pthread.h>
#include <string.h>
#include <utf8proc.h>

void norm_init(struct norm *n)
{
	memset(n, 0, sizeof(*n));
	strbuf_init(&n->buf);
	strbuf_init(&n->folded);
	strbuf_init(&n->word);
}

void norm_release(struct norm *n)
{
	strbuf_release(&n->buf);
	strbuf_release(&n->folded);
	strbuf_release(&n->word);
	free(n->tok);
	memset(n, 0, sizeof(*n));
}

void norm_join(const struct norm *n, struct strbuf *out)
{
	size_t i;

	for (i = 0; i < n->n; i++) {
		if (i)
			strbuf_addch(out, ' ');
		strbuf_add(out, n->buf.buf + n->tok[i].off, n->tok[i].len);
	}
}

/* Abbreviations: one map for the process, built once from the compiled table. */
static struct strmap abbrevs;
static unsigned char abbrev_first[256]; /* by first byte: bit L-1 set when an abbreviation of L bytes starts so */
static pthread_once_t abbrev_once = PTHREAD_ONCE_INIT;

static void abbrev_init(void)
{
	size_t i;

	strmap_init(&abbrevs);
	for (i = 0; i < abbrev_defs_n; i++) {
		int created;
		void **v = strmap_put(&abbrevs, abbrev_defs[i].abbr, &created);
		if (created)
			*v = (void *)&abbrev_defs[i];
		if (strlen(abbrev_defs[i].abbr) <= 8)
			abbrev_first[(unsigned char)abbrev_defs[i].abbr[0]] |=
			    (unsigned char)(1u << (strlen(abbrev_defs[i].abbr) - 1));
	}
}

static int is_word_cp(utf8proc_int32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return 1;
	default:
		return 0;
	}
}

/* Pictographs and other symbols; U+FFFD (a repaired byte) is not an emoji. */
static int is_emoji_cp(utf8proc_int32_t cp)
{
	return cp >= 0x2000 && cp != 0xFFFD && utf8proc_category(cp) == UTF8PROC_CATEGORY_SO;
}

static void push_token(struct norm *n, const char *s, size_t len, unsigned flags)
{
	struct token *t;

	XGROW(n->tok, n->cap, n->n + 1);
	t = &n->tok[n->n++];
	t->off = (unsigned)n->buf.len;
	t->len = (unsigned)len;
	t->flags = flags;
	strbuf_add(&n->buf, s, len);
	strbuf_addch(&n->buf, '\0');
}

/* "jajaja", "jajjaja", "hahaha", "jsjsjs", "hihi": only these letters, and one of the
 * laughing pairs at least twice ("hijas" has each pair once). */
static int is_laughter(const char *w, size_t len)
{
	static const char *const pairs[] = {"ja", "je", "ha", "he", "ji", "hi", "js", "sj"};
	size_t i, k;

	if (len < 4 || (w[0] != 'j' && w[0] != 'h' && w[0] != 'a' && w[0] != 's'))
		return 0;
	for (i = 0; i < len; i++)
		if (!strchr("ajehis", w[i]))
			return 0;
	for (k = 0; k < sizeof(pairs) / sizeof(*pairs); k++) {
		int count = 0;
		for (i = 0; i + 1 < len; i++)
			if (w[i] == pairs[k][0] && w[i + 1] == pairs[k][1])
				count++;
		if (count >= 2)
			return 1;
	}
	return 0;
}

/* Append a finished word (w[0..len), not NUL-terminated) as a token: reduce stretching,
 * fold laughter, expand abbreviations. Works in place at the end of n->buf. */
static void add_word(struct norm *n, const char *w, size_t len, unsigned flags)
{
	size_t start = n->buf.len, i, o = 0;
	const struct abbrev_def *a = NULL;
	int digits = 1;
	char *t;

	strbuf_add(&n->buf, w, len);
	t = n->buf.buf + start;
	/* Three or more of one ASCII letter in a row: one ("graciaaas" -> "gracias"). Doubled
	 * letters are left alone: "ll", "rr", "cc", "ee" are spelling. */
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)t[i];
		if (i + 2 < len && t[i + 1] == (char)c && t[i + 2] == (char)c && c >= 'a' && c <= 'z') {
			while (i + 1 < len && t[i + 1] == (char)c)
				i++;
		}
		digits &= c >= '0' && c <= '9';
		t[o++] = (char)c;
	}
	len = o;
	t[len] = '\0';
	n->buf.len = start + len;
	if (is_laughter(t, len)) {
		n->buf.len = start;
		push_token(n, "jaja", 4, flags);
		return;
	}
	if (len && len <= 8 && (abbrev_first[(unsigned char)t[0]] & (1u << (len - 1))))
		a = strmap_get(&abbrevs, t);
	if (a) {
		const char *p = a->expansion;
		n->buf.len = start;
		while (*p) {
			const char *e = strchr(p, ' ');
			size_t l = e ? (size_t)(e - p) : strlen(p);
			if (l)
				push_token(n, p, l, flags | TOK_EXPANDED);
			flags &= ~(unsigned)(TOK_CLAUSE | TOK_SENTENCE);
			p += l;
			while (*p == ' ')
				p++;
		}
		return;
	}
	XGROW(n->tok, n->cap, n->n + 1);
	n->tok[n->n].off = (unsigned)start;
	n->tok[n->n].len = (unsigned)len;
	n->tok[n->n].flags = flags | (len && digits ? TOK_NUMBER : 0);
	n->n++;
	strbuf_addch(&n->buf, '\0');
}

static int starts_with(const char *p, const char *s)
{
	return !strncmp(p, s, strlen(s));
}

/* Emoticons to the emoji they stand for; returns bytes consumed (0: none here). */
static size_t emoticon(const char *p, const char **as)
{
	static const struct {
		const char *text, *emoji;
	} faces[] = {
	    {":-)", "🙂"}, {":)", "🙂"}, {";)", "😉"},  {";-)", "😉"}, {":d", "😀"},  {":-d", "😀"},
	    {":-(", "🙁"}, {":(", "🙁"}, {":'(", "😢"}, {":/", "😕"},  {":-/", "😕"}, {"<3", "❤"},
	};
	size_t k;

	for (k = 0; k < sizeof(faces) / sizeof(*faces); k++) {
		size_t l = strlen(faces[k].text);
		if (!strncmp(p, faces[k].text, l)) {
			/* ":d" must not eat the start of a word (":dni"). */
			if (faces[k].text[l - 1] == 'd' &&
			    ((p[l] >= 'a' && p[l] <= 'z') || (p[l] >= '0' && p[l] <= '9')))
				continue;
			*as = faces[k].emoji;
			return l;
		}
	}
	return 0;
}

/* A letter or sign that only one of the languages writes (folding removes them): Catalan
 * grave accents, ç, ï and the l·l point; Spanish á, ñ and the opening ¿ ¡. Combining marks
 * count with the letter before them ("a" U+0300 is à). English has none. */
static int mark_lang(utf8proc_int32_t prev, utf8proc_int32_t cp)
{
	switch (cp) {
	case 0xE0:
	case 0xC0:
	case 0xE8:
	case 0xC8:
	case 0xF2:
	case 0xD2: /* à è ò */
	case 0xE7:
	case 0xC7:
	case 0xEF:
	case 0xCF: /* ç ï */
		return LANG_CA;
	case 0xB7: /* · */
		return prev == 'l' || prev == 'L' ? LANG_CA : LANG_UNKNOWN;
	case 0xE1:
	case 0xC1:
	case 0xF1:
	case 0xD1:
	case 0xBF:
	case 0xA1: /* á ñ ¿ ¡ */
		return LANG_ES;
	case 0x300: /* combining grave */
		return prev > 0 && prev < 0x80 && strchr("aeoAEO", (int)prev) ? LANG_CA : LANG_UNKNOWN;
	case 0x303: /* combining tilde */
		return prev == 'n' || prev == 'N' ? LANG_ES : LANG_UNKNOWN;
	default:
		return LANG_UNKNOWN;
	}
}

static void count_case(const char *text, struct norm *n)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)text;
	utf8proc_int32_t prev = 0;

	while (*p) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t len;
		if (*p < 0x80) {
			if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
				n->letters++;
				n->upper += *p <= 'Z';
			}
			prev = *p++;
			continue;
		}
		len = utf8proc_iterate(p, -1, &cp);
		if (len <= 0) {
			p++;
			continue;
		}
		n->marks[mark_lang(prev, cp)]++;
		prev = cp;
		switch (utf8proc_category(cp)) {
		case UTF8PROC_CATEGORY_LU:
			n->upper++;
			/* fall through */
		case UTF8PROC_CATEGORY_LL:
			n->letters++;
			break;
		default:
			break;
		}
		p += len;
	}
}

/* How many Capitalised words ("Marta", "López"; not "DNI") open the text. */
static int leading_names(const char *text)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)text;
	int names = 0;

	for (;;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t len;
		int first = 1, ok = 1, letters = 0;
		while (*p == ' ')
			p++;
		for (;;) {
			int upper, lower;
			if (*p < 0x80) {
				cp = *p;
				len = 1;
				upper = cp >= 'A' && cp <= 'Z';
				lower = cp >= 'a' && cp <= 'z';
			} else {
				len = utf8proc_iterate(p, -1, &cp);
				upper = len > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
				lower = len > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
			}
			if (len <= 0 || !is_word_cp(cp))
				break;
			if (first)
				ok = upper;
			else if (!lower)
				ok = 0;
			first = 0;
			letters++;
			p += len;
		}
		if (!letters || !ok || letters < 2)
			return names;
		names++;
		if (*p != ' ')
			return names;
	}
}

void classify_normalize(const char *text, struct norm *n)
{
	struct strbuf *word = &n->word;
	const char *p;
	unsigned pending = TOK_CLAUSE | TOK_SENTENCE;

	pthread_once(&abbrev_once, abbrev_init);
	strbuf_reset(&n->buf);
	n->n = 0;
	n->qmarks = n->exclaims = n->urls = n->mentions = n->letters = n->upper = 0;
	memset(n->marks, 0, sizeof(n->marks));
	count_case(text, n);
	n->names = leading_names(text);
	strbuf_reset(&n->folded);
	text_fold(text, &n->folded);
	p = n->folded.buf;
	while (*p) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t len;
		const char *emo;
		size_t el;

		if (*p == ' ') {
			p++;
			continue;
		}
		if ((*p == 'h' || *p == 'w') &&
		    (starts_with(p, "http://") || starts_with(p, "https://") || starts_with(p, "www."))) {
			while (*p && *p != ' ' && *p != '\n' && *p != '\t')
				p++;
			n->urls++;
			continue;
		}
		if (*p == '@' && p[1] && p[1] != ' ') {
			p++;
			while (*p && *p != ' ' && *p != '\n' && *p != ',' && *p != ':' && *p != '!' && *p != '?')
				p++;
			n->mentions++;
			continue;
		}
		if ((*p == ':' || *p == ';' || *p == '<') && (el = emoticon(p, &emo)) > 0) {
			push_token(n, emo, strlen(emo), pending | TOK_EMOJI);
			pending = 0;
			p += el;
			continue;
		}
		if ((unsigned char)*p < 0x80) {
			cp = (unsigned char)*p;
			len = 1;
		} else {
			len = utf8proc_iterate((const utf8proc_uint8_t *)p, -1, &cp);
			if (len <= 0) {
				p++;
				continue;
			}
		}
		if (is_word_cp(cp)) {
			const char *q = p, *run = p;
			int pieces = 0;
			strbuf_reset(word);
			for (;;) {
				utf8proc_int32_t c2;
				utf8proc_ssize_t l2;
				/* Folded text is mostly ASCII: letters and digits extend the run directly. */
				if ((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9')) {
					q++;
					continue;
				}
				l2 = utf8proc_iterate((const utf8proc_uint8_t *)q, -1, &c2);
				if (l2 <= 0)
					break;
				/* Catalan "l·l" (and the look-alike "l.l") is one word: "instal·lació". */
				if ((c2 == 0xB7 || c2 == '.') && q > run && q[-1] == 'l' && q[l2] == 'l') {
					strbuf_add(word, run, (size_t)(q - run));
					pieces = 1;
					q += l2;
					run = q;
					continue;
				}
				if (!is_word_cp(c2))
					break;
				q += l2;
			}
			if (pieces) {
				strbuf_add(word, run, (size_t)(q - run));
				add_word(n, word->buf, word->len, pending);
			} else {
				add_word(n, p, (size_t)(q - p), pending);
			}
			p = q;
			pending = 0;
			continue;
		}
		if (is_emoji_cp(cp)) {
			push_token(n, p, (size_t)len, pending | TOK_EMOJI);
			pending = 0;
			p += len;
			continue;
		}
		switch (cp) {
		case '?':
		case 0xBF: /* ¿ */
			n->qmarks++;
			pending |= TOK_CLAUSE | TOK_SENTENCE;
			break;
		case '!':
		case 0xA1: /* ¡ */
			n->exclaims++;
			pending |= TOK_CLAUSE | TOK_SENTENCE;
			break;
		case '.':
		case '\n':
		case 0x2026: /* … */
			pending |= TOK_CLAUSE | TOK_SENTENCE;
			break;
		case ',':
		case ';':
		case ':':
		case '(':
		case ')':
		case '"':
		case 0x2014: /* — */
			pending |= TOK_CLAUSE;
			break;
		default:
			break;
		}
		p += len;
	}
}
