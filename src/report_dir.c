/* report_dir.c: the report folder appears only when complete. Everything is written into a
 * temporary folder beside it (DIR.tmpPID, same file system) and renamed to DIR at the end; an
 * earlier report in DIR is moved aside first and removed after. A folder that holds anything
 * other than what a report holds (report.html, report.md, charts/, data/ with plain files) is
 * never replaced or removed: the run stops before reading anything. Removal never follows
 * links and never goes deeper than charts/ and data/. */
#include "report_run.h"
#include "manifest.h"
#include "outfmt.h"
#include "strbuf.h"
#include "diag.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const top_names[] = {"manifest.json", "report.html", "report.md", "charts", "data"};

static int is_sub(const char *name)
{
	return !strcmp(name, "charts") || !strcmp(name, "data");
}

static int known_top(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(top_names) / sizeof(*top_names); i++)
		if (!strcmp(name, top_names[i]))
			return 1;
	return 0;
}

/* 1 when dir holds only regular files (and, with depth 1, the subfolders charts/ and data/
 * holding only regular files), or nothing; 0 otherwise; -1 when it cannot be read. With
 * require_known, top-level names must be a report's. */
static int only_files(const char *dir, int depth, int require_known)
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
		if (require_known && !known_top(e->d_name)) {
			ok = 0;
			break;
		}
		strbuf_reset(&p);
		strbuf_addf(&p, "%s/%s", dir, e->d_name);
		if (lstat(p.buf, &st)) {
			ok = -1;
			break;
		}
		if (S_ISREG(st.st_mode))
			continue;
		if (S_ISDIR(st.st_mode) && depth == 1 && is_sub(e->d_name)) {
			ok = only_files(p.buf, 0, 0);
			continue;
		}
		ok = 0;
	}
	closedir(d);
	strbuf_release(&p);
	return ok;
}

/* Remove a report tree: files of dir, of its charts/ and data/, then the folders. Only called
 * on a tree only_files accepted (or on the run's own temporary folder). */
static int remove_tree(const char *dir, int depth)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	struct strbuf p;
	int ret = 0;

	if (!d)
		return errno == ENOENT ? 0 : -1;
	strbuf_init(&p);
	while ((e = readdir(d))) {
		struct stat st;
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		strbuf_reset(&p);
		strbuf_addf(&p, "%s/%s", dir, e->d_name);
		if (lstat(p.buf, &st))
			continue;
		if (S_ISDIR(st.st_mode) && depth == 1 && is_sub(e->d_name))
			ret |= remove_tree(p.buf, 0);
		else if (!S_ISDIR(st.st_mode))
			ret |= unlink(p.buf) ? -1 : 0;
		else
			ret = -1;
	}
	closedir(d);
	strbuf_release(&p);
	if (rmdir(dir))
		ret = -1;
	return ret;
}

static char *strip_slashes(const char *dir)
{
	char *s = xstrdup(dir);
	size_t n = strlen(s);

	while (n > 1 && s[n - 1] == '/')
		s[--n] = '\0';
	return s;
}

int report_dir_check(const char *dir)
{
	char *d = strip_slashes(dir), *parent, *slash;
	struct stat st;
	int ret = 0;

	if (!*d || !strcmp(d, ".") || !strcmp(d, "..") || !strcmp(d, "/")) {
		diag_print("error: -o '%s': name a folder of its own for the report", dir);
		free(d);
		return -1;
	}
	if (!lstat(d, &st)) {
		int ok;
		if (!S_ISDIR(st.st_mode)) {
			diag_print("error: -o '%s' exists and is not a folder", dir);
			ret = -1;
		} else if ((ok = only_files(d, 1, 1)) != 1) {
			if (ok < 0)
				diag_print("error: -o '%s': cannot read the folder: %s", dir, strerror(errno));
			else
				diag_print("error: -o '%s' holds files that are not a replycov report; "
				           "give a new or empty folder (nothing was written)",
				           dir);
			ret = -1;
		}
		free(d);
		return ret;
	}
	/* Absent: its parent must exist, to hold the temporary folder. */
	parent = xstrdup(d);
	slash = strrchr(parent, '/');
	if (slash) {
		if (slash == parent)
			slash[1] = '\0';
		else
			*slash = '\0';
	} else {
		free(parent);
		parent = xstrdup(".");
	}
	if (stat(parent, &st) || !S_ISDIR(st.st_mode)) {
		diag_print("error: -o '%s': the folder '%s' does not exist", dir, parent);
		ret = -1;
	}
	free(parent);
	free(d);
	return ret;
}

char *report_dir_path(const struct report_dir *rd, const char *rel)
{
	struct strbuf p;

	strbuf_init(&p);
	strbuf_addf(&p, "%s/%s", rd->tmp, rel);
	return strbuf_detach(&p);
}

int report_dir_begin(struct report_dir *rd, const char *dir, unsigned parts)
{
	struct strbuf t;

	memset(rd, 0, sizeof(*rd));
	rd->final = strip_slashes(dir);
	strbuf_init(&t);
	strbuf_addf(&t, "%s.tmp%ld", rd->final, (long)getpid());
	rd->tmp = strbuf_detach(&t);
	/* An existing folder of that name (an interrupted run with the same process id) is not
	 * ours to remove: say so and stop. */
	if (mkdir(rd->tmp, 0777)) {
		diag_print("error: cannot create '%s': %s%s", rd->tmp, strerror(errno),
		           errno == EEXIST ? " (left by an interrupted run? remove it)" : "");
		free(rd->tmp);
		free(rd->final);
		rd->tmp = rd->final = NULL;
		return -1;
	}
	{
		char *c = report_dir_path(rd, "charts"), *dd = report_dir_path(rd, "data");
		int bad = ((parts & (RF_CHARTS | RF_HTML | RF_MD)) && mkdir(c, 0777)) ||
		          ((parts & RF_CSV) && mkdir(dd, 0777));
		free(c);
		free(dd);
		if (bad) {
			diag_print("error: cannot create a folder in '%s': %s", rd->tmp, strerror(errno));
			report_dir_abort(rd);
			return -1;
		}
	}
	return 0;
}

void report_dir_drop_charts(struct report_dir *rd)
{
	char *c = report_dir_path(rd, "charts");

	if (only_files(c, 0, 0) == 1)
		remove_tree(c, 0);
	free(c);
}

int report_dir_commit(struct report_dir *rd)
{
	struct stat st;
	struct strbuf old;
	int ret = 0, keep = 0;

	strbuf_init(&old);
	if (!lstat(rd->final, &st)) {
		/* An earlier report (checked before the run, checked again now): aside, then gone. */
		if (!S_ISDIR(st.st_mode) || only_files(rd->final, 1, 1) != 1) {
			diag_print("error: '%s' changed during the run and is no longer a replycov report; "
			           "the new report is in '%s'",
			           rd->final, rd->tmp);
			ret = -1;
			keep = 1;
			goto out;
		}
		strbuf_addf(&old, "%s.old%ld", rd->final, (long)getpid());
		if (rename(rd->final, old.buf)) {
			diag_print("error: cannot move the earlier report '%s' aside: %s", rd->final, strerror(errno));
			ret = -1;
			goto out;
		}
	}
	if (rename(rd->tmp, rd->final)) {
		diag_print("error: cannot rename '%s' to '%s': %s", rd->tmp, rd->final, strerror(errno));
		if (old.len)
			rename(old.buf, rd->final); /* put the earlier report back */
		ret = -1;
		goto out;
	}
	if (old.len && remove_tree(old.buf, 1))
		diag_warn(NULL, "the earlier report could not be removed completely: '%s'", old.buf);
out:
	strbuf_release(&old);
	if (ret && !keep) {
		report_dir_abort(rd);
		return ret;
	}
	free(rd->tmp);
	free(rd->final);
	rd->tmp = rd->final = NULL;
	return 0;
}

void report_dir_abort(struct report_dir *rd)
{
	if (rd->tmp)
		remove_tree(rd->tmp, 1);
	free(rd->tmp);
	free(rd->final);
	rd->tmp = rd->final = NULL;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The files of a folder, relative paths sorted, depth first (the report has one level of
 * sub-folders). */
static void list_files(const char *root, const char *rel, char ***names, size_t *n, size_t *cap)
{
	struct strbuf path;
	DIR *d;
	struct dirent *e;
	char **here = NULL;
	size_t nh = 0, ch = 0, i;

	strbuf_init(&path);
	strbuf_addf(&path, "%s%s%s", root, *rel ? "/" : "", rel);
	d = opendir(path.buf);
	strbuf_release(&path);
	if (!d)
		return;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		XGROW(here, ch, nh + 1);
		{
			struct strbuf nm;
			strbuf_init(&nm);
			strbuf_addf(&nm, "%s%s%s", rel, *rel ? "/" : "", e->d_name);
			here[nh++] = strbuf_detach(&nm);
		}
	}
	closedir(d);
	if (nh > 1)
		qsort(here, nh, sizeof(*here), cmp_name);
	for (i = 0; i < nh; i++) {
		struct stat st;
		struct strbuf full;
		strbuf_init(&full);
		strbuf_addf(&full, "%s/%s", root, here[i]);
		if (!stat(full.buf, &st) && S_ISDIR(st.st_mode)) {
			list_files(root, here[i], names, n, cap);
			free(here[i]);
		} else {
			XGROW(*names, *cap, *n + 1);
			(*names)[(*n)++] = here[i];
		}
		strbuf_release(&full);
	}
	free(here);
}

int report_dir_manifest(struct report_dir *rd, struct manifest *m)
{
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	struct strbuf sb;
	struct outfile o;
	int ret = 0;

	list_files(rd->tmp, "", &names, &n, &cap);
	for (i = 0; i < n; i++) {
		/* Hashed in pieces: data/comments.csv of a year is hundreds of megabytes. */
		char *path = report_dir_path(rd, names[i]);
		if (manifest_add_output_file(m, names[i], path)) {
			diag_print("error: cannot read back '%s': %s", path, strerror(errno));
			ret = -1;
		}
		free(path);
		free(names[i]);
	}
	free(names);
	if (ret)
		return ret;
	strbuf_init(&sb);
	manifest_json(m, &sb, "");
	strbuf_addch(&sb, '\n');
	{
		char *path = report_dir_path(rd, "manifest.json");
		ret = outfile_open(&o, path);
		free(path);
	}
	if (!ret) {
		fwrite(sb.buf, 1, sb.len, o.fp);
		ret = outfile_commit(&o);
	}
	strbuf_release(&sb);
	return ret;
}
