/* pipeline.h: the run every analysing command shares: expand the inputs, parse each file
 * (its messages captured and printed in input order), fold records into threads and hand
 * each built thread to the command, then print the accounting line. */
#ifndef REPLYCOV_PIPELINE_H
#define REPLYCOV_PIPELINE_H

#include "collect.h"
#include "digest.h"
#include "input.h"
#include "labels.h"

/* What one input held, for its completeness line. */
struct input_report {
	const char *path;   /* the run's input list owns it */
	const char *format; /* adapter name, "unknown" or "unreadable" */
	long read, accepted, rejected, skipped_records;
	struct completeness comp;
	int failed;  /* not read (unreadable or not recognised) */
	int skipped; /* found in a folder and not recognised: skipped */
	int hashed;  /* pipeline.in.hash and the file could be read: the two below */
	long long size;
	char sha256[DIGEST_HEX]; /* lowercase hex of the bytes parsed */
};

struct pipeline {
	struct input_opts in;
	void (*on_thread)(struct thread *t, int replace, void *ctx);
	void *ctx;
	int parse_only;                     /* parse and count, build no threads */
	int jobs;                           /* files parsed at once (threads); 0 or 1: one at a time */
	const struct class_source *classes; /* when set, every record is classified as it is read */
	unsigned explain_classes;           /* classes whose records keep their cues (record.cues) */
	/* When set, called after each input file has been taken in, in input order (progress.h) */
	void (*on_file)(const struct pipeline *p, size_t file, void *ctx);
	void *file_ctx;
	/* filled by pipeline_run */
	struct input_list files;
	struct collector *col;
	struct reject_count *rejects; /* over all files, by reason */
	size_t n_rejects, cap_rejects;
	struct reject_count *skips; /* left out by rule, by reason */
	size_t n_skips, cap_skips;
	long files_read, files_failed, files_unrecognised;
	/* Every input entry not read, by reason (files, and the folders' hidden and special
	 * entries), with the first path of each: the accounting line adds them up. */
	long not_read[SKIP_N];
	const char *first_not_read[SKIP_N];
	long files_empty_read; /* read and recognised, yet holding no message */
	const char *first_empty_read;
	long read, accepted, rejected, skipped; /* messages */
	long in_period;                         /* accepted messages dated in in.from..in.to (in.period set) */
	long long first_time, last_time;        /* the earliest and latest accepted message (UTC), if any */
	struct completeness comp;
	struct input_report *reports; /* one per input file, in input order */
};

/* 1 when the report shows the input is partial: declared counts above what it holds, next
 * pages not followed, or it could not be read. */
int input_report_partial(const struct input_report *r);

/* Returns 0, or 2 when a path named on the command line does not exist (nothing is read
 * then). Problems inside files are reported and counted, not returned. */
int pipeline_run(struct pipeline *p, char *const *paths, int n);
/* The accounting line on stderr: files read and not read (by reason), messages read,
 * accepted, duplicates merged, orphans, rejected with reasons. Before it, when no message
 * was read, one error saying which inputs were not read and why; when a period was given and
 * no message read is dated in it, one error saying so and when the messages read are. */
void pipeline_accounting(const struct pipeline *p);
/* 1 when something was rejected or could not be read, when no message was read at all, or
 * when none is dated in the period asked for: the exit code becomes 1. */
int pipeline_had_data_errors(const struct pipeline *p);
/* 1 when the run read messages, a period was given, and none of them is dated in it. */
int pipeline_period_empty(const struct pipeline *p);
void pipeline_release(struct pipeline *p);

#endif
