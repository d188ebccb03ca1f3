/* outfile.h: every output replycov writes, a file (-o FILE) or a folder (-o DIR), appears whole
 * under its name or not at all, the same way for every command:
 *
 * - it is written under a unique temporary name beside it, ".NAME.replycov-XXXXXX" (mkstemp,
 *   mkdtemp: same folder, so same file system), locked (flock) while the run writes it, and
 *   renamed into place when complete; a folder replaces an earlier output of the same kind in
 *   one step (renameat2 RENAME_EXCHANGE, or moved aside under a temporary name where the file
 *   system cannot exchange), so the name never holds half of one and half of the other;
 * - a folder that is not empty and is not an earlier replycov output of the same kind is refused
 *   before anything is read, and checked again before it is replaced;
 * - on SIGINT, SIGTERM or SIGHUP the temporary names of the run are removed before it dies
 *   (outfile_init installs the handler); what a run killed otherwise (SIGKILL, a crash, a power
 *   cut) left is recognised by the next run writing the same output: its name, its owner (this
 *   user), no live run holding its lock, and its content (regular files, and for a folder the
 *   sub-folders its kind has), and removed;
 * - a failed write names the path the user gave (for a file inside a folder, DIR/NAME, never the
 *   temporary name) and the errno of the call that failed: a write, flush or close error is kept
 *   where it happens (the stream is a fopencookie stream over the file), so ENOSPC is "No space
 *   left on device", not what a later call left in errno.
 *
 * Devices, FIFOs and pipes (/dev/null, /dev/stdout) are written in place; "-" and NULL are
 * standard output. Errors are reported here (diag.h); the functions return -1 then. */
#ifndef REPLYCOV_OUTFILE_H
#define REPLYCOV_OUTFILE_H

#include <stdio.h>
#include <sys/types.h>

/* Install the signal handler that removes the run's temporary names (main, once, before any
 * thread starts). Without it outputs are still atomic; an interrupted run leaves its temporary
 * name for the next run to remove. */
void outfile_init(void);

struct outfile_cookie;

struct outfile {
	FILE *fp;
	char *path;  /* the final name; NULL for standard output */
	char *shown; /* the name in messages: path, or DIR/NAME inside a folder being written */
	char *tmp;   /* the temporary name; NULL when written in place */
	int lock_fd; /* holds the lock of tmp until it is renamed */
	int slot;    /* in the signal handler's list, or -1 */
	int direct;  /* a device or pipe opened in place */
	struct outfile_cookie *ck;
};

/* Open path for writing (NULL or "-": stdout). Earlier temporary files of path left by killed
 * runs are removed first. Returns 0 or -1 (reported). */
int outfile_open(struct outfile *o, const char *path);
/* Flush, close and rename into place. Returns 0, or -1 (reported with the errno of the first
 * failed write, flush or close; the temporary file is removed). */
int outfile_commit(struct outfile *o);
/* Close and remove what was written (after the writer failed). When a write had failed, this is
 * where it is reported (path and errno text); otherwise it is silent. */
void outfile_abort(struct outfile *o);

/* What an output folder of one kind may hold. */
struct outdir_kind {
	const char *what;           /* "report", "proof sheet": in messages */
	const char *const *files;   /* names of its files (NULL-terminated), manifest.json among them */
	const char *const *subdirs; /* names of its sub-folders, which hold regular files only */
	/* 1 when the manifest.json at path was written by a command making this kind */
	int (*made_by)(const char *manifest_path);
};

struct outdir {
	const struct outdir_kind *kind;
	char *given; /* -o as given, for messages */
	char *final; /* without trailing slashes */
	char *tmp;   /* the temporary folder beside it, once begun */
	int lock_fd; /* the temporary folder, locked while the run writes it */
	int slot;
	int existed; /* final existed at outdir_check, as dev/ino: */
	dev_t dev;
	ino_t ino;
};

/* Before anything is read: dir is usable for kind (absent with an existing parent, empty, or an
 * earlier output of that kind, which it will replace). Fills od. 0, or -1 (reported). */
int outdir_check(struct outdir *od, const char *dir, const struct outdir_kind *kind);
/* Create the temporary folder (after removing what killed runs left beside dir). 0 or -1. */
int outdir_begin(struct outdir *od);
/* A path inside the temporary folder ("charts", "data/months.csv"); the caller frees it. */
char *outdir_path(const struct outdir *od, const char *rel);
/* Remove rel (a file, or a sub-folder of regular files) from the temporary folder. */
void outdir_remove(struct outdir *od, const char *rel);
/* Move the temporary folder into place, replacing an earlier output of the kind in one step.
 * When another run replaced dir while this one ran, says so (a warning) and replaces it again:
 * the last run to finish wins, as with files; nothing is left beside dir either way. When dir
 * now holds something else, nothing is replaced. 0 or -1 (reported); od is released. */
int outdir_commit(struct outdir *od);
/* Remove the temporary folder and release od (safe on a checked-only or released od). */
void outdir_abort(struct outdir *od);

/* The name a message gives path: inside a temporary folder of this run, DIR/NAME; otherwise path
 * itself. The caller frees it. */
char *outfile_shown(const char *path);

#endif
