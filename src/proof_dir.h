/* proof_dir.h: the folder of `user -o DIR`: DIR/sheet.<format> and DIR/manifest.json listing it
 * with its SHA-256 (manifest.h). It is an outdir (outfile.h) of the kind "proof sheet": written
 * in a temporary folder beside DIR and put in place when complete, replacing an earlier sheet
 * folder whole (a sheet of someone else, in another format, leaves nothing of the first behind);
 * a folder holding anything else is refused before anything is read. */
#ifndef REPLYCOV_PROOF_DIR_H
#define REPLYCOV_PROOF_DIR_H

#include <stddef.h>

#include "manifest.h"
#include "outfile.h"

/* Before anything is read: DIR is absent (its parent exists), empty, or an earlier sheet folder.
 * Fills od. 0, or -1 (reported). */
int proof_dir_check(struct outdir *od, const char *dir);
/* Write bytes to name (a file name) in the folder being written, and list it in m. Returns 0
 * or -1 (reported). */
int proof_dir_write(struct outdir *od, const char *name, const void *bytes, size_t len, struct manifest *m);
/* Write manifest.json and put the folder in place. Returns 0 or -1 (reported; nothing was put
 * in place). */
int proof_dir_finish(struct outdir *od, const struct manifest *m);
/* Remove what was written, if anything (safe after proof_dir_finish). */
void proof_dir_abort(struct outdir *od);

/* 1 when the file at manifest_path is a replycov manifest written by one of commands
 * (NULL-terminated), 0 otherwise (nothing is reported: a folder's manifest.json may be anyone's). */
int proof_dir_made_by(const char *manifest_path, const char *const *commands);

#endif
