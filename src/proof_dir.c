/* proof_dir.c: the files of a report folder and its manifest. It renders nothing itself. */
#include "proof_dir.h"
#include "diag.h"
#include "outfmt.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

int proof_dir_open(const char *dir)
{
	struct stat st;

	if (!stat(dir, &st)) {
		if (S_ISDIR(st.st_mode))
			return 0;
		diag_error(&(struct loc){.file = dir}, "not a folder: -o names the folder the report is written into");
		return -1;
	}
	if (mkdir(dir, 0777)) {
		diag_error(&(struct loc){.file = dir}, "cannot create the folder: %s", strerror(errno));
		return -1;
	}
	return 0;
}

static int write_file(const char *dir, const char *name, const void *bytes, size_t len)
{
	struct strbuf path;
	struct outfile out;
	int ret = 0;

	strbuf_init(&path);
	strbuf_addf(&path, "%s%s%s", dir, dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/", name);
	if (outfile_open(&out, path.buf)) {
		strbuf_release(&path);
		return -1;
	}
	if (len)
		fwrite(bytes, 1, len, out.fp);
	if (outfile_commit(&out))
		ret = -1;
	strbuf_release(&path);
	return ret;
}

int proof_dir_write(const char *dir, const char *name, const void *bytes, size_t len, struct manifest *m)
{
	if (write_file(dir, name, bytes, len))
		return -1;
	manifest_add_output(m, name, bytes, len);
	return 0;
}

int proof_dir_finish(const char *dir, const struct manifest *m)
{
	struct strbuf sb;
	int ret;

	strbuf_init(&sb);
	manifest_json(m, &sb, "");
	strbuf_addch(&sb, '\n');
	ret = write_file(dir, "manifest.json", sb.buf, sb.len);
	strbuf_release(&sb);
	return ret;
}
