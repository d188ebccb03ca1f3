/* collect.h: grouping the records of successive batches into threads, and handing each
 * thread over once the run has moved past the files that hold it.
 * Files are read in sorted order, so the pages of one post (comments_p1, comments_p2) are
 * neighbours: a thread stays open while consecutive files add to it and is folded when a
 * file adds nothing to it. If a later file brings the thread back (overlapping exports in
 * separate folders), the collector asks its caller to re-read the earlier files for that
 * thread and hands the merged thread over again, marked as a replacement. Memory therefore
 * grows with the open threads, not with the whole input. */
#ifndef REPLYCOV_COLLECT_H
#define REPLYCOV_COLLECT_H

#include "strmap.h"
#include "thread.h"

struct collect_stats {
	long files, files_skipped, files_unreadable;
	long read, accepted, rejected, duplicates, changed, orphans, cycles, threads, rereads;
};

struct collector;

/* on_thread gets a built thread it must not keep (it is freed after the call); replace is
 * 1 when the thread was handed over before and this version supersedes it.
 * reread(file_index, keys, n, ctx) must re-parse that file and call collector_feed_only
 * with its batch. */
struct collector *collector_new(void (*on_thread)(struct thread *t, int replace, void *ctx),
                                int (*reread)(size_t file, void *ctx), void *ctx);
/* Add a parsed batch from input file number file (increasing over the run). The threads take
 * over b's arena (b->arena is left empty); b->recs stays the caller's. */
void collector_add(struct collector *c, struct batch *b, size_t file);
/* While a re-read is in progress: add only records of threads being reopened. */
void collector_add_reread(struct collector *c, struct batch *b);
/* Fold every open thread not touched by file (call after collector_add for that file). */
void collector_end_file(struct collector *c, size_t file);
/* Fold everything still open; after this the collector only reports. */
void collector_finish(struct collector *c);
const struct collect_stats *collector_stats(const struct collector *c);
struct collect_stats *collector_stats_mut(struct collector *c);
void collector_free(struct collector *c);

#endif
