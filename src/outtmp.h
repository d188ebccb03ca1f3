/* outtmp.h: the temporary names of outputs (outfile.h): where they go beside an output
 * (".NAME.replycov-XXXXXX"), the list of the run's own that the signal handler removes on
 * SIGINT, SIGTERM and SIGHUP, and the removal of what killed runs left. A run owns a temporary
 * name while it holds its flock; a name nobody holds, of this user and of the output's shape,
 * is a leftover. Only outfile.c uses this. */
#ifndef REPLYCOV_OUTTMP_H
#define REPLYCOV_OUTTMP_H

#include <signal.h>
#include <sys/types.h>

#include "outfile.h"

#define OUTTMP_DEPTH 2 /* a folder, its sub-folders, their files: as deep as removal goes */

/* An output's folder and the start of its temporary names. */
struct outtmp_place {
	char *dir;    /* for opendir: ".", "/", "a/b" */
	char *prefix; /* the folder as written before a name: "", "/", "a/b/" */
	char *stem;   /* ".NAME.replycov-" (NAME cut to 200 bytes, within NAME_MAX) */
};
/* The place of path's temporary names. -1 when path names no file of its own ("", ".", "..",
 * a trailing "/"); release with outtmp_place_release otherwise. */
int outtmp_place(const char *path, struct outtmp_place *pl);
void outtmp_place_release(struct outtmp_place *pl);
/* "PREFIX.NAME.replycov-XXXXXX" for mkstemp or mkdtemp; the caller frees it. */
char *outtmp_template(const struct outtmp_place *pl);
/* Put the XXXXXX back after a failed try. */
void outtmp_retemplate(char *t);

/* Install the handler (outfile_init). */
void outtmp_init(void);
/* m less the umask (mkstemp and mkdtemp create 0600 and 0700). */
mode_t outtmp_mode(mode_t m);
/* Block SIGINT, SIGTERM and SIGHUP in this thread while a name is renamed or removed. */
void outtmp_block(sigset_t *old);
void outtmp_unblock(const sigset_t *old);
/* List path for the handler (dir: a folder, removed with what it holds; final: its final name,
 * for outtmp_shown). Returns the slot, or -1 when the list is full (the name is then left to the
 * next run). */
int outtmp_add(const char *path, int dir, const char *final);
/* Own slot (-1: none) before renaming or removing its name; when the handler already does, the
 * process is ending in another thread, and this waits for it. */
void outtmp_take(int slot);
/* Free the slot once its name is renamed or removed. */
void outtmp_drop(int slot);
/* The name a message gives path (outfile_shown). The caller frees it. */
char *outtmp_shown(const char *path);

/* Remove path and, down to depth levels, what it holds, never following links. 0, or -1 when
 * something stays. */
int outtmp_remove(const char *path, int depth);
/* Lock fd, just made at path by mkstemp or mkdtemp: 1 when this run owns it, 0 when a run
 * removing leftovers took it first (make another). */
int outtmp_own(int fd, const char *path);
/* What folder dir holds, for kind k: 1 nothing, 2 an output of k (its names only, its
 * sub-folders of files, and a manifest.json one of its commands wrote), 0 anything else, -1
 * unreadable (errno). any_name: a temporary folder, whose files may have any name and whose
 * manifest.json may not be written yet (2 is then never returned). */
int outtmp_holds(const char *dir, const struct outdir_kind *k, int any_name);
/* Remove the leftovers of killed runs at pl: files (k NULL) or folders of kind k. What matches
 * the name but not the rest is left, with a warning. */
void outtmp_sweep(const struct outtmp_place *pl, const struct outdir_kind *k);

#endif
