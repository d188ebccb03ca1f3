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
}

void norm_release(struct norm *n)
{
	strbuf_release(&n->buf);
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
	}
}

static int is_word_cp(utf8proc_int32_t cp)
{
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
	static const char *const pairs[] = { "ja", "je", "ha", "he", "ji", "hi", "js", "sj" };
	size_t i, k;

	if (len < 4)
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

/* A finished word in w[0..len): reduce stretching, fold laughter, expand abbreviations. */
static void add_word(struct norm *n, char *w, size_t len, unsigned flags)
{
	size_t i, o = 0;
	const struct abbrev_def *a;

	/* Three or more of one ASCII letter in a row: one ("graciaaas" -> "gracias"). Doubled
	 * letters are left alone: "ll", "rr", "cc", "ee" are spelling. */
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)w[i];
		if (c >= 'a' && c <= 'z' && i + 2 < len && w[i + 1] == (char)c && w[i + 2] == (char)c) {
			while (i + 1 < len && w[i + 1] == (char)c)
				i++;
		}
		w[o++] = (char)c;
	}
	len = o;
	w[len] = '\0';
	if (is_laughter(w, len)) {
		push_token(n, "jaja", 4, flags);
		return;
	}
	a = strmap_get(&abbrevs, w);
	if (a) {
		const char *p = a->expansion;
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
	push_token(n, w, len, flags | (len && strspn(w, "0123456789") == len ? TOK_NUMBER : 0));
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
		{ ":-)", "🙂" }, { ":)", "🙂" }, { ";)", "😉" }, { ";-)", "😉" }, { ":d", "😀" },
		{ ":-d", "😀" }, { ":-(", "🙁" }, { ":(", "🙁" }, { ":'(", "😢" }, { ":/", "😕" },
		{ ":-/", "😕" }, { "<3", "❤" },
	};
	size_t k;

	for (k = 0; k < sizeof(faces) / sizeof(*faces); k++) {
		size_t l = strlen(faces[k].text);
		if (!strncmp(p, faces[k].text, l)) {
			/* ":d" must not eat the start of a word (":dni"). */
			if (faces[k].text[l - 1] == 'd' && ((p[l] >= 'a' && p[l] <= 'z') || (p[l] >= '0' && p[l] <= '9')))
				continue;
			*as = faces[k].emoji;
			return l;
		}
	}
	return 0;
}

static void count_case(const char *text, struct norm *n)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)text;

	while (*p) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t len;
		if (*p < 0x80) {
			if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
				n->letters++;
				n->upper += *p <= 'Z';
			}
			p++;
			continue;
		}
		len = utf8proc_iterate(p, -1, &cp);
		if (len <= 0) {
			p++;
			continue;
		}
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
			len = utf8proc_iterate(p, -1, &cp);
			if (len <= 0 || !is_word_cp(cp))
				break;
			if (first)
				ok = utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
			else if (utf8proc_category(cp) != UTF8PROC_CATEGORY_LL)
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
	struct strbuf folded, word;
	const char *p;
	unsigned pending = TOK_CLAUSE | TOK_SENTENCE;

	pthread_once(&abbrev_once, abbrev_init);
	strbuf_reset(&n->buf);
	n->n = 0;
	n->qmarks = n->exclaims = n->urls = n->mentions = n->letters = n->upper = 0;
	count_case(text, n);
	n->names = leading_names(text);
	strbuf_init(&folded);
	strbuf_init(&word);
	text_fold(text, &folded);
	p = folded.buf;
	while (*p) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t len;
		const char *emo;
		size_t el;

		if (starts_with(p, "http://") || starts_with(p, "https://") || starts_with(p, "www.")) {
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
		len = utf8proc_iterate((const utf8proc_uint8_t *)p, -1, &cp);
		if (len <= 0) {
			p++;
			continue;
		}
		if (is_word_cp(cp)) {
			const char *q = p;
			strbuf_reset(&word);
			for (;;) {
				utf8proc_int32_t c2;
				utf8proc_ssize_t l2 = utf8proc_iterate((const utf8proc_uint8_t *)q, -1, &c2);
				if (l2 <= 0)
					break;
				/* Catalan "l·l" (and the look-alike "l.l") is one word: "instal·lació". */
				if ((c2 == 0xB7 || c2 == '.') && word.len && word.buf[word.len - 1] == 'l' && q[l2] == 'l') {
					q += l2;
					continue;
				}
				if (!is_word_cp(c2))
					break;
				strbuf_add(&word, q, (size_t)l2);
				q += l2;
			}
			p = q;
			add_word(n, word.buf, word.len, pending);
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
		case 0xBF:   /* ¿ */
			n->qmarks++;
			pending |= TOK_CLAUSE | TOK_SENTENCE;
			break;
		case '!':
		case 0xA1:   /* ¡ */
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
	strbuf_release(&folded);
	strbuf_release(&word);
}
