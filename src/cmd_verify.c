/* cmd_verify.c: `replycov verify DIR INPUT...`: does a report folder still hold what its
 * inputs give? It checks the inputs against the manifest's SHA-256, the schedule, labels,
 * model and pseudonym key the report used, recomputes the report with the manifest's command
 * and options into a temporary folder, and compares every file byte for byte, naming the first
 * difference. It computes nothing itself: the command named in the manifest does. */
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
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

/* The first line where a and b differ, 1-based; 0 when equal. */
static long first_diff_line(const char *a, size_t na, const char *b, size_t nb, size_t *off)
{
	size_t i, n = na < nb ? na : nb;
	long line = 1;

	for (i = 0; i < n && a[i] == b[i]; i++)
		if (a[i] == '\n')
			line++;
	if (i == n && na == nb)
		return 0;
	/* back to the start of the line */
	while (i > 0 && a[i - 1] != '\n')
		i--;
	*off = i;
	return line;
}

static void show_line(struct strbuf *sb, const char *s, size_t n, size_t off)
{
	size_t k;

	if (off >= n) {
		strbuf_addstr(sb, "(end of file)");
		return;
	}
	strbuf_addch(sb, '"');
	for (k = off; k < n && s[k] != '\n' && k - off < 160; k++)
		strbuf_addch(sb, s[k]);
	if (k < n && s[k] != '\n')
		strbuf_addstr(sb, "…");
	strbuf_addch(sb, '"');
}

static int compare_file(const char *dir, const char *tmp, const char *name, const char *want_sha, struct verdict *v)
{
	struct strbuf p;
	char *a = NULL, *b = NULL;
	size_t na = 0, nb = 0, off = 0;
	long line;
	int ret = 0;

	strbuf_init(&p);
	path_in(&p, tmp, name);
	if (read_whole_file(p.buf, &b, &nb)) {
		ret = differ(v, "'%s': the recomputed report has no such file", name);
		goto done;
	}
	path_in(&p, dir, name);
	if (read_whole_file(p.buf, &a, &na)) {
		ret = differ(v, "'%s' is missing from the report folder", p.buf);
		goto done;
	}
	line = first_diff_line(a, na, b, nb, &off);
	if (line) {
		struct strbuf sa, sb2;
		size_t offb = off;
		unsigned char d[DIGEST_LEN];
		char hex[DIGEST_HEX];
		strbuf_init(&sa);
		strbuf_init(&sb2);
		show_line(&sa, a, na, off);
		show_line(&sb2, b, nb, offb);
		digest_sha256(a, na, d);
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
	free(a);
	free(b);
	strbuf_release(&p);
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

static int recompute(const struct manifest *m, char *const *inputs, int n_inputs, const char *tmp,
                     const struct global_opts *g, struct verdict *v)
{
	const struct cmd *c = command_named(m->command);
	char **argv;
	int argc = 0, ret;
	size_t i;
	struct strbuf line;

	if (!c)
		return differ(v, "the manifest names command '%s', which this replycov cannot run", m->command);
	argv = xmalloc((2 * m->n_opts + m->n_args + (size_t)n_inputs + 6) * sizeof(*argv));
	argv[argc++] = (char *)m->command;
	for (i = 0; i < m->n_opts; i++) {
		const char *name = m->opts[i].name;
		if (strncmp(name, "--", 2) || !strcmp(name, "--output") || !strcmp(name, "--help")) {
			free(argv);
			return differ(v, "the manifest holds option '%s', which a report cannot have been made with",
			              name);
		}
		argv[argc++] = (char *)name;
		if (m->opts[i].value)
			argv[argc++] = (char *)m->opts[i].value;
	}
	argv[argc++] = "-o";
	argv[argc++] = (char *)tmp;
	argv[argc++] = "--";
	for (i = 0; i < m->n_args; i++)
		argv[argc++] = (char *)m->args[i];
	for (i = 0; i < (size_t)n_inputs; i++)
		argv[argc++] = inputs[i];
	argv[argc] = NULL;
	strbuf_init(&line);
	manifest_command_line(m, &line);
	diag_note("recomputing: %s", line.buf);
	strbuf_release(&line);
	/* Reports carry the revision that made them: recompute with the manifest's, and say so. */
	version_set_reported_revision(m->revision);
	ret = c->run(argc, argv, g);
	version_set_reported_revision(NULL);
	free(argv);
	if (ret == EXIT_USAGE)
		return differ(
		    v, "the report could not be recomputed with the manifest's options (see the messages above)");
	return 0;
}

static int run_verify(int argc, char **argv, const struct global_opts *g)
{
	struct manifest m;
	struct verdict v;
	struct strbuf p;
	char tmpl[4096];
	const char *dir, *tmpdir = getenv("TMPDIR");
	int ret = 0, made = 0;
	size_t i;

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
	if (strcmp(m.version, version_release()))
		diag_warn(NULL,
		          "the report was made by replycov %s; this is %s: a difference may come from the version",
		          m.version, version_release());
	else if (strcmp(m.revision, version_build_revision()))
		diag_note("the report was made by revision %s; this is %s (the recomputed report carries %s)",
		          m.revision, version_build_revision(), m.revision);
	if (check_inputs(&m, argv + 2, argc - 2, &v) < 0) {
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
	for (i = 0; !v.why.len && i < m.n_outputs; i++)
		compare_file(dir, tmpl, m.outputs[i].path, m.outputs[i].sha256, &v);
	if (!v.why.len)
		compare_file(dir, tmpl, "manifest.json", NULL, &v);
	if (v.why.len) {
		printf("%s: DIFFERS: %s\n", dir, v.why.buf);
		ret = EXIT_DATA;
	} else {
		printf("%s: matches: recomputed from %zu input%s with the manifest's options; ", dir, m.n_inputs,
		       m.n_inputs == 1 ? "" : "s");
		for (i = 0; i < m.n_outputs; i++)
			printf("%s%s", i ? ", " : "", m.outputs[i].path);
		printf(" and manifest.json are identical byte for byte\n");
	}
done:
	if (made)
		nftw(tmpl, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	manifest_release(&m);
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
             "Checks each input's SHA-256 against the manifest, then the schedule, labels, model and\n"
             "pseudonym key files, recomputes the report with the manifest's command and options into a\n"
             "temporary folder and compares every file byte for byte. Prints 'matches' or the first\n"
             "difference: an input whose hash changed, a file named by an option, or a file of the\n"
             "report with the first line that differs.\n"
             "exit status: 0 matches, 1 differs, 2 usage or I/O errors (manifest unreadable)",
    .run = run_verify,
};
