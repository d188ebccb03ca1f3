/* util.h: allocation that never returns NULL, growable arrays and a bump arena.
 * Everything else in replycov relies on these never failing: out of memory is fatal. */
#ifndef REPLYCOV_UTIL_H
#define REPLYCOV_UTIL_H

#include <stddef.h>

/* Allocators abort with "replycov: out of memory" instead of returning NULL. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* A file by its name, without the folders it was read from (a path ending in '/' stays whole):
 * what a document's reader is shown; the evidence gives the path. */
const char *path_name(const char *path);

/* Make room for `need` elements of `size` bytes in *p (capacity in *cap), growing by half. */
void xgrow(void **p, size_t *cap, size_t need, size_t size);
#define XGROW(p, cap, need) xgrow((void **)&(p), &(cap), (need), sizeof(*(p)))

/* A bump allocator: strings and records built from one input live here and die together. */
struct arena {
	struct arena_block *head;
	size_t used_total;
};
void arena_init(struct arena *a);
void arena_release(struct arena *a);                /* frees every block; a can be reused */
void *arena_alloc(struct arena *a, size_t n);       /* zeroed, aligned for any type */
void *arena_alloc_raw(struct arena *a, size_t n);   /* like arena_alloc, not zeroed */
char *arena_strdup(struct arena *a, const char *s); /* NULL stays NULL */
char *arena_strndup(struct arena *a, const char *s, size_t n);

/* An arena shared by several owners (the records of one input file are kept by every
 * thread they belong to); the last arena_unref frees it. */
struct shared_arena {
	struct arena arena;
	long refs;
};
struct shared_arena *arena_share(struct arena *a); /* takes a's blocks; refs = 1; a is emptied */
void arena_ref(struct shared_arena *s);
void arena_unref(struct shared_arena *s);

#endif
