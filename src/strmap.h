/* strmap.h: an open-addressing hash map from NUL-terminated strings to pointers.
 * The map does not copy keys: a key must live as long as the map (use an arena). */
#ifndef REPLYCOV_STRMAP_H
#define REPLYCOV_STRMAP_H

#include <stddef.h>
#include <stdint.h>

struct strmap_slot {
	const char *key; /* NULL: empty slot */
	uint64_t hash;
	void *value;
};

struct strmap {
	struct strmap_slot *slots;
	size_t cap, len;
};

void strmap_init(struct strmap *m);
void strmap_release(struct strmap *m); /* frees the table, not keys or values */
uint64_t strmap_hash(const char *s);
void *strmap_get(const struct strmap *m, const char *key); /* NULL when absent */
/* The value cell for key, inserting it (value NULL, key pointer stored) when absent;
 * *created tells which. The pointer is valid until the next insertion. */
void **strmap_put(struct strmap *m, const char *key, int *created);

#endif
