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
#include "pseudonym.h"
#include "version.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The verdict: the first difference, said once. */
struct verdict {
	struct strbuf why;
};

static int differ(struct verdict *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int differ(struct verdict *v, const char *fmt, ...)
{
	va_list ap;

	if (v->why.len)
		return 1;
	va_start(ap, fmt);
	strbuf_vaddf(&v->why, fmt, ap);
	va_end(ap);
	return 1;
}

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

static int check_inputs(const struct manifest *m, char *const *paths, int n, struct verdict *v)
{
	struct input_list l = {0};
	size_t i = 0, k = 0;
	int ret = 0;

	if (input_expand(paths, n, &l)) {
		input_list_release(&l);
		return -1;
	}
	while (i < m->n_inputs || k < l.n) {
		const struct manifest_file *f = i < m->n_inputs ? &m->inputs[i] : NULL;
		const char *given = k < l.n ? l.files[k].path : NULL;
		int c = !f ? 1 : !given ? -1 : strcmp(f->path, given);
		unsigned char d[DIGEST_LEN];
		char hex[DIGEST_HEX];
		long long size;
		if (c < 0) {
			ret = differ(v,
			             "input '%s' is in the manifest but not among the inputs given (give the inputs by "
			             "the paths the report used, from the folder it was made in)",
			             f->path);
			break;
		}
		if (c > 0) {
			ret = differ(v, "input '%s' is not in the manifest: the report was not made from it", given);
			break;
		}
		if (digest_file(given, d, &size)) {
			if (f->size >= 0) {
				ret = differ(v, "input '%s' cannot be read (%s); the report read %lld bytes", given,
				             strerror(errno), f->size);
				break;
			}
		} else if (f->size < 0) {
			ret = differ(v, "input '%s' can be read now; the report could not read it", given);
			break;
		} else if (strcmp(digest_hex(d, DIGEST_LEN, hex), f->sha256) || size != f->size) {
			ret =
			    differ(v, "input '%s' changed: SHA-256 %s (%lld bytes), the manifest says %s (%lld bytes)",
			           given, hex, size, f->sha256, f->size);
			break;
		}
		i++;
		k++;
	}
	input_list_release(&l);
	return ret;
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
			return differ(v, "the %s file '%s' cannot be read: %s", f->role ? f->role : "option's", f->path,
			              strerror(errno));
		if (strcmp(digest_hex(d, DIGEST_LEN, hex), f->sha256))
			return differ(v, "the %s file '%s' changed: SHA-256 %s, the manifest says %s",
			              f->role ? f->role : "option's", f->path, hex, f->sha256);
	}
	if (m->key_id) {
		struct pseudonyms ps;
		int same;
		if (pseudonyms_load(&ps, m->key_path))
			return differ(v, "the pseudonym key '%s' is needed to recompute the report", m->key_path);
		same = !strcmp(ps.key_id, m->key_id);
		if (!same)
			differ(
			    v,
			    "the pseudonym key '%s' is not the one the report used (key id %s, the manifest says %s)",
			    m->key_path, ps.key_id, m->key_id);
		pseudonyms_release(&ps);
		return !same;
	}
	return 0;
}

/* Streaming comparison: the files of a report can be larger than memory allows twice (a
 * million comments give 190 MB of comments.csv), so both are read in blocks side by side. */
#define COMPARE_BLOCK 65536
#define SHOWN_BYTES 160 /* of the differing line */

/* The first line where files a and b differ, 1-based; 0 when they are equal, -1 on a read
 * error (errno set). *off is the byte offset of that line's start, the same in both. */
static long first_diff_line(FILE *a, FILE *b, long long *off)
{
	static char ba[COMPARE_BLOCK], bb[COMPARE_BLOCK];
	long long pos = 0, line_start = 0;
	long line = 1;

	for (;;) {
		size_t na = fread(ba, 1, sizeof(ba), a), nb = fread(bb, 1, sizeof(bb), b);
		size_t n = na < nb ? na : nb, i;
		if (ferror(a) || ferror(b))
			return -1;
		for (i = 0; i < n && ba[i] == bb[i]; i++)
			if (ba[i] == '\n') {
				line++;
				line_start = pos + (long long)i + 1;
			}
		if (i < n || na != nb) {
			*off = line_start;
			return line;
		}
		if (!na)
			return 0;
		pos += (long long)n;
	}
}

/* The line of f that starts at off, quoted and cut at SHOWN_BYTES, or "(end of file)". */
static void show_line(struct strbuf *sb, FILE *f, long long off)
{
	char buf[SHOWN_BYTES + 1];
	size_t n, k;

	n = fseeko(f, (off_t)off, SEEK_SET) ? 0 : fread(buf, 1, sizeof(buf), f);
	if (!n) {
		strbuf_addstr(sb, "(end of file)");
		return;
	}
	strbuf_addch(sb, '"');
	for (k = 0; k < n && buf[k] != '\n' && k < SHOWN_BYTES; k++)
		strbuf_addch(sb, buf[k]);
	if (k < n && buf[k] != '\n')
		strbuf_addstr(sb, "…");
	strbuf_addch(sb, '"');
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
	long long off = 0;
	long line;
	int ret = 0;

	strbuf_init(&p);
	path_in(&p, tmp, name);
	if (!(b = open_regular(p.buf))) {
		ret = differ(v, "'%s': the recomputed report has no such file", name);
		goto done;
	}
	path_in(&p, dir, name);
	if (!(a = open_regular(p.buf))) {
		if (errno == ENOENT)
			ret = differ(v, "'%s' is missing from the report folder", p.buf);
		else if (errno == EINVAL || errno == EISDIR)
			ret = differ(v, "'%s' is not a regular file", p.buf);
		else
			ret = differ(v, "'%s' cannot be read: %s", p.buf, strerror(errno));
		goto done;
	}
	line = first_diff_line(a, b, &off);
	if (line < 0) {
		ret = differ(v, "'%s' cannot be read: %s", p.buf, strerror(errno));
	} else if (line) {
		struct strbuf sa, sb2;
		unsigned char d[DIGEST_LEN];
		char hex[DIGEST_HEX] = "";
		long long size;
		strbuf_init(&sa);
		strbuf_init(&sb2);
		show_line(&sa, a, off);
		show_line(&sb2, b, off);
		if (!digest_file(p.buf, d, &size))
			digest_hex(d, DIGEST_LEN, hex);
		ret = differ(
		    v, "'%s' differs from the recomputed one at line %ld:\n  report:     %s\n  recomputed: %s%s", p.buf,
		    line, sa.buf, sb2.buf,
		    want_sha && strcmp(hex, want_sha) ? "\n  (its SHA-256 is not the one its manifest lists either: "
		                                        "the file was changed after it was written)"
		                                      : "");
		strbuf_release(&sa);
		strbuf_release(&sb2);
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
			ret = differ(
			    v, "%s is in the report folder but not in its manifest: it is not part of this report",
			    names.buf);
		else
			ret = differ(
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

/* Recompute the report of manifest m into tmp. m is released first (what the command line
 * needs is copied): a report of ten thousand inputs has a manifest of megabytes, and the
 * recomputed report needs all the room it had the first time. */
static int recompute(struct manifest *m, char *const *inputs, int n_inputs, const char *tmp,
                     const struct global_opts *g, struct verdict *v)
{
	const struct cmd *c = command_named(m->command);
	char **argv, *revision;
	int argc = 0, ret, saved, null, k;
	size_t i;
	struct strbuf line;

	if (!c)
		return differ(v, "the manifest names command '%s', which this replycov cannot run", m->command);
	argv = xmalloc((2 * m->n_opts + m->n_args + (size_t)n_inputs + 6) * sizeof(*argv));
	argv[argc++] = xstrdup(m->command);
	for (i = 0; i < m->n_opts; i++) {
		const char *name = m->opts[i].name;
		if (strncmp(name, "--", 2) || !strcmp(name, "--output") || !strcmp(name, "--help")) {
			for (k = 0; k < argc; k++)
				free(argv[k]);
			free(argv);
			return differ(v, "the manifest holds option '%s', which a report cannot have been made with",
			              name);
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
	for (i = 0; i < (size_t)n_inputs; i++)
		argv[argc++] = xstrdup(inputs[i]);
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
	ret = c->run(argc, argv, g);
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
	if (ret == EXIT_USAGE)
		return differ(
		    v, "the report could not be recomputed with the manifest's options (see the messages above)");
	return 0;
}

/* A file of the folder as the manifest lists it, kept apart from the manifest (released
 * before the report is recomputed). */
struct listed_file {
	char *path;
	char sha256[DIGEST_HEX];
};

static int run_verify(int argc, char **argv, const struct global_opts *g)
{
	struct manifest m;
	struct verdict v;
	struct strbuf p;
	char tmpl[4096];
	const char *dir, *tmpdir = getenv("TMPDIR");
	int ret = 0, made = 0;
	size_t i, n_outs = 0, n_inputs;
	struct listed_file *outs = NULL;

	if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
		return cmd_usage(&cmd_verify, 0);
	if (argc < 3 || argv[1][0] == '-')
		return cmd_usage(&cmd_verify, 1);
	dir = argv[1];
	strbuf_init(&v.why);
	strbuf_init(&p);
	path_in(&p, dir, "manifest.json");
	if (manifest_read(p.buf, &m)) {
		manifest_release(&m);
		strbuf_release(&p);
		strbuf_release(&v.why);
		return EXIT_USAGE;
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
	if (!v.why.len && check_inputs(&m, argv + 2, argc - 2, &v) < 0) {
		ret = EXIT_USAGE;
		goto done;
	}
	if (!v.why.len)
		check_files(&m, &v);
	if (!v.why.len) {
		snprintf(tmpl, sizeof(tmpl), "%s/replycov-verify-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
		if (!mkdtemp(tmpl)) {
			diag_error(NULL, "cannot make a temporary folder in '%s': %s",
			           tmpdir && *tmpdir ? tmpdir : "/tmp", strerror(errno));
			ret = EXIT_USAGE;
			goto done;
		}
		made = 1;
		recompute(&m, argv + 2, argc - 2, tmpl, g, &v);
	}
	for (i = 0; !v.why.len && i < n_outs; i++)
		compare_file(dir, tmpl, outs[i].path, outs[i].sha256, &v);
	if (!v.why.len)
		compare_file(dir, tmpl, "manifest.json", NULL, &v);
	if (v.why.len) {
		printf("%s: DIFFERS: %s\n", dir, v.why.buf);
		ret = EXIT_DATA;
	} else {
		printf("%s: matches: recomputed from %zu input%s with the manifest's options; ", dir, n_inputs,
		       n_inputs == 1 ? "" : "s");
		for (i = 0; i < n_outs; i++)
			printf("%s%s", i ? ", " : "", outs[i].path);
		printf(" and manifest.json are identical byte for byte\n");
	}
done:
	if (made)
		nftw(tmpl, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	manifest_release(&m);
	for (i = 0; i < n_outs; i++)
		free(outs[i].path);
	free(outs);
	strbuf_release(&p);
	strbuf_release(&v.why);
	return ret;
}

const struct cmd cmd_verify = {
    .name = "verify",
    .summary = "recompute a report folder from its manifest and say whether it matches",
    .usage = "verify DIR INPUT...\n"
             "  DIR                   a report folder: DIR/manifest.json and the files it lists\n"
             "  INPUT                 the inputs, given by the same paths as when the report was made\n"
             "Checks that DIR holds no file its manifest does not list, each input's SHA-256 against\n"
             "the manifest, then the schedule, labels, model and pseudonym key files, recomputes the\n"
             "report with the manifest's command and options into a temporary folder and compares every\n"
             "file byte for byte. Prints 'matches' or the first difference: a file the manifest does not\n"
             "list (left by another run), an input whose hash changed, a file named by an option, or a\n"
             "file of the report with the first line that differs.\n"
             "exit status: 0 matches, 1 differs, 2 usage or I/O errors (manifest unreadable)",
    .run = run_verify,
};
