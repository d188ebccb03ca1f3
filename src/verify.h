/* verify.h: the parts of `replycov verify` (cmd_verify.c runs them): the verdict it prints,
 * where two files first differ and how that is shown (verify_diff.c), and the inputs given
 * matched to the manifest's by path or by content (verify_inputs.c). Nothing here recomputes
 * a report. */
#ifndef REPLYCOV_VERIFY_H
#define REPLYCOV_VERIFY_H

#include "manifest.h"
#include "strbuf.h"

#include <stdio.h>

/* The first difference, said once: a headline (one line) and the lines that show it. Both are
 * escaped for the terminal (diag_escape) as they are built: names and file contents never
 * reach it raw. */
struct verdict {
	struct strbuf why;    /* "" while nothing differs */
	struct strbuf detail; /* "\n  report:     ..." lines, or "" */
};

void verdict_init(struct verdict *v);
void verdict_release(struct verdict *v);
/* Sets the headline from fmt (escaped as a whole) unless one is set; returns 1. */
int verdict_differ(struct verdict *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* verify_diff.c. Compare a (the report's file) with b (the recomputed one), both regular files
 * open for reading at their start, in blocks. Returns 0 when they are identical; 1 when they
 * differ, with the verdict set (unless one was) naming `shown` and where they first differ:
 * for text, the line, the column (in characters) and the byte offset, and about 30 characters
 * either side of the first differing character in both versions, marked with a caret; for a
 * binary file (a NUL byte in the first 8000 bytes of either, as git decides), the byte offset,
 * both sizes and a few bytes in hexadecimal, never the bytes themselves. Returns -1 on a read
 * error (errno set; nothing said). */
int verify_diff(FILE *a, FILE *b, const char *shown, struct verdict *v);

/* verify_inputs.c. What the recomputation is given: the paths to read and the folder to run
 * in. When every input is where the manifest says, args are the paths given to verify and
 * stage is NULL. When some were found under other paths (same SHA-256), stage is a folder
 * under the temporary one that mirrors the working folder, where each path the report read
 * (inputs, schedule, labels, model, key) is a symbolic link to the file found, so that the
 * recomputed report names them as the report did; args are then relative to stage. */
struct verify_inputs {
	char **args;
	int n_args;
	char *stage;    /* run the recomputation there (chdir), or NULL */
	size_t n_moved; /* inputs found under another path than the manifest's */
};

/* Match the inputs given (paths[0..n), files or folders, expanded as a run expands them) to
 * the manifest's: by path when the bytes are the same, else by SHA-256 and size wherever they
 * are, each given file used once. The inputs found under other paths are named in a note.
 * tmp: a private temporary folder for the stage. Returns 0 (a difference, if any, set in v:
 * an input changed, missing, not in the manifest, or unreadable), or -1 on a usage or I/O
 * error (reported). vi is filled when 0 is returned and v holds no difference. */
int verify_inputs_match(const struct manifest *m, char *const *paths, int n, const char *tmp, struct verify_inputs *vi,
                        struct verdict *v);
void verify_inputs_release(struct verify_inputs *vi);

#endif
