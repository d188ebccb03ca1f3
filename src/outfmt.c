/* outfmt.c: escaping (JSON, CSV, the terminal). Output files are outfile.c's. */
#include "outfmt.h"
#include "diag.h"
#include "util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void json_add_str(struct strbuf *sb, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	if (!s) {
		strbuf_addstr(sb, "null");
		return;
	}
	strbuf_addch(sb, '"');
	for (; *p; p++) {
		switch (*p) {
		case '"':
			strbuf_addstr(sb, "\\\"");
			break;
		case '\\':
			strbuf_addstr(sb, "\\\\");
			break;
		case '\n':
			strbuf_addstr(sb, "\\n");
			break;
		case '\r':
			strbuf_addstr(sb, "\\r");
			break;
		case '\t':
			strbuf_addstr(sb, "\\t");
			break;
		default:
			if (*p < 0x20) {
				strbuf_addf(sb, "\\u%04x", *p);
			} else if (*p < 0x80) {
				strbuf_addch(sb, *p);
			} else {
				size_t len = diag_utf8_len((const char *)p, strnlen((const char *)p, 4));
				if (!len) {
					strbuf_addstr(sb, "\xEF\xBF\xBD"); /* U+FFFD */
				} else {
					strbuf_add(sb, p, len);
					p += len - 1;
				}
			}
		}
	}
	strbuf_addch(sb, '"');
}

int json_is_utf8(const char *s)
{
	size_t n = strlen(s), i = 0, len;

	while (i < n) {
		len = diag_utf8_len(s + i, n - i);
		if (!len)
			return 0;
		i += len;
	}
	return 1;
}

void json_add_hex(struct strbuf *sb, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p;

	strbuf_addch(sb, '"');
	for (p = (const unsigned char *)s; *p; p++) {
		strbuf_addch(sb, hex[*p >> 4]);
		strbuf_addch(sb, hex[*p & 15]);
	}
	strbuf_addch(sb, '"');
}

void json_add_name(struct strbuf *sb, const char *key, const char *name)
{
	json_add_str(sb, key);
	strbuf_addch(sb, ':');
	json_add_str(sb, name);
	if (!name || json_is_utf8(name))
		return;
	strbuf_addch(sb, ',');
	strbuf_addch(sb, '"');
	strbuf_addstr(sb, key);
	strbuf_addstr(sb, "_hex\":");
	json_add_hex(sb, name);
}

static int hex_digit(int c)
{
	return c >= '0' && c <= '9'   ? c - '0'
	       : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10
	                              : -1;
}

int json_unhex(const char *hex, struct strbuf *out)
{
	size_t n = strlen(hex), i;

	if (n % 2)
		return -1;
	for (i = 0; i < n; i += 2) {
		int hi = hex_digit((unsigned char)hex[i]), lo = hex_digit((unsigned char)hex[i + 1]);
		if (hi < 0 || lo < 0 || (hi == 0 && lo == 0))
			return -1;
		strbuf_addch(out, hi << 4 | lo);
	}
	return 0;
}

void term_add_str(struct strbuf *sb, const char *s)
{
	if (s)
		diag_escape(sb, s, strlen(s), 0);
}

void csv_add_field(struct strbuf *sb, const char *s)
{
	const char *p;

	if (!s)
		return;
	if (!strpbrk(s, ",\"\r\n")) {
		strbuf_addstr(sb, s);
		return;
	}
	strbuf_addch(sb, '"');
	for (p = s; *p; p++) {
		if (*p == '"')
			strbuf_addch(sb, '"');
		strbuf_addch(sb, *p);
	}
	strbuf_addch(sb, '"');
}

void add_pct(struct strbuf *sb, long n, long d)
{
	/* Integer arithmetic: the same digits on every machine. */
	long long permille = d ? ((long long)n * 2000 + d) / (2LL * d) : 0;
	strbuf_addf(sb, "%lld.%lld", permille / 10, permille % 10);
}
