/* verify_inputs.c: the inputs given to `verify` matched to the manifest's, by path when the
 * bytes are the same, else by content (SHA-256 and size) wherever they are, so that exports
 * moved or renamed since the report still verify. When some were found under other paths it
 * builds the stage: a mirror of the working folder, under verify's temporary folder, where each
 * path the report read is a symbolic link to the file found, so that the recomputed report
 * names every file as the report did. It writes nothing outside the temporary folder. */
#include "verify.h"

#include "diag.h"
#include "digest.h"
#include "input.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MOVED_SHOWN 5 /* inputs found elsewhere named one by one; the rest counted */

/* A file given to verify. */
struct given {
	const char *path;
	int named;    /* given on the command line, not found in a folder */
	int readable; /* else err says why */
	int err;
	long long size;
	char sha256[DIGEST_HEX];
	long match;   /* the manifest input it stands for, or -1 */
	long path_of; /* the manifest input with its path, or -1 */
};

struct matching {
	const struct manifest *m;
	struct given *g;
	size_t n_given;
	long *of_input;   /* of_input[i]: the given file that stands for manifest input i, or -1 */
	long *same_path;  /* same_path[i]: the given file with input i's path, or -1 */
	size_t *by_sha_m; /* manifest inputs in (sha256, size, path) order */
};

static const struct manifest *sort_m;
static const struct given *sort_g;

static int cmp_m_path(const void *a, const void *b)
{
	return strcmp(sort_m->inputs[*(const size_t *)a].path, sort_m->inputs[*(const size_t *)b].path);
}

static int cmp_m_sha(const void *a, const void *b)
{
	const struct manifest_file *x = &sort_m->inputs[*(const size_t *)a], *y = &sort_m->inputs[*(const size_t *)b];
	int c = strcmp(x->sha256, y->sha256);

	if (!c)
		c = x->size < y->size ? -1 : x->size > y->size;
	return c ? c : strcmp(x->path, y->path);
}

static int cmp_g_path(const void *a, const void *b)
{
	return strcmp(sort_g[*(const size_t *)a].path, sort_g[*(const size_t *)b].path);
}

static int cmp_g_sha(const void *a, const void *b)
{
	const struct given *x = &sort_g[*(const size_t *)a], *y = &sort_g[*(const size_t *)b];
	int c = strcmp(x->sha256, y->sha256);

	if (!c)
		c = x->size < y->size ? -1 : x->size > y->size;
	return c ? c : strcmp(x->path, y->path);
}

/* The same bytes: same SHA-256 and size, and the manifest read the file. */
static int same_bytes(const struct manifest_file *f, const struct given *g)
{
	return f->size >= 0 && g->readable && g->size == f->size && !strcmp(g->sha256, f->sha256);
}

/* First by path, then by content among what is left, each pairing in sorted order so that
 * copies with the same bytes pair the same way every time. */
static void pair(struct matching *x)
{
	const struct manifest *m = x->m;
	size_t *mp = xmalloc((m->n_inputs + 1) * sizeof(*mp)), *gp = xmalloc((x->n_given + 1) * sizeof(*gp));
	size_t i = 0, k = 0, nm = 0, ng = 0, j;

	for (j = 0; j < m->n_inputs; j++)
		mp[j] = j;
	for (j = 0; j < x->n_given; j++)
		gp[j] = j;
	sort_m = m;
	sort_g = x->g;
	qsort(mp, m->n_inputs, sizeof(*mp), cmp_m_path);
	qsort(gp, x->n_given, sizeof(*gp), cmp_g_path);
	while (i < m->n_inputs && k < x->n_given) {
		const struct manifest_file *f = &m->inputs[mp[i]];
		struct given *g = &x->g[gp[k]];
		int c = strcmp(f->path, g->path);
		if (c < 0) {
			i++;
		} else if (c > 0) {
			k++;
		} else {
			x->same_path[mp[i]] = (long)gp[k];
			g->path_of = (long)mp[i];
			/* unreadable then and now: the same, as far as anyone can tell */
			if (same_bytes(f, g) || (f->size < 0 && !g->readable)) {
				x->of_input[mp[i]] = (long)gp[k];
				g->match = (long)mp[i];
			}
			i++;
			k++;
		}
	}
	/* by content: the inputs the manifest read and not yet found, the given files read and
	 * not yet used */
	for (j = 0; j < m->n_inputs; j++)
		if (x->of_input[j] < 0 && m->inputs[j].size >= 0)
			mp[nm++] = j;
	for (j = 0; j < x->n_given; j++)
		if (x->g[j].match < 0 && x->g[j].readable)
			gp[ng++] = j;
	qsort(mp, nm, sizeof(*mp), cmp_m_sha);
	qsort(gp, ng, sizeof(*gp), cmp_g_sha);
	for (i = 0, k = 0; i < nm && k < ng;) {
		const struct manifest_file *f = &m->inputs[mp[i]];
		struct given *g = &x->g[gp[k]];
		int c = strcmp(f->sha256, g->sha256);
		if (!c)
			c = f->size < g->size ? -1 : f->size > g->size;
		if (c < 0) {
			i++;
		} else if (c > 0) {
			k++;
		} else {
			x->of_input[mp[i]] = (long)gp[k];
			g->match = (long)mp[i];
			i++;
			k++;
		}
	}
	free(gp);
	/* every manifest input by content, for saying which one a stray copy repeats */
	for (j = 0; j < m->n_inputs; j++)
		mp[j] = j;
	qsort(mp, m->n_inputs, sizeof(*mp), cmp_m_sha);
	x->by_sha_m = mp;
}

/* A manifest input with g's bytes, or -1. */
static long input_with_bytes(const struct matching *x, const struct given *g)
{
	size_t lo = 0, hi = x->m->n_inputs;

	if (!g->readable)
		return -1;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct manifest_file *f = &x->m->inputs[x->by_sha_m[mid]];
		int c = strcmp(f->sha256, g->sha256);
		if (!c)
			c = f->size < g->size ? -1 : f->size > g->size;
		if (!c)
			return (long)x->by_sha_m[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* The first input that does not match, said once: a manifest input not found, then a file
 * given that the report did not read. */
static void say_difference(const struct matching *x, struct verdict *v)
{
	const struct manifest *m = x->m;
	size_t i;

	for (i = 0; i < m->n_inputs; i++) {
		const struct manifest_file *f = &m->inputs[i];
		const struct given *g = x->same_path[i] >= 0 ? &x->g[x->same_path[i]] : NULL;
		if (x->of_input[i] >= 0)
			continue;
		if (g && !g->readable && f->size >= 0)
			verdict_differ(v, "input '%s' cannot be read (%s); the report read %lld bytes", f->path,
			               strerror(g->err), f->size);
		else if (g && g->readable && f->size < 0)
			verdict_differ(v, "input '%s' can be read now; the report could not read it", f->path);
		else if (g)
			verdict_differ(v,
			               "input '%s' changed: SHA-256 %s (%lld bytes), the manifest says %s (%lld bytes)",
			               f->path, g->sha256, g->size, f->sha256, f->size);
		else if (f->size < 0)
			verdict_differ(
			    v,
			    "input '%s' is in the manifest but not among the inputs given (the report could not "
			    "read it, so only its path names it)",
			    f->path);
		else
			verdict_differ(
			    v,
			    "input '%s' is in the manifest but not among the inputs given: no file given has its "
			    "SHA-256 %s (%lld bytes)",
			    f->path, f->sha256, f->size);
		return;
	}
	for (i = 0; i < x->n_given; i++) {
		const struct given *g = &x->g[i];
		long twin;
		if (g->match >= 0)
			continue;
		twin = input_with_bytes(x, g);
		if (g->path_of >= 0) /* its name is an input's, whose bytes were found elsewhere */
			verdict_differ(
			    v,
			    "input '%s' is not the file the report read under that name (SHA-256 %s, the manifest "
			    "says %s); that file was found as '%s'",
			    g->path, g->readable ? g->sha256 : "unreadable", m->inputs[g->path_of].sha256,
			    x->g[x->of_input[g->path_of]].path);
		else if (twin >= 0 && !strcmp(m->inputs[twin].path, x->g[x->of_input[twin]].path))
			verdict_differ(
			    v,
			    "input '%s' is not in the manifest: the report was not made from it (it holds the same "
			    "bytes as the input '%s', given too)",
			    g->path, m->inputs[twin].path);
		else if (twin >= 0)
			verdict_differ(
			    v,
			    "input '%s' is not in the manifest: the report was not made from it (it holds the same "
			    "bytes as the input '%s', found as '%s')",
			    g->path, m->inputs[twin].path, x->g[x->of_input[twin]].path);
		else
			verdict_differ(v, "input '%s' is not in the manifest: the report was not made from it",
			               g->path);
		return;
	}
}

/* The notes: which inputs were found under another path. */
static size_t note_moved(const struct matching *x)
{
	size_t i, n = 0;

	for (i = 0; i < x->m->n_inputs; i++) {
		const char *found = x->g[x->of_input[i]].path;
		if (!strcmp(found, x->m->inputs[i].path))
			continue;
		if (n++ < MOVED_SHOWN)
			diag_note(
			    "input '%s' of the report was found as '%s' (the same SHA-256): it is recomputed under "
			    "the name the report used",
			    x->m->inputs[i].path, found);
	}
	if (n > MOVED_SHOWN)
		diag_note("%zu more inputs of the report were found under other paths", n - MOVED_SHOWN);
	return n;
}

/* --- the stage --- */

/* A path as seen from the working folder cwd, made absolute. */
static void absolute(struct strbuf *sb, const char *cwd, const char *path)
{
	strbuf_reset(sb);
	if (path[0] != '/')
		strbuf_addf(sb, "%s/", cwd);
	strbuf_addstr(sb, path);
}

enum walk_make {
	WALK_ONLY,         /* make nothing */
	WALK_MAKE_FOLDERS, /* make the folders on the way (the kernel needs "a" to read "a/../b") */
	WALK_MAKE_ALL      /* and the last component, a folder too */
};

/* Follow the absolute path abs component by component from root, as the kernel would from
 * the stage, into out (root + the path, "." and ".." resolved), making folders as make says.
 * Returns 0; 1 when the path goes above root or names no file (ends in "/", "." or ".."; the
 * root itself is fine with WALK_MAKE_ALL); -1 on an I/O error (errno). */
static int walk_stage(const char *root, const char *abs, enum walk_make make, struct strbuf *out)
{
	const char *p = abs, *e;
	size_t floor_len;

	strbuf_reset(out);
	strbuf_addstr(out, root);
	floor_len = out->len;
	for (;;) {
		size_t n;
		while (*p == '/')
			p++;
		e = strchr(p, '/');
		n = e ? (size_t)(e - p) : strlen(p);
		if (!e && (!n || (n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.')))
			return make == WALK_MAKE_ALL && !n ? 0 : 1;
		if (n == 1 && p[0] == '.') {
			/* nothing */
		} else if (n == 2 && p[0] == '.' && p[1] == '.') {
			if (out->len == floor_len)
				return 1;
			while (out->len > floor_len && out->buf[out->len - 1] != '/')
				out->len--;
			out->len--;
			out->buf[out->len] = '\0';
		} else {
			strbuf_addch(out, '/');
			strbuf_add(out, p, n);
			if ((e ? make != WALK_ONLY : make == WALK_MAKE_ALL) && mkdir(out->buf, 0700) && errno != EEXIST)
				return -1;
		}
		if (!e)
			return 0;
		p = e + 1;
	}
}

/* A leaf of the stage: a symbolic link where the report read a file. */
struct leaf {
	char *at; /* its place in the stage */
	int input;
};

struct stage {
	const char *cwd;
	struct strbuf root; /* TMP/stage */
	struct leaf *leaves;
	size_t n, cap;
};

/* Put a link at path (as the report named it) to target (a path from the working folder).
 * Returns 0; 1 when the path cannot be given again there (why set); -1 on an I/O error
 * (reported). An absolute path is left alone: it is read where it is. */
static int stage_link(struct stage *st, const char *path, const char *target, int input, const char **why)
{
	struct strbuf abs, at, to;
	int r;

	if (path[0] == '/') {
		if (strcmp(path, target)) {
			*why = "it was named by an absolute path, which only the file there can give again";
			return 1;
		}
		return 0;
	}
	strbuf_init(&abs);
	strbuf_init(&at);
	strbuf_init(&to);
	absolute(&abs, st->cwd, path);
	absolute(&to, st->cwd, target);
	r = walk_stage(st->root.buf, abs.buf, WALK_MAKE_FOLDERS, &at);
	if (r < 0) {
		diag_error(NULL, "cannot make a temporary folder for the inputs found under other paths: %s",
		           strerror(errno));
		goto done;
	}
	if (r > 0) {
		*why = "its path climbs above the root folder";
		goto done;
	}
	if (symlink(to.buf, at.buf)) {
		struct stat sb;
		int err = errno;
		if (err != EEXIST || lstat(at.buf, &sb) || !S_ISLNK(sb.st_mode)) {
			if (err == EEXIST) {
				*why = "another path the report read is a folder there";
				r = 1;
			} else {
				diag_error(NULL,
				           "cannot make a temporary link for the inputs found under other paths: %s",
				           strerror(err));
				r = -1;
			}
			goto done;
		}
		/* The same place twice (an input that is also the schedule, say): the first link
		 * stays; both name the same bytes, checked by their hashes. */
		goto done;
	}
	XGROW(st->leaves, st->cap, st->n + 1);
	st->leaves[st->n].at = xstrdup(at.buf);
	st->leaves[st->n].input = input;
	st->n++;
done:
	strbuf_release(&abs);
	strbuf_release(&at);
	strbuf_release(&to);
	return r;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* 1 when everything staged under folder dir (a place in the stage) is an input: a folder
 * given whole would otherwise read the schedule or the key as an input. */
static int only_inputs_under(const struct stage *st, const char *dir)
{
	size_t i, n = strlen(dir);

	for (i = 0; i < st->n; i++)
		if (!st->leaves[i].input && !strncmp(st->leaves[i].at, dir, n) && st->leaves[i].at[n] == '/')
			return 0;
	return 1;
}

static void add_arg(struct verify_inputs *vi, size_t *cap, const char *s)
{
	XGROW(vi->args, *cap, (size_t)vi->n_args + 1);
	vi->args[vi->n_args++] = xstrdup(s);
}

/* The paths the recomputation reads, from the stage: a file given by name is named by the
 * report's path; files found in folders are read from the folders that hold them in the
 * stage (a folder found whole skips what a file named by itself would not: an unknown format),
 * the outermost of them only. */
static void stage_args(const struct matching *x, const struct stage *st, struct verify_inputs *vi)
{
	const struct manifest *m = x->m;
	char **dirs = xmalloc((m->n_inputs + 1) * sizeof(*dirs));
	size_t n_dirs = 0, i, k, cap = 0, out;
	struct strbuf abs, at;

	strbuf_init(&abs);
	strbuf_init(&at);
	for (i = 0; i < m->n_inputs; i++) {
		const char *p = m->inputs[i].path, *slash = strrchr(p, '/');
		if (x->g[x->of_input[i]].named || !slash || slash == p)
			continue;
		dirs[n_dirs++] = xstrndup(p, (size_t)(slash - p));
	}
	qsort(dirs, n_dirs, sizeof(*dirs), cmp_str);
	/* the outermost folders, each once, and only where the stage holds nothing but inputs */
	for (i = 0, out = 0; i < n_dirs; i++) {
		int keep = 1;
		for (k = 0; k < out && keep; k++) {
			size_t n = strlen(dirs[k]);
			keep = !(!strncmp(dirs[i], dirs[k], n) && (!dirs[i][n] || dirs[i][n] == '/'));
		}
		if (keep) {
			absolute(&abs, st->cwd, dirs[i]);
			keep = walk_stage(st->root.buf, abs.buf, WALK_ONLY, &at) == 0 && only_inputs_under(st, at.buf);
		}
		if (keep)
			dirs[out++] = dirs[i];
		else
			free(dirs[i]);
	}
	for (k = 0; k < out; k++)
		add_arg(vi, &cap, dirs[k]);
	/* the rest by name: those given by name, and those in no folder kept above */
	for (i = 0; i < m->n_inputs; i++) {
		const char *p = m->inputs[i].path;
		int inside = 0;
		for (k = 0; k < out && !inside; k++) {
			size_t n = strlen(dirs[k]);
			inside = !strncmp(p, dirs[k], n) && p[n] == '/';
		}
		if (!inside || x->g[x->of_input[i]].named)
			add_arg(vi, &cap, p);
	}
	for (k = 0; k < out; k++)
		free(dirs[k]);
	free(dirs);
	strbuf_release(&abs);
	strbuf_release(&at);
}

/* Build the stage under tmp. Returns 0 (a path that cannot be given again is a difference,
 * set in v), or -1 on an I/O error (reported). */
static int build_stage(const struct matching *x, const char *tmp, struct verify_inputs *vi, struct verdict *v)
{
	const struct manifest *m = x->m;
	struct stage st = {0};
	struct strbuf here;
	char *cwd = getcwd(NULL, 0);
	const char *why = NULL;
	size_t i;
	int r = 0;

	if (!cwd) {
		diag_error(NULL, "cannot tell the working folder: %s", strerror(errno));
		return -1;
	}
	st.cwd = cwd;
	strbuf_init(&st.root);
	strbuf_init(&here);
	strbuf_addf(&st.root, "%s/stage", tmp);
	if (mkdir(st.root.buf, 0700)) {
		diag_error(NULL, "cannot make a temporary folder for the inputs found under other paths: %s",
		           strerror(errno));
		r = -1;
		goto done;
	}
	for (i = 0; i < m->n_inputs && !r; i++) {
		const char *found = x->g[x->of_input[i]].path;
		r = stage_link(&st, m->inputs[i].path, found, 1, &why);
		if (r > 0)
			verdict_differ(v,
			               "input '%s' was found as '%s' (the same SHA-256), but cannot be read again "
			               "under the name the report used: %s; give it by that path",
			               m->inputs[i].path, found, why);
	}
	/* the schedule, labels, model and key, where the report read them */
	for (i = 0; i < m->n_files && !r; i++)
		if ((r = stage_link(&st, m->files[i].path, m->files[i].path, 0, &why)) > 0)
			verdict_differ(v, "the %s file '%s' cannot be read again under its name: %s", m->files[i].role,
			               m->files[i].path, why);
	if (!r && m->key_path && (r = stage_link(&st, m->key_path, m->key_path, 0, &why)) > 0)
		verdict_differ(v, "the pseudonym key '%s' cannot be read again under its name: %s", m->key_path, why);
	if (r)
		goto done;
	/* the working folder's mirror, where the recomputation runs */
	if (walk_stage(st.root.buf, cwd, WALK_MAKE_ALL, &here)) {
		diag_error(NULL, "cannot make a temporary folder for the inputs found under other paths: %s",
		           strerror(errno));
		r = -1;
		goto done;
	}
	stage_args(x, &st, vi);
	vi->stage = strbuf_detach(&here);
done:
	for (i = 0; i < st.n; i++)
		free(st.leaves[i].at);
	free(st.leaves);
	strbuf_release(&st.root);
	strbuf_release(&here);
	free(cwd);
	return r < 0 ? -1 : 0;
}

int verify_inputs_match(const struct manifest *m, char *const *paths, int n, const char *tmp, struct verify_inputs *vi,
                        struct verdict *v)
{
	struct input_list l = {0};
	struct matching x = {0};
	size_t i, cap = 0;
	int ret = 0;

	memset(vi, 0, sizeof(*vi));
	if (input_expand(paths, n, &l)) {
		input_list_release(&l);
		return -1;
	}
	x.m = m;
	x.n_given = l.n;
	x.g = xcalloc(l.n + 1, sizeof(*x.g));
	x.of_input = xmalloc((m->n_inputs + 1) * sizeof(*x.of_input));
	x.same_path = xmalloc((m->n_inputs + 1) * sizeof(*x.same_path));
	for (i = 0; i < m->n_inputs; i++)
		x.of_input[i] = x.same_path[i] = -1;
	for (i = 0; i < l.n; i++) {
		unsigned char d[DIGEST_LEN];
		struct given *g = &x.g[i];
		g->path = l.files[i].path;
		g->named = l.files[i].named;
		g->match = g->path_of = -1;
		if (digest_file(g->path, d, &g->size)) {
			g->err = errno;
		} else {
			g->readable = 1;
			digest_hex(d, DIGEST_LEN, g->sha256);
		}
	}
	pair(&x);
	say_difference(&x, v);
	if (v->why.len)
		goto done;
	vi->n_moved = note_moved(&x);
	if (!vi->n_moved) {
		for (i = 0; i < (size_t)n; i++)
			add_arg(vi, &cap, paths[i]);
	} else if (build_stage(&x, tmp, vi, v)) {
		ret = -1;
	}
done:
	free(x.g);
	free(x.of_input);
	free(x.same_path);
	free(x.by_sha_m);
	input_list_release(&l);
	return ret;
}

void verify_inputs_release(struct verify_inputs *vi)
{
	int i;

	for (i = 0; i < vi->n_args; i++)
		free(vi->args[i]);
	free(vi->args);
	free(vi->stage);
	memset(vi, 0, sizeof(*vi));
}
