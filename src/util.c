/* util.c: checked allocation, growable arrays and the arena.
 * It knows nothing of records or inputs; it only hands out memory or dies trying. */
#include "util.h"

#include <pthread.h>
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

/* Released blocks of the standard sizes (1 KiB to 64 KiB) wait in a small pool for the next
 * arena, whichever thread asks. The records of a file are parsed in a worker and released by
 * the main thread; freeing them there took the worker's malloc lock and made both wait.
 * AddressSanitizer builds keep plain malloc and free so that it still sees every block. */
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_POOL 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_POOL 0
#endif
#endif
#ifndef ARENA_POOL
#define ARENA_POOL 1
#endif
#define POOL_CLASSES 7 /* ARENA_FIRST << 0 .. ARENA_FIRST << 6 == ARENA_BLOCK */
#define POOL_KEEP 32   /* blocks kept per size: at most 4 MiB in all */

static struct {
	pthread_mutex_t mu;
	struct arena_block *head[POOL_CLASSES];
	int n[POOL_CLASSES];
} pool = {PTHREAD_MUTEX_INITIALIZER, {NULL}, {0}};

static int pool_class(size_t size)
{
	int k;

	for (k = 0; k < POOL_CLASSES; k++)
		if (size == (size_t)ARENA_FIRST << k)
			return k;
	return -1;
}

static struct arena_block *block_new(size_t size)
{
	int k = ARENA_POOL ? pool_class(size) : -1;
	struct arena_block *b = NULL;

	if (k >= 0) {
		pthread_mutex_lock(&pool.mu);
		if ((b = pool.head[k])) {
			pool.head[k] = b->next;
			pool.n[k]--;
		}
		pthread_mutex_unlock(&pool.mu);
	}
	if (!b)
		b = xmalloc(sizeof(*b) + size);
	b->size = size;
	b->used = 0;
	return b;
}

static void block_free(struct arena_block *b)
{
	int k = ARENA_POOL ? pool_class(b->size) : -1;

	if (k >= 0) {
		pthread_mutex_lock(&pool.mu);
		if (pool.n[k] < POOL_KEEP) {
			b->next = pool.head[k];
			pool.head[k] = b;
			pool.n[k]++;
			b = NULL;
		}
		pthread_mutex_unlock(&pool.mu);
	}
	free(b);
}

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
		block_free(b);
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
		b = block_new(sz);
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

const char *path_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash && slash[1] ? slash + 1 : path;
}
