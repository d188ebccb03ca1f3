/* cmd_verify.c: `replycov verify DIR INPUT...`: does a report folder still hold what its
 * inputs give? It checks that the folder holds only the files its manifest lists, the inputs
 * against the manifest's SHA-256, the schedule, labels, model and pseudonym key the report
 * used, recomputes the report with the manifest's command and options into a temporary folder,
 * and compares every file byte for byte (in blocks), naming the first difference. It computes
 * nothing itself: the command named in the manifest does. */
#define _XOPEN_SOURCE 700 /* nftw */
#include "cmd.h"
#include "diag.h"
#include "digest.h"
#include "input.h"
#include "labels.h"
#include "manifest.h"
#include "outfmt.h"
#include "pseudonym.h"
#include "verify.h"
#include "version.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void path_in(struct strbuf *sb, const char *dir, const char *name)
{
	strbuf_reset(sb);
	strbuf_addf(sb, "%s%s%s", dir, dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/", name);
}

/* A path a manifest may name inside its folder. */
static int safe_name(const char *p)
{
	const char *s;

	if (!*p || *p == '/' || !strcmp(p, "manifest.json"))
		return 0;
	for (s = p; *s; s++)
		if (s[0] == '.' && s[1] == '.' && (s == p || s[-1] == '/') && (s[2] == '/' || !s[2]))
			return 0;
	return 1;
}

static int check_files(const struct manifest *m, struct verdict *v)
{
	size_t i;

	for (i = 0; i < m->n_files; i++) {
		const struct manifest_file *f = &m->files[i];
		unsigned char d[DIGEST_LEN];
		char hex[DIGEST_HEX];
		long long size;
		if (digest_file(f->path, d, &size))
			return verdict_differ(v, "the %s file '%s' cannot be read: %s", f->role ? f->role : "option's",
			                      f->path, strerror(errno));
		if (strcmp(digest_hex(d, DIGEST_LEN, hex), f->sha256))
			return verdict_differ(v, "the %s file '%s' changed: SHA-256 %s, the manifest says %s",
			                      f->role ? f->role : "option's", f->path, hex, f->sha256);
	}
	if (m->key_id) {
		struct pseudonyms ps;
		int same;
		if (pseudonyms_load(&ps, m->key_path))
			return verdict_differ(v, "the pseudonym key '%s' is needed to recompute the report",
			                      m->key_path);
		same = !strcmp(ps.key_id, m->key_id);
		if (!same)
			verdict_differ(
			    v,
			    "the pseudonym key '%s' is not the one the report used (key id %s, the manifest says %s)",
			    m->key_path, ps.key_id, m->key_id);
		pseudonyms_release(&ps);
		return !same;
	}
	return 0;
}

/* A regular file opened for reading, or NULL (errno set; EINVAL for a FIFO, a device or a
 * folder, which is opened without blocking and never read). */
static FILE *open_regular(const char *path)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC), err;
	struct stat st;
	FILE *fp;

	if (fd < 0)
		return NULL;
	if (fstat(fd, &st)) {
		err = errno;
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		err = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
		goto fail;
	}
	/* O_NONBLOCK changes nothing for a regular file: it stays. */
	if (!(fp = fdopen(fd, "rb"))) {
		err = errno;
		goto fail;
	}
	return fp;
fail:
	close(fd);
	errno = err;
	return NULL;
}

static int compare_file(const char *dir, const char *tmp, const char *name, const char *want_sha, struct verdict *v)
{
	struct strbuf p;
	FILE *a = NULL, *b = NULL;
	int ret = 0;

	strbuf_init(&p);
	path_in(&p, tmp, name);
	if (!(b = open_regular(p.buf))) {
		ret = verdict_differ(v, "'%s': the recomputed report has no such file", name);
		goto done;
	}
	path_in(&p, dir, name);
	if (!(a = open_regular(p.buf))) {
		if (errno == ENOENT)
			ret = verdict_differ(v, "'%s' is missing from the report folder", p.buf);
		else if (errno == EINVAL || errno == EISDIR)
			ret = verdict_differ(v, "'%s' is not a regular file", p.buf);
		else
			ret = verdict_differ(v, "'%s' cannot be read: %s", p.buf, strerror(errno));
		goto done;
	}
	ret = verify_diff(a, b, p.buf, v);
	if (ret < 0) {
		ret = verdict_differ(v, "'%s' cannot be read: %s", p.buf, strerror(errno));
	} else if (ret) {
		unsigned char d[DIGEST_LEN];
		char hex[DIGEST_HEX] = "";
		long long size;
		if (!digest_file(p.buf, d, &size))
			digest_hex(d, DIGEST_LEN, hex);
		if (want_sha && strcmp(hex, want_sha))
			strbuf_addstr(&v->detail,
			              "\n  (its SHA-256 is not the one its manifest lists either: the file was "
			              "changed after it was written)");
	}
done:
	if (a)
		fclose(a);
	if (b)
		fclose(b);
	strbuf_release(&p);
	return ret;
}

/* Files of the folder its manifest does not list (nftw gives its callback no context). */
#define UNLISTED_SHOWN 5
static struct {
	const struct manifest *m;
	size_t root_len;
	char **names; /* relative to the folder */
	size_t n, cap;
	char *bad; /* an entry that could not be read, with its errno */
	int bad_errno;
} walk;

static int listed(const struct manifest *m, const char *rel)
{
	size_t i;

	if (!strcmp(rel, "manifest.json"))
		return 1;
	for (i = 0; i < m->n_outputs; i++)
		if (!strcmp(m->outputs[i].path, rel))
			return 1;
	return 0;
}

static int note_unlisted(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	const char *rel = path + walk.root_len;

	(void)st;
	if (flag == FTW_DNR || flag == FTW_NS) {
		walk.bad = xstrdup(path);
		walk.bad_errno = errno;
		return 1;
	}
	if (flag == FTW_D || flag == FTW_DP || ftw->level == 0)
		return 0;
	while (*rel == '/')
		rel++;
	if (!listed(walk.m, rel)) {
		XGROW(walk.names, walk.cap, walk.n + 1);
		walk.names[walk.n++] = xstrdup(rel);
	}
	return 0;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A file in the folder that the manifest does not list is not part of the report: a sheet
 * left by an earlier run in another format would otherwise pass for this one. Every entry
 * other than a folder counts, hidden ones too. Returns 1 (a difference), 0, or -1 when the
 * folder cannot be read (reported). */
static int check_unlisted(const struct manifest *m, const char *dir, struct verdict *v)
{
	struct strbuf root, names;
	size_t i;
	int ret = 0, rc;

	memset(&walk, 0, sizeof(walk));
	walk.m = m;
	strbuf_init(&root);
	strbuf_init(&names);
	/* "DIR/." so that a folder given as a symbolic link is walked too (FTW_PHYS does not
	 * follow links inside it). */
	path_in(&root, dir, ".");
	walk.root_len = root.len;
	rc = nftw(root.buf, note_unlisted, 16, FTW_PHYS);
	if (rc) {
		diag_error(&(struct loc){.file = walk.bad ? walk.bad : dir}, "cannot read the report folder: %s",
		           strerror(walk.bad ? walk.bad_errno : errno));
		ret = -1;
	} else if (walk.n) {
		qsort(walk.names, walk.n, sizeof(*walk.names), cmp_name);
		for (i = 0; i < walk.n && i < UNLISTED_SHOWN; i++) {
			path_in(&root, dir, walk.names[i]);
			strbuf_addf(&names, "%s'%s'", i ? ", " : "", root.buf);
		}
		if (walk.n > UNLISTED_SHOWN)
			strbuf_addf(&names, " and %zu more", walk.n - UNLISTED_SHOWN);
		if (walk.n == 1)
			ret = verdict_differ(
			    v, "%s is in the report folder but not in its manifest: it is not part of this report",
			    names.buf);
		else
			ret = verdict_differ(
			    v,
			    "%zu files in the report folder are not in its manifest: %s; they are not part of this "
			    "report",
			    walk.n, names.buf);
	}
	for (i = 0; i < walk.n; i++)
		free(walk.names[i]);
	free(walk.names);
	free(walk.bad);
	memset(&walk, 0, sizeof(walk));
	strbuf_release(&root);
	strbuf_release(&names);
	return ret;
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static const struct cmd *command_named(const char *name)
{
	int i;

	for (i = 0; cmd_table && cmd_table[i]; i++)
		if (!strcmp(cmd_table[i]->name, name) && cmd_table[i] != &cmd_verify)
			return cmd_table[i];
	return NULL;
}

/* Recompute the report of manifest m into tmp (an absolute path), reading vi's inputs. Returns
 * 0 (a failure of the command is a difference, set in v), or -1 on an I/O error (reported). m
 * is released first (what the command line
 * needs is copied): a report of ten thousand inputs has a manifest of megabytes, and the
 * recomputed report needs all the room it had the first time. */
static int recompute(struct manifest *m, const struct verify_inputs *vi, const char *tmp, const struct global_opts *g,
                     struct verdict *v)
{
	const struct cmd *c = command_named(m->command);
	char **argv, *revision;
	int argc = 0, ret, saved, null, k, here = -1, back = 0;
	size_t i;
	struct strbuf line;

	if (!c)
		return verdict_differ(v, "the manifest names command '%s', which this replycov cannot run", m->command);
	argv = xmalloc((2 * m->n_opts + m->n_args + (size_t)vi->n_args + 6) * sizeof(*argv));
	argv[argc++] = xstrdup(m->command);
	for (i = 0; i < m->n_opts; i++) {
		const char *name = m->opts[i].name;
		if (strncmp(name, "--", 2) || !strcmp(name, "--output") || !strcmp(name, "--help")) {
			for (k = 0; k < argc; k++)
				free(argv[k]);
			free(argv);
			return verdict_differ(
			    v, "the manifest holds option '%s', which a report cannot have been made with", name);
		}
		argv[argc++] = xstrdup(name);
		if (m->opts[i].value)
			argv[argc++] = xstrdup(m->opts[i].value);
	}
	argv[argc++] = xstrdup("-o");
	argv[argc++] = xstrdup(tmp);
	argv[argc++] = xstrdup("--");
	for (i = 0; i < m->n_args; i++)
		argv[argc++] = xstrdup(m->args[i]);
	for (k = 0; k < vi->n_args; k++)
		argv[argc++] = xstrdup(vi->args[k]);
	argv[argc] = NULL;
	strbuf_init(&line);
	manifest_command_line(m, &line);
	diag_note("recomputing: %s", line.buf);
	strbuf_release(&line);
	revision = xstrdup(m->revision);
	manifest_release(m);
	/* Reports carry the revision that made them: recompute with the manifest's, and say so. */
	version_set_reported_revision(revision);
	/* What the command prints on standard output (its summary, "written to" the temporary
	 * folder that is removed) is not the verdict: it goes to /dev/null. Its messages stay. */
	fflush(stdout);
	saved = dup(STDOUT_FILENO);
	null = open("/dev/null", O_WRONLY);
	if (saved >= 0 && null >= 0)
		dup2(null, STDOUT_FILENO);
	if (null >= 0)
		close(null);
	/* Inputs found under other paths are read from the stage, under the names the report used
	 * (verify_inputs.c); the output folder is an absolute path. */
	if (vi->stage && ((here = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0 || chdir(vi->stage))) {
		diag_error(NULL, "cannot change to a temporary folder: %s", strerror(errno));
		ret = -1;
	} else {
		ret = c->run(argc, argv, g);
		if (vi->stage && fchdir(here)) {
			diag_error(NULL, "cannot come back to the working folder: %s", strerror(errno));
			back = -1;
		}
	}
	if (here >= 0)
		close(here);
	fflush(stdout);
	if (saved >= 0) {
		dup2(saved, STDOUT_FILENO);
		close(saved);
	}
	clearerr(stdout);
	version_set_reported_revision(NULL);
	free(revision);
	for (k = 0; k < argc; k++)
		free(argv[k]);
	free(argv);
	if (ret < 0 || back < 0)
		return -1;
	if (ret == EXIT_USAGE)
		return verdict_differ(
		    v, "the report could not be recomputed with the manifest's options (see the messages above)");
	return 0;
}

/* A file of the folder as the manifest lists it, kept apart from the manifest (released
 * before the report is recomputed). */
struct listed_file {
	char *path;
	char sha256[DIGEST_HEX];
};

#define LISTED_SHOWN 5 /* files of a matching report named one by one; more are counted */

/* The folder's name or a file's, as printed on standard output. */
static void add_shown(struct strbuf *sb, const char *s)
{
	term_add_str(sb, s);
}

/* A private temporary folder, by an absolute path (the recomputation may run in another
 * folder). Returns 0, or -1 (reported). */
static int make_tmp(struct strbuf *tmp)
{
	const char *tmpdir = getenv("TMPDIR");
	char *cwd = NULL;

	if (!tmpdir || !*tmpdir)
		tmpdir = "/tmp";
	strbuf_reset(tmp);
	if (tmpdir[0] != '/') {
		if (!(cwd = getcwd(NULL, 0))) {
			diag_error(NULL, "cannot tell the working folder: %s", strerror(errno));
			return -1;
		}
		strbuf_addf(tmp, "%s/", cwd);
		free(cwd);
	}
	strbuf_addf(tmp, "%s/replycov-verify-XXXXXX", tmpdir);
	if (!mkdtemp(tmp->buf)) {
		diag_error(NULL, "cannot make a temporary folder in '%s': %s", tmpdir, strerror(errno));
		return -1;
	}
	return 0;
}

static int run_verify(int argc, char **argv, const struct global_opts *g)
{
	struct manifest m;
	struct verdict v;
	struct verify_inputs vi = {0};
	struct strbuf p, tmp, out, line;
	const char *dir;
	int ret = 0, made = 0;
	size_t i, n_outs = 0, n_inputs;
	struct listed_file *outs = NULL;

	if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
		return cmd_usage(&cmd_verify, 0);
	if (argc < 3 || argv[1][0] == '-')
		return cmd_usage(&cmd_verify, 1);
	dir = argv[1];
	verdict_init(&v);
	strbuf_init(&p);
	strbuf_init(&tmp);
	strbuf_init(&out);
	strbuf_init(&line);
	path_in(&p, dir, "manifest.json");
	if (manifest_read(p.buf, &m)) {
		ret = EXIT_USAGE;
		goto done;
	}
	for (i = 0; i < m.n_outputs; i++)
		if (!safe_name(m.outputs[i].path)) {
			diag_error(&(struct loc){.file = p.buf}, "output '%s' is not a file inside the report folder",
			           m.outputs[i].path);
			ret = EXIT_USAGE;
			goto done;
		}
	if (!m.n_outputs) {
		diag_error(&(struct loc){.file = p.buf}, "the manifest lists no file: nothing to verify");
		ret = EXIT_USAGE;
		goto done;
	}
	outs = xmalloc(m.n_outputs * sizeof(*outs));
	for (n_outs = 0; n_outs < m.n_outputs; n_outs++) {
		outs[n_outs].path = xstrdup(m.outputs[n_outs].path);
		memcpy(outs[n_outs].sha256, m.outputs[n_outs].sha256, DIGEST_HEX);
	}
	n_inputs = m.n_inputs;
	/* Before anything is recomputed, and before the notes about versions, which cannot
	 * explain a file that should not be there. */
	if (check_unlisted(&m, dir, &v) < 0) {
		ret = EXIT_USAGE;
		goto done;
	}
	if (!v.why.len && strcmp(m.version, version_release()))
		diag_warn(NULL,
		          "the report was made by replycov %s; this is %s: a difference may come from the version",
		          m.version, version_release());
	else if (!v.why.len && strcmp(m.revision, version_build_revision()))
		diag_note("the report was made by revision %s; this is %s (the recomputed report carries %s)",
		          m.revision, version_build_revision(), m.revision);
	if (!v.why.len) {
		if (make_tmp(&tmp)) {
			ret = EXIT_USAGE;
			goto done;
		}
		made = 1;
		if (verify_inputs_match(&m, argv + 2, argc - 2, tmp.buf, &vi, &v) < 0) {
			ret = EXIT_USAGE;
			goto done;
		}
	}
	if (!v.why.len)
		check_files(&m, &v);
	if (!v.why.len) {
		/* the recomputed report goes to a folder of its own, beside the stage */
		path_in(&out, tmp.buf, "out");
		if (recompute(&m, &vi, out.buf, g, &v) < 0) {
			ret = EXIT_USAGE;
			goto done;
		}
	}
	for (i = 0; !v.why.len && i < n_outs; i++)
		compare_file(dir, out.buf, outs[i].path, outs[i].sha256, &v);
	if (!v.why.len)
		compare_file(dir, out.buf, "manifest.json", NULL, &v);
	/* Everything printed is escaped: a folder's name or a file's can hold control characters. */
	add_shown(&line, dir);
	if (v.why.len) {
		strbuf_addf(&line, ": DIFFERS: %s%s\n", v.why.buf, v.detail.buf);
		ret = EXIT_DATA;
	} else {
		strbuf_addf(&line, ": matches: recomputed from %zu input%s", n_inputs, n_inputs == 1 ? "" : "s");
		if (vi.n_moved == 1 && n_inputs == 1)
			strbuf_addstr(&line, " (found under another path)");
		else if (vi.n_moved == 1)
			strbuf_addstr(&line, " (one found under another path)");
		else if (vi.n_moved)
			strbuf_addf(&line, " (%zu found under other paths)", vi.n_moved);
		strbuf_addstr(&line, " with the manifest's options; ");
		/* a few files by name; a report's two dozen counted, so that the verdict stays a line */
		if (n_outs > LISTED_SHOWN)
			strbuf_addf(&line, "the %zu files its manifest lists", n_outs);
		for (i = 0; n_outs <= LISTED_SHOWN && i < n_outs; i++) {
			if (i)
				strbuf_addstr(&line, ", ");
			add_shown(&line, outs[i].path);
		}
		strbuf_addstr(&line, " and manifest.json are identical byte for byte\n");
	}
	fputs(line.buf, stdout);
done:
	if (made)
		nftw(tmp.buf, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	manifest_release(&m);
	verify_inputs_release(&vi);
	for (i = 0; i < n_outs; i++)
		free(outs[i].path);
	free(outs);
	strbuf_release(&p);
	strbuf_release(&tmp);
	strbuf_release(&out);
	strbuf_release(&line);
	verdict_release(&v);
	return ret;
}

const struct cmd cmd_verify = {
    .name = "verify",
    .summary = "recompute a report folder from its manifest and say whether it matches",
    .usage = "verify DIR INPUT...\n"
             "  DIR                   a report folder: DIR/manifest.json and the files it lists\n"
             "  INPUT                 the inputs (files or folders): each is matched to the manifest's by\n"
             "                        its path, else by its SHA-256 wherever it is now (moved or renamed)\n"
             "Checks that DIR holds no file its manifest does not list, each input's SHA-256 against\n"
             "the manifest, then the schedule, labels, model and pseudonym key files, recomputes the\n"
             "report with the manifest's command and options into a temporary folder and compares every\n"
             "file byte for byte. Prints 'matches' or the first difference: a file the manifest does not\n"
             "list (added to the folder), an input whose hash changed, a file named by an option, or a\n"
             "file of the report: for text the line and column with both versions around the first\n"
             "difference, for a binary file the byte offset and the bytes there in hexadecimal.\n"
             "exit status: 0 matches, 1 differs, 2 usage or I/O errors (manifest unreadable)",
    .run = run_verify,
};
