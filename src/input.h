/* input.h: turning command-line paths into batches of records.
 * Folders are walked in sorted order (no recursion on the C stack, symlink loops caught),
 * each file's format is detected from its content (or forced), and the matching adapter
 * (in_*.c) fills a batch. Nothing here knows about threads or coverage. */
#ifndef REPLYCOV_INPUT_H
#define REPLYCOV_INPUT_H

#include <stddef.h>

#include "record.h"

struct tz;

struct input_opts {
	const struct tz *tz; /* zone for times without offset, or NULL */
	const char *format;  /* forced adapter name, or NULL to detect */
	int hash;            /* input_parse_file fills the batch's SHA-256 and size (manifests) */
};

/* An adapter. parse reads buf[0..len) (a NUL follows buf[len]; a UTF-8 BOM is already
 * removed) into b, reporting through diag and batch_reject; returns 0, or -1 when the
 * file as a whole could not be read (syntax error before any record). */
struct input_format {
	const char *name;
	const char *summary;   /* one line for `replycov formats` */
	const char *detection; /* how content is recognised, for `replycov formats` */
	/* 0: not this format; higher wins. Sees the start of the file (up to 64 KiB). */
	int (*detect)(const char *head, size_t len);
	int (*parse)(struct batch *b, const char *buf, size_t len, const struct input_opts *o);
};

extern const struct input_format *const input_formats[]; /* NULL-terminated */
const struct input_format *input_format_find(const char *name);

/* The files a run reads, in the order they are read. */
struct input_file {
	char *path;
	int named; /* given on the command line, not found inside a folder */
};
struct input_list {
	struct input_file *files;
	size_t n, cap;
	long skipped; /* entries not read (loops, special files), each reported */
	long unreadable;
};

/* Expand paths (files or folders, recursed) into l, sorted within each folder by byte
 * order, and the whole list sorted so argument order does not matter. Problems are
 * reported and counted; returns -1 only when a named path does not exist. */
int input_expand(char *const *paths, int n, struct input_list *l);
void input_list_release(struct input_list *l);

/* Read and parse one file into b (batch_init'ed by the caller). Returns 0; -1 when the file
 * could not be read or its format not recognised (reported; b->format says which). With
 * o->hash, b->sha256 and b->size describe the exact bytes read (BOM included) and b->hashed is
 * set, also when the format was not recognised; a file that could not be read is not hashed. */
int input_parse_file(const char *path, int named, const struct input_opts *o, struct batch *b);
/* The same on a buffer already in memory (fuzz targets and tests). */
int input_parse_buffer(const char *name, const char *buf, size_t len, const struct input_opts *o, struct batch *b);

/* Detection indexes the JSON keys of a file's head (in_json.c) for the detectors to share;
 * this forgets that index, so a new buffer at the same address is indexed afresh. */
void json_head_forget(void);

/* Line and column (1-based, columns in bytes) of byte offset off in buf. */
void input_offset_loc(const char *buf, size_t len, size_t off, long *line, long *col);

#endif
