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
	long read, accepted, rejected, skipped; /* messages */
	struct completeness comp;
	struct input_report *reports; /* one per input file, in input order */
};

/* 1 when the report shows the input is partial: declared counts above what it holds, next
 * pages not followed, or it could not be read. */
int input_report_partial(const struct input_report *r);

/* Returns 0, or 2 when a path named on the command line does not exist (nothing is read
 * then). Problems inside files are reported and counted, not returned. */
int pipeline_run(struct pipeline *p, char *const *paths, int n);
/* The accounting line on stderr: files read, messages read, accepted, duplicates merged,
 * orphans, rejected with reasons. */
void pipeline_accounting(const struct pipeline *p);
/* 1 when something was rejected or could not be read: the exit code becomes 1. */
int pipeline_had_data_errors(const struct pipeline *p);
void pipeline_release(struct pipeline *p);

#endif
