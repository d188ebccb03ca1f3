/* in_meta.c: helpers for the Meta adapters (in_instagram.c, in_fbinbox.c, in_messenger.c):
 * Graph URL parsing, bounded content sniffing, the DYI mojibake repair and the wrong-type
 * warning. Records stay in the adapters. */
#include "in_meta.h"
#include "in_json.h"

#include <string.h>

int meta_graph_url(const char *url, char *obj, size_t cap, char *edge, size_t ecap)
{
	static const char *const hosts[] = {"graph.facebook.com/", "graph.instagram.com/", NULL};
	const char *p = NULL, *q, *e;
	size_t n;
	int i;

	for (i = 0; hosts[i] && !p; i++)
		if ((p = strstr(url, hosts[i])))
			p += strlen(hosts[i]);
	if (!p)
		return 0;
	/* an API version segment: v19.0 */
	if (*p == 'v' && p[1] >= '0' && p[1] <= '9' && (q = strchr(p, '/')))
		p = q + 1;
	for (q = p; *q && *q != '/' && *q != '?' && *q != '#'; q++)
		;
	n = (size_t)(q - p);
	if (!n || n >= cap)
		return 0;
	memcpy(obj, p, n);
	obj[n] = '\0';
	edge[0] = '\0';
	if (*q != '/')
		return 1;
	for (e = q + 1; *e && *e != '/' && *e != '?' && *e != '#'; e++)
		;
	n = (size_t)(e - q - 1);
	if (n >= ecap)
		n = ecap - 1;
	memcpy(edge, q + 1, n);
	edge[n] = '\0';
	return 1;
}

int meta_url_param(const char *url, const char *key, char *out, size_t cap)
{
	size_t kl = strlen(key);
	const char *p = strchr(url, '?');

	while (p) {
		p++;
		if (!strncmp(p, key, kl) && p[kl] == '=') {
			size_t n = 0;
			p += kl + 1;
			while (n + 1 < cap && *p && *p != '&' && *p != '#')
				out[n++] = *p++;
			out[n] = '\0';
			return n > 0;
		}
		p = strchr(p, '&');
	}
	return 0;
}

static int blank(char c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

int meta_json_start(const char *head, size_t len)
{
	size_t i = 0;

	while (i < len && blank(head[i]))
		i++;
	return i < len && (head[i] == '{' || head[i] == '[');
}

static const char *find(const char *head, size_t len, size_t from, const char *needle)
{
	size_t n = strlen(needle), i;

	if (!n || n > len)
		return NULL;
	for (i = from; i + n <= len; i++) {
		const char *p = memchr(head + i, needle[0], len - n + 1 - i);
		if (!p)
			return NULL;
		i = (size_t)(p - head);
		if (!memcmp(p, needle, n))
			return p;
	}
	return NULL;
}

int meta_has(const char *head, size_t len, const char *needle)
{
	size_t n = strlen(needle);

	/* A quoted key ("\"participants\"") is looked up in the shared index of the head's keys
	 * (in_json.c), not searched for: every detector asks about the same head. */
	if (n > 2 && n < 64 && needle[0] == '"' && needle[n - 1] == '"' && !memchr(needle + 1, '"', n - 2)) {
		char key[64];
		memcpy(key, needle + 1, n - 2);
		key[n - 2] = '\0';
		return json_head_key(head, len, key);
	}
	return find(head, len, 0, needle) != NULL;
}

const char *meta_next_value(const char *head, size_t len, const char *key, size_t *pos)
{
	char quoted[64];
	size_t kl = strlen(key);
	const char *p;

	if (kl + 3 > sizeof(quoted))
		return NULL;
	quoted[0] = '"';
	memcpy(quoted + 1, key, kl);
	quoted[kl + 1] = '"';
	quoted[kl + 2] = '\0';
	while (*pos < len && (p = find(head, len, *pos, quoted))) {
		size_t i = (size_t)(p - head) + kl + 2;
		while (i < len && blank(head[i]))
			i++;
		*pos = i;
		if (i < len && head[i] == ':') {
			i++;
			while (i < len && blank(head[i]))
				i++;
			*pos = i;
			if (i < len)
				return head + i;
			return NULL;
		}
		/* "key" as a value, not a member name: keep looking */
	}
	*pos = len;
	return NULL;
}

int meta_key_prefix(const char *head, size_t len, const char *key, const char *prefix)
{
	size_t pl = strlen(prefix);
	int cursor = 0;
	const char *v;

	while ((v = json_head_next_value(head, len, key, &cursor))) {
		size_t left = len - (size_t)(v - head);
		if (left > pl && v[0] == '"' && !memcmp(v + 1, prefix, pl))
			return 1;
	}
	return 0;
}

/* Length of the valid UTF-8 sequence at s[0..n) (strict: no overlong forms, surrogates or
 * code points above U+10FFFF, no NUL), 0 when invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t len, i;
	unsigned long cp;

	if (c == 0)
		return 0;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

int meta_fix_mojibake(const char *s, struct strbuf *out)
{
	const unsigned char *p = (const unsigned char *)s;
	struct strbuf bytes;
	size_t i, n;
	int high = 0, ok = 1;

	/* Plain ASCII needs no work and is by far the common case. */
	for (i = 0; p[i]; i++)
		if (p[i] >= 0x80)
			break;
	if (!p[i])
		return 0;
	strbuf_init(&bytes);
	for (i = 0; p[i] && ok;) {
		if (p[i] < 0x80) {
			strbuf_addch(&bytes, p[i]);
			i++;
		} else if ((p[i] == 0xC2 || p[i] == 0xC3) && (p[i + 1] & 0xC0) == 0x80) {
			/* U+0080..U+00FF: one byte of the original UTF-8 */
			strbuf_addch(&bytes, ((p[i] & 0x03) << 6) | (p[i + 1] & 0x3F));
			high = 1;
			i += 2;
		} else {
			ok = 0; /* a code point above U+00FF (or invalid UTF-8): not mojibake */
		}
	}
	if (ok && high) {
		const unsigned char *b = (const unsigned char *)bytes.buf;
		for (i = 0; i < bytes.len; i += n)
			if (!(n = utf8_seq(b + i, bytes.len - i))) {
				ok = 0;
				break;
			}
	}
	if (ok && high)
		strbuf_add(out, bytes.buf, bytes.len);
	strbuf_release(&bytes);
	return ok && high;
}

void meta_check_type(const cJSON *o, const char *key, const char *path, int want, unsigned *warned, unsigned bit,
                     const struct loc *loc)
{
	const cJSON *v = cJSON_IsObject(o) ? cJSON_GetObjectItemCaseSensitive(o, key) : NULL;

	if (!v || (v->type & want) || cJSON_IsNull(v) || (*warned & bit))
		return;
	*warned |= bit;
	diag_warn(loc, "field '%s' has an unexpected type and is ignored (first of this file)", path ? path : key);
}
