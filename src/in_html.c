/* in_html.c: HTML bodies to plain text in one forward pass (see in_html.h). It knows the
 * few tags that change the text's shape and the references people meet in exports; it
 * does not validate, balance tags or build a tree. */
#include "in_html.h"

#include <string.h>
#include <strings.h>

struct named {
	const char *name;
	unsigned cp;
};

/* Looked up by a linear pass: the table is small and references are rare. */
static const struct named named_refs[] = {
    {"AElig", 0xC6},    {"Aacute", 0xC1}, {"Agrave", 0xC0},  {"Ccedil", 0xC7},  {"Eacute", 0xC9}, {"Egrave", 0xC8},
    {"Iacute", 0xCD},   {"Iuml", 0xCF},   {"Ntilde", 0xD1},  {"Oacute", 0xD3},  {"Ograve", 0xD2}, {"Uacute", 0xDA},
    {"Uuml", 0xDC},     {"aacute", 0xE1}, {"acirc", 0xE2},   {"aelig", 0xE6},   {"agrave", 0xE0}, {"amp", '&'},
    {"apos", '\''},     {"auml", 0xE4},   {"bull", 0x2022},  {"ccedil", 0xE7},  {"copy", 0xA9},   {"deg", 0xB0},
    {"eacute", 0xE9},   {"ecirc", 0xEA},  {"egrave", 0xE8},  {"euml", 0xEB},    {"euro", 0x20AC}, {"gt", '>'},
    {"hellip", 0x2026}, {"iacute", 0xED}, {"icirc", 0xEE},   {"iexcl", 0xA1},   {"igrave", 0xEC}, {"iquest", 0xBF},
    {"iuml", 0xEF},     {"laquo", 0xAB},  {"ldquo", 0x201C}, {"lsquo", 0x2018}, {"lt", '<'},      {"mdash", 0x2014},
    {"middot", 0xB7},   {"nbsp", 0xA0},   {"ndash", 0x2013}, {"ntilde", 0xF1},  {"oacute", 0xF3}, {"ocirc", 0xF4},
    {"ograve", 0xF2},   {"ordf", 0xAA},   {"ordm", 0xBA},    {"ouml", 0xF6},    {"quot", '"'},    {"raquo", 0xBB},
    {"rdquo", 0x201D},  {"reg", 0xAE},    {"rsquo", 0x2019}, {"shy", 0xAD},     {"szlig", 0xDF},  {"times", 0xD7},
    {"trade", 0x2122},  {"uacute", 0xFA}, {"ucirc", 0xFB},   {"ugrave", 0xF9},  {"uuml", 0xFC},   {"zwj", 0x200D},
    {"zwnj", 0x200C},
};

/* &#128;..&#159; as browsers read them (Windows-1252); 0 keeps the replacement character. */
static const unsigned short cp1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

static void add_utf8(struct strbuf *out, unsigned long cp)
{
	char b[4];

	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		strbuf_addch(out, (int)cp);
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3F));
		strbuf_add(out, b, 2);
	} else if (cp < 0x10000) {
		b[0] = (char)(0xE0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		strbuf_add(out, b, 3);
	} else {
		b[0] = (char)(0xF0 | (cp >> 18));
		b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[3] = (char)(0x80 | (cp & 0x3F));
		strbuf_add(out, b, 4);
	}
}

static int is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The reference starting at s[0] == '&': its code point and length (with the ';'), or 0. */
static size_t reference(const char *s, size_t n, unsigned long *cp)
{
	size_t i = 1, k;

	if (i < n && s[i] == '#') {
		unsigned long v = 0;
		int hex = 0, digits = 0;
		i++;
		if (i < n && (s[i] == 'x' || s[i] == 'X')) {
			hex = 1;
			i++;
		}
		for (; i < n && digits < 9; i++, digits++) {
			char c = s[i];
			if (c >= '0' && c <= '9')
				v = v * (hex ? 16 : 10) + (unsigned long)(c - '0');
			else if (hex && c >= 'a' && c <= 'f')
				v = v * 16 + (unsigned long)(c - 'a' + 10);
			else if (hex && c >= 'A' && c <= 'F')
				v = v * 16 + (unsigned long)(c - 'A' + 10);
			else
				break;
		}
		if (!digits || i >= n || s[i] != ';')
			return 0;
		if (v >= 0x80 && v <= 0x9F && cp1252[v - 0x80])
			v = cp1252[v - 0x80];
		*cp = v;
		return i + 1;
	}
	while (i < n && i < 10 && is_alnum(s[i]))
		i++;
	if (i == 1 || i >= n || s[i] != ';')
		return 0;
	for (k = 0; k < sizeof(named_refs) / sizeof(*named_refs); k++) {
		if (strlen(named_refs[k].name) == i - 1 && !memcmp(named_refs[k].name, s + 1, i - 1)) {
			*cp = named_refs[k].cp;
			return i + 1;
		}
	}
	return 0;
}

void html_unescape(const char *s, size_t n, struct strbuf *out)
{
	size_t i = 0, run = 0;

	while (i < n) {
		unsigned long cp;
		size_t len;
		if (s[i] != '&' || !(len = reference(s + i, n - i, &cp))) {
			i++;
			continue;
		}
		strbuf_add(out, s + run, i - run);
		add_utf8(out, cp);
		i += len;
		run = i;
	}
	strbuf_add(out, s + run, n - run);
}

static const char *const block_tags[] = {"p",       "div",    "li",     "ul", "ol", "blockquote", "pre",   "h1",
                                         "h2",      "h3",     "h4",     "h5", "h6", "tr",         "table", "section",
                                         "article", "header", "footer", "dd", "dt", "hr",         NULL};

static int name_is(const char *name, size_t len, const char *want)
{
	return strlen(want) == len && !strncasecmp(name, want, len);
}

/* Where the element's raw text ends: just after "</name ...>", or n. */
static size_t skip_raw(const char *s, size_t n, size_t i, const char *name)
{
	size_t nl = strlen(name);

	for (; i + 2 + nl <= n; i++) {
		if (s[i] == '<' && s[i + 1] == '/' && !strncasecmp(s + i + 2, name, nl)) {
			const char *gt = memchr(s + i, '>', n - i);
			return gt ? (size_t)(gt - s) + 1 : n;
		}
	}
	return n;
}

struct text_out {
	struct strbuf *out;
	size_t start; /* out->len when we began: nothing before it is ours */
	int space;    /* a blank is pending */
	int newlines; /* line breaks pending (at most 2) */
};

static void pending(struct text_out *t)
{
	if (t->out->len > t->start) {
		if (t->newlines)
			strbuf_add(t->out, "\n\n", (size_t)t->newlines);
		else if (t->space)
			strbuf_addch(t->out, ' ');
	}
	t->space = 0;
	t->newlines = 0;
}

/* Reads the tag at s[i] == '<'; returns the index after it, or i when it is not a tag. */
static size_t tag(const char *s, size_t n, size_t i, struct text_out *t)
{
	size_t k = i + 1, name_at, name_len;
	const char *gt;
	char quote = 0;
	int closing = 0, k2;

	if (k < n && s[k] == '!') {
		/* comments and declarations */
		if (k + 2 < n && s[k + 1] == '-' && s[k + 2] == '-') {
			for (k += 3; k + 2 < n; k++)
				if (s[k] == '-' && s[k + 1] == '-' && s[k + 2] == '>')
					return k + 3;
			return n;
		}
		gt = memchr(s + k, '>', n - k);
		return gt ? (size_t)(gt - s) + 1 : n;
	}
	if (k < n && s[k] == '/') {
		closing = 1;
		k++;
	}
	if (k >= n || !((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z')))
		return i;
	name_at = k;
	while (k < n && is_alnum(s[k]))
		k++;
	name_len = k - name_at;
	for (; k < n; k++) {
		if (quote) {
			if (s[k] == quote)
				quote = 0;
		} else if (s[k] == '"' || s[k] == '\'') {
			quote = s[k];
		} else if (s[k] == '>') {
			break;
		}
	}
	if (k >= n)
		return i; /* "a <b" with no '>' is text */
	k++;
	if (name_is(s + name_at, name_len, "br")) {
		if (t->out->len > t->start && t->newlines < 2)
			t->newlines++;
		return k;
	}
	if (!closing && (name_is(s + name_at, name_len, "script") || name_is(s + name_at, name_len, "style")))
		return skip_raw(s, n, k, name_is(s + name_at, name_len, "script") ? "script" : "style");
	for (k2 = 0; block_tags[k2]; k2++) {
		if (name_is(s + name_at, name_len, block_tags[k2])) {
			if (!t->newlines)
				t->newlines = 1;
			break;
		}
	}
	return k;
}

void html_to_text(const char *s, size_t n, struct strbuf *out)
{
	struct text_out t = {.out = out, .start = out->len};
	size_t i = 0;

	while (i < n) {
		char c = s[i];
		if (c == '<') {
			size_t next = tag(s, n, i, &t);
			if (next != i) {
				i = next;
				continue;
			}
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
			t.space = 1;
			i++;
			continue;
		}
		pending(&t);
		if (c == '&') {
			unsigned long cp;
			size_t len = reference(s + i, n - i, &cp);
			if (len) {
				if (cp == 0xA0)
					cp = ' '; /* &nbsp; is a blank for the analyses */
				add_utf8(out, cp);
				i += len;
				continue;
			}
		}
		strbuf_addch(out, c);
		i++;
	}
}
