/* util.c: checked allocation, growable arrays and the arena.
 * It knows nothing of records or inputs; it only hands out memory or dies trying. */
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void oom(void)
{
	fputs("replycov: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *xstrndup(const char *s, size_t n)
{
	char *d = xmalloc(n + 1);
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

void xgrow(void **p, size_t *cap, size_t need, size_t size)
{
	size_t n;

	if (need <= *cap)
		return;
	n = *cap + *cap / 2 + 8;
	if (n < need)
		n = need;
	if (n > SIZE_MAX / size)
		oom();
	*p = xrealloc(*p, n * size);
	*cap = n;
}

struct arena_block {
	struct arena_block *next;
	size_t size, used;
	max_align_t data[];
};

/* Blocks start small and double up to 64 KiB: a run may hold thousands of small threads,
 * each with its own arena. */
#define ARENA_FIRST 1024
#define ARENA_BLOCK (64 * 1024)

void arena_init(struct arena *a)
{
	a->head = NULL;
	a->used_total = 0;
}

void arena_release(struct arena *a)
{
	struct arena_block *b, *next;

	for (b = a->head; b; b = next) {
		next = b->next;
		free(b);
	}
	arena_init(a);
}

void *arena_alloc(struct arena *a, size_t n)
{
	void *p = arena_alloc_raw(a, n);

	memset(p, 0, n);
	return p;
}

void *arena_alloc_raw(struct arena *a, size_t n)
{
	struct arena_block *b = a->head;
	size_t align = sizeof(max_align_t);
	void *p;

	n = (n + align - 1) / align * align;
	if (!n)
		n = align;
	if (!b || b->size - b->used < n) {
		size_t step = b ? (b->size < ARENA_BLOCK ? b->size * 2 : ARENA_BLOCK) : ARENA_FIRST;
		size_t sz = n > step ? n : step;
		int big = n > ARENA_BLOCK / 4;
		/* Big objects get their own block behind the head so the head keeps its free space. */
		b = xmalloc(sizeof(*b) + sz);
		b->size = sz;
		b->used = 0;
		if (big && a->head) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	p = (char *)b->data + b->used;
	b->used += n;
	a->used_total += n;
	return p;
}

struct shared_arena *arena_share(struct arena *a)
{
	struct shared_arena *s = xmalloc(sizeof(*s));

	s->arena = *a;
	s->refs = 1;
	arena_init(a);
	return s;
}

void arena_ref(struct shared_arena *s)
{
	s->refs++;
}

void arena_unref(struct shared_arena *s)
{
	if (s && --s->refs == 0) {
		arena_release(&s->arena);
		free(s);
	}
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *d = arena_alloc_raw(a, n + 1);
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return s ? arena_strndup(a, s, strlen(s)) : NULL;
}
