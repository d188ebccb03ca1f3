/* test_results.c: a thread handed over again replaces its earlier figures, never adds to them:
 * the citizens' counts after the second version equal those of a run that saw only the
 * second version, whether the thread's packed counts went to the scratch file or stayed in
 * memory (a scratch file that cannot be written); and the contributions read back are the
 * thread's own. */
#include "results.h"
#include "unit.h"

#include <stdlib.h>

static long long base = 1772438400; /* 2026-03-02T08:00:00Z */

static void add(struct thread *t, const char *id, const char *parent, const char *uid, long long dt)
{
	struct record r = {0};

	r.platform = "facebook";
	r.thread = "P_1";
	r.id = id;
	r.parent = parent;
	r.author_id = uid;
	r.author = !strcmp(uid, "P") ? "Servei" : uid;
	r.page = "P";
	r.text = "Why is nobody answering?";
	r.created.utc = base + dt;
	r.created.has_offset = 1;
	thread_add(t, &r, NULL);
}

/* First version: u1 asks twice (c1 answered by r1, c2 not), u2 once (not answered). The
 * second adds u3 (answered) and u2's second question, answered. */
static struct thread *version(int second)
{
	struct thread *t = thread_new("facebook", "P_1");

	add(t, "P_1", NULL, "P", 0);
	add(t, "c1", NULL, "u1", 60);
	add(t, "c2", NULL, "u1", 120);
	add(t, "c3", NULL, "u2", 180);
	add(t, "r1", "c1", "P", 600);
	if (second) {
		add(t, "c4", NULL, "u3", 700);
		add(t, "r4", "c4", "P", 800);
		add(t, "c5", NULL, "u2", 900);
		add(t, "r5", "c5", "P", 1000);
	}
	thread_build(t);
	return t;
}

static void fold(struct results *r, struct thread *t, int replace)
{
	struct coverage_opts o = {0};
	struct thread_coverage c;

	o.need_all = 1;
	coverage_thread(t, &o, &c);
	results_add(r, t, &c, replace);
	thread_coverage_release(&c);
}

static void same_citizens(struct results *a, struct results *b)
{
	size_t na, nb, i;
	struct citizen **va = results_citizens(a, &na), **vb = results_citizens(b, &nb);

	CHECK_EQ_LL(na, nb);
	for (i = 0; i < na && i < nb; i++) {
		CHECK_EQ_STR(va[i]->key, vb[i]->key);
		CHECK_EQ_LL(va[i]->comments, vb[i]->comments);
		CHECK_EQ_LL(va[i]->need, vb[i]->need);
		CHECK_EQ_LL(va[i]->answered, vb[i]->answered);
		CHECK_EQ_LL(va[i]->unanswered, vb[i]->unanswered);
		CHECK_EQ_LL(va[i]->threads, vb[i]->threads);
	}
	free(va);
	free(vb);
}

static void replaced(int in_memory)
{
	struct results r, fresh;
	struct thread *t1 = version(0), *t2 = version(1);
	struct thread_result *tr;
	struct contribution *v;
	size_t n = 0;

	results_init(&r, 0);
	results_init(&fresh, 0);
	if (in_memory)
		r.store.failed = 1; /* as when $TMPDIR cannot be written */
	fold(&r, t1, 0);
	tr = strmap_get(&r.threads, "facebook/P_1");
	CHECK(tr != NULL);
	if (tr) {
		CHECK_EQ_LL(tr->n_contrib, 2);
		CHECK_EQ_LL(tr->citizens_unanswered, 1); /* u2; u1 was answered once */
		CHECK(in_memory ? tr->contrib.mem != NULL : tr->contrib.mem == NULL);
	}
	fold(&r, t2, 1);
	fold(&fresh, t2, 0);
	same_citizens(&r, &fresh);
	tr = strmap_get(&r.threads, "facebook/P_1");
	if (tr) {
		v = results_contributions(&r, tr, &n);
		CHECK_EQ_LL(n, 3);
		if (n == 3) {
			/* in the order the citizens first wrote: u1, u2, u3 */
			CHECK_EQ_STR(v[0].who->key, "facebook/id:u1");
			CHECK_EQ_LL(v[0].comments, 2);
			CHECK_EQ_LL(v[0].answered, 1);
			CHECK_EQ_LL(v[0].unanswered, 1);
			CHECK_EQ_STR(v[1].who->key, "facebook/id:u2");
			CHECK_EQ_LL(v[1].need, 2);
			CHECK_EQ_LL(v[1].answered, 1);
			CHECK_EQ_STR(v[2].who->key, "facebook/id:u3");
			CHECK_EQ_LL(v[2].answered, 1);
		}
		free(v);
		CHECK_EQ_LL(tr->citizens_unanswered, 0);
		CHECK_EQ_LL(tr->n_waits, 3);
		/* waits 540, 100 and 100 s: the median 100; p90 at rank 1.8, 100 + 0.8 * 440 */
		CHECK_EQ_LL(tr->median_s, 100);
		CHECK_EQ_LL(tr->p90_s, 452);
	}
	results_release(&r);
	results_release(&fresh);
	thread_free(t1);
	thread_free(t2);
}

int main(void)
{
	unit_name = "results";
	replaced(0);
	replaced(1);
	return unit_end();
}
