/* input.h: turning command-line paths into batches of records.
 * Folders are walked in sorted order (no recursion on the C stack, symlink loops caught),
 * each file's format is detected from its content (or forced), and the matching adapter
 * (in_*.c) fills a batch. Nothing here knows about threads or coverage. */
#ifndef REPLYCOV_INPUT_H
#define REPLYCOV_INPUT_H

#include <stddef.h>
#include <stdio.h>

#include "record.h"

struct tz;

struct input_opts {
	const struct tz *tz; /* zone for times without offset, or NULL */
	const char *format;  /* forced adapter name, or NULL to detect */
	int hash;            /* input_parse_file fills the batch's SHA-256 and size (manifests) */
	/* --period or --from/--to (runopts_setup): the pipeline counts the messages dated in
	 * [from, to) (UTC seconds), so that a period holding none is said so. period names it as
	 * the user gave it ("2026Q1", "2026-01-01..2026-03-31"); NULL when no period was given. */
	const char *period;
	long long from, to;
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

/* Why an entry was not read (counted by reason in the accounting line). */
enum input_skip {
	SKIP_EMPTY,       /* no bytes, only blanks or a byte-order mark, or a pipe nothing was written to */
	SKIP_UNKNOWN,     /* no format recognised */
	SKIP_INVALID,     /* read, in a known format, but its reader stopped before any message (syntax) */
	SKIP_UNREADABLE,  /* could not be opened, examined or read, or larger than the limit */
	SKIP_NOT_REGULAR, /* a device, socket or FIFO found in a folder; a device or socket named */
	SKIP_LOOP,        /* a folder already visited (symbolic link loop) */
	SKIP_HIDDEN,      /* a name starting with '.' inside a folder */
	SKIP_N
};

/* Inputs are read whole: a file larger than this is refused before it is read. */
#define INPUT_FILE_LIMIT ((long long)2 << 30)

/* The files a run reads, in the order they are read. */
struct input_file {
	char *path;
	int named; /* given on the command line, not found inside a folder */
	/* set by input_parse_file: why the file was not read (enum input_skip), or -1 */
	int why;
	/* a pipe's bytes, kept in an unnamed temporary file so that the file can be read again
	 * (a thread brought back by a later file); NULL for other files */
	FILE *spool;
	long long spool_len;
};
struct input_list {
	struct input_file *files;
	size_t n, cap;
	long skipped; /* entries not read inside folders (loops, special files), each reported */
	long unreadable;
	/* entries of folders not read, by reason (hidden ones only here: they are not in skipped),
	 * and the first path of each, for the sentence of a run that read nothing */
	long not_read[SKIP_N];
	char *first[SKIP_N];
	long folders;       /* folders named on the command line */
	char *first_folder; /* the first of them */
};

/* Expand paths (files or folders, recursed) into l, sorted within each folder by byte
 * order, and the whole list sorted so argument order does not matter. Inside folders, hidden
 * entries and entries that are not regular files or folders (FIFOs, devices, sockets) are
 * skipped and counted. Problems are reported and counted; returns -1 only when a named path
 * does not exist. */
int input_expand(char *const *paths, int n, struct input_list *l);
void input_list_release(struct input_list *l);

/* Read and parse one file into b (batch_init'ed by the caller). Returns 0; -1 when the file
 * could not be read or its format not recognised (reported; b->format says which, f->why
 * why). The file is opened without blocking and examined on the open descriptor: a regular
 * file over INPUT_FILE_LIMIT is refused before a byte is read; a FIFO or pipe (/dev/stdin,
 * a process substitution) is read to its end when named on the command line (a FIFO no
 * program has open is waited for a few seconds, then skipped), and its bytes kept in
 * f->spool for a second reading; anything else (a device, a socket; a FIFO inside a folder)
 * is refused without being opened. With o->hash, b->sha256 and
 * b->size describe the exact bytes read (BOM included) and b->hashed is set, also when the
 * format was not recognised; a file that could not be read is not hashed. */
int input_parse_file(struct input_file *f, const struct input_opts *o, struct batch *b);
/* The same on a buffer already in memory (fuzz targets and tests). */
int input_parse_buffer(const char *name, const char *buf, size_t len, const struct input_opts *o, struct batch *b);

/* Detection indexes the JSON keys of a file's head (in_json.c) for the detectors to share;
 * this forgets that index, so a new buffer at the same address is indexed afresh. */
void json_head_forget(void);

/* Line and column (1-based, columns in bytes) of byte offset off in buf. */
void input_offset_loc(const char *buf, size_t len, size_t off, long *line, long *col);

#endif
