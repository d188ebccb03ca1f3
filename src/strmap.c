/* strmap.c: linear probing, power-of-two table, load factor at most 3/4 (the maps of
 * citizens hold one slot per person of a run: memory counts more than a probe or two).
 * No deletion: replycov only ever adds while it reads. */
#include "strmap.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

void strmap_init(struct strmap *m)
{
	m->slots = NULL;
	m->cap = m->len = 0;
}

void strmap_release(struct strmap *m)
{
	free(m->slots);
	strmap_init(m);
}

uint64_t strmap_hash(const char *s)
{
	/* FNV-1a with a final mix: fast on short ids, good enough spread for probing. */
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h;
}

static struct strmap_slot *find(const struct strmap *m, const char *key, uint64_t h)
{
	size_t mask = m->cap - 1, i = (size_t)h & mask;

	for (;; i = (i + 1) & mask) {
		struct strmap_slot *s = &m->slots[i];
		if (!s->key || (s->hash == h && !strcmp(s->key, key)))
			return s;
	}
}

void *strmap_get(const struct strmap *m, const char *key)
{
	struct strmap_slot *s;

	if (!m->cap)
		return NULL;
	s = find(m, key, strmap_hash(key));
	return s->key ? s->value : NULL;
}

static void rehash(struct strmap *m)
{
	struct strmap old = *m;
	size_t i;

	m->cap = old.cap ? old.cap * 2 : 16;
	m->slots = xcalloc(m->cap, sizeof(*m->slots));
	for (i = 0; i < old.cap; i++)
		if (old.slots[i].key)
			*find(m, old.slots[i].key, old.slots[i].hash) = old.slots[i];
	free(old.slots);
}

void **strmap_put(struct strmap *m, const char *key, int *created)
{
	uint64_t h = strmap_hash(key);
	struct strmap_slot *s;

	if ((m->len + 1) * 4 > m->cap * 3)
		rehash(m);
	s = find(m, key, h);
	if (created)
		*created = !s->key;
	if (!s->key) {
		s->key = key;
		s->hash = h;
		s->value = NULL;
		m->len++;
	}
	return &s->value;
}
