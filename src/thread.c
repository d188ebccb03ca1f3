/* thread.c: merging records into threads and building reply trees from parent ids.
 * It does not decide who is official or what is answered (official.c, coverage.c). */
#include "thread.h"

#include <stdlib.h>
#include <string.h>

struct thread *thread_new(const char *platform, const char *id)
{
	struct thread *t = xcalloc(1, sizeof(*t));
	struct strbuf k;

	arena_init(&t->arena);
	strmap_init(&t->by_id);
	t->platform = arena_strdup(&t->arena, platform);
	t->id = arena_strdup(&t->arena, id);
	strbuf_init(&k);
	thread_key(&k, platform, id);
	t->key = arena_strdup(&t->arena, k.buf);
	strbuf_release(&k);
	t->post = -1;
	return t;
}

void thread_free(struct thread *t)
{
	if (!t)
		return;
	{
		size_t i;
		for (i = 0; i < t->n_uses; i++)
			arena_unref(t->uses[i]);
		free(t->uses);
	}
	arena_release(&t->arena);
	strmap_release(&t->by_id);
	free(t->recs);
	free(t->parent);
	free(t);
}

void thread_key(struct strbuf *buf, const char *platform, const char *id)
{
	strbuf_reset(buf);
	strbuf_addstr(buf, platform);
	strbuf_addch(buf, '/');
	strbuf_addstr(buf, id);
}

static const char *dup(struct thread *t, const char *s)
{
	return arena_strdup(&t->arena, s);
}

static void copy_into(struct thread *t, struct record *d, const struct record *r, int copy)
{
	*d = *r;
	d->platform = t->platform;
	d->thread = t->id;
	if (copy) {
		d->parent = dup(t, r->parent);
		d->author_id = dup(t, r->author_id);
		d->author = dup(t, r->author);
		d->page = dup(t, r->page);
		d->text = dup(t, r->text);
	}
	/* file names live as long as the run's input list */
}

static void use_arena(struct thread *t, struct shared_arena *owner)
{
	size_t i;

	/* Records of a thread usually come from one or two files: a short list suffices. */
	for (i = t->n_uses; i-- > 0;)
		if (t->uses[i] == owner)
			return;
	XGROW(t->uses, t->cap_uses, t->n_uses + 1);
	t->uses[t->n_uses++] = owner;
	arena_ref(owner);
}

static int same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

void thread_add(struct thread *t, const struct record *r, struct shared_arena *owner)
{
	const char *id = owner ? r->id : arena_strdup(&t->arena, r->id);
	int created;
	void **slot = strmap_put(&t->by_id, id, &created);
	size_t at;
	struct record *old, merged;

	if (created) {
		/* The map already holds the arena copy of the id: the record shares it. */
		if (owner)
			use_arena(t, owner);
		XGROW(t->recs, t->cap, t->n + 1);
		copy_into(t, &t->recs[t->n], r, !owner);
		t->recs[t->n].id = id;
		*slot = (void *)(t->n + 1);
		t->n++;
		return;
	}
	at = (size_t)*slot;
	old = &t->recs[at - 1];
	t->duplicates++;
	merged = *r;
	/* What the later copy lacks, the earlier one may know (author, parent, page). */
	if (!merged.parent)
		merged.parent = old->parent;
	if (!merged.author_id)
		merged.author_id = old->author_id;
	if (!merged.author)
		merged.author = old->author;
	if (!merged.page)
		merged.page = old->page;
	if (merged.author_id || merged.author)
		merged.flags &= ~(unsigned)REC_AUTHOR_UNKNOWN;
	merged.flags |= old->flags & (REC_POST | REC_HIDDEN | REC_DELETED | REC_PAGE_AUTHOR | REC_OFFICIAL);
	if (!same_str(old->text, r->text)) {
		t->changed++;
		merged.flags |= REC_EDITED;
	}
	/* Keep the id string the map points at (id, the fresh copy, is simply unused). */
	merged.id = old->id;
	if (owner)
		use_arena(t, owner);
	/* Always copy here: merged mixes strings of the earlier and the later copy. */
	copy_into(t, old, &merged, !owner);
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

int id_cmp(const char *a, const char *b)
{
	while (*a && *b) {
		if (is_digit(*a) && is_digit(*b)) {
			const char *sa, *sb;
			size_t la, lb;
			while (*a == '0' && is_digit(a[1]))
				a++;
			while (*b == '0' && is_digit(b[1]))
				b++;
			for (sa = a; is_digit(*a); a++)
				;
			for (sb = b; is_digit(*b); b++)
				;
			la = (size_t)(a - sa);
			lb = (size_t)(b - sb);
			if (la != lb)
				return la < lb ? -1 : 1;
			{
				int c = memcmp(sa, sb, la);
				if (c)
					return c;
			}
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++;
		b++;
	}
	return *a ? 1 : *b ? -1 : 0;
}

static int cmp_rec(const void *x, const void *y)
{
	const struct record *a = x, *b = y;

	if (a->created.utc != b->created.utc)
		return a->created.utc < b->created.utc ? -1 : 1;
	/* The post opens the thread even when a comment claims the same second. */
	if ((a->flags & REC_POST) != (b->flags & REC_POST))
		return (a->flags & REC_POST) ? -1 : 1;
	{
		int c = id_cmp(a->id, b->id);
		return c ? c : strcmp(a->id, b->id);
	}
}

static void break_cycles(struct thread *t)
{
	unsigned char *state = xcalloc(t->n ? t->n : 1, 1); /* 0 new, 1 on the current path, 2 done */
	long *path = xmalloc((t->n ? t->n : 1) * sizeof(*path));
	size_t i;

	for (i = 0; i < t->n; i++) {
		size_t len = 0, k;
		long j = (long)i;
		while (j >= 0 && state[j] == 0) {
			state[j] = 1;
			path[len++] = j;
			j = t->parent[j];
		}
		if (j >= 0 && state[j] == 1) {
			/* path holds ... j ... end: the cycle is from j to the end. Cut at its earliest record. */
			long cut = j;
			for (k = 0; k < len && path[k] != j; k++)
				;
			for (; k < len; k++)
				if (path[k] < cut)
					cut = path[k];
			diag_warn(&t->recs[cut].loc,
			          "reply cycle through '%s' broken: it is treated as a top-level message",
			          t->recs[cut].id);
			t->parent[cut] = -1;
			t->recs[cut].flags |= REC_CYCLE;
			t->cycles++;
		}
		for (k = 0; k < len; k++)
			state[path[k]] = 2;
	}
	free(state);
	free(path);
}

/* A private conversation is one line: a message with text that names no parent (the first of
 * a part file, or a CSV without parent_id) follows the message before it in time, so an answer
 * across two parts of an export is still found. Messages that name a parent keep it, even a
 * missing one (orphans), and empty notices (calls, reactions) stay out of the line, as their
 * adapters left them. Public threads are left alone. */
static void link_conversation(struct thread *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (t->recs[i].channel != CHANNEL_PRIVATE)
			return;
	for (i = 1; i < t->n; i++)
		if (t->parent[i] < 0 && !t->recs[i].parent && *t->recs[i].text && !(t->recs[i].flags & REC_CYCLE))
			t->parent[i] = (long)i - 1;
}

/* qsort has no context argument in C11; thread_build runs on the main thread only. */
static const struct record *sort_base;

static int cmp_index(const void *x, const void *y)
{
	return cmp_rec(&sort_base[*(const size_t *)x], &sort_base[*(const size_t *)y]);
}

void thread_build(struct thread *t)
{
	size_t *order, *rank, i;
	struct record *sorted;

	if (t->built)
		return;
	t->built = 1;
	/* Sort an index, not the records, so the id map (id -> arrival index) stays valid and
	 * needs no rebuilding: rank[] turns an arrival index into a sorted one. */
	order = xmalloc((t->n ? t->n : 1) * sizeof(*order));
	rank = xmalloc((t->n ? t->n : 1) * sizeof(*rank));
	for (i = 0; i < t->n; i++)
		order[i] = i;
	sort_base = t->recs;
	if (t->n > 1)
		qsort(order, t->n, sizeof(*order), cmp_index);
	sorted = xmalloc((t->cap ? t->cap : 1) * sizeof(*sorted));
	for (i = 0; i < t->n; i++) {
		sorted[i] = t->recs[order[i]];
		rank[order[i]] = i;
		if ((sorted[i].flags & REC_POST) && t->post < 0)
			t->post = (long)i;
	}
	free(t->recs);
	t->recs = sorted;
	t->parent = xmalloc((t->n ? t->n : 1) * sizeof(*t->parent));
	for (i = 0; i < t->n; i++) {
		struct record *r = &t->recs[i];
		size_t p;
		t->parent[i] = -1;
		if ((long)i == t->post)
			continue;
		if (!r->parent || !strcmp(r->parent, t->id)) {
			t->parent[i] = t->post;
			continue;
		}
		p = (size_t)strmap_get(&t->by_id, r->parent);
		if (p) {
			t->parent[i] = (long)rank[p - 1];
		} else {
			r->flags |= REC_ORPHAN;
			t->orphans++;
		}
	}
	strmap_release(&t->by_id);
	free(order);
	free(rank);
	link_conversation(t);
	break_cycles(t);
}
