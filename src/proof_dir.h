/* proof_dir.h: writing a report folder: DIR/<files> and DIR/manifest.json listing them with
 * their SHA-256 (manifest.h). Each file appears only when complete (outfmt.h's outfile), and
 * manifest.json is written last, so a folder with a manifest is a finished report. Nothing
 * outside DIR is touched; DIR is created when missing (its parent must exist). */
#ifndef REPLYCOV_PROOF_DIR_H
#define REPLYCOV_PROOF_DIR_H

#include <stddef.h>

#include "manifest.h"

/* Create dir when missing. Returns 0, or -1 when it cannot be created or exists and is not a
 * folder (reported). */
int proof_dir_open(const char *dir);
/* Write bytes to dir/name (name relative, may hold '/' for a sub-folder that exists) and list
 * it in m. Returns 0 or -1 (reported). */
int proof_dir_write(const char *dir, const char *name, const void *bytes, size_t len, struct manifest *m);
/* Write dir/manifest.json. Returns 0 or -1 (reported). */
int proof_dir_finish(const char *dir, const struct manifest *m);

#endif
