/* spill.h: per-thread chunks of rendered output kept in an unnamed temporary file (in
 * $TMPDIR, removed by the system when the run ends) until they can be written in sorted
 * thread order. This keeps memory flat when a run renders a row for each of a million
 * comments. A chunk put again under the same key replaces the earlier one.
 * The same file also keeps blobs written once and read back rarely (spill_append,
 * spill_read): a run's figures of each thread that only a re-read of that thread needs. */
#ifndef REPLYCOV_SPILL_H
#define REPLYCOV_SPILL_H

#include <stdio.h>

#include "strmap.h"
#include "util.h"

struct spill_entry {
	const char *key;
	long long off;
	size_t len;
};

struct spill {
	FILE *fp;    /* NULL until the first chunk */
	char *iobuf; /* fp's buffer */
	long long size;
	struct strmap idx; /* key -> struct spill_entry */
	struct arena arena;
	int failed;
	int quiet;   /* set by the caller: failures are not reported (it keeps the data itself) */
	int reading; /* the last operation was a read: seek to the end before writing */
};

void spill_init(struct spill *s);
void spill_release(struct spill *s);
/* Returns 0, or -1 when the temporary file cannot be written (reported once). */
int spill_put(struct spill *s, const char *key, const char *data, size_t len);
/* Append len bytes; returns where they start, or -1 when the temporary file cannot be
 * written (reported once, unless s->quiet). */
long long spill_append(struct spill *s, const void *data, size_t len);
/* Read back len bytes appended at off into buf. 0, or -1 (reported unless s->quiet). */
int spill_read(struct spill *s, long long off, void *buf, size_t len);
/* Write every non-empty chunk in key order (natural order, see id_cmp) to out, with sep
 * between chunks. Returns 0 or -1 on a read error. */
int spill_write_sorted(struct spill *s, FILE *out, const char *sep);

#endif
