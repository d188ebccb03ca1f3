/* input.c: finding input files, reading them whole, picking the adapter.
 * Adapters parse; this module only decides which one and feeds it a buffer. */
#include "input.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

#define FILE_CAP ((size_t)2 << 30)   /* 2 GiB: beyond this, split the export */
#define HEAD_LEN ((size_t)16 * 1024) /* detection looks at the start of a file only */

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
	l->files[l->n].path = xstrdup(path);
	l->files[l->n].named = named;
	l->n++;
}

struct dir_seen {
	dev_t dev;
	ino_t ino;
};

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
			diag_warn(&(struct loc){.file = dir}, "skipped: %s", strerror(errno));
			l->skipped++;
			free(dir);
			continue;
		}
		for (i = 0; i < n_seen; i++)
			if (seen[i].dev == st.st_dev && seen[i].ino == st.st_ino)
				break;
		if (i < n_seen) {
			diag_warn(&(struct loc){.file = dir}, "skipped: folder already visited (symbolic link loop)");
			l->skipped++;
			free(dir);
			continue;
		}
		XGROW(seen, cap_seen, n_seen + 1);
		seen[n_seen].dev = st.st_dev;
		seen[n_seen++].ino = st.st_ino;
		if (!(d = opendir(dir))) {
			diag_warn(&(struct loc){.file = dir}, "skipped: cannot open folder: %s", strerror(errno));
			l->unreadable++;
			free(dir);
			continue;
		}
		while ((e = readdir(d))) {
			if (e->d_name[0] == '.')
				continue; /* ".", "..", and hidden files such as .DS_Store */
			XGROW(names, cn, nn + 1);
			names[nn++] = xstrdup(e->d_name);
		}
		closedir(d);
		if (nn > 1)
			qsort(names, nn, sizeof(*names), cmp_str);
		/* Push sub-folders in reverse so they pop in sorted order. */
		for (k = nn; k-- > 0;) {
			size_t len = strlen(dir) + strlen(names[k]) + 2;
			char *p = xmalloc(len);
			snprintf(p, len, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names[k]);
			free(names[k]);
			if (stat(p, &st)) {
				diag_warn(&(struct loc){.file = p}, "skipped: %s", strerror(errno));
				l->skipped++;
				free(p);
			} else if (S_ISDIR(st.st_mode)) {
				XGROW(stack, cap, n + 1);
				stack[n++] = p;
			} else if (S_ISREG(st.st_mode)) {
				add_file(l, p, 0);
				free(p);
			} else {
				diag_warn(&(struct loc){.file = p}, "skipped: not a regular file");
				l->skipped++;
				free(p);
			}
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
		if (S_ISDIR(st.st_mode))
			walk(paths[i], l);
		else
			add_file(l, paths[i], 1);
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

	for (i = 0; i < l->n; i++)
		free(l->files[i].path);
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

int input_parse_file(const char *path, int named, const struct input_opts *o, struct batch *b)
{
	FILE *fp = fopen(path, "rb");
	struct loc loc = {.file = b->file};
	char *buf = NULL;
	size_t len = 0, cap = 0;
	int ret;

	(void)named;
	if (!fp) {
		diag_error(&loc, "cannot read: %s", strerror(errno));
		b->format = "unreadable";
		return -1;
	}
	for (;;) {
		size_t got;
		XGROW(buf, cap, len + 65536 + 1);
		got = fread(buf + len, 1, cap - len - 1, fp);
		len += got;
		if (got == 0)
			break;
		if (len > FILE_CAP) {
			diag_error(&loc, "file larger than %zu bytes: split the export", FILE_CAP);
			free(buf);
			fclose(fp);
			b->format = "unreadable";
			return -1;
		}
	}
	if (ferror(fp)) {
		diag_error(&loc, "cannot read: %s", strerror(errno));
		free(buf);
		fclose(fp);
		b->format = "unreadable";
		return -1;
	}
	fclose(fp);
	XGROW(buf, cap, len + 1);
	buf[len] = '\0';
	if (o->hash) {
		/* The bytes the adapter is about to read, not the file as it may be later. */
		digest_sha256(buf, len, b->sha256);
		b->size = (long long)len;
		b->hashed = 1;
	}
	ret = input_parse_buffer(path, buf, len, o, b);
	free(buf);
	return ret;
}
