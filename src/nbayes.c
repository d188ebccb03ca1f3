/* nbayes.c: multinomial naive Bayes (see nbayes.h for the file format). Counting, writing,
 * a strict parser for files that may be damaged or hostile (it is fuzzed from memory), and
 * prediction. It does not tokenise: it reads the classifier's normalised tokens. */
#include "nbayes.h"
#include "diag.h"
#include "strmap.h"
#include "util.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_COUNT 1000000000000LL

struct nbayes {
	struct arena arena;
	struct strmap index; /* feature -> position + 1 */
	char **feat;
	long long (*count)[CLASS_N];
	size_t n, cap;
	long long docs[CLASS_N], tokens[CLASS_N];
	double alpha;
	double (*ll)[CLASS_N]; /* after nbayes_finish: log P(feature | class) */
	double prior[CLASS_N]; /* log P(class); -INFINITY when no document */
	int ready;
};

struct nbayes *nbayes_new(void)
{
	struct nbayes *m = xcalloc(1, sizeof(*m));

	arena_init(&m->arena);
	strmap_init(&m->index);
	m->alpha = 1.0;
	return m;
}

void nbayes_free(struct nbayes *m)
{
	if (!m)
		return;
	arena_release(&m->arena);
	strmap_release(&m->index);
	free(m->feat);
	free(m->count);
	free(m->ll);
	free(m);
}

long nbayes_docs(const struct nbayes *m, enum msg_class cls)
{
	return (long)m->docs[cls];
}

static long find_or_add(struct nbayes *m, const char *f, size_t len, int add)
{
	void **slot;
	char *key;
	int created;
	void *v;

	if (!add) {
		char small[256];
		if (len >= sizeof(small))
			return -1;
		memcpy(small, f, len);
		small[len] = '\0';
		v = strmap_get(&m->index, small);
		return v ? (long)((intptr_t)v - 1) : -1;
	}
	key = arena_strndup(&m->arena, f, len);
	slot = strmap_put(&m->index, key, &created);
	if (!created)
		return (long)((intptr_t)*slot - 1);
	XGROW(m->feat, m->cap, m->n + 1);
	m->count = xrealloc(m->count, m->cap * sizeof(*m->count));
	m->feat[m->n] = key;
	memset(m->count[m->n], 0, sizeof(*m->count));
	*slot = (void *)(intptr_t)(m->n + 1);
	return (long)m->n++;
}

/* Calls fn for every feature of n: tokens, then neighbouring pairs. */
static void features(const struct norm *n, void (*fn)(const char *f, size_t len, void *ctx), void *ctx)
{
	struct strbuf sb;
	size_t i;

	strbuf_init(&sb);
	for (i = 0; i < n->n; i++) {
		const struct token *t = &n->tok[i];
		if (t->flags & TOK_NUMBER)
			fn("#", 1, ctx);
		else
			fn(n->buf.buf + t->off, t->len, ctx);
		if (i + 1 < n->n) {
			const struct token *u = &n->tok[i + 1];
			strbuf_reset(&sb);
			if (t->flags & TOK_NUMBER)
				strbuf_addch(&sb, '#');
			else
				strbuf_add(&sb, n->buf.buf + t->off, t->len);
			strbuf_addch(&sb, ' ');
			if (u->flags & TOK_NUMBER)
				strbuf_addch(&sb, '#');
			else
				strbuf_add(&sb, n->buf.buf + u->off, u->len);
			fn(sb.buf, sb.len, ctx);
		}
	}
	strbuf_release(&sb);
}

struct add_ctx {
	struct nbayes *m;
	enum msg_class cls;
};

static void add_feature(const char *f, size_t len, void *ctx)
{
	struct add_ctx *a = ctx;
	long k = find_or_add(a->m, f, len, 1);

	a->m->count[k][a->cls]++;
	a->m->tokens[a->cls]++;
}

void nbayes_add(struct nbayes *m, const struct norm *n, enum msg_class cls)
{
	struct add_ctx a = {m, cls};

	m->docs[cls]++;
	features(n, add_feature, &a);
	m->ready = 0;
}

void nbayes_finish(struct nbayes *m)
{
	long long total = 0;
	size_t i;
	int c;

	free(m->ll);
	m->ll = xmalloc((m->n ? m->n : 1) * sizeof(*m->ll));
	for (c = 0; c < CLASS_N; c++)
		total += m->docs[c];
	for (c = 0; c < CLASS_N; c++) {
		double denom = (double)m->tokens[c] + m->alpha * (double)(m->n ? m->n : 1);
		m->prior[c] = m->docs[c] ? log((double)m->docs[c] / (double)total) : -INFINITY;
		for (i = 0; i < m->n; i++)
			m->ll[i][c] = log(((double)m->count[i][c] + m->alpha) / denom);
	}
	m->ready = 1;
}

static int cmp_feat(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void nbayes_write(const struct nbayes *m, struct strbuf *out)
{
	char **sorted = xmalloc((m->n ? m->n : 1) * sizeof(*sorted));
	size_t i;
	int c;

	strbuf_addstr(out, "replycov-nbayes\t1\n"
	                   "# multinomial naive Bayes trained by 'replycov train'; format in README\n"
	                   "classes\tcriticism\tquestion\tthanks\tother\n");
	strbuf_addf(out, "alpha\t%g\n", m->alpha);
	strbuf_addstr(out, "docs");
	for (c = 0; c < CLASS_N; c++)
		strbuf_addf(out, "\t%lld", m->docs[c]);
	strbuf_addstr(out, "\ntokens");
	for (c = 0; c < CLASS_N; c++)
		strbuf_addf(out, "\t%lld", m->tokens[c]);
	strbuf_addch(out, '\n');
	memcpy(sorted, m->feat, m->n * sizeof(*sorted));
	qsort(sorted, m->n, sizeof(*sorted), cmp_feat);
	for (i = 0; i < m->n; i++) {
		long k = (long)((intptr_t)strmap_get(&m->index, sorted[i]) - 1);
		strbuf_addf(out, "f\t%s", sorted[i]);
		for (c = 0; c < CLASS_N; c++)
			strbuf_addf(out, "\t%lld", m->count[k][c]);
		strbuf_addch(out, '\n');
	}
	free(sorted);
}

/* Split line[0..len) at TABs into at most max fields (NUL-terminated copies in sb). */
static size_t split_tabs(const char *line, size_t len, struct strbuf *sb, char **f, size_t max)
{
	size_t n = 0, i, start = 0;

	strbuf_reset(sb);
	strbuf_add(sb, line, len);
	for (i = 0; i <= len && n < max; i++) {
		if (i == len || sb->buf[i] == '\t') {
			sb->buf[i] = '\0';
			f[n++] = sb->buf + start;
			start = i + 1;
		}
	}
	if (i <= len) /* more fields than max */
		return max + 1;
	return n;
}

static int parse_count(const char *s, long long *out)
{
	char *end;
	long long v;

	if (!*s || *s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (*end || errno || v < 0 || v > MAX_COUNT)
		return -1;
	*out = v;
	return 0;
}

struct nbayes *nbayes_parse(const char *name, const char *buf, size_t len)
{
	struct nbayes *m = nbayes_new();
	struct strbuf sb;
	long long sum[CLASS_N] = {0};
	size_t off = 0;
	long line = 0;
	int stage = 0, c, bad = 0; /* stage: 0 magic, 1 classes, 2 alpha, 3 docs, 4 tokens, 5 features */
	char *f[8];

	strbuf_init(&sb);
	while (off < len && !bad) {
		const char *p = buf + off, *nl = memchr(p, '\n', len - off);
		size_t l = nl ? (size_t)(nl - p) : len - off, n;
		struct loc loc = {.file = name, .line = ++line};

		off += l + (nl ? 1 : 0);
		if (l && p[l - 1] == '\r')
			l--;
		if (memchr(p, '\0', l)) {
			diag_error(&loc, "model file holds a NUL byte");
			bad = 1;
			break;
		}
		if (!l || p[0] == '#')
			continue;
		n = split_tabs(p, l, &sb, f, 6);
		switch (stage) {
		case 0:
			if (n != 2 || strcmp(f[0], "replycov-nbayes")) {
				diag_error(&loc,
				           "not a replycov model (the first line must be 'replycov-nbayes<TAB>1')");
				bad = 1;
			} else if (strcmp(f[1], "1")) {
				diag_error(&loc, "model version '%s' is not supported (this replycov reads version 1)",
				           f[1]);
				bad = 1;
			}
			break;
		case 1:
			if (n != 5 || strcmp(f[0], "classes") || strcmp(f[1], "criticism") ||
			    strcmp(f[2], "question") || strcmp(f[3], "thanks") || strcmp(f[4], "other")) {
				diag_error(&loc,
				           "expected 'classes' and criticism, question, thanks, other, TAB-separated");
				bad = 1;
			}
			break;
		case 2: {
			char *end;
			double a;
			errno = 0;
			a = n == 2 && !strcmp(f[0], "alpha") ? strtod(f[1], &end) : -1;
			if (n != 2 || strcmp(f[0], "alpha") || !*f[1] || *end || errno || !(a > 0 && a <= 100)) {
				diag_error(&loc, "expected 'alpha' and a smoothing value above 0 and at most 100");
				bad = 1;
			} else {
				m->alpha = a;
			}
			break;
		}
		case 3:
		case 4: {
			const char *what = stage == 3 ? "docs" : "tokens";
			long long *dst = stage == 3 ? m->docs : m->tokens;
			if (n != 5 || strcmp(f[0], what)) {
				diag_error(&loc, "expected '%s' and four counts, TAB-separated", what);
				bad = 1;
				break;
			}
			for (c = 0; c < CLASS_N; c++) {
				if (parse_count(f[c + 1], &dst[c])) {
					diag_error(&loc, "'%s' is not a count (0 to %lld)", f[c + 1], MAX_COUNT);
					bad = 1;
					break;
				}
			}
			break;
		}
		default: {
			long k;
			if (n != 6 || strcmp(f[0], "f") || !*f[1]) {
				diag_error(&loc,
				           "expected a feature line: 'f', the feature and four counts, TAB-separated");
				bad = 1;
				break;
			}
			if (strlen(f[1]) >= 256) {
				diag_error(&loc, "feature longer than 255 bytes");
				bad = 1;
				break;
			}
			if (find_or_add(m, f[1], strlen(f[1]), 0) >= 0) {
				diag_error(&loc, "feature '%s' listed twice", f[1]);
				bad = 1;
				break;
			}
			k = find_or_add(m, f[1], strlen(f[1]), 1);
			for (c = 0; c < CLASS_N; c++) {
				if (parse_count(f[c + 2], &m->count[k][c])) {
					diag_error(&loc, "'%s' is not a count (0 to %lld)", f[c + 2], MAX_COUNT);
					bad = 1;
					break;
				}
				sum[c] += m->count[k][c];
			}
			break;
		}
		}
		if (stage < 5)
			stage++;
	}
	if (!bad && stage < 5) {
		struct loc loc = {.file = name, .line = line};
		diag_error(&loc, "model file ends before its %s line",
		           stage == 0   ? "'replycov-nbayes'"
		           : stage == 1 ? "'classes'"
		           : stage == 2 ? "'alpha'"
		           : stage == 3 ? "'docs'"
		                        : "'tokens'");
		bad = 1;
	}
	for (c = 0; c < CLASS_N && !bad; c++) {
		if (sum[c] != m->tokens[c]) {
			struct loc loc = {.file = name, .line = line};
			diag_error(&loc,
			           "the %s counts of the features add up to %lld, the tokens line says %lld "
			           "(damaged file?)",
			           class_name((enum msg_class)c), sum[c], m->tokens[c]);
			bad = 1;
		}
	}
	strbuf_release(&sb);
	if (bad) {
		nbayes_free(m);
		return NULL;
	}
	nbayes_finish(m);
	return m;
}

struct predict_ctx {
	const struct nbayes *m;
	double lp[CLASS_N];
};

static void score_feature(const char *f, size_t len, void *ctx)
{
	struct predict_ctx *p = ctx;
	long k = find_or_add((struct nbayes *)p->m, f, len, 0);
	int c;

	if (k < 0)
		return;
	for (c = 0; c < CLASS_N; c++)
		p->lp[c] += p->m->ll[k][c];
}

int nbayes_predict(const struct nbayes *m, const struct norm *n, double p[CLASS_N])
{
	struct predict_ctx ctx;
	double max = -INFINITY, sum = 0;
	int c, best = -1;

	if (!m->ready)
		return -1;
	ctx.m = m;
	for (c = 0; c < CLASS_N; c++)
		ctx.lp[c] = m->prior[c];
	features(n, score_feature, &ctx);
	for (c = 0; c < CLASS_N; c++) {
		if (m->docs[c] && (best < 0 || ctx.lp[c] > max)) {
			max = ctx.lp[c];
			best = c;
		}
	}
	if (best < 0)
		return -1;
	for (c = 0; c < CLASS_N; c++) {
		p[c] = m->docs[c] ? exp(ctx.lp[c] - max) : 0;
		sum += p[c];
	}
	for (c = 0; c < CLASS_N; c++)
		p[c] /= sum;
	return best;
}
