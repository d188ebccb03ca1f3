/* text.c: Unicode helpers over utf8proc (Debian libutf8proc): NFKC, case folding and
 * mark stripping are table-driven work that we will not maintain by hand. No language
 * knowledge lives here; the classifier has its own normalisation on top. */
#include "text.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

size_t text_repair_utf8(const char *s, size_t n, struct strbuf *out)
{
	size_t i = 0, bad = 0, run = 0;

	/* Fast path: valid text is copied in one piece. */
	while (run < n) {
		unsigned char c = (unsigned char)s[run];
		if (c && c < 0x80) {
			run++;
			continue;
		}
		if (!c)
			break;
		{
			utf8proc_int32_t cp;
			utf8proc_ssize_t len =
			    utf8proc_iterate((const utf8proc_uint8_t *)s + run, (utf8proc_ssize_t)(n - run), &cp);
			if (len <= 0)
				break;
			run += (size_t)len;
		}
	}
	strbuf_add(out, s, run);
	i = run;

	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t len =
		    utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
		if (len <= 0 || cp == 0) {
			strbuf_addstr(out, "\xEF\xBF\xBD");
			bad++;
			i += len > 0 ? (size_t)len : 1;
			continue;
		}
		strbuf_add(out, s + i, (size_t)len);
		i += (size_t)len;
	}
	return bad;
}

/* Folding one code point at a time gives the same words as folding the whole string
 * (marks are stripped, so nothing is left to compose), and a table of the first 12,288 code
 * points, filled once, makes it several times faster than utf8proc_map on every message. */
#define FOLD_TABLE 0x3000
#define FOLD_MAX 12

struct fold_entry {
	unsigned char len; /* bytes in s; 255: expansion too long, fold on the fly */
	char s[FOLD_MAX];
};

static struct fold_entry fold_table[FOLD_TABLE];
static pthread_once_t fold_once = PTHREAD_ONCE_INIT;

static const utf8proc_option_t fold_options =
    UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE;

/* Fold cp into buf (cap bytes); returns the length, or -1 if it does not fit. */
static int fold_cp(utf8proc_int32_t cp, char *buf, int cap)
{
	utf8proc_int32_t dst[16];
	int last = 0, len = 0;
	utf8proc_ssize_t n = utf8proc_decompose_char(cp, dst, 16, fold_options, &last), i;

	if (n < 0 || n > 16)
		return -1;
	for (i = 0; i < n; i++) {
		utf8proc_uint8_t enc[4];
		utf8proc_ssize_t k = utf8proc_encode_char(dst[i], enc);
		if (len + k > cap)
			return -1;
		memcpy(buf + len, enc, (size_t)k);
		len += (int)k;
	}
	return len;
}

static void fold_init(void)
{
	utf8proc_int32_t cp;

	for (cp = 0; cp < FOLD_TABLE; cp++) {
		int n = (cp >= 0xD800 && cp <= 0xDFFF) ? -1 : fold_cp(cp, fold_table[cp].s, FOLD_MAX);
		fold_table[cp].len = n < 0 ? 255 : (unsigned char)n;
	}
}

void text_fold(const char *s, struct strbuf *out)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;

	pthread_once(&fold_once, fold_init);
	while (*p) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t len;
		char buf[64];
		int n;

		if (*p < 0x80) {
			/* A run of ASCII that folding leaves alone goes in one piece. */
			const utf8proc_uint8_t *q = p;
			while (*q && *q < 0x80 && !(*q >= 'A' && *q <= 'Z'))
				q++;
			if (q > p) {
				strbuf_add(out, p, (size_t)(q - p));
				p = q;
				continue;
			}
			strbuf_addch(out, *p + 32);
			p++;
			continue;
		}
		len = utf8proc_iterate(p, -1, &cp);
		if (len <= 0) {
			strbuf_addstr(out, "\xEF\xBF\xBD"); /* invalid bytes read as U+FFFD */
			p++;
			continue;
		}
		p += len;
		if (cp < FOLD_TABLE && fold_table[cp].len != 255) {
			strbuf_add(out, fold_table[cp].s, fold_table[cp].len);
			continue;
		}
		n = fold_cp(cp, buf, (int)sizeof(buf));
		if (n >= 0)
			strbuf_add(out, buf, (size_t)n);
	}
}

/* utf8proc_iterate on NUL-terminated text, with ASCII read directly (most text is ASCII).
 * At the terminating NUL it returns 0, so no loop steps past the end. */
static utf8proc_ssize_t next_cp(const utf8proc_uint8_t *p, utf8proc_int32_t *cp)
{
	if (*p < 0x80) {
		*cp = *p;
		return *p ? 1 : 0;
	}
	return utf8proc_iterate(p, -1, cp);
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

struct join_ctx {
	struct strbuf *out;
	size_t start;
};

static void join_word(const char *w, size_t n, int at_sign, void *ctx)
{
	struct join_ctx *j = ctx;

	(void)at_sign;
	if (j->out->len > j->start)
		strbuf_addch(j->out, ' ');
	strbuf_add(j->out, w, n);
}

void text_fold_words(const char *s, struct strbuf *out)
{
	struct strbuf folded;
	struct join_ctx j = {out, out->len};

	strbuf_init(&folded);
	text_fold(s, &folded);
	text_words(folded.buf, join_word, &j);
	strbuf_release(&folded);
}

/* Length of an @mention starting at p, or 0: it names someone, it does not say anything, so
 * "@empleo 👍" has no words. A bare link still counts as words: someone may be asking about
 * it, and when in doubt a comment needs a reply. */
static size_t set_aside(const unsigned char *p, const unsigned char *start)
{
	const unsigned char *q = p;

	if (p != start && !(p[-1] == ' ' || p[-1] == '\n' || p[-1] == '\t' || p[-1] == '(' || p[-1] == '\r'))
		return 0;
	if (*p != '@')
		return 0;
	q = p + 1;
	while (*q && *q != ' ' && *q != '\n' && *q != '\t' && *q != '\r')
		q++;
	return (size_t)(q - p);
}

int text_has_words(const char *s)
{
	const utf8proc_uint8_t *start = (const utf8proc_uint8_t *)s, *p = start;
	utf8proc_int32_t cp;
	utf8proc_ssize_t len;

	while (*p) {
		size_t skip = set_aside(p, start);
		if (skip) {
			p += skip;
			continue;
		}
		len = next_cp(p, &cp);
		if (len <= 0) {
			p++;
			continue;
		}
		/* Keycap digits ("1️⃣") are emoji, but a plain digit is a word. */
		if (is_word_cp(cp))
			return 1;
		p += len;
	}
	return 0;
}

size_t text_length(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

size_t text_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = 0;

	while (*p) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t len = next_cp(p, &cp);
		if (len <= 0) {
			p++;
			continue;
		}
		if (cp >= 0x20)
			n += (size_t)utf8proc_charwidth(cp);
		p += len;
	}
	return n;
}

void text_excerpt(const char *s, size_t max_chars, struct strbuf *out)
{
	size_t chars = 0;
	int blank = 0;
	const unsigned char *p = (const unsigned char *)s;

	while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
		p++;
	while (*p) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t len = next_cp(p, &cp);
		if (len <= 0) {
			p++;
			continue;
		}
		if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
			blank = 1;
			p += len;
			continue;
		}
		if (cp < 0x80 ? cp < 0x20 || cp == 0x7F : utf8proc_category(cp) == UTF8PROC_CATEGORY_CC) {
			p += len;
			continue;
		}
		if (chars + blank >= max_chars) {
			strbuf_addstr(out, "…");
			return;
		}
		if (blank) {
			strbuf_addch(out, ' ');
			chars++;
			blank = 0;
		}
		strbuf_add(out, p, (size_t)len);
		chars++;
		p += len;
	}
}

void text_words(const char *folded, void (*fn)(const char *w, size_t n, int at_sign, void *ctx), void *ctx)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)folded;

	while (*p) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t len = next_cp(p, &cp);
		int at = 0;
		const utf8proc_uint8_t *start;

		if (len <= 0) {
			p++;
			continue;
		}
		if (cp == '@') {
			at = 1;
			p += len;
			len = next_cp(p, &cp);
			if (len <= 0)
				continue;
		}
		if (!is_word_cp(cp)) {
			p += len;
			continue;
		}
		start = p;
		for (;;) {
			len = next_cp(p, &cp);
			if (len <= 0)
				break;
			if (!is_word_cp(cp) && !(at && (cp == '_' || cp == '.') && p[1] && p[1] != ' '))
				break;
			p += len;
		}
		{
			size_t n = (size_t)(p - start);
			/* A handle never ends in '.', it ends the sentence. */
			while (at && n && start[n - 1] == '.')
				n--;
			fn((const char *)start, n, at, ctx);
		}
	}
}

static int is_mark_cp(utf8proc_int32_t cp)
{
	utf8proc_category_t c;
	if (cp < 0x80)
		return 0;
	c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

void text_word_spans(const char *s, void (*fn)(size_t start, size_t end, int at_sign, void *ctx), void *ctx)
{
	const utf8proc_uint8_t *base = (const utf8proc_uint8_t *)s, *p = base;

	while (*p) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t len = next_cp(p, &cp);
		int at = 0;
		const utf8proc_uint8_t *start;
		size_t n;

		if (len <= 0) {
			p++;
			continue;
		}
		if (cp == '@') {
			at = 1;
			p += len;
			len = next_cp(p, &cp);
			if (len <= 0 || cp == '@')
				continue; /* "@@name": the last '@' starts the handle */
		}
		if (!is_word_cp(cp)) {
			p += len;
			continue;
		}
		start = p;
		for (;;) {
			len = next_cp(p, &cp);
			if (len <= 0)
				break;
			if (!is_word_cp(cp) && !is_mark_cp(cp) &&
			    !(at && (cp == '_' || cp == '.') && p[1] && p[1] != ' '))
				break;
			p += len;
		}
		n = (size_t)(p - start);
		while (at && n && start[n - 1] == '.')
			n--;
		fn((size_t)(start - base), (size_t)(start - base) + n, at, ctx);
	}
}

void text_headline(const char *s, size_t max_chars, struct strbuf *out)
{
	struct strbuf line;

	strbuf_init(&line);
	while (s && *s) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		strbuf_reset(&line);
		strbuf_add(&line, s, n);
		if (text_has_words(line.buf)) {
			/* Emoji, symbols and blanks before the first words are decoration ("📢 Obrim..."). */
			const unsigned char *q = (const unsigned char *)line.buf;
			for (;;) {
				utf8proc_int32_t cp;
				utf8proc_ssize_t len = next_cp(q, &cp);
				utf8proc_category_t cat;
				if (len <= 0)
					break;
				cat = utf8proc_category(cp);
				if (!(cat >= UTF8PROC_CATEGORY_SM || cat == UTF8PROC_CATEGORY_MN ||
				      cat == UTF8PROC_CATEGORY_ME || cat == UTF8PROC_CATEGORY_MC || cp == '|' ||
				      cp == '-' || cp == '*' || cp == '#'))
					break;
				q += len;
			}
			text_excerpt((const char *)q, max_chars, out);
			break;
		}
		s = nl ? nl + 1 : s + n;
	}
	strbuf_release(&line);
}

void text_put_valid(struct strbuf *sb, const char *s, void (*put)(struct strbuf *, const char *))
{
	struct strbuf ok;
	const char *p;

	for (p = s; p && *p && (unsigned char)*p < 0x80; p++)
		;
	if (!p || !*p) {
		put(sb, s);
		return;
	}
	strbuf_init(&ok);
	text_repair_utf8(s, strlen(s), &ok);
	put(sb, ok.buf);
	strbuf_release(&ok);
}
