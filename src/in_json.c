/* in_json.c: cJSON glue shared by the JSON adapters. cJSON gives no line numbers, so the
 * error offset is turned into line:column here. */
#include "in_json.h"
#include "input.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

/* Bracket depth reached before offset off, counting outside strings: cJSON stops at 1000
 * levels and reports it as a plain syntax error, which would mislead. With final set, the
 * depth still open at off (a truncated file leaves brackets or a string open). */
static long depth_scan(const char *buf, size_t off, int final)
{
	long depth = 0, max = 0;
	int in_str = 0;
	size_t i;

	for (i = 0; i < off; i++) {
		char c = buf[i];
		if (in_str) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in_str = 0;
		} else if (c == '"') {
			in_str = 1;
		} else if (c == '{' || c == '[') {
			if (++depth > max)
				max = depth;
		} else if (c == '}' || c == ']') {
			depth--;
		}
	}
	if (final)
		return in_str ? depth + 1 : depth;
	return max;
}

/* A NUL unit at buf[i]: a raw NUL, a backslash before a raw NUL (not an escape: the pair goes
 * together, or the copy would keep the NUL and be cleaned again for ever), or the escape
 * \u0000. Returns its length, 0 when there is none. */
static size_t nul_at(const char *buf, size_t len, size_t i)
{
	if (!buf[i])
		return 1;
	if (buf[i] != '\\' || i + 1 >= len)
		return 0;
	if (!buf[i + 1])
		return 2;
	if (i + 6 <= len && !memcmp(buf + i + 1, "u0000", 5))
		return 6;
	return 0;
}

/* Copies buf[0..len) into out (when out is not NULL) with each run of NUL units turned into
 * one U+FFFD, written as its three UTF-8 bytes: a run of any length costs three bytes, so a
 * file of zeros, or one with a zeroed block, is never copied larger than itself, and a lone NUL
 * adds two bytes. Counts the NULs in *nuls; returns the length of the copy. */
static size_t nul_copy(const char *buf, size_t len, char *out, size_t *nuls)
{
	size_t i = 0, o = 0, u, z = 0;
	int z_known = 0;

	*nuls = 0;
	while (i < len) {
		const char *bs;
		size_t next;
		/* z: the next raw NUL at or after i (or len), looked for again only once passed */
		if (!z_known || z < i) {
			const char *p = memchr(buf + i, '\0', len - i);
			z = p ? (size_t)(p - buf) : len;
			z_known = 1;
		}
		/* Everything up to the next backslash or NUL is copied as it is. */
		bs = memchr(buf + i, '\\', z - i);
		next = bs ? (size_t)(bs - buf) : z;
		if (out)
			memcpy(out + o, buf + i, next - i);
		o += next - i;
		i = next;
		if (i >= len)
			break;
		if (!(u = nul_at(buf, len, i))) {
			/* an escape is copied whole, so "\\u0000" is not taken for a NUL */
			size_t n = i + 1 < len ? 2 : 1;
			if (out)
				memcpy(out + o, buf + i, n);
			o += n;
			i += n;
			continue;
		}
		do {
			i += u;
			(*nuls)++;
		} while (i < len && (u = nul_at(buf, len, i)));
		if (out)
			memcpy(out + o, "\xEF\xBF\xBD", 3);
		o += 3;
	}
	return o;
}

/* cJSON keeps strings as C strings, so a NUL (raw, or escaped as \u0000) would silently cut
 * the rest of a message. Such a buffer is copied with the NULs turned into U+FFFD. Returns the
 * copy (caller frees; one allocation of its exact size) or NULL when the buffer has no NUL. */
static char *without_nul(struct batch *b, const char *buf, size_t len, size_t *out_len)
{
	size_t n, size;
	char *out;
	int found = memchr(buf, '\0', len) != NULL;
	size_t i;

	for (i = 0; !found && i + 6 <= len; i++) {
		if (buf[i] == '\\' && !memcmp(buf + i + 1, "u0000", 5)) {
			found = 1;
		} else if (buf[i] == '\\') {
			i++; /* skip the escaped character, so "\\u0000" is not taken for one */
		}
	}
	if (!found)
		return NULL;
	size = nul_copy(buf, len, NULL, &n);
	out = xmalloc(size + 1);
	nul_copy(buf, len, out, &n);
	out[size] = '\0';
	diag_warn(&(struct loc){.file = b->file}, "%zu NUL character%s (raw or \\u0000) replaced by U+FFFD", n,
	          n == 1 ? "" : "s");
	*out_len = size;
	return out;
}

char *json_nul_free(struct batch *b, const char *buf, size_t len, size_t *out_len)
{
	return without_nul(b, buf, len, out_len);
}

/* A JSON document starts with a value. A file whose first byte (after blanks) is a NUL or a
 * control character is not JSON (a binary or zero-filled file read with a forced format):
 * reported there, at once, without copying or scanning the rest (cJSON would skip such bytes
 * as blanks to the end of the file). Returns 1 when reported. */
static int not_json(struct batch *b, const char *buf, size_t len)
{
	struct loc loc = {.file = b->file};
	size_t k = 0;
	unsigned char c;

	while (k < len && (buf[k] == ' ' || buf[k] == '\n' || buf[k] == '\r' || buf[k] == '\t'))
		k++;
	if (k == len || (c = (unsigned char)buf[k]) >= 0x20)
		return 0;
	input_offset_loc(buf, len, k, &loc.line, &loc.col);
	if (!c)
		diag_error(&loc, "not JSON: NUL bytes where the JSON should start (a binary or zero-filled file?)");
	else
		diag_error(&loc, "not JSON: control character 0x%02x where the JSON should start (a binary file?)", c);
	return 1;
}

/* 1 when the first byte after blanks can start a JSON value (or there is none). */
static int starts_value(const char *buf, size_t len)
{
	size_t k = 0;

	while (k < len && (buf[k] == ' ' || buf[k] == '\n' || buf[k] == '\r' || buf[k] == '\t'))
		k++;
	return k == len || (buf[k] && strchr("{[\"-0123456789tfn", buf[k]));
}

/* cJSON on a buffer without NULs, the error reported with its place. */
static cJSON *parse_clean(struct batch *b, const char *buf, size_t len)
{
	const char *end = NULL;
	cJSON *root = cJSON_ParseWithLengthOpts(buf, len, &end, 0);
	size_t off;
	struct loc loc = {.file = b->file};

	if (!root) {
		size_t k;
		off = end && end >= buf ? (size_t)(end - buf) : 0;
		input_offset_loc(buf, len, off, &loc.line, &loc.col);
		for (k = off + 1; k < len && (buf[k] == ' ' || buf[k] == '\n' || buf[k] == '\r' || buf[k] == '\t'); k++)
			;
		if (depth_scan(buf, off < len ? off + 1 : len, 0) >= CJSON_NESTING_LIMIT)
			diag_error(&loc,
			           "JSON nested deeper than %d levels: export the replies as a flat listing "
			           "instead (on Facebook, filter=stream)",
			           CJSON_NESTING_LIMIT);
		else if (off + 1 >= len || k >= len || depth_scan(buf, len, 1) > 0)
			diag_error(&loc, "JSON ends too early (truncated file?)");
		else
			diag_error(&loc, "JSON syntax error near '%.12s'", buf + off);
		return NULL;
	}
	for (off = (size_t)(end - buf);
	     off < len && (buf[off] == ' ' || buf[off] == '\n' || buf[off] == '\r' || buf[off] == '\t'); off++)
		;
	if (off < len) {
		input_offset_loc(buf, len, off, &loc.line, &loc.col);
		diag_error(&loc, "unexpected data after the JSON value (several JSON documents in one file?)");
		cJSON_Delete(root);
		return NULL;
	}
	return root;
}

cJSON *json_parse(struct batch *b, const char *buf, size_t len)
{
	size_t clean_len = 0;
	char *clean;
	cJSON *root;

	if (not_json(b, buf, len))
		return NULL;
	if (!starts_value(buf, len))
		return parse_clean(b, buf, len); /* fails at its first byte: nothing to copy for that */
	clean = without_nul(b, buf, len, &clean_len);
	if (!clean)
		return parse_clean(b, buf, len);
	/* Parse the copy; positions in messages refer to it (a run of NULs is one character there). */
	root = parse_clean(b, clean, clean_len);
	free(clean);
	return root;
}

cJSON *json_parse_span(const char *buf, size_t start, size_t end, size_t *stop)
{
	const char *e = NULL;
	cJSON *v = end > start ? cJSON_ParseWithLengthOpts(buf + start, end - start, &e, 0) : NULL;
	size_t off = e && e >= buf + start ? (size_t)(e - buf) : end;

	if (off > end)
		off = end;
	/* cJSON leaves trailing blanks unread unless it is told to want the end of the text. */
	while (v && off < end && (buf[off] == ' ' || buf[off] == '\t' || buf[off] == '\n' || buf[off] == '\r'))
		off++;
	*stop = off;
	return v;
}

const cJSON *json_get(const cJSON *obj, const char *key)
{
	return cJSON_IsObject(obj) ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
}

const char *json_str(const cJSON *obj, const char *key)
{
	const cJSON *v = json_get(obj, key);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

const char *json_id(const cJSON *obj, const char *key, char *buf)
{
	const cJSON *v = json_get(obj, key);

	if (cJSON_IsString(v))
		return v->valuestring;
	if (cJSON_IsNumber(v) && isfinite(v->valuedouble) && fabs(v->valuedouble) < 9.007199254740992e15) {
		snprintf(buf, 32, "%.0f", v->valuedouble);
		return buf;
	}
	return NULL;
}

const cJSON *json_array(const cJSON *obj, const char *key)
{
	const cJSON *v = json_get(obj, key);
	return cJSON_IsArray(v) ? v : NULL;
}

const cJSON *json_object(const cJSON *obj, const char *key)
{
	const cJSON *v = json_get(obj, key);
	return cJSON_IsObject(v) ? v : NULL;
}

int json_true(const cJSON *obj, const char *key)
{
	const cJSON *v = json_get(obj, key);

	if (cJSON_IsTrue(v))
		return 1;
	if (cJSON_IsString(v))
		return !strcmp(v->valuestring, "true") || !strcmp(v->valuestring, "1");
	if (cJSON_IsNumber(v))
		return v->valuedouble != 0;
	return 0;
}

enum time_status json_time(const cJSON *v, const struct tz *zone, struct when *w, unsigned *flags)
{
	enum time_status st;

	if (cJSON_IsNumber(v))
		return time_from_number(v->valuedouble, w);
	if (!cJSON_IsString(v))
		return TIME_BAD;
	st = time_parse(v->valuestring, zone, w);
	if (st == TIME_OK && !w->has_offset)
		*flags |= REC_NO_OFFSET;
	return st;
}

/* Each match of "key" (not escaped) followed by blanks and ':'; returns the offset after
 * the ':' or 0 when there is none from *from on. */
static size_t head_key_at(const char *head, size_t len, const char *key, size_t *from)
{
	size_t kl = strlen(key);

	while (*from < len) {
		const char *p = memchr(head + *from, '"', len - *from);
		size_t i;
		if (!p)
			break;
		i = (size_t)(p - head);
		*from = i + 1;
		/* The first letter before memcmp: detection runs over every file's head for every
		 * format, and most quotes open some other key. */
		if (i + kl + 2 > len || head[i + 1] != key[0] || head[i + kl + 1] != '"' ||
		    (i && head[i - 1] == '\\') || memcmp(head + i + 1, key, kl))
			continue;
		i += kl + 2;
		while (i < len && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r'))
			i++;
		if (i < len && head[i] == ':')
			return i + 1;
	}
	return 0;
}

/* Every detector asks about the same file head, several keys each: the keys of a head are
 * indexed once (per thread: files are detected in parallel) and the questions answered from
 * the index. Fixed arrays, pointing into the head: nothing to allocate or free. A head with
 * more keys than the index holds falls back to scanning. */
#define HX_KEYS 1024
#define HX_SLOTS 2048

static _Thread_local struct head_index {
	const char *head;
	size_t len;
	int full; /* more keys than HX_KEYS: answer by scanning */
	int n;
	int slot[HX_SLOTS]; /* first entry + 1 of each hash chain */
	struct {
		unsigned koff, voff; /* key (after its quote) and value (after the ':') offsets */
		unsigned short klen;
		int next; /* next entry + 1 in the chain */
	} e[HX_KEYS];
} hx;

void json_head_forget(void)
{
	hx.head = NULL;
	hx.len = 0;
}

static unsigned hx_hash(const char *k, size_t n)
{
	unsigned h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)k[i]) * 16777619u;
	return h % HX_SLOTS;
}

static void head_index(const char *head, size_t len)
{
	size_t from = 0;

	if (hx.head == head && hx.len == len)
		return;
	hx.head = head;
	hx.len = len;
	hx.full = len > 0xFFFFFFF0u;
	hx.n = 0;
	memset(hx.slot, 0, sizeof(hx.slot));
	while (!hx.full && from < len) {
		const char *p = memchr(head + from, '"', len - from), *q;
		size_t i, k, kl;
		unsigned h;
		if (!p)
			break;
		i = (size_t)(p - head);
		/* To the closing quote, past escapes: strings are skipped whole, so the scan never
		 * takes a quote inside a value for the start of a key. */
		for (k = i + 1; k < len && head[k] != '"'; k++)
			if (head[k] == '\\')
				k++;
		if (k >= len)
			break;
		q = head + k;
		k++;
		from = k;
		while (k < len && (head[k] == ' ' || head[k] == '\t' || head[k] == '\n' || head[k] == '\r'))
			k++;
		kl = (size_t)(q - p - 1);
		if (k >= len || head[k] != ':' || kl > 0xFFFF)
			continue;
		if (hx.n == HX_KEYS) {
			hx.full = 1;
			break;
		}
		h = hx_hash(p + 1, kl);
		hx.e[hx.n].koff = (unsigned)(i + 1);
		hx.e[hx.n].klen = (unsigned short)kl;
		hx.e[hx.n].voff = (unsigned)(k + 1);
		hx.e[hx.n].next = hx.slot[h];
		hx.slot[h] = ++hx.n;
	}
}

int json_head_key(const char *head, size_t len, const char *key)
{
	size_t from = 0, kl = strlen(key);
	int j;

	head_index(head, len);
	if (hx.full)
		return head_key_at(head, len, key, &from) != 0;
	for (j = hx.slot[hx_hash(key, kl)]; j; j = hx.e[j - 1].next)
		if (hx.e[j - 1].klen == kl && !memcmp(head + hx.e[j - 1].koff, key, kl))
			return 1;
	return 0;
}

const char *json_head_next_value(const char *head, size_t len, const char *key, int *cursor)
{
	size_t kl = strlen(key), i;
	int j;

	head_index(head, len);
	if (hx.full) {
		/* too many keys to index: scan from the byte after the last answer */
		size_t from = (size_t)*cursor;
		i = head_key_at(head, len, key, &from);
		if (!i)
			return NULL;
		*cursor = (int)from;
	} else {
		/* *cursor: 0 to start at the chain's head, then the next entry to look at (+1), -1
		 * when the chain is done. The chain runs from the head's last key to its first. */
		if (*cursor < 0)
			return NULL;
		i = 0;
		for (j = *cursor ? *cursor : hx.slot[hx_hash(key, kl)]; j; j = hx.e[j - 1].next)
			if (hx.e[j - 1].klen == kl && !memcmp(head + hx.e[j - 1].koff, key, kl)) {
				i = hx.e[j - 1].voff;
				break;
			}
		if (!i) {
			*cursor = -1;
			return NULL;
		}
		*cursor = hx.e[j - 1].next ? hx.e[j - 1].next : -1;
	}
	while (i < len && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r'))
		i++;
	return i < len ? head + i : NULL;
}

static int value_is(const char *head, size_t len, size_t i, const char *value, size_t vl)
{
	while (i < len && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r'))
		i++;
	return i + vl + 2 <= len && head[i] == '"' && !memcmp(head + i + 1, value, vl) && head[i + vl + 1] == '"';
}

int json_head_pair(const char *head, size_t len, const char *key, const char *value)
{
	size_t from = 0, i, vl = strlen(value), kl = strlen(key);
	int j;

	head_index(head, len);
	if (!hx.full) {
		for (j = hx.slot[hx_hash(key, kl)]; j; j = hx.e[j - 1].next)
			if (hx.e[j - 1].klen == kl && !memcmp(head + hx.e[j - 1].koff, key, kl) &&
			    value_is(head, len, hx.e[j - 1].voff, value, vl))
				return 1;
		return 0;
	}
	while ((i = head_key_at(head, len, key, &from)))
		if (value_is(head, len, i, value, vl))
			return 1;
	return 0;
}
