/* in_htmltext.c: HTML fragments to plain text with a single forward scan (no tree, no
 * recursion). It keeps the words and the line structure a reader sees; it does not render
 * lists, tables or links, and it does not try to repair broken markup. */
#include "in_htmltext.h"

#include <ctype.h>
#include <string.h>

struct entity {
	const char *name;
	unsigned cp;
};

/* The ISO 8859-1 references (&nbsp; .. &yuml; are U+00A0 .. U+00FF in this order). */
static const char *const latin1[96] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",   "ordf",
    "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",
    "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",
    "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",
    "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute",
    "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave",
    "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

/* The other references that turn up in blog text (typography, quotes, the euro sign). */
static const struct entity others[] = {
    {"quot", 34},     {"amp", 38},      {"apos", 39},     {"lt", 60},       {"gt", 62},       {"OElig", 338},
    {"oelig", 339},   {"Scaron", 352},  {"scaron", 353},  {"Yuml", 376},    {"fnof", 402},    {"circ", 710},
    {"tilde", 732},   {"ensp", 8194},   {"emsp", 8195},   {"thinsp", 8201}, {"zwnj", 8204},   {"zwj", 8205},
    {"lrm", 8206},    {"rlm", 8207},    {"ndash", 8211},  {"mdash", 8212},  {"lsquo", 8216},  {"rsquo", 8217},
    {"sbquo", 8218},  {"ldquo", 8220},  {"rdquo", 8221},  {"bdquo", 8222},  {"dagger", 8224}, {"Dagger", 8225},
    {"bull", 8226},   {"hellip", 8230}, {"permil", 8240}, {"prime", 8242},  {"Prime", 8243},  {"lsaquo", 8249},
    {"rsaquo", 8250}, {"euro", 8364},   {"trade", 8482},  {"larr", 8592},   {"uarr", 8593},   {"rarr", 8594},
    {"darr", 8595},   {"hearts", 9829},
};

/* HTML maps &#128; .. &#159; to what Windows-1252 has there (0: keep U+FFFD). */
static const unsigned short cp1252[32] = {
    8364, 0,    8218, 402,  8222, 8230, 8224, 8225, 710, 8240, 352, 8249, 338, 0, 381, 0,
    0,    8216, 8217, 8220, 8221, 8226, 8211, 8212, 732, 8482, 353, 8250, 339, 0, 382, 376,
};

static void add_utf8(struct strbuf *out, unsigned cp)
{
	char b[4];

	if (cp == 0xA0) {
		strbuf_addch(out, ' '); /* a no-break space is a space in plain text */
	} else if (cp < 0x80) {
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

/* The reference starting at s[0] == '&': its code point and length, or 0 when it is not one. */
static size_t reference(const char *s, size_t n, unsigned *cp)
{
	size_t i = 1, k;

	if (i < n && s[i] == '#') {
		unsigned long v = 0;
		int hex = 0, nd = 0;
		i++;
		if (i < n && (s[i] == 'x' || s[i] == 'X')) {
			hex = 1;
			i++;
		}
		for (; i < n && (hex ? isxdigit((unsigned char)s[i]) : isdigit((unsigned char)s[i])); i++, nd++) {
			int d = isdigit((unsigned char)s[i]) ? s[i] - '0' : (tolower((unsigned char)s[i]) - 'a' + 10);
			if (v <= 0x10FFFF)
				v = v * (hex ? 16 : 10) + (unsigned long)d;
		}
		if (!nd || i >= n || s[i] != ';')
			return 0;
		if (v >= 0x80 && v <= 0x9F && cp1252[v - 0x80])
			v = cp1252[v - 0x80];
		if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) || (v >= 0x80 && v <= 0x9F))
			v = 0xFFFD;
		*cp = (unsigned)v;
		return i + 1;
	}
	for (; i < n && i <= 8 && isalnum((unsigned char)s[i]); i++)
		;
	if (i == 1 || i >= n || s[i] != ';')
		return 0;
	for (k = 0; k < 96; k++)
		if (strlen(latin1[k]) == i - 1 && !memcmp(latin1[k], s + 1, i - 1)) {
			*cp = 0xA0 + (unsigned)k;
			return i + 1;
		}
	for (k = 0; k < sizeof(others) / sizeof(others[0]); k++)
		if (strlen(others[k].name) == i - 1 && !memcmp(others[k].name, s + 1, i - 1)) {
			*cp = others[k].cp;
			return i + 1;
		}
	return 0;
}

void htmltext_decode(const char *s, size_t n, struct strbuf *out)
{
	size_t i = 0, start = 0;

	while (i < n) {
		unsigned cp;
		size_t l;
		if (s[i] != '&' || !(l = reference(s + i, n - i, &cp))) {
			i++;
			continue;
		}
		strbuf_add(out, s + start, i - start);
		add_utf8(out, cp);
		i += l;
		start = i;
	}
	strbuf_add(out, s + start, n - start);
}

enum tag_effect { TAG_NONE, TAG_LINE, TAG_PARA, TAG_SKIP };

static enum tag_effect tag_effect(const char *name, int closing)
{
	static const char *const para[] = {"p",  "blockquote", "h1",    "h2",  "h3",     "h4", "h5", "h6",
	                                   "ul", "ol",         "table", "pre", "figure", "hr", NULL};
	static const char *const line[] = {"br",      "div",     "li",     "tr",     "dd", "dt", "figcaption",
	                                   "section", "article", "header", "footer", "td", "th", NULL};
	int i;

	if (!closing && (!strcmp(name, "script") || !strcmp(name, "style")))
		return TAG_SKIP;
	for (i = 0; para[i]; i++)
		if (!strcmp(name, para[i]))
			return TAG_PARA;
	for (i = 0; line[i]; i++)
		if (!strcmp(name, line[i]))
			return TAG_LINE;
	return TAG_NONE;
}

/* Where the tag starting at s[0] == '<' ends (index after '>'), or 0 when it is not a tag.
 * Quoted attribute values may hold '>'. */
static size_t tag_end(const char *s, size_t n, char *name, size_t cap, int *closing)
{
	size_t i = 1, k = 0;
	char quote = 0, prev = 0;

	*closing = 0;
	if (i < n && s[i] == '/') {
		*closing = 1;
		i++;
	}
	if (i >= n || !(isalpha((unsigned char)s[i]) || (!*closing && (s[i] == '!' || s[i] == '?'))))
		return 0;
	for (; i < n && isalnum((unsigned char)s[i]); i++)
		if (k + 1 < cap)
			name[k++] = (char)tolower((unsigned char)s[i]);
	name[k] = '\0';
	for (; i < n; i++) {
		char c = s[i];
		if (quote) {
			if (c == quote)
				quote = 0;
		} else if ((c == '"' || c == '\'') && prev == '=') {
			quote = c;
		} else if (c == '>') {
			return i + 1;
		}
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			prev = c;
	}
	return 0;
}

/* Index of the first "</name" at or after from (case-insensitive), or n. */
static size_t find_close(const char *s, size_t n, size_t from, const char *name)
{
	size_t l = strlen(name), i, k;

	for (i = from; i + 2 + l <= n; i++) {
		if (s[i] != '<' || s[i + 1] != '/')
			continue;
		for (k = 0; k < l && tolower((unsigned char)s[i + 2 + k]) == name[k]; k++)
			;
		if (k == l)
			return i;
	}
	return n;
}

/* Make raw end with at least n line breaks (blanks after the last one do not count), so
 * that "</li><li>" gives one break and "</p><p>" one empty line. */
static void end_lines(struct strbuf *raw, int n)
{
	size_t i = raw->len;
	int have = 0;

	while (i > 0 && have < n) {
		char c = raw->buf[--i];
		if (c == '\n')
			have++;
		else if (c != ' ' && c != '\t')
			break;
	}
	for (; have < n; have++)
		strbuf_addch(raw, '\n');
}

/* Blanks collapsed, lines trimmed, at most one empty line, no blank lines at either end. */
static void tidy(const char *s, size_t n, struct strbuf *out)
{
	size_t i, newlines = 0;
	int spaces = 0, started = 0;

	for (i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\r') {
			if (i + 1 < n && s[i + 1] == '\n')
				continue;
			c = '\n';
		}
		if (c == '\n') {
			newlines++;
			spaces = 0;
		} else if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
			spaces = 1;
		} else {
			if (started && newlines)
				strbuf_add(out, "\n\n", newlines > 1 ? 2 : 1);
			else if (started && spaces)
				strbuf_addch(out, ' ');
			strbuf_addch(out, c);
			started = 1;
			newlines = 0;
			spaces = 0;
		}
	}
}

void htmltext_to_text(const char *s, size_t n, struct strbuf *out)
{
	struct strbuf raw;
	size_t i = 0;

	strbuf_init(&raw);
	while (i < n) {
		char name[16];
		int closing;
		size_t l;
		unsigned cp;
		if (s[i] == '<' && n - i >= 4 && !memcmp(s + i, "<!--", 4)) {
			const char *e = NULL;
			size_t k;
			for (k = i + 4; k + 3 <= n; k++)
				if (!memcmp(s + k, "-->", 3)) {
					e = s + k;
					break;
				}
			i = e ? (size_t)(e - s) + 3 : n;
		} else if (s[i] == '<' && (l = tag_end(s + i, n - i, name, sizeof(name), &closing))) {
			switch (tag_effect(name, closing)) {
			case TAG_LINE:
				if (!strcmp(name, "br"))
					strbuf_addch(&raw, '\n'); /* two <br> in a row are an empty line */
				else
					end_lines(&raw, 1);
				break;
			case TAG_PARA:
				end_lines(&raw, 2);
				break;
			case TAG_SKIP: {
				size_t c = find_close(s, n, i + l, name);
				size_t e;
				for (e = c; e < n && s[e] != '>'; e++)
					;
				l = (e < n ? e + 1 : n) - i;
				break;
			}
			case TAG_NONE:
				break;
			}
			i += l;
		} else if (s[i] == '&' && (l = reference(s + i, n - i, &cp))) {
			add_utf8(&raw, cp);
			i += l;
		} else {
			strbuf_addch(&raw, s[i]);
			i++;
		}
	}
	tidy(raw.buf, raw.len, out);
	strbuf_release(&raw);
}
