/* pack.c: variable-length integers (pack.h). No knowledge of what they count. */
#include "pack.h"
#include "diag.h"
#include "util.h"

#include <stdlib.h>

#include <string.h>

void pack_uint(struct strbuf *sb, unsigned long long v)
{
	unsigned char b[10];
	size_t n = 0;

	while (v >= 0x80) {
		b[n++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	b[n++] = (unsigned char)v;
	strbuf_add(sb, b, n);
}

void pack_int(struct strbuf *sb, long long v)
{
	/* zigzag without shifting a negative value */
	unsigned long long u = v < 0 ? ((unsigned long long)-(v + 1) << 1) | 1 : (unsigned long long)v << 1;
	pack_uint(sb, u);
}

unsigned long long unpack_uint(const unsigned char **p)
{
	const unsigned char *s = *p;
	unsigned long long v = 0;
	unsigned shift = 0;

	while (*s & 0x80) {
		v |= (unsigned long long)(*s++ & 0x7f) << shift;
		shift += 7;
	}
	v |= (unsigned long long)*s++ << shift;
	*p = s;
	return v;
}

long long unpack_int(const unsigned char **p)
{
	unsigned long long u = unpack_uint(p);
	return u & 1 ? -(long long)(u >> 1) - 1 : (long long)(u >> 1);
}

unsigned char *pack_copy(const struct strbuf *sb)
{
	unsigned char *b;

	if (!sb->len)
		return NULL;
	b = xmalloc(sb->len);
	memcpy(b, sb->buf, sb->len);
	return b;
}

void pack_keep(struct spill *store, const struct strbuf *sb, struct packed_blob *b)
{
	b->mem = NULL;
	b->at = -1;
	b->len = sb->len;
	if (!sb->len)
		return;
	store->quiet = 1;
	b->at = spill_append(store, sb->buf, sb->len);
	if (b->at < 0)
		b->mem = pack_copy(sb);
}

const unsigned char *pack_fetch(struct spill *store, const struct packed_blob *b, unsigned char **buf)
{
	if (!b->len)
		return NULL;
	if (b->mem)
		return b->mem;
	free(*buf);
	*buf = xmalloc(b->len);
	if (spill_read(store, b->at, *buf, b->len)) {
		diag_error(NULL, "cannot read back the temporary file: the counts of a re-read thread are lost");
		return NULL;
	}
	return *buf;
}

void pack_drop(struct packed_blob *b)
{
	free(b->mem);
	b->mem = NULL;
	b->at = -1;
	b->len = 0;
}
