/* input.c: finding input files, reading them whole (after checking what they are and how
 * large), picking the adapter. Adapters parse; this module only decides which one and feeds
 * it a buffer. */
#include "input.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

extern const struct input_format in_fbgraph, in_csv;
extern const struct input_format in_twitter, in_twarchive, in_twcs;
extern const struct input_format in_wxr, in_disqus;
extern const struct input_format in_youtube; /* in_youtube.c */
extern const struct input_format in_ytdl;    /* in_ytdl.c */
extern const struct input_format in_mastodon, in_bluesky, in_reddit;
extern const struct input_format in_instagram, in_fbinbox, in_messenger;

const struct input_format *const input_formats[] = {
    &in_fbgraph, &in_csv,      &in_twitter, &in_twarchive, &in_twcs,      &in_wxr,     &in_disqus,    &in_youtube,
    &in_ytdl,    &in_mastodon, &in_bluesky, &in_reddit,    &in_instagram, &in_fbinbox, &in_messenger, NULL,
};

#define HEAD_LEN ((size_t)16 * 1024) /* detection looks at the start of a file only */
#define FIFO_WAIT_S 5                /* how long a FIFO no program has open is waited for */

const struct input_format *input_format_find(const char *name)
{
	int i;

	for (i = 0; input_formats[i]; i++)
		if (!strcmp(input_formats[i]->name, name))
			return input_formats[i];
	return NULL;
}

static int cmp_path(const void *a, const void *b)
{
	const struct input_file *x = a, *y = b;
	int c = strcmp(x->path, y->path);
	return c ? c : x->named - y->named;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_file(struct input_list *l, const char *path, int named)
{
	XGROW(l->files, l->cap, l->n + 1);
	memset(&l->files[l->n], 0, sizeof(l->files[l->n]));
	l->files[l->n].path = xstrdup(path);
	l->files[l->n].named = named;
	l->files[l->n].why = -1;
	l->n++;
}

struct dir_seen {
	dev_t dev;
	ino_t ino;
};

/* An entry of a folder not read: counted by reason, the first one remembered. */
static void not_read(struct input_list *l, enum input_skip why, const char *path)
{
	l->not_read[why]++;
	if (!l->first[why])
		l->first[why] = xstrdup(path);
}

/* Walks one folder tree with an explicit stack of pending paths. */
static void walk(const char *root, struct input_list *l)
{
	char **stack = NULL;
	size_t n = 0, cap = 0, n_seen = 0, cap_seen = 0;
	struct dir_seen *seen = NULL;

	XGROW(stack, cap, 1);
	stack[n++] = xstrdup(root);
	while (n) {
		char *dir = stack[--n];
		struct stat st;
		DIR *d;
		struct dirent *e;
		char **names = NULL;
		size_t nn = 0, cn = 0, i, k;

		if (stat(dir, &st)) {
			diag_error(&(struct loc){.file = dir}, "cannot read: %s", strerror(errno));
			l->unreadable++;
			not_read(l, SKIP_UNREADABLE, dir);
			free(dir);
			continue;
		}
		for (i = 0; i < n_seen; i++)
			if (seen[i].dev == st.st_dev && seen[i].ino == st.st_ino)
				break;
		if (i < n_seen) {
			diag_warn(&(struct loc){.file = dir}, "skipped: folder already visited (symbolic link loop)");
			l->skipped++;
			not_read(l, SKIP_LOOP, dir);
			free(dir);
			continue;
		}
		XGROW(seen, cap_seen, n_seen + 1);
		seen[n_seen].dev = st.st_dev;
		seen[n_seen++].ino = st.st_ino;
		if (!(d = opendir(dir))) {
			diag_error(&(struct loc){.file = dir}, "cannot open folder: %s", strerror(errno));
			l->unreadable++;
			not_read(l, SKIP_UNREADABLE, dir);
			free(dir);
			continue;
		}
		while ((e = readdir(d))) {
			if (e->d_name[0] == '.' && (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2])))
				continue;
			XGROW(names, cn, nn + 1);
			names[nn++] = xstrdup(e->d_name);
		}
		closedir(d);
		if (nn > 1)
			qsort(names, nn, sizeof(*names), cmp_str);
		for (k = 0; k < nn; k++) {
			size_t len = strlen(dir) + strlen(names[k]) + 2;
			char *p = xmalloc(len);
			int hidden = names[k][0] == '.';
			snprintf(p, len, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names[k]);
			free(names[k]);
			names[k] = NULL;
			if (hidden) {
				/* hidden files such as .DS_Store, and folders such as .git: not read, counted */
				not_read(l, SKIP_HIDDEN, p);
				free(p);
			} else if (stat(p, &st)) {
				/* a symbolic link to nothing, most often: an input that should be there */
				diag_error(&(struct loc){.file = p}, "cannot read: %s", strerror(errno));
				l->unreadable++;
				not_read(l, SKIP_UNREADABLE, p);
				free(p);
			} else if (S_ISDIR(st.st_mode)) {
				names[k] = p; /* a sub-folder, pushed below */
			} else if (S_ISREG(st.st_mode)) {
				add_file(l, p, 0);
				free(p);
			} else {
				/* A FIFO would block the run until some program writes to it; a device
				 * could be endless. Only files named on the command line are read so. */
				diag_warn(&(struct loc){.file = p}, "skipped: not a regular file");
				l->skipped++;
				not_read(l, SKIP_NOT_REGULAR, p);
				free(p);
			}
		}
		/* Sub-folders pushed in reverse, so they pop in sorted order. */
		for (k = nn; k-- > 0;)
			if (names[k]) {
				XGROW(stack, cap, n + 1);
				stack[n++] = names[k];
			}
		free(names);
		free(dir);
	}
	free(stack);
	free(seen);
}

int input_expand(char *const *paths, int n, struct input_list *l)
{
	int i, ret = 0;
	size_t k, out;

	for (i = 0; i < n; i++) {
		struct stat st;
		if (stat(paths[i], &st)) {
			diag_error(&(struct loc){.file = paths[i]}, "cannot read: %s", strerror(errno));
			ret = -1;
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			if (!l->folders++)
				l->first_folder = xstrdup(paths[i]);
			walk(paths[i], l);
		} else {
			add_file(l, paths[i], 1);
		}
	}
	if (l->n > 1)
		qsort(l->files, l->n, sizeof(*l->files), cmp_path);
	/* The same file named twice (or named and found in a folder) is read once. */
	for (k = 0, out = 0; k < l->n; k++) {
		if (out && !strcmp(l->files[out - 1].path, l->files[k].path)) {
			l->files[out - 1].named |= l->files[k].named;
			free(l->files[k].path);
			continue;
		}
		l->files[out++] = l->files[k];
	}
	l->n = out;
	return ret;
}

void input_list_release(struct input_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->files[i].path);
		if (l->files[i].spool)
			fclose(l->files[i].spool);
	}
	for (i = 0; i < SKIP_N; i++)
		free(l->first[i]);
	free(l->first_folder);
	free(l->files);
	memset(l, 0, sizeof(*l));
}

void input_offset_loc(const char *buf, size_t len, size_t off, long *line, long *col)
{
	size_t i;
	long ln = 1, c = 1;

	if (off > len)
		off = len;
	for (i = 0; i < off; i++) {
		if (buf[i] == '\n') {
			ln++;
			c = 1;
		} else if (((unsigned char)buf[i] & 0xC0) != 0x80) {
			c++;
		}
	}
	*line = ln;
	*col = c;
}

int input_parse_buffer(const char *name, const char *buf, size_t len, const struct input_opts *o, struct batch *b)
{
	const struct input_format *f = NULL;
	struct loc loc = {.file = b->file};
	int i, best = 0;

	(void)name;
	if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3)) {
		buf += 3;
		len -= 3;
	}
	if (o->format) {
		f = input_format_find(o->format);
	} else {
		json_head_forget();
		for (i = 0; input_formats[i]; i++) {
			int s = input_formats[i]->detect(buf, len < HEAD_LEN ? len : HEAD_LEN);
			if (s > best) {
				best = s;
				f = input_formats[i];
			}
		}
	}
	if (!f) {
		size_t k;
		for (k = 0; k < len && (buf[k] == ' ' || buf[k] == '\n' || buf[k] == '\r' || buf[k] == '\t'); k++)
			;
		if (k == len) {
			diag_warn(&loc, "skipped: empty file");
			b->format = "empty";
			return -1;
		}
		diag_warn(&loc,
		          "skipped: format not recognised (see 'replycov formats'; force one with --input-format)");
		b->format = "unknown";
		return -1;
	}
	b->format = f->name;
	return f->parse(b, buf, len, o);
}

/* What a file that is not a regular one is, for messages. */
static const char *file_kind(mode_t m)
{
	if (S_ISDIR(m))
		return "a folder";
	if (S_ISFIFO(m))
		return "a FIFO";
	if (S_ISCHR(m))
		return "a character device";
	if (S_ISBLK(m))
		return "a block device";
	if (S_ISSOCK(m))
		return "a socket";
	return "not a regular file";
}

/* Refuses f: reported, counted as why, never read. */
static int refuse(struct input_file *f, struct batch *b, enum input_skip why)
{
	f->why = why;
	b->format = why == SKIP_EMPTY ? "empty" : "unreadable";
	return -1;
}

static int refuse_kind(struct input_file *f, struct batch *b, mode_t m)
{
	struct loc loc = {.file = b->file};

	if (!f->named) {
		/* replaced by a special file since the folder was listed */
		diag_warn(&loc, "skipped: not a regular file");
		return refuse(f, b, SKIP_NOT_REGULAR);
	}
	diag_error(&loc, "cannot read: %s, not a regular file (give the export as a file)", file_kind(m));
	return refuse(f, b, SKIP_NOT_REGULAR);
}

/* size: the file's, or -1 when more than the limit came (a pipe, a file that grew). */
static int refuse_size(struct input_file *f, struct batch *b, long long size)
{
	struct loc loc = {.file = b->file};

	if (size < 0)
		diag_error(&loc,
		           "cannot read: more than %lld bytes (2 GiB), the limit for one input file: split the export",
		           INPUT_FILE_LIMIT);
	else
		diag_error(
		    &loc,
		    "cannot read: %lld bytes (%.1f GiB), over the limit of %lld bytes (2 GiB) for one input file: "
		    "split the export",
		    size, (double)size / (1 << 30), INPUT_FILE_LIMIT);
	return refuse(f, b, SKIP_UNREADABLE);
}

/* Reads fd to its end into *buf (NUL-terminated, the length in *len), after the n_first
 * bytes of first, expecting about hint bytes. Returns 0, -1 on a read error (errno set), -2
 * when more than INPUT_FILE_LIMIT came. */
static int read_all(int fd, long long hint, const char *first, size_t n_first, char **buf, size_t *len)
{
	size_t cap = 0, n = n_first;

	/* A regular file's buffer is its size at once (and one byte to see whether it grew), not
	 * doubled as it fills: reading 2 GiB costs 2 GiB, not 4. */
	if (hint > 0)
		XGROW(*buf, cap, (size_t)hint + 2);
	if (n_first) {
		XGROW(*buf, cap, n_first + 65536 + 1);
		memcpy(*buf, first, n_first);
	}
	for (;;) {
		ssize_t got;
		if (cap - n < 2)
			XGROW(*buf, cap, n + 65536 + 1);
		got = read(fd, *buf + n, cap - n - 1);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (got == 0)
			break;
		n += (size_t)got;
		if ((long long)n > INPUT_FILE_LIMIT)
			return -2;
	}
	if (!*buf)
		XGROW(*buf, cap, 1);
	(*buf)[n] = '\0';
	*len = n;
	return 0;
}

/* A FIFO opened without blocking, and no program holding it for writing: a writer started
 * just before replycov (`cat x.json > fifo &`) may not have opened it yet. Waits at most
 * FIFO_WAIT_S seconds for one to come, never more: with none, the FIFO is skipped. A pipe
 * whose writer is there (standard input, a process substitution) is not timed: its program
 * may take its time. Returns 1 when there is something to read (data, or a writer's end). */
static int wait_writer(int fd, char *first, size_t *n_first)
{
	struct pollfd pfd = {.fd = fd, .events = POLLIN};
	struct timespec t0, now;
	ssize_t got;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		long left;
		int r;
		/* a first byte (kept), or EAGAIN: a writer holds the FIFO open with nothing written yet */
		got = read(fd, first, 1);
		*n_first = got > 0 ? 1 : 0;
		if (got > 0 || (got < 0 && errno == EAGAIN))
			return 1;
		if (got < 0 && errno != EINTR)
			return 1; /* let the read report it */
		clock_gettime(CLOCK_MONOTONIC, &now);
		left = FIFO_WAIT_S * 1000L - ((now.tv_sec - t0.tv_sec) * 1000L + (now.tv_nsec - t0.tv_nsec) / 1000000L);
		if (left <= 0)
			return 0;
		r = poll(&pfd, 1, (int)left);
		if (r > 0 && (pfd.revents & (POLLIN | POLLHUP | POLLERR)))
			return 1; /* data, or a writer that came and went: read it (maybe nothing) */
		if (r == 0)
			return 0;
	}
}

/* Keeps a pipe's bytes for a second reading (the pipe itself cannot be read twice). */
static void spool(struct input_file *f, struct batch *b, const char *buf, size_t len)
{
	FILE *fp = tmpfile();

	if (fp && fwrite(buf, 1, len, fp) == len && !fflush(fp)) {
		f->spool = fp;
		f->spool_len = (long long)len;
		return;
	}
	diag_warn(&(struct loc){.file = b->file},
	          "cannot keep a copy of the pipe for a second reading: %s (set TMPDIR to a writable folder); a "
	          "thread that a later file brings back will lack its messages",
	          strerror(errno));
	if (fp)
		fclose(fp);
}

/* The bytes of f: from its spool when it was a pipe read before, else from the file. Returns
 * 0, or -1 when refused or unreadable (reported, f->why set). */
static int load(struct input_file *f, struct batch *b, char **buf, size_t *len, int *is_pipe)
{
	struct loc loc = {.file = b->file};
	struct stat st;
	int fd, r, flags;
	char first[1];
	size_t n_first = 0;

	*is_pipe = 0;
	if (f->spool) {
		size_t got = 0, cap = 0;
		XGROW(*buf, cap, (size_t)f->spool_len + 1);
		while ((long long)got < f->spool_len) {
			ssize_t k = pread(fileno(f->spool), *buf + got, (size_t)f->spool_len - got, (off_t)got);
			if (k <= 0) {
				diag_error(&loc, "cannot read the copy of the pipe: %s",
				           k ? strerror(errno) : "file shortened");
				free(*buf);
				*buf = NULL;
				return refuse(f, b, SKIP_UNREADABLE);
			}
			got += (size_t)k;
		}
		(*buf)[got] = '\0';
		*len = got;
		return 0;
	}
	/* Devices are not even opened (opening one can act: a tape rewinds), and a FIFO is opened
	 * without blocking, so that one no program writes to cannot hang the run. What counts is
	 * what the open descriptor is: the path may have changed since. */
	if (!stat(f->path, &st) && !S_ISREG(st.st_mode) && !(S_ISFIFO(st.st_mode) && f->named))
		return refuse_kind(f, b, st.st_mode);
	fd = open(f->path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		diag_error(&loc, "cannot read: %s", strerror(errno));
		return refuse(f, b, SKIP_UNREADABLE);
	}
	if (fstat(fd, &st)) {
		diag_error(&loc, "cannot read: %s", strerror(errno));
		close(fd);
		return refuse(f, b, SKIP_UNREADABLE);
	}
	if (!S_ISREG(st.st_mode) && !(S_ISFIFO(st.st_mode) && f->named)) {
		close(fd);
		return refuse_kind(f, b, st.st_mode);
	}
	if (S_ISREG(st.st_mode) && st.st_size > INPUT_FILE_LIMIT) {
		close(fd);
		return refuse_size(f, b, (long long)st.st_size);
	}
	*is_pipe = S_ISFIFO(st.st_mode);
	if (*is_pipe && !wait_writer(fd, first, &n_first)) {
		close(fd);
		diag_warn(&loc, "skipped: no program wrote to the FIFO within %d seconds", FIFO_WAIT_S);
		return refuse(f, b, SKIP_EMPTY);
	}
	/* Blocking from here on: a pipe with a writer is read until the writer closes it. */
	flags = fcntl(fd, F_GETFL);
	if (flags >= 0)
		fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
	r = read_all(fd, S_ISREG(st.st_mode) ? (long long)st.st_size : 0, first, n_first, buf, len);
	close(fd);
	if (r == -2) {
		free(*buf);
		*buf = NULL;
		return refuse_size(f, b, -1);
	}
	if (r) {
		diag_error(&loc, "cannot read: %s", strerror(errno));
		free(*buf);
		*buf = NULL;
		return refuse(f, b, SKIP_UNREADABLE);
	}
	if (*is_pipe && !*len) {
		diag_warn(&loc, "skipped: nothing was written to the pipe");
		free(*buf);
		*buf = NULL;
		return refuse(f, b, SKIP_EMPTY);
	}
	return 0;
}

int input_parse_file(struct input_file *f, const struct input_opts *o, struct batch *b)
{
	char *buf = NULL;
	size_t len = 0;
	int ret, is_pipe;

	f->why = -1;
	if (load(f, b, &buf, &len, &is_pipe))
		return -1;
	if (is_pipe)
		spool(f, b, buf, len);
	if (o->hash) {
		/* The bytes the adapter is about to read, not the file as it may be later. */
		digest_sha256(buf, len, b->sha256);
		b->size = (long long)len;
		b->hashed = 1;
	}
	ret = input_parse_buffer(f->path, buf, len, o, b);
	free(buf);
	if (ret < 0 && !b->n && !b->read)
		f->why = !strcmp(b->format, "empty")     ? SKIP_EMPTY
		         : !strcmp(b->format, "unknown") ? SKIP_UNKNOWN
		                                         : SKIP_INVALID;
	return ret;
}
