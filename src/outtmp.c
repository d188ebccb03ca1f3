/* outtmp.c: the temporary names of outputs (outtmp.h). The signal handler, and tree_remove which
 * it calls, use only async-signal-safe calls (unlinkat, openat, the getdents64 system call,
 * close, sigaction, raise); everything else runs in the normal flow. Linux: getdents64 by
 * system call. */
#include "outtmp.h"
#include "diag.h"
#include "strbuf.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define TMP_TAG ".replycov-"
#define TMP_X 6       /* the XXXXXX of mkstemp */
#define BASE_KEPT 200 /* of the output's name in the temporary name, within NAME_MAX */
#define N_SLOTS 16    /* temporary names alive at once: a folder and a file in it, nested runs */

/* The temporary names the handler removes. A slot is LIVE while its name exists and nobody
 * works on it; whoever moves it to HELD (the handler, or commit and abort) owns it. */
enum { SLOT_FREE, SLOT_LIVE, SLOT_HELD };
static struct slot {
	atomic_int state;
	int dir;
	char path[PATH_MAX];
	const char *final; /* a folder's final name, for outtmp_shown (normal flow only) */
} slots[N_SLOTS];
static mode_t mask = (mode_t)-1;

/* The layout of a getdents64 record. */
struct raw_dirent {
	uint64_t ino;
	int64_t off;
	unsigned short reclen;
	unsigned char type;
	char name[];
};

/* Remove name (relative to at) and, when it is a folder, what it holds down to depth levels.
 * Links are removed, never followed. Retries a folder that something still writes into (a
 * gnuplot child of an interrupted run). Async-signal-safe. 0, or -1 when something stays. */
static int tree_remove(int at, const char *name, int depth)
{
	int pass;

	if (!unlinkat(at, name, 0) || errno == ENOENT)
		return 0;
	if ((errno != EISDIR && errno != EPERM) || depth <= 0)
		return -1;
	for (pass = 0; pass < 8; pass++) {
		_Alignas(8) char buf[2048];
		int fd = openat(at, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		long n = 0;
		if (fd < 0)
			return errno == ENOENT ? 0 : -1;
#ifdef SYS_getdents64
		while ((n = syscall(SYS_getdents64, fd, buf, sizeof(buf))) > 0) {
			long off = 0;
			while (off < n) {
				unsigned short len;
				const char *nm = buf + off + offsetof(struct raw_dirent, name);
				memcpy(&len, buf + off + offsetof(struct raw_dirent, reclen), sizeof(len));
				if (strcmp(nm, ".") && strcmp(nm, ".."))
					tree_remove(fd, nm, depth - 1);
				off += len;
			}
		}
#endif
		(void)n;
		close(fd);
		if (!unlinkat(at, name, AT_REMOVEDIR) || errno == ENOENT)
			return 0;
		if (errno != ENOTEMPTY && errno != EEXIST)
			return -1;
	}
	return -1;
}

static void on_signal(int sig)
{
	struct sigaction sa;
	sigset_t s;
	int i;

	for (i = 0; i < N_SLOTS; i++) {
		int live = SLOT_LIVE;
		if (atomic_compare_exchange_strong(&slots[i].state, &live, SLOT_HELD))
			tree_remove(AT_FDCWD, slots[i].path, slots[i].dir ? OUTTMP_DEPTH : 0);
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
	sigemptyset(&s);
	sigaddset(&s, sig);
	raise(sig);
	pthread_sigmask(SIG_UNBLOCK, &s, NULL); /* the raised signal ends the process here */
	_exit(128 + sig);                       /* unless it is a PID namespace's init, which ignores it */
}

static void fatal_signals(sigset_t *s)
{
	sigemptyset(s);
	sigaddset(s, SIGINT);
	sigaddset(s, SIGTERM);
	sigaddset(s, SIGHUP);
}

void outtmp_init(void)
{
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
	struct sigaction sa;
	size_t i;

	mask = umask(0);
	umask(mask);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	fatal_signals(&sa.sa_mask);
	for (i = 0; i < sizeof(sigs) / sizeof(*sigs); i++) {
		struct sigaction old;
		/* A signal the caller ignores (nohup, a background job) stays ignored. */
		if (!sigaction(sigs[i], NULL, &old) && old.sa_handler == SIG_IGN)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
}

mode_t outtmp_mode(mode_t m)
{
	if (mask == (mode_t)-1) {
		mask = umask(0);
		umask(mask);
	}
	return m & ~mask;
}

/* Commit and abort run with the fatal signals blocked in the calling thread, so the handler
 * never finds a name half renamed. */
void outtmp_block(sigset_t *old)
{
	sigset_t s;

	fatal_signals(&s);
	pthread_sigmask(SIG_BLOCK, &s, old);
}

void outtmp_unblock(const sigset_t *old)
{
	pthread_sigmask(SIG_SETMASK, old, NULL);
}

int outtmp_add(const char *path, int dir, const char *final)
{
	int i;

	if (strlen(path) >= PATH_MAX)
		return -1;
	for (i = 0; i < N_SLOTS; i++) {
		int free_ = SLOT_FREE;
		if (atomic_compare_exchange_strong(&slots[i].state, &free_, SLOT_HELD)) {
			memcpy(slots[i].path, path, strlen(path) + 1);
			slots[i].dir = dir;
			slots[i].final = final;
			atomic_store(&slots[i].state, SLOT_LIVE);
			return i;
		}
	}
	return -1; /* not cleaned on a signal; the next run removes it */
}

/* Own slot i before renaming or removing its name. When the handler owns it, the process is
 * dying in another thread: wait for that. */
void outtmp_take(int i)
{
	int live = SLOT_LIVE;

	if (i < 0 || atomic_compare_exchange_strong(&slots[i].state, &live, SLOT_HELD))
		return;
	for (;;)
		pause();
}

void outtmp_drop(int i)
{
	if (i >= 0)
		atomic_store(&slots[i].state, SLOT_FREE);
}

char *outtmp_shown(const char *path)
{
	struct strbuf sb;
	int i;

	for (i = 0; i < N_SLOTS; i++) {
		size_t n = strlen(slots[i].path);
		if (atomic_load(&slots[i].state) != SLOT_LIVE || !slots[i].dir || !slots[i].final)
			continue;
		if (!strncmp(path, slots[i].path, n) && (path[n] == '/' || !path[n])) {
			strbuf_init(&sb);
			strbuf_addf(&sb, "%s%s", slots[i].final, path + n);
			return strbuf_detach(&sb);
		}
	}
	return xstrdup(path);
}

int outtmp_place(const char *path, struct outtmp_place *pl)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	size_t n = strlen(base);
	struct strbuf sb;

	if (!*base || !strcmp(base, ".") || !strcmp(base, ".."))
		return -1;
	strbuf_init(&sb);
	strbuf_add(&sb, path, slash ? (size_t)(slash - path) + 1 : 0);
	pl->prefix = strbuf_detach(&sb);
	pl->dir = !slash ? xstrdup(".") : slash == path ? xstrdup("/") : xstrndup(path, (size_t)(slash - path));
	strbuf_addch(&sb, '.');
	strbuf_add(&sb, base, n > BASE_KEPT ? BASE_KEPT : n);
	strbuf_addstr(&sb, TMP_TAG);
	pl->stem = strbuf_detach(&sb);
	return 0;
}

void outtmp_place_release(struct outtmp_place *pl)
{
	free(pl->dir);
	free(pl->prefix);
	free(pl->stem);
}

char *outtmp_template(const struct outtmp_place *pl)
{
	struct strbuf sb;

	strbuf_init(&sb);
	strbuf_addf(&sb, "%s%sXXXXXX", pl->prefix, pl->stem);
	return strbuf_detach(&sb);
}

void outtmp_retemplate(char *t)
{
	memset(t + strlen(t) - TMP_X, 'X', TMP_X);
}

static int same_file(int fd, const char *path)
{
	struct stat a, b;

	return !fstat(fd, &a) && !lstat(path, &b) && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* fd is the name at path, and this process now holds its lock. mkstemp and mkdtemp create a
 * name before it can be locked: a run removing leftovers may take it in between, and then
 * holds the lock or has removed the name, which this check sees. */
int outtmp_own(int fd, const char *path)
{
	if (flock(fd, LOCK_EX | LOCK_NB) && errno == EWOULDBLOCK)
		return 0;
	/* (a file system without locks: no run can lock it, and none removes it as a leftover) */
	return same_file(fd, path);
}

static int is_name(const char *name, const char *const *list)
{
	for (; list && *list; list++)
		if (!strcmp(name, *list))
			return 1;
	return 0;
}

/* 1 when dir holds regular files only (nothing counts), 0 otherwise, -1 unreadable. */
static int only_files(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	struct strbuf p;
	int ok = 1;

	if (!d)
		return -1;
	strbuf_init(&p);
	while (ok == 1 && (e = readdir(d))) {
		struct stat st;
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		strbuf_reset(&p);
		strbuf_addf(&p, "%s/%s", dir, e->d_name);
		if (lstat(p.buf, &st))
			ok = -1;
		else if (!S_ISREG(st.st_mode))
			ok = 0;
	}
	closedir(d);
	strbuf_release(&p);
	return ok;
}

/* What dir holds, for kind: 1 nothing, 2 an output of kind (its names only, sub-folders of
 * files, and a manifest.json the kind's commands wrote), 0 anything else, -1 unreadable (errno).
 * any_name: a temporary folder of a killed run, whose files may have any name (and whose
 * manifest.json may not be written yet). */
int outtmp_holds(const char *dir, const struct outdir_kind *k, int any_name)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	struct strbuf p;
	int ok = 1, manifest = 0, n = 0;

	if (!d)
		return -1;
	strbuf_init(&p);
	while (ok == 1 && (e = readdir(d))) {
		struct stat st;
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		n++;
		strbuf_reset(&p);
		strbuf_addf(&p, "%s/%s", dir, e->d_name);
		if (lstat(p.buf, &st))
			ok = -1;
		else if (S_ISREG(st.st_mode))
			ok = any_name || is_name(e->d_name, k->files);
		else if (S_ISDIR(st.st_mode) && is_name(e->d_name, k->subdirs))
			ok = only_files(p.buf);
		else
			ok = 0;
		if (ok == 1 && !strcmp(e->d_name, "manifest.json") && S_ISREG(st.st_mode))
			manifest = 1;
	}
	closedir(d);
	if (ok == 1 && n && !any_name) {
		strbuf_reset(&p);
		strbuf_addf(&p, "%s/manifest.json", dir);
		ok = manifest && k->made_by && k->made_by(p.buf) ? 2 : 0;
	}
	strbuf_release(&p);
	return ok;
}

/* Remove what killed runs left beside an output: names pl->stem + XXXXXX in pl->dir, of this
 * user, that no live run has locked, and that hold what such a run writes (a regular file for a
 * file; for a folder, its kind's shape). Anything else of that name is left, with a warning
 * when it is this user's and unlocked (then nothing is running that could explain it). */
void outtmp_sweep(const struct outtmp_place *pl, const struct outdir_kind *k)
{
	DIR *d = opendir(pl->dir);
	struct dirent *e;
	struct strbuf p;
	size_t n = strlen(pl->stem);

	if (!d)
		return;
	strbuf_init(&p);
	while ((e = readdir(d))) {
		struct stat st;
		size_t i;
		int fd, ok;
		if (strncmp(e->d_name, pl->stem, n) || strlen(e->d_name) != n + TMP_X)
			continue;
		for (i = n; i < n + TMP_X; i++)
			if (!((e->d_name[i] >= 'a' && e->d_name[i] <= 'z') ||
			      (e->d_name[i] >= 'A' && e->d_name[i] <= 'Z') ||
			      (e->d_name[i] >= '0' && e->d_name[i] <= '9')))
				break;
		if (i < n + TMP_X)
			continue;
		strbuf_reset(&p);
		strbuf_addf(&p, "%s%s", pl->prefix, e->d_name);
		if (lstat(p.buf, &st) || st.st_uid != geteuid() || (k ? !S_ISDIR(st.st_mode) : !S_ISREG(st.st_mode)))
			continue;
		fd = open(p.buf, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | (k ? O_DIRECTORY : 0));
		if (fd < 0)
			continue;
		/* Locked: a run is writing it. The lock is held while this checks and removes. */
		if (flock(fd, LOCK_EX | LOCK_NB) || !same_file(fd, p.buf)) {
			close(fd);
			continue;
		}
		ok = k ? outtmp_holds(p.buf, k, 1) == 1 : 1;
		if (!ok || tree_remove(AT_FDCWD, p.buf, k ? OUTTMP_DEPTH : 0))
			diag_warn(
			    NULL,
			    "'%s' looks left by an interrupted run but holds other things than its output: not removed",
			    p.buf);
		close(fd);
	}
	closedir(d);
	strbuf_release(&p);
}

int outtmp_remove(const char *path, int depth)
{
	return tree_remove(AT_FDCWD, path, depth);
}
