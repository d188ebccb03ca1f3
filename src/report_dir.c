/* report_dir.c: the report folder of `report` and `thread`, an outdir (outfile.h) of the kind
 * "report": manifest.json, report.html, report.md, and charts/ and data/ holding files. It is
 * written in a temporary folder beside DIR and put in place when complete, replacing an earlier
 * report or post-mortem; any other folder is refused before anything is read. Here: that kind,
 * the sub-folders, and the manifest listing every file written. */
#include "report_run.h"
#include "manifest.h"
#include "outfile.h"
#include "proof_dir.h"
#include "strbuf.h"
#include "diag.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int made_by_report(const char *manifest_path)
{
	static const char *const commands[] = {"report", "thread", NULL};

	return proof_dir_made_by(manifest_path, commands);
}

static const char *const report_files[] = {"manifest.json", "report.html", "report.md", NULL};
static const char *const report_subdirs[] = {"charts", "data", NULL};
static const struct outdir_kind report_kind = {"report", report_files, report_subdirs, made_by_report};

int report_dir_check(struct report_dir *rd, const char *dir)
{
	return outdir_check(&rd->od, dir, &report_kind);
}

char *report_dir_path(const struct report_dir *rd, const char *rel)
{
	return outdir_path(&rd->od, rel);
}

int report_dir_begin(struct report_dir *rd, unsigned parts)
{
	static const char *const subs[] = {"charts", "data"};
	int k;

	if (outdir_begin(&rd->od))
		return -1;
	for (k = 0; k < 2; k++) {
		char *p;
		if (!(parts & (k ? RF_CSV : RF_CHARTS | RF_HTML | RF_MD)))
			continue;
		p = report_dir_path(rd, subs[k]);
		if (mkdir(p, 0777)) {
			char *shown = outfile_shown(p);
			diag_error(&(struct loc){.file = shown}, "cannot write: %s", strerror(errno));
			free(shown);
			free(p);
			return -1;
		}
		free(p);
	}
	return 0;
}

void report_dir_drop_charts(struct report_dir *rd)
{
	outdir_remove(&rd->od, "charts");
}

int report_dir_commit(struct report_dir *rd)
{
	return outdir_commit(&rd->od);
}

void report_dir_abort(struct report_dir *rd)
{
	outdir_abort(&rd->od);
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

	list_files(rd->od.tmp, "", &names, &n, &cap);
	for (i = 0; i < n; i++) {
		/* Hashed in pieces: data/comments.csv of a year is hundreds of megabytes. */
		char *path = report_dir_path(rd, names[i]);
		if (manifest_add_output_file(m, names[i], path)) {
			char *shown = outfile_shown(path);
			diag_error(&(struct loc){.file = shown}, "cannot read back what was written: %s",
			           strerror(errno));
			free(shown);
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
		if (fwrite(sb.buf, 1, sb.len, o.fp) != sb.len) {
			outfile_abort(&o);
			ret = -1;
		} else {
			ret = outfile_commit(&o);
		}
	}
	strbuf_release(&sb);
	return ret;
}
