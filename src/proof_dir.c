/* proof_dir.c: the folder of a proof sheet and its manifest, and telling a replycov manifest from
 * anyone's manifest.json. It renders nothing itself. */
#include "proof_dir.h"
#include "diag.h"
#include "outfile.h"
#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A manifest lists every input: a large one is still well under this. */
#define MANIFEST_MAX (64L << 20)

int proof_dir_made_by(const char *manifest_path, const char *const *commands)
{
	struct diag_capture quiet;
	struct manifest m;
	struct stat st;
	int ok = 0;

	if (stat(manifest_path, &st) || !S_ISREG(st.st_mode) || st.st_size > MANIFEST_MAX)
		return 0;
	diag_capture_begin(&quiet, 1);
	if (!manifest_read(manifest_path, &m))
		for (; *commands && !ok; commands++)
			ok = m.command && !strcmp(m.command, *commands);
	diag_capture_end();
	strbuf_release(&quiet.text);
	manifest_release(&m);
	return ok;
}

static int made_by_user(const char *manifest_path)
{
	static const char *const commands[] = {"user", NULL};

	return proof_dir_made_by(manifest_path, commands);
}

static const char *const sheet_files[] = {"manifest.json", "sheet.txt", "sheet.md", "sheet.html", "sheet.json", NULL};
static const char *const no_subdirs[] = {NULL};
static const struct outdir_kind sheet_kind = {"proof sheet", sheet_files, no_subdirs, made_by_user};

int proof_dir_check(struct outdir *od, const char *dir)
{
	return outdir_check(od, dir, &sheet_kind);
}

static int write_file(struct outdir *od, const char *name, const void *bytes, size_t len)
{
	char *path;
	struct outfile out;
	int ret;

	if (!od->tmp && outdir_begin(od))
		return -1;
	path = outdir_path(od, name);
	ret = outfile_open(&out, path);
	free(path);
	if (ret)
		return -1;
	if (len && fwrite(bytes, 1, len, out.fp) != len) {
		outfile_abort(&out);
		return -1;
	}
	return outfile_commit(&out);
}

int proof_dir_write(struct outdir *od, const char *name, const void *bytes, size_t len, struct manifest *m)
{
	if (write_file(od, name, bytes, len))
		return -1;
	manifest_add_output(m, name, bytes, len);
	return 0;
}

int proof_dir_finish(struct outdir *od, const struct manifest *m)
{
	struct strbuf sb;
	int ret;

	strbuf_init(&sb);
	manifest_json(m, &sb, "");
	strbuf_addch(&sb, '\n');
	ret = write_file(od, "manifest.json", sb.buf, sb.len);
	strbuf_release(&sb);
	return ret ? -1 : outdir_commit(od);
}

void proof_dir_abort(struct outdir *od)
{
	outdir_abort(od);
}
