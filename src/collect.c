/* collect.c: the streaming fold. Open threads live in a map; folded threads leave only their
 * key, the files that held them and their last counts, so they can come back. */
#include "collect.h"

#include <stdlib.h>
#include <string.h>

struct history {
	const char *key;
	size_t *files; /* input files that added to the thread, increasing */
	size_t n_files, cap_files;
	size_t last_file;                    /* the last file that touched the thread */
	struct thread *open;                 /* NULL while folded */
	int folded;                          /* handed over at least once */
	int wanted;                          /* being rebuilt from earlier files */
	long dups, changed, orphans, cycles; /* as counted at the last fold */
};

struct collector {
	struct strmap threads; /* key -> struct history */
	struct arena keys;
	void (*on_thread)(struct thread *, int, void *);
	int (*reread)(size_t, void *);
	void *ctx;
	struct collect_stats st;
	struct strbuf key;
	struct history *last;                     /* the thread of the last record looked up */
	struct strbuf last_platform, last_thread; /* its platform and thread id */
	struct history **open;                    /* open threads in the order they opened */
	size_t n_open, cap_open;
};

struct collector *collector_new(void (*on_thread)(struct thread *, int, void *), int (*reread)(size_t, void *),
                                void *ctx)
{
	struct collector *c = xcalloc(1, sizeof(*c));

	strmap_init(&c->threads);
	arena_init(&c->keys);
	strbuf_init(&c->key);
	strbuf_init(&c->last_platform);
	strbuf_init(&c->last_thread);
	c->on_thread = on_thread;
	c->reread = reread;
	c->ctx = ctx;
	return c;
}

static struct history *remember(struct collector *c, struct history *h, const struct record *r)
{
	strbuf_reset(&c->last_platform);
	strbuf_addstr(&c->last_platform, r->platform);
	strbuf_reset(&c->last_thread);
	strbuf_addstr(&c->last_thread, r->thread);
	c->last = h;
	return h;
}

static struct history *history_of(struct collector *c, const struct record *r)
{
	struct history *h;

	/* A file's records mostly come thread by thread: the last answer is checked first. */
	if (c->last && !strcmp(c->last_platform.buf, r->platform) && !strcmp(c->last_thread.buf, r->thread))
		return c->last;
	thread_key(&c->key, r->platform, r->thread);
	h = strmap_get(&c->threads, c->key.buf);
	if (h)
		return remember(c, h, r);
	h = arena_alloc(&c->keys, sizeof(*h));
	h->key = arena_strdup(&c->keys, c->key.buf);
	*strmap_put(&c->threads, h->key, NULL) = h;
	c->st.threads++;
	return remember(c, h, r);
}

static void open_thread(struct collector *c, struct history *h, const struct record *r)
{
	h->open = thread_new(r->platform, r->thread);
	XGROW(c->open, c->cap_open, c->n_open + 1);
	c->open[c->n_open++] = h;
}

static void note_file(struct history *h, size_t file)
{
	if (!h->n_files || h->files[h->n_files - 1] != file) {
		XGROW(h->files, h->cap_files, h->n_files + 1);
		h->files[h->n_files++] = file;
	}
	h->last_file = file;
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

static void add_records(struct collector *c, const struct batch *b, size_t file, struct shared_arena *owner)
{
	size_t i;

	for (i = 0; i < b->n; i++) {
		struct history *h = history_of(c, &b->recs[i]);
		if (!h->open)
			open_thread(c, h, &b->recs[i]);
		note_file(h, file);
		thread_add(h->open, &b->recs[i], owner);
	}
}

void collector_add(struct collector *c, struct batch *b, size_t file)
{
	struct shared_arena *owner;
	struct history **wanted = NULL;
	size_t n_wanted = 0, cap_wanted = 0, i, k;
	size_t *files = NULL, n_files = 0, cap_files = 0;

	c->st.read += b->read;
	c->st.accepted += (long)b->n;
	c->st.rejected += batch_rejected(b);
	/* Threads folded earlier that this file brings back are rebuilt from their files first,
	 * so that the later export still wins when the same message differs. */
	for (i = 0; i < b->n; i++) {
		struct history *h = history_of(c, &b->recs[i]);
		if (h->open || !h->folded || h->wanted)
			continue;
		h->wanted = 1;
		XGROW(wanted, cap_wanted, n_wanted + 1);
		wanted[n_wanted++] = h;
		open_thread(c, h, &b->recs[i]);
		for (k = 0; k < h->n_files; k++) {
			XGROW(files, cap_files, n_files + 1);
			files[n_files++] = h->files[k];
		}
	}
	if (n_wanted) {
		size_t out = 0;
		qsort(files, n_files, sizeof(*files), cmp_size);
		for (i = 0; i < n_files; i++)
			if (!out || files[out - 1] != files[i])
				files[out++] = files[i];
		for (i = 0; i < out; i++) {
			c->st.rereads++;
			c->reread(files[i], c->ctx);
		}
		for (i = 0; i < n_wanted; i++)
			wanted[i]->wanted = 0;
	}
	/* The threads keep the file's strings where the adapter put them (no second copy). */
	owner = arena_share(&b->arena);
	add_records(c, b, file, owner);
	arena_unref(owner);
	free(wanted);
	free(files);
}

void collector_add_reread(struct collector *c, struct batch *b)
{
	struct shared_arena *owner = arena_share(&b->arena);
	size_t i;

	for (i = 0; i < b->n; i++) {
		struct history *h;
		thread_key(&c->key, b->recs[i].platform, b->recs[i].thread);
		h = strmap_get(&c->threads, c->key.buf);
		if (h && h->wanted)
			thread_add(h->open, &b->recs[i], owner);
	}
	arena_unref(owner);
}

static void fold(struct collector *c, struct history *h)
{
	struct thread *t = h->open;

	thread_build(t);
	c->st.duplicates += t->duplicates - h->dups;
	c->st.changed += t->changed - h->changed;
	c->st.orphans += t->orphans - h->orphans;
	c->st.cycles += t->cycles - h->cycles;
	h->dups = t->duplicates;
	h->changed = t->changed;
	h->orphans = t->orphans;
	h->cycles = t->cycles;
	c->on_thread(t, h->folded, c->ctx);
	h->folded = 1;
	thread_free(t);
	h->open = NULL;
}

void collector_end_file(struct collector *c, size_t file)
{
	size_t i, out = 0;

	for (i = 0; i < c->n_open; i++) {
		struct history *h = c->open[i];
		if (h->last_file != file)
			fold(c, h);
		else
			c->open[out++] = h;
	}
	c->n_open = out;
}

void collector_finish(struct collector *c)
{
	size_t i;

	for (i = 0; i < c->n_open; i++)
		fold(c, c->open[i]);
	c->n_open = 0;
}

const struct collect_stats *collector_stats(const struct collector *c)
{
	return &c->st;
}

struct collect_stats *collector_stats_mut(struct collector *c)
{
	return &c->st;
}

void collector_free(struct collector *c)
{
	size_t i;

	if (!c)
		return;
	for (i = 0; i < c->n_open; i++)
		thread_free(c->open[i]->open);
	for (i = 0; i < c->threads.cap; i++)
		if (c->threads.slots[i].key)
			free(((struct history *)c->threads.slots[i].value)->files);
	strmap_release(&c->threads);
	arena_release(&c->keys);
	strbuf_release(&c->key);
	strbuf_release(&c->last_platform);
	strbuf_release(&c->last_thread);
	free(c->open);
	free(c);
}
