/* test_coverage.c: answer rules on hand-built threads, and property loops over seeded random
 * trees checked against a brute-force reading of the rules. */
#include "coverage.h"
#include "text.h"
#include "unit.h"

#include <stdlib.h>

static struct thread *t;
static long long base = 1772438400; /* 2026-03-02T08:00:00Z */

static void add(const char *id, const char *parent, const char *author_id, const char *author, long long dt,
                const char *text, unsigned flags)
{
	struct record r = {0};

	r.platform = "facebook";
	r.thread = "P_1";
	r.id = id;
	r.parent = parent;
	r.author_id = author_id;
	r.author = author;
	r.page = "P";
	r.text = text;
	r.created.utc = base + dt;
	r.created.has_offset = 1;
	r.flags = flags;
	r.cls = -1; /* not classified: only the text rules decide what needs no reply */
	if (!author_id && !author)
		r.flags |= REC_AUTHOR_UNKNOWN;
	thread_add(t, &r, NULL);
}

static void fresh(void)
{
	if (t)
		thread_free(t);
	t = thread_new("facebook", "P_1");
}

static const struct comment_result *find(const struct thread_coverage *c, const char *id)
{
	size_t i;

	for (i = 0; i < c->n_comments; i++)
		if (!strcmp(t->recs[c->comments[i].rec].id, id))
			return &c->comments[i];
	printf("coverage: FAIL no result for '%s'\n", id);
	unit_fail++;
	return &c->comments[0];
}

static void run(struct thread_coverage *c, unsigned rules)
{
	struct coverage_opts o = {rules, 0, NULL};
	thread_build(t);
	coverage_thread(t, &o, c);
}

#define EXPECT(c, cid, st, rl, ans, w)                                                                                 \
	do {                                                                                                           \
		const struct comment_result *r_ = find(c, cid);                                                        \
		CHECK_EQ_STR(status_name(r_->status), status_name(st));                                                \
		CHECK_EQ_STR(rule_name(r_->rule), rule_name(rl));                                                      \
		CHECK_EQ_STR(r_->answer >= 0 ? t->recs[r_->answer].id : NULL, (ans));                                  \
		CHECK_EQ_LL(r_->answer >= 0 ? r_->wait : -1, (w));                                                     \
	} while (0)

static void test_rules(void)
{
	struct thread_coverage c;

	/* Classic Facebook: replies to replies live in the top-level comment's list. */
	fresh();
	add("P_1", NULL, "P", "Servei", 0, "Post", REC_POST);
	add("1_1", "P_1", "u1", "Ana Gil", 60, "¿Cuándo abre?", 0);
	add("1_2", "1_1", "u2", "Pep Roig", 120, "Jo també vull saber-ho", 0);
	add("1_3", "1_1", "P", "Servei", 300, "Abre el lunes", 0);
	add("1_4", "P_1", "u3", "Marta Soler Puig", 400, "No funciona la web", 0);
	add("1_5", "P_1", "P", "Servei", 1000, "marta soler puig, ya está arreglada", 0);
	add("1_6", "P_1", "u4", "Joan", 1100, "👍👍", 0);
	add("1_7", "P_1", "u5", "Luis Mas", 1200, "hola?", 0);
	add("1_8", "P_1", "u6", "Rosa Vidal", 1300, "", 0);
	run(&c, RULE_ALL);
	EXPECT(&c, "1_1", STATUS_ANSWERED, RULE_DIRECT, "1_3", 240);
	EXPECT(&c, "1_2", STATUS_ANSWERED, RULE_BRANCH, "1_3", 180);
	EXPECT(&c, "1_4", STATUS_ANSWERED, RULE_MENTION, "1_5", 600);
	EXPECT(&c, "1_6", STATUS_NOT_NEEDED, RULE_NONE, NULL, -1);
	EXPECT(&c, "1_7", STATUS_UNANSWERED, RULE_NONE, NULL, -1);
	EXPECT(&c, "1_8", STATUS_NOT_NEEDED, RULE_NONE, NULL, -1);
	CHECK_EQ_LL(c.n_official, 3);
	CHECK_EQ_LL(c.answered, 3);
	CHECK_EQ_LL(c.not_needed, 2);
	CHECK_EQ_LL(c.unanswered, 1);
	CHECK(c.source == OFFICIAL_PAGE);
	thread_coverage_release(&c);

	/* Rules can be switched off: without branch, 1_2 is unanswered. */
	run(&c, RULE_DIRECT);
	EXPECT(&c, "1_2", STATUS_UNANSWERED, RULE_NONE, NULL, -1);
	EXPECT(&c, "1_4", STATUS_UNANSWERED, RULE_NONE, NULL, -1);
	thread_coverage_release(&c);

	/* An official reply posted before the comment does not answer it; one at the same
	 * second does (wait 0); a citizen replying to themselves answers nothing. */
	fresh();
	add("P_1", NULL, "P", "Servei", 0, "Post", REC_POST);
	add("2_1", "P_1", "u1", "Ana Gil", 100, "Pregunta", 0);
	add("2_2", "2_1", "P", "Servei", 150, "Respuesta", 0);
	add("2_3", "2_1", "u2", "Pep Roig", 200, "I jo?", 0);
	add("2_4", "2_1", "u2", "Pep Roig", 250, "Hola??", 0);
	add("2_5", "P_1", "u3", "Eva Ruiz", 500, "Same second", 0);
	add("2_6", "2_5", "P", "Servei", 500, "Answer", 0);
	add("2_7", "P_1", "u4", "Self Talker", 600, "Anyone?", 0);
	add("2_8", "2_7", "u4", "Self Talker", 700, "Hello?", 0);
	run(&c, RULE_ALL);
	EXPECT(&c, "2_1", STATUS_ANSWERED, RULE_DIRECT, "2_2", 50);
	EXPECT(&c, "2_3", STATUS_UNANSWERED, RULE_NONE, NULL, -1);
	EXPECT(&c, "2_4", STATUS_UNANSWERED, RULE_NONE, NULL, -1);
	EXPECT(&c, "2_5", STATUS_ANSWERED, RULE_DIRECT, "2_6", 0);
	EXPECT(&c, "2_7", STATUS_UNANSWERED, RULE_NONE, NULL, -1);
	EXPECT(&c, "2_8", STATUS_UNANSWERED, RULE_NONE, NULL, -1);
	thread_coverage_release(&c);

	/* Orphans: parent missing; siblings under the same missing parent still form a list. */
	fresh();
	add("3_1", "3_0", "u1", "Ana Gil", 100, "Q", 0);
	add("3_2", "3_0", "P", "Servei", 200, "A", 0);
	add("3_3", "3_9", "u2", "Pep Roig", 50, "Other", 0);
	run(&c, RULE_ALL);
	CHECK_EQ_LL(t->orphans, 3);
	EXPECT(&c, "3_1", STATUS_ANSWERED, RULE_BRANCH, "3_2", 100);
	EXPECT(&c, "3_3", STATUS_UNANSWERED, RULE_NONE, NULL, -1);
	thread_coverage_release(&c);

	/* A cycle is broken at its earliest record and nothing hangs. */
	fresh();
	add("4_1", "4_3", "u1", "Ana Gil", 100, "a", 0);
	add("4_2", "4_1", "u2", "Pep Roig", 200, "b", 0);
	add("4_3", "4_2", "P", "Servei", 300, "c", 0);
	add("4_4", "4_4", "u3", "Self Parent", 400, "d", 0);
	run(&c, RULE_ALL);
	CHECK_EQ_LL(t->cycles, 2);
	CHECK((t->recs[0].flags & REC_CYCLE) != 0);
	EXPECT(&c, "4_1", STATUS_ANSWERED, RULE_DIRECT, "4_3", 200);
	EXPECT(&c, "4_2", STATUS_ANSWERED, RULE_DIRECT, "4_3", 100);
	thread_coverage_release(&c);

	/* Duplicates merge; the later copy's text wins and is counted as changed. */
	fresh();
	add("5_1", NULL, "u1", "Ana Gil", 100, "first", 0);
	add("5_1", NULL, "u1", "Ana Gil", 100, "first", 0);
	add("5_1", NULL, "u1", "Ana Gil", 100, "edited", 0);
	thread_build(t);
	CHECK_EQ_LL(t->n, 1);
	CHECK_EQ_LL(t->duplicates, 2);
	CHECK_EQ_LL(t->changed, 1);
	CHECK_EQ_STR(t->recs[0].text, "edited");
	CHECK((t->recs[0].flags & REC_EDITED) != 0);

	/* Mentions: @handle for one-word names, whole words only, accents and case ignored. */
	fresh();
	add("P_1", NULL, "P", "Servei", 0, "Post", REC_POST);
	add("6_1", "P_1", "u1", "Àngels Ferrer", 100, "Q1", 0);
	add("6_2", "P_1", "u2", "joan", 100, "Q2", 0);
	add("6_3", "P_1", "u3", "Ana Gil", 100, "Q3", 0);
	add("6_4", "P_1", "u4", "Eva Ruiz", 100, "Q4", 0);
	add("6_5", "P_1", "P", "Servei", 200, "ANGELS FERRER i @Joan: mirad. Susana Gila no. Joan sin arroba no.", 0);
	run(&c, RULE_ALL);
	EXPECT(&c, "6_1", STATUS_ANSWERED, RULE_MENTION, "6_5", 100);
	EXPECT(&c, "6_2", STATUS_ANSWERED, RULE_MENTION, "6_5", 100);
	EXPECT(&c, "6_3", STATUS_UNANSWERED, RULE_NONE, NULL, -1);
	EXPECT(&c, "6_4", STATUS_UNANSWERED, RULE_NONE, NULL, -1);
	thread_coverage_release(&c);

	/* No official account known: everything unanswered, source NONE. */
	fresh();
	add("7_1", NULL, "u1", "Ana Gil", 100, "Q", 0);
	thread_free(t);
	t = thread_new("generic", "t");
	{
		struct record r = {0};
		r.platform = "generic";
		r.thread = "t";
		r.id = "a";
		r.author = "Ana";
		r.text = "hola?";
		r.cls = -1;
		thread_add(t, &r, NULL);
	}
	run(&c, RULE_ALL);
	CHECK(c.source == OFFICIAL_NONE);
	CHECK_EQ_LL(c.unanswered, 1);
	thread_coverage_release(&c);
}

/* Reply chains far deeper than any C stack would survive if walked recursively. */
static void test_deep_chain(void)
{
	struct thread_coverage c;
	char id[32], parent[32];
	long i, n = 200000;

	fresh();
	add("P_1", NULL, "P", "Servei", 0, "Post", REC_POST);
	for (i = 0; i < n; i++) {
		snprintf(id, sizeof(id), "d_%ld", i);
		snprintf(parent, sizeof(parent), i ? "d_%ld" : "P_1", i - 1);
		if (i == n - 1)
			add(id, parent, "P", "Servei", i + 1, "answer", 0);
		else
			add(id, parent, "u1", "Ana Gil", i + 1, "more", 0);
	}
	run(&c, RULE_ALL);
	CHECK_EQ_LL(c.answered, n - 1);
	EXPECT(&c, "d_0", STATUS_ANSWERED, RULE_DIRECT, "d_199999", n - 1);
	thread_coverage_release(&c);
}

/* ---- brute force ---- */
static int is_desc(long r, long c)
{
	long v = t->parent[r];
	long steps = 0;
	while (v >= 0 && steps++ <= (long)t->n) {
		if (v == c)
			return 1;
		v = t->parent[v];
	}
	return 0;
}

static int names(const char *text, const char *name)
{
	struct strbuf a, b;
	int hit = 0, words = 0;
	const char *p;
	size_t n;

	strbuf_init(&a);
	strbuf_init(&b);
	text_fold(text, &a);
	text_fold(name, &b);
	for (p = b.buf; *p; p++)
		words += (p == b.buf || p[-1] == ' ') && *p != ' ';
	n = b.len;
	if (words >= 2)
		for (p = a.buf; (p = strstr(p, b.buf)); p++) {
			int left = p == a.buf || p[-1] == ' ' || p[-1] == ',';
			int right = p[n] == '\0' || p[n] == ' ' || p[n] == ',' || p[n] == '.' || p[n] == ':';
			if (left && right)
				hit = 1;
		}
	strbuf_release(&a);
	strbuf_release(&b);
	return hit;
}

static void test_random(void)
{
	static const char *people[] = {"Ana Gil", "Pep Roig", "Eva Ruiz", "Joan Mas", "Servei"};
	unsigned seed;
	int rounds = 0;

	for (seed = 1; seed <= 400; seed++) {
		struct thread_coverage c;
		long n, i, k;
		char id[16], par[16];
		size_t ci;
		srand(seed);
		fresh();
		n = 1 + rand() % 40;
		add("P_1", NULL, "P", "Servei", 0, "Post", REC_POST);
		for (i = 0; i < n; i++) {
			int who = rand() % 5;
			char text[64];
			snprintf(id, sizeof(id), "r_%ld", i);
			if (rand() % 6 == 0)
				snprintf(par, sizeof(par), "gone_%d", rand() % 2);
			else if (i && rand() % 3)
				snprintf(par, sizeof(par), "r_%d", rand() % (int)i);
			else
				snprintf(par, sizeof(par), "P_1");
			if (who == 4 && rand() % 2)
				snprintf(text, sizeof(text), "hola %s.", people[rand() % 4]);
			else
				snprintf(text, sizeof(text), "%s", rand() % 8 ? "text" : "🙂");
			add(id, par, who == 4 ? "P" : people[who], people[who], rand() % 20, text, 0);
		}
		run(&c, RULE_ALL);
		CHECK(c.answered + c.unanswered + c.not_needed == (long)c.n_comments);
		CHECK(c.n_comments + (size_t)c.n_official == t->n);
		for (ci = 0; ci < c.n_comments; ci++) {
			const struct comment_result *cr = &c.comments[ci];
			long cc = cr->rec, best = -1, best_rule = 0;
			for (k = 0; k < (long)t->n; k++) {
				int rule = 0;
				if (!c.official[k] || t->recs[k].created.utc < t->recs[cc].created.utc)
					continue;
				if (is_desc(k, cc))
					rule = 1;
				else if ((t->parent[k] >= 0 && t->parent[k] == t->parent[cc] &&
				          t->parent[cc] != t->post) ||
				         (t->parent[k] < 0 && t->parent[cc] < 0 && (t->recs[k].flags & REC_ORPHAN) &&
				          (t->recs[cc].flags & REC_ORPHAN) &&
				          !strcmp(t->recs[k].parent, t->recs[cc].parent)))
					rule = 2;
				else if (names(t->recs[k].text, t->recs[cc].author))
					rule = 3;
				if (!rule)
					continue;
				if (best < 0 || t->recs[k].created.utc < t->recs[best].created.utc ||
				    (t->recs[k].created.utc == t->recs[best].created.utc &&
				     (rule < best_rule || (rule == best_rule && k < best)))) {
					best = k;
					best_rule = rule;
				}
			}
			if (best >= 0) {
				CHECK(cr->status == STATUS_ANSWERED);
				if (cr->answer != best || (long)(cr->rule == RULE_DIRECT   ? 1
				                                 : cr->rule == RULE_BRANCH ? 2
				                                                           : 3) != best_rule)
					printf("coverage: seed %u comment %s: got %s by %s, want %s by %ld\n", seed,
					       t->recs[cc].id, cr->answer >= 0 ? t->recs[cr->answer].id : "-",
					       rule_name(cr->rule), t->recs[best].id, best_rule);
				CHECK_EQ_LL(cr->answer, best);
			} else {
				CHECK(cr->status != STATUS_ANSWERED);
			}
		}
		thread_coverage_release(&c);
		rounds++;
	}
	CHECK_EQ_LL(rounds, 400);
}

int main(void)
{
	unit_name = "coverage";
	test_rules();
	test_deep_chain();
	test_random();
	thread_free(t);
	return unit_end();
}
