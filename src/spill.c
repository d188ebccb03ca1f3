/* spill.c: a keyed scratch file. No knowledge of what the chunks contain. */
#include "spill.h"
#include "diag.h"
#include "thread.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define SPILL_BUFFER (256 * 1024)

void spill_init(struct spill *s)
{
	memset(s, 0, sizeof(*s));
	strmap_init(&s->idx);
	arena_init(&s->arena);
}

void spill_release(struct spill *s)
{
	if (s->fp)
		fclose(s->fp);
	free(s->iobuf);
	strmap_release(&s->idx);
	arena_release(&s->arena);
	memset(s, 0, sizeof(*s));
}

/* Append data at the end of the file (made on first use). 0, or -1 (reported once). */
static int write_end(struct spill *s, const void *data, size_t len)
{
	if (s->failed)
		return -1;
	if (!s->fp) {
		if (!(s->fp = tmpfile())) {
			if (!s->quiet)
				diag_error(NULL, "cannot create a temporary file: %s (set TMPDIR to a writable folder)",
				           strerror(errno));
			s->failed = 1;
			return -1;
		}
		/* Chunks are small and many: write them in large blocks (glibc ignores the size
		 * unless it is given the buffer). */
		s->iobuf = xmalloc(SPILL_BUFFER);
		setvbuf(s->fp, s->iobuf, _IOFBF, SPILL_BUFFER);
	}
	/* A stream that was read is positioned again before it is written (C11 7.21.5.3). */
	if (s->reading) {
		if (fseeko(s->fp, (off_t)s->size, SEEK_SET))
			goto fail;
		s->reading = 0;
	}
	if (!len || fwrite(data, 1, len, s->fp) == len)
		return 0;
fail:
	if (!s->quiet)
		diag_error(NULL, "cannot write the temporary file: %s", strerror(errno));
	s->failed = 1;
	return -1;
}

long long spill_append(struct spill *s, const void *data, size_t len)
{
	long long at = s->size;

	if (write_end(s, data, len))
		return -1;
	s->size += (long long)len;
	return at;
}

int spill_read(struct spill *s, long long off, void *buf, size_t len)
{
	if (!len)
		return 0;
	if (s->fp && !fflush(s->fp) && !fseeko(s->fp, (off_t)off, SEEK_SET) && fread(buf, 1, len, s->fp) == len) {
		s->reading = 1;
		return 0;
	}
	s->reading = 1;
	if (!s->quiet)
		diag_error(NULL, "cannot read back the temporary file");
	return -1;
}

int spill_put(struct spill *s, const char *key, const char *data, size_t len)
{
	struct spill_entry *e;

	if (write_end(s, data, len))
		return -1;
	e = strmap_get(&s->idx, key);
	if (!e) {
		e = arena_alloc(&s->arena, sizeof(*e));
		e->key = arena_strdup(&s->arena, key);
		*strmap_put(&s->idx, e->key, NULL) = e;
	}
	e->off = s->size;
	e->len = len;
	s->size += (long long)len;
	return 0;
}

static int cmp_entry(const void *a, const void *b)
{
	const struct spill_entry *x = *(const struct spill_entry *const *)a, *y = *(const struct spill_entry *const *)b;
	int c = id_cmp(x->key, y->key);
	return c ? c : strcmp(x->key, y->key);
}

int spill_write_sorted(struct spill *s, FILE *out, const char *sep)
{
	struct spill_entry **v;
	size_t n = 0, i;
	char buf[65536];
	int first = 1, ret = 0;

	if (!s->fp)
		return 0;
	if (fflush(s->fp)) {
		diag_error(NULL, "cannot write the temporary file: %s", strerror(errno));
		return -1;
	}
	s->reading = 1;
	v = xmalloc((s->idx.len ? s->idx.len : 1) * sizeof(*v));
	for (i = 0; i < s->idx.cap; i++)
		if (s->idx.slots[i].key)
			v[n++] = s->idx.slots[i].value;
	qsort(v, n, sizeof(*v), cmp_entry);
	for (i = 0; i < n && !ret; i++) {
		size_t left = v[i]->len;
		if (!left)
			continue;
		if (!first)
			fputs(sep, out);
		first = 0;
		if (fseeko(s->fp, (off_t)v[i]->off, SEEK_SET)) {
			ret = -1;
			break;
		}
		while (left) {
			size_t want = left < sizeof(buf) ? left : sizeof(buf);
			size_t got = fread(buf, 1, want, s->fp);
			if (!got) {
				ret = -1;
				break;
			}
			fwrite(buf, 1, got, out);
			left -= got;
		}
	}
	if (ret)
		diag_error(NULL, "cannot read back the temporary file");
	free(v);
	return ret;
}
