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

_Static_assert(CLASS_N == 4, "the corpus folds below test four counts per feature");

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
	struct nb_calib calib;
	int ready;
};

static const struct nb_calib calib_none = {.temperature = 1, .trust = 0, .flip = 2};

/* log P(feature | class) with add-alpha smoothing over v features: the one formula that the
 * model and the cross-validation folds share. */
static double log_likelihood(long long count, long long tokens, double alpha, size_t v)
{
	return log(((double)count + alpha) / ((double)tokens + alpha * (double)(v ? v : 1)));
}

struct nbayes *nbayes_new(void)
{
	struct nbayes *m = xcalloc(1, sizeof(*m));

	arena_init(&m->arena);
	strmap_init(&m->index);
	m->alpha = 1.0;
	m->calib = calib_none;
	return m;
}

const struct nb_calib *nbayes_calib(const struct nbayes *m)
{
	return &m->calib;
}

void nbayes_set_calib(struct nbayes *m, const struct nb_calib *k)
{
	m->calib = *k;
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
		m->prior[c] = m->docs[c] ? log((double)m->docs[c] / (double)total) : -INFINITY;
		for (i = 0; i < m->n; i++)
			m->ll[i][c] = log_likelihood(m->count[i][c], m->tokens[c], m->alpha, m->n);
	}
	m->ready = 1;
}

static int cmp_feat(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void nbayes_write(const struct nbayes *m, struct strbuf *out)
{
	const struct nb_calib *cal = &m->calib;
	char **sorted = xmalloc((m->n ? m->n : 1) * sizeof(*sorted));
	size_t i;
	int c;

	strbuf_addstr(out, "replycov-nbayes\t2\n"
	                   "# multinomial naive Bayes trained by 'replycov train'; format in README\n"
	                   "classes\tcriticism\tquestion\tthanks\tother\n");
	strbuf_addf(out, "alpha\t%g\n", m->alpha);
	strbuf_addf(out, "temperature\t%.6g\ntrust\t%.6g\nflip\t%.6g\ncv\t%ld\t%d", cal->temperature, cal->trust,
	            cal->flip, cal->labels, cal->folds);
	if (cal->folds)
		strbuf_addf(out, "\t%.4f\t%.4f\t%.4f\n", cal->f1_rules, cal->f1_model, cal->f1_combined);
	else
		strbuf_addstr(out, "\t-\t-\t-\n");
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

/* The lines of a model file in their order; version 1 files go from S_ALPHA to S_DOCS. */
enum stage { S_MAGIC, S_CLASSES, S_ALPHA, S_TEMPERATURE, S_TRUST, S_FLIP, S_CV, S_DOCS, S_TOKENS, S_FEATURES };

static const char *const stage_names[] = {
    "'replycov-nbayes'", "'classes'", "'alpha'", "'temperature'", "'trust'", "'flip'", "'cv'", "'docs'", "'tokens'"};

/* "NAME<TAB>VALUE" with lo <= VALUE <= hi; 0 or -1 (reported). */
static int parse_real(const struct loc *loc, char **f, size_t n, const char *name, double lo, double hi,
                      const char *what, double *out)
{
	char *end;
	double v = 0;

	errno = 0;
	if (n == 2 && !strcmp(f[0], name) && *f[1])
		v = strtod(f[1], &end);
	if (n != 2 || strcmp(f[0], name) || !*f[1] || *end || errno || !(v >= lo && v <= hi)) {
		diag_error(loc, "expected '%s' and %s", name, what);
		return -1;
	}
	*out = v;
	return 0;
}

/* A cross-validated macro-F1 in [0, 1], or "-" (not measured: -1). */
static int parse_f1(const char *s, double *out)
{
	char *end;

	if (!strcmp(s, "-")) {
		*out = -1;
		return 0;
	}
	errno = 0;
	*out = strtod(s, &end);
	return *s && !*end && !errno && *out >= 0 && *out <= 1 ? 0 : -1;
}

static int parse_cv(const struct loc *loc, char **f, size_t n, struct nb_calib *k)
{
	long long labels, folds;
	double *dst[3] = {&k->f1_rules, &k->f1_model, &k->f1_combined};
	int i;

	if (n != 6 || strcmp(f[0], "cv") || parse_count(f[1], &labels) || parse_count(f[2], &folds) || folds > 100 ||
	    (folds && labels < folds)) {
		diag_error(loc, "expected 'cv', the labels, the folds (0 to 100) and three macro-F1 values");
		return -1;
	}
	k->labels = (long)labels;
	k->folds = (int)folds;
	for (i = 0; i < 3; i++) {
		if (parse_f1(f[3 + i], dst[i]) || (folds && *dst[i] < 0)) {
			diag_error(loc, "'%s' is not a macro-F1 (0 to 1, or '-' when not measured)", f[3 + i]);
			return -1;
		}
	}
	return 0;
}

struct nbayes *nbayes_parse(const char *name, const char *buf, size_t len)
{
	struct nbayes *m = nbayes_new();
	struct strbuf sb;
	long long sum[CLASS_N] = {0};
	size_t off = 0;
	long line = 0;
	int c, bad = 0, version = 0;
	enum stage stage = S_MAGIC;
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
		case S_MAGIC:
			if (n != 2 || strcmp(f[0], "replycov-nbayes")) {
				diag_error(&loc,
				           "not a replycov model (the first line must be 'replycov-nbayes<TAB>2')");
				bad = 1;
			} else if (strcmp(f[1], "1") && strcmp(f[1], "2")) {
				diag_error(&loc,
				           "model version '%s' is not supported (this replycov reads versions 1 and 2)",
				           f[1]);
				bad = 1;
			} else {
				version = f[1][0] - '0';
			}
			break;
		case S_CLASSES:
			if (n != 5 || strcmp(f[0], "classes") || strcmp(f[1], "criticism") ||
			    strcmp(f[2], "question") || strcmp(f[3], "thanks") || strcmp(f[4], "other")) {
				diag_error(&loc,
				           "expected 'classes' and criticism, question, thanks, other, TAB-separated");
				bad = 1;
			}
			break;
		case S_ALPHA:
			bad = parse_real(&loc, f, n, "alpha", 1e-300, 100, "a smoothing value above 0 and at most 100",
			                 &m->alpha) != 0;
			if (!bad && version == 1)
				stage = S_DOCS - 1;
			break;
		case S_TEMPERATURE:
			bad = parse_real(&loc, f, n, "temperature", 1e-3, 1e6, "a value from 0.001 to 1000000",
			                 &m->calib.temperature) != 0;
			break;
		case S_TRUST:
			bad = parse_real(&loc, f, n, "trust", 0, 100, "a weight from 0 to 100", &m->calib.trust) != 0;
			break;
		case S_FLIP:
			bad = parse_real(&loc, f, n, "flip", 0, 2, "a probability from 0 to 1 (above 1: never)",
			                 &m->calib.flip) != 0;
			break;
		case S_CV:
			bad = parse_cv(&loc, f, n, &m->calib) != 0;
			break;
		case S_DOCS:
		case S_TOKENS: {
			const char *what = stage == S_DOCS ? "docs" : "tokens";
			long long *dst = stage == S_DOCS ? m->docs : m->tokens;
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
		case S_FEATURES: {
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
		if (stage < S_FEATURES)
			stage++;
	}
	if (!bad && stage < S_FEATURES) {
		struct loc loc = {.file = name, .line = line};
		diag_error(&loc, "model file ends before its %s line", stage_names[stage]);
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
	if (version == 1) {
		struct loc loc = {.file = name, .line = 1};
		diag_warn(&loc, "model made by an older replycov (version 1) was never measured on its labels: it "
		                "is not trusted and the rules decide alone (run 'replycov train' again)");
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

int nbayes_scores(const struct nbayes *m, const struct norm *n, double lp[CLASS_N])
{
	struct predict_ctx ctx;
	int c, any = 0;

	if (!m->ready)
		return -1;
	for (c = 0; c < CLASS_N; c++)
		any |= m->docs[c] != 0;
	if (!any)
		return -1;
	ctx.m = m;
	for (c = 0; c < CLASS_N; c++)
		ctx.lp[c] = m->prior[c];
	features(n, score_feature, &ctx);
	memcpy(lp, ctx.lp, sizeof(ctx.lp));
	return 0;
}

/* The most probable class of lp (classes with documents only) and the posteriors. */
static int posteriors(const long long docs[CLASS_N], const double lp[CLASS_N], double p[CLASS_N])
{
	double max = -INFINITY, sum = 0;
	int c, best = -1;

	for (c = 0; c < CLASS_N; c++) {
		if (docs[c] && (best < 0 || lp[c] > max)) {
			max = lp[c];
			best = c;
		}
	}
	if (best < 0)
		return -1;
	for (c = 0; c < CLASS_N; c++) {
		p[c] = docs[c] ? exp(lp[c] - max) : 0;
		sum += p[c];
	}
	for (c = 0; c < CLASS_N; c++)
		p[c] /= sum;
	return best;
}

int nbayes_predict(const struct nbayes *m, const struct norm *n, double p[CLASS_N])
{
	double lp[CLASS_N];

	if (nbayes_scores(m, n, lp))
		return -1;
	return posteriors(m->docs, lp, p);
}

/* Cross-validation corpus: every distinct feature gets an id once; a document is the list of
 * its feature ids in the order features() gives them. */
struct nb_corpus {
	struct nbayes *dict; /* its index and feature names only: the vocabulary */
	int *ids;            /* all documents' feature ids, one after the other */
	size_t n_ids, cap_ids;
	size_t *start; /* document d is ids[start[d] .. start[d + 1]) */
	size_t n_docs, cap_start;
};

struct corpus_ctx {
	struct nb_corpus *c;
};

static void corpus_feature(const char *f, size_t len, void *ctx)
{
	struct nb_corpus *c = ((struct corpus_ctx *)ctx)->c;
	long k = find_or_add(c->dict, f, len, 1);

	XGROW(c->ids, c->cap_ids, c->n_ids + 1);
	c->ids[c->n_ids++] = (int)k;
}

struct nb_corpus *nb_corpus_new(void)
{
	struct nb_corpus *c = xcalloc(1, sizeof(*c));

	c->dict = nbayes_new();
	XGROW(c->start, c->cap_start, 1);
	c->start[0] = 0;
	return c;
}

void nb_corpus_free(struct nb_corpus *c)
{
	if (!c)
		return;
	nbayes_free(c->dict);
	free(c->ids);
	free(c->start);
	free(c);
}

size_t nb_corpus_add(struct nb_corpus *c, const struct norm *n)
{
	struct corpus_ctx ctx = {c};

	features(n, corpus_feature, &ctx);
	XGROW(c->start, c->cap_start, c->n_docs + 2);
	c->start[++c->n_docs] = c->n_ids;
	return c->n_docs - 1;
}

int nb_corpus_fold(const struct nb_corpus *c, const size_t *train, size_t n_train, const int *cls, const size_t *test,
                   size_t n_test, double (*lp)[CLASS_N])
{
	size_t nf = c->dict->n ? c->dict->n : 1, i, j, v = 0;
	long long(*count)[CLASS_N] = xcalloc(nf, sizeof(*count));
	long long docs[CLASS_N] = {0}, tokens[CLASS_N] = {0}, total = 0;
	double prior[CLASS_N], alpha = 1.0;
	int k;

	if (!n_train) {
		free(count);
		return -1;
	}
	for (i = 0; i < n_train; i++) {
		size_t d = train[i];
		int cl = cls[i];
		docs[cl]++;
		for (j = c->start[d]; j < c->start[d + 1]; j++) {
			long long *row = count[c->ids[j]];
			if (!row[0] && !row[1] && !row[2] && !row[3])
				v++;
			row[cl]++;
			tokens[cl]++;
		}
	}
	for (k = 0; k < CLASS_N; k++)
		total += docs[k];
	for (k = 0; k < CLASS_N; k++)
		prior[k] = docs[k] ? log((double)docs[k] / (double)total) : -INFINITY;
	for (i = 0; i < n_test; i++) {
		size_t d = test[i];
		for (k = 0; k < CLASS_N; k++)
			lp[i][k] = prior[k];
		for (j = c->start[d]; j < c->start[d + 1]; j++) {
			const long long *row = count[c->ids[j]];
			if (!row[0] && !row[1] && !row[2] && !row[3])
				continue; /* never seen in this fold's training: not in its model */
			for (k = 0; k < CLASS_N; k++)
				lp[i][k] += log_likelihood(row[k], tokens[k], alpha, v);
		}
	}
	free(count);
	return 0;
}
