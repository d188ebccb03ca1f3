/* outfile.c: outputs that appear whole or not at all (outfile.h says how): the streams that keep
 * the errno of a failed write, committing a file, and committing a folder of a kind. The
 * temporary names themselves (where, whose, removing them) are outtmp.c's. Linux and glibc (or
 * musl): fopencookie, and renameat2 by system call. */
#define _GNU_SOURCE /* fopencookie */
#include "outfile.h"
#include "diag.h"
#include "outtmp.h"
#include "strbuf.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

void outfile_init(void)
{
	outtmp_init();
}

char *outfile_shown(const char *path)
{
	return outtmp_shown(path);
}

static void write_failed(const char *shown, int err)
{
	diag_error(&(struct loc){.file = shown}, "cannot write: %s", strerror(err ? err : EIO));
}

/* --- files --- */

struct outfile_cookie {
	int fd;
	int err;     /* errno of the first failed write or close */
	int discard; /* aborting: what is still buffered is dropped */
};

static ssize_t ck_write(void *c, const char *buf, size_t n)
{
	struct outfile_cookie *k = c;
	size_t done = 0;

	if (k->discard || k->err)
		return k->discard ? (ssize_t)n : 0;
	while (done < n) {
		ssize_t w = write(k->fd, buf + done, n - done);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			k->err = w < 0 ? errno : EIO;
			return 0;
		}
		done += (size_t)w;
	}
	return (ssize_t)n;
}

static int ck_close(void *c)
{
	struct outfile_cookie *k = c;

	if (close(k->fd) && errno != EINTR) {
		if (!k->err && !k->discard)
			k->err = errno;
		return -1;
	}
	return 0;
}

static int wrap(struct outfile *o, int fd)
{
	static const cookie_io_functions_t io = {NULL, ck_write, NULL, ck_close};

	o->ck = xmalloc(sizeof(*o->ck));
	o->ck->fd = fd;
	o->ck->err = 0;
	o->ck->discard = 0;
	o->fp = fopencookie(o->ck, "w", io);
	if (!o->fp) {
		write_failed(o->shown, errno);
		close(fd);
		return -1;
	}
	setvbuf(o->fp, NULL, _IOFBF, 1 << 16);
	return 0;
}

static void outfile_release(struct outfile *o)
{
	if (o->lock_fd >= 0)
		close(o->lock_fd);
	free(o->path);
	free(o->shown);
	free(o->tmp);
	free(o->ck);
	memset(o, 0, sizeof(*o));
	o->lock_fd = o->slot = -1;
}

int outfile_open(struct outfile *o, const char *path)
{
	struct stat st;
	struct outtmp_place pl;
	sigset_t old;
	int fd = -1, tries;

	memset(o, 0, sizeof(*o));
	o->lock_fd = o->slot = -1;
	if (!path || !strcmp(path, "-")) {
		o->fp = stdout;
		return 0;
	}
	o->shown = outtmp_shown(path);
	/* A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written in place: renaming a
	 * temporary file over it would replace it. */
	if (!stat(path, &st) && !S_ISREG(st.st_mode)) {
		if (S_ISDIR(st.st_mode))
			errno = EISDIR;
		else
			fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
		if (fd < 0)
			write_failed(o->shown, errno);
		if (fd < 0 || wrap(o, fd)) {
			outfile_release(o);
			return -1;
		}
		o->direct = 1;
		return 0;
	}
	if (outtmp_place(path, &pl)) {
		write_failed(o->shown, EISDIR);
		outfile_release(o);
		return -1;
	}
	outtmp_sweep(&pl, NULL);
	o->path = xstrdup(path);
	o->tmp = outtmp_template(&pl);
	outtmp_place_release(&pl);
	for (tries = 0; tries < 4; tries++) {
		int e;
		outtmp_block(&old);
		fd = mkstemp(o->tmp);
		e = errno;
		if (fd >= 0)
			o->slot = outtmp_add(o->tmp, 0, NULL);
		outtmp_unblock(&old);
		if (fd < 0) {
			write_failed(o->shown, e);
			outfile_release(o);
			return -1;
		}
		fcntl(fd, F_SETFD, FD_CLOEXEC);
		if (outtmp_own(fd, o->tmp))
			break;
		/* another run took it for a leftover; it removes it */
		close(fd);
		outtmp_drop(o->slot);
		o->slot = -1;
		outtmp_retemplate(o->tmp);
		fd = -1;
	}
	if (fd < 0) {
		write_failed(o->shown, EEXIST);
		outfile_release(o);
		return -1;
	}
	fchmod(fd, outtmp_mode(0666));
	o->lock_fd = fcntl(fd, F_DUPFD_CLOEXEC, 0); /* the lock outlives fclose until the rename */
	if (wrap(o, fd)) {
		outfile_abort(o);
		return -1;
	}
	return 0;
}

/* Close the stream; the errno of the first failure, or 0. */
static int close_stream(struct outfile *o)
{
	int bad = fflush(o->fp) != 0;

	bad |= ferror(o->fp) != 0;
	bad |= fclose(o->fp) != 0;
	o->fp = NULL;
	return o->ck->err ? o->ck->err : bad ? EIO : 0;
}

int outfile_commit(struct outfile *o)
{
	sigset_t old;
	int err;

	if (!o->ck) {
		if (o->fp == stdout && (fflush(stdout) || ferror(stdout))) {
			diag_error(NULL, "cannot write to standard output: %s", strerror(errno ? errno : EIO));
			return -1;
		}
		return 0;
	}
	err = close_stream(o);
	if (o->tmp) {
		outtmp_block(&old);
		outtmp_take(o->slot);
		if (!err && rename(o->tmp, o->path))
			err = errno;
		if (err)
			unlink(o->tmp);
		outtmp_drop(o->slot);
		outtmp_unblock(&old);
	}
	if (err)
		write_failed(o->shown, err);
	outfile_release(o);
	return err ? -1 : 0;
}

void outfile_abort(struct outfile *o)
{
	sigset_t old;
	int err = 0;

	if (!o->ck && !o->tmp) {
		o->fp = NULL;
		return;
	}
	if (o->fp) {
		o->ck->discard = 1;
		err = o->ck->err;
		fclose(o->fp);
		o->fp = NULL;
	}
	if (o->tmp) {
		outtmp_block(&old);
		outtmp_take(o->slot);
		unlink(o->tmp);
		outtmp_drop(o->slot);
		outtmp_unblock(&old);
	}
	if (err)
		write_failed(o->shown, err);
	outfile_release(o);
}

/* --- folders --- */

static char *strip_slashes(const char *dir)
{
	char *s = xstrdup(dir);
	size_t n = strlen(s);

	while (n > 1 && s[n - 1] == '/')
		s[--n] = '\0';
	return s;
}

static void outdir_release(struct outdir *od)
{
	if (od->lock_fd >= 0)
		close(od->lock_fd);
	free(od->given);
	free(od->final);
	free(od->tmp);
	memset(od, 0, sizeof(*od));
	od->lock_fd = od->slot = -1;
}

int outdir_check(struct outdir *od, const char *dir, const struct outdir_kind *kind)
{
	struct stat st;
	struct outtmp_place pl;
	int ok;

	memset(od, 0, sizeof(*od));
	od->lock_fd = od->slot = -1;
	od->kind = kind;
	od->given = xstrdup(dir);
	od->final = strip_slashes(dir);
	if (outtmp_place(od->final, &pl)) {
		diag_print("error: -o '%s': name a folder of its own for the %s", dir, kind->what);
		outdir_release(od);
		return -1;
	}
	if (!lstat(od->final, &st)) {
		if (!S_ISDIR(st.st_mode)) {
			diag_print("error: -o '%s' exists and is not a folder", dir);
			ok = -2;
		} else if ((ok = outtmp_holds(od->final, kind, 0)) == -1) {
			diag_print("error: -o '%s': cannot read the folder: %s", dir, strerror(errno));
		} else if (!ok) {
			diag_print("error: -o '%s' holds files that are not a replycov %s; give a new or empty folder "
			           "(nothing was written)",
			           dir, kind->what);
		} else {
			od->existed = 1;
			od->dev = st.st_dev;
			od->ino = st.st_ino;
		}
	} else if (errno != ENOENT) {
		diag_print("error: -o '%s': %s", dir, strerror(errno));
		ok = -1;
	} else if (stat(pl.dir, &st) || !S_ISDIR(st.st_mode)) {
		/* absent: its parent must exist, to hold the temporary folder */
		diag_print("error: -o '%s': the folder '%s' does not exist", dir, pl.dir);
		ok = -1;
	} else {
		ok = 1;
	}
	outtmp_place_release(&pl);
	if (ok <= 0) {
		outdir_release(od);
		return -1;
	}
	return 0;
}

int outdir_begin(struct outdir *od)
{
	struct outtmp_place pl;
	sigset_t old;
	int tries;

	outtmp_place(od->final, &pl); /* checked by outdir_check */
	outtmp_sweep(&pl, od->kind);
	od->tmp = outtmp_template(&pl);
	outtmp_place_release(&pl);
	for (tries = 0; tries < 4; tries++) {
		int e, fd;
		outtmp_block(&old);
		e = mkdtemp(od->tmp) ? 0 : errno;
		if (!e)
			od->slot = outtmp_add(od->tmp, 1, od->final);
		outtmp_unblock(&old);
		if (e) {
			write_failed(od->final, e);
			break;
		}
		fd = open(od->tmp, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (fd >= 0 && outtmp_own(fd, od->tmp)) {
			fchmod(fd, outtmp_mode(0777));
			od->lock_fd = fd;
			return 0;
		}
		/* another run took it for a leftover; it removes it */
		if (fd >= 0)
			close(fd);
		outtmp_drop(od->slot);
		od->slot = -1;
		outtmp_retemplate(od->tmp);
	}
	if (tries == 4)
		write_failed(od->final, EEXIST);
	free(od->tmp);
	od->tmp = NULL;
	return -1;
}

char *outdir_path(const struct outdir *od, const char *rel)
{
	struct strbuf p;

	strbuf_init(&p);
	strbuf_addf(&p, "%s/%s", od->tmp, rel);
	return strbuf_detach(&p);
}

void outdir_remove(struct outdir *od, const char *rel)
{
	char *p = outdir_path(od, rel);

	outtmp_remove(p, 1);
	free(p);
}

/* Swap a and b in one step. -1 with errno EINVAL (or ENOSYS) where the file system cannot. */
static int exchange(const char *a, const char *b)
{
	const char *no = getenv("REPLYCOV_TEST_NO_EXCHANGE"); /* tests of the other way */

#ifdef SYS_renameat2
	if (!no || !*no)
		return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#endif
	(void)a;
	(void)b;
	(void)no;
	errno = ENOSYS;
	return -1;
}

/* Where the file system cannot exchange: the earlier output moves aside under a temporary
 * name of the same pattern (a leftover the next run recognises if this one is killed), the new
 * one into place, and the earlier one is removed. *old receives the aside name. 0, 1 when
 * another run changed final meanwhile (try again), -1 (errno). */
static int replace_aside(struct outdir *od, char **old)
{
	struct outtmp_place pl;
	int e;

	outtmp_place(od->final, &pl);
	*old = outtmp_template(&pl);
	outtmp_place_release(&pl);
	if (!mkdtemp(*old))
		return -1;
	if (rename(od->final, *old)) { /* onto the empty folder just made */
		e = errno;
		rmdir(*old);
		errno = e;
		return e == ENOENT ? 1 : -1;
	}
	if (rename(od->tmp, od->final)) {
		e = errno;
		if (rename(*old, od->final))
			outtmp_remove(*old, OUTTMP_DEPTH); /* another run's is in place: it wins */
		errno = e;
		return e == EEXIST || e == ENOTEMPTY ? 1 : -1;
	}
	return 0;
}

/* Is path no longer the file st described (gone, or another one in its place)? */
static int moved(const char *path, const struct stat *st)
{
	struct stat now;

	return lstat(path, &now) || now.st_dev != st->st_dev || now.st_ino != st->st_ino;
}

int outdir_commit(struct outdir *od)
{
	sigset_t old;
	int tries, ret = -1, other = 0;
	char *gone = NULL; /* what was in place before, now under a temporary name */

	outtmp_block(&old);
	outtmp_take(od->slot);
	for (tries = 0; tries < 8 && ret; tries++) {
		struct stat st;
		int r;
		if (lstat(od->final, &st)) {
			if (errno == ENOENT && !rename(od->tmp, od->final)) {
				ret = 0;
				break;
			}
			if (errno == EEXIST || errno == ENOTEMPTY)
				continue; /* another run put its output there meanwhile */
			write_failed(od->final, errno);
			break;
		}
		r = S_ISDIR(st.st_mode) ? outtmp_holds(od->final, od->kind, 0) : 0;
		if (r <= 0 && moved(od->final, &st))
			continue; /* another run was swapping its output in while this one looked */
		if (r <= 0) {
			diag_print(
			    "error: -o '%s' changed during the run and now holds files that are not a replycov %s; it "
			    "was left as it is (nothing was written)",
			    od->given, od->kind->what);
			break;
		}
		other = r == 2 && (!od->existed || st.st_dev != od->dev || st.st_ino != od->ino);
		free(gone);
		gone = NULL;
		if (!exchange(od->tmp, od->final)) {
			/* od->tmp holds what was there; it was an output of the kind a moment ago */
			if (outtmp_holds(od->tmp, od->kind, 0) <= 0) {
				exchange(od->tmp, od->final);
				continue;
			}
			gone = xstrdup(od->tmp);
			ret = 0;
		} else if (errno == ENOENT) {
			continue;
		} else if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP) {
			write_failed(od->final, errno);
			break;
		} else if (!(r = replace_aside(od, &gone))) {
			ret = 0;
		} else if (r < 0) {
			write_failed(od->final, errno);
			break;
		}
	}
	if (ret && tries == 8)
		diag_print("error: -o '%s': other runs kept replacing it; this run's %s was not written", od->given,
		           od->kind->what);
	if (ret)
		outtmp_remove(od->tmp, OUTTMP_DEPTH);
	else if (gone && outtmp_remove(gone, OUTTMP_DEPTH))
		diag_warn(NULL, "the earlier %s could not be removed completely: '%s'", od->kind->what, gone);
	outtmp_drop(od->slot);
	outtmp_unblock(&old);
	if (!ret && other)
		diag_warn(NULL, "-o '%s': another run wrote a %s there while this one ran; this run's replaced it",
		          od->given, od->kind->what);
	free(gone);
	outdir_release(od);
	return ret;
}

void outdir_abort(struct outdir *od)
{
	sigset_t old;

	if (od->tmp) {
		outtmp_block(&old);
		outtmp_take(od->slot);
		outtmp_remove(od->tmp, OUTTMP_DEPTH);
		outtmp_drop(od->slot);
		outtmp_unblock(&old);
	}
	if (od->given || od->final)
		outdir_release(od);
}
