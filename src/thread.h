/* thread.h: one post or conversation with its messages as a reply tree.
 * Records are copied into the thread's own arena, merged by id (overlapping exports), then
 * thread_build orders them by time and links each to its parent by id, never by the order
 * the export listed them. Nothing here walks the tree recursively. */
#ifndef REPLYCOV_THREAD_H
#define REPLYCOV_THREAD_H

#include <stddef.h>

#include "record.h"
#include "strmap.h"

struct thread {
	const char *key; /* platform '/' id: unique over the run */
	const char *platform, *id;
	struct arena arena;         /* the thread's own strings (and records' strings added without owner) */
	struct shared_arena **uses; /* input arenas holding the records' strings */
	size_t n_uses, cap_uses;
	struct record *recs; /* after thread_build: sorted by time, then id */
	size_t n, cap;
	long *parent;        /* after thread_build: index of each record's parent, -1 for none */
	long post;           /* after thread_build: index of the root post, -1 when absent */
	struct strmap by_id; /* id -> index + 1 (valid before thread_build only) */
	long duplicates;     /* records seen again and merged (same id) */
	long changed;        /* of those, how many came with different text (later export won) */
	long orphans;        /* replies whose parent is not in the input */
	long cycles;         /* parent cycles broken */
	int built;
};

struct thread *thread_new(const char *platform, const char *id);
void thread_free(struct thread *t);
/* Add r to t; a record with an id already present is merged (the later one wins, missing
 * fields are kept from the earlier) and counted. Not allowed after thread_build. With an
 * owner, r's strings live in owner's arena and the thread keeps a reference to it (no copy);
 * without one (NULL), they are copied into the thread. */
void thread_add(struct thread *t, const struct record *r, struct shared_arena *owner);
/* Order, link, mark orphans (REC_ORPHAN) and break cycles (REC_CYCLE, with a warning).
 * A parent equal to the thread id means "top level"; top-level comments hang from the post
 * when the post is present. Runs in O(n log n) and no recursion. */
void thread_build(struct thread *t);

/* Compare ids so that "9" < "10" (digit runs by value), then bytes. */
int id_cmp(const char *a, const char *b);
/* The key a thread is filed under. buf is grown as needed. */
void thread_key(struct strbuf *buf, const char *platform, const char *id);

#endif
