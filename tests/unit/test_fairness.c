/* test_fairness.c: the fairness figures and the proof sheet on a thread built by hand, every
 * expected value worked out in the comments: answer rates by class and of frequent critics,
 * answers out of order and the longest jump, the moderation log, a thread handed over again,
 * and the proof sheet's ranks, "answered after them" and "answered before it". */
#include "fairness.h"
#include "classify.h"
#include "proof.h"
#include "unit.h"

#include <limits.h>
#include <stdlib.h>

static struct thread *t;
static long long base = 1772438400; /* 2026-03-02T08:00:00Z */

static void add(const char *id, const char *parent, const char *uid, long long dt, int cls, unsigned flags)
{
	struct record r = {0};

	r.platform = "facebook";
	r.thread = "P_1";
	r.id = id;
	r.parent = parent;
	r.author_id = uid;
	r.author = !strcmp(uid, "P") ? "Servei" : uid;
	r.page = "P";
	r.text = "ok";
	r.created.utc = base + dt;
	r.created.has_offset = 1;
	r.flags = flags;
	r.cls = (signed char)cls;
	thread_add(t, &r, NULL);
}

/* P: the post. c1..c4 arrive a minute apart; the page answers c3 first (at 600 s), then c1 and
 * c4 together (900 s); c2 never. u1 criticises again (c5, never answered); c6 is hidden and
 * answered; c7 is thanks, answered. */
static void build(void)
{
	t = thread_new("facebook", "P_1");
	add("P_1", NULL, "P", 0, -1, 0);
	add("c1", NULL, "u1", 60, CLASS_CRITICISM, 0);
	add("c2", NULL, "u2", 120, CLASS_CRITICISM, 0);
	add("c3", NULL, "u3", 180, CLASS_QUESTION, 0);
	add("c4", NULL, "u4", 240, CLASS_QUESTION, 0);
	add("r3", "c3", "P", 600, -1, 0);
	add("r1", "c1", "P", 900, -1, 0);
	add("r4", "c4", "P", 900, -1, 0);
	add("c5", NULL, "u1", 1000, CLASS_CRITICISM, 0);
	add("c6", NULL, "u5", 1100, CLASS_QUESTION, REC_HIDDEN);
	add("r6", "c6", "P", 1200, -1, 0);
	add("c7", NULL, "u6", 1300, CLASS_THANKS, 0);
	add("r7", "c7", "P", 1400, -1, 0);
	thread_build(t);
}

static void fairness(const struct coverage_opts *o)
{
	struct thread_coverage c;
	struct fairness f;
	struct fairness_figures fig;

	coverage_thread(t, o, &c);
	fairness_init(&f, o, NULL);
	fairness_add(&f, t, &c, 0);
	fairness_add(&f, t, &c, 1); /* handed over again: replaces, never adds */
	fairness_figures(&f, &fig);
	/* Compared: c1 (answered), c2, c3 (answered), c4 (answered), c5. c6 is moderated, c7 an
	 * answered comment of a class the policy excludes. */
	CHECK_EQ_LL(fig.by_class.a.answered, 1); /* criticism: c1 of c1, c2, c5 */
	CHECK_EQ_LL(fig.by_class.a.need, 3);
	CHECK_EQ_LL(fig.by_class.b.answered, 2); /* the rest: c3, c4 */
	CHECK_EQ_LL(fig.by_class.b.need, 2);
	/* [[1,2],[2,0]]: rows 3 and 2, 3 answered of 5; X (answered critics) ranges 1..3 with
	 * weights C(3,x) C(2,3-x): x = 1: 3, x = 2: 6, x = 3: 1, of C(5,3) = 10. P(X <= 1) = 0.3;
	 * two-sided, the terms no larger than 3 (x = 1 and 3): 0.4. */
	CHECK(fig.by_class.test.p_less > 0.3 - 1e-12 && fig.by_class.test.p_less < 0.3 + 1e-12);
	CHECK(fig.by_class.test.p_two_sided > 0.4 - 1e-12 && fig.by_class.test.p_two_sided < 0.4 + 1e-12);
	CHECK_EQ_LL(fig.left_out_class, 1);
	CHECK_EQ_LL(fig.moderated, 1);
	CHECK_EQ_LL(fig.moderated_need, 1);
	CHECK_EQ_LL(fig.moderated_by_flag[0], 1); /* hidden */
	CHECK_EQ_LL(fig.n_log, 1);
	CHECK_EQ_STR(fig.log[0]->id, "c6");
	CHECK(fig.log[0]->status == STATUS_ANSWERED); /* listed with coverage's status... */
	/* ...and never counted as answered: 3 answered in the figures (c1, c3, c4), not 4. */
	CHECK_EQ_LL(fig.channel.a.answered, 3);
	CHECK_EQ_LL(fig.channel.a.need, 5);
	/* u1 criticised twice (c1, c5): the only frequent critic, 1 of 2 answered; everyone else
	 * (u2, u3, u4) 2 of 3. u5 (moderated only) and u6 (thanks only) have nothing compared. */
	CHECK_EQ_LL(fig.users, 4);
	CHECK_EQ_LL(fig.critics, 2);
	CHECK_EQ_LL(fig.frequent_critics, 1);
	CHECK_EQ_LL(fig.frequent.a.answered, 1);
	CHECK_EQ_LL(fig.frequent.a.need, 2);
	CHECK_EQ_LL(fig.frequent.b.answered, 2);
	CHECK_EQ_LL(fig.frequent.b.need, 3);
	/* Order: c3 answered at 600 while c1 and c2 waited (jump 2, over c1); at 900 c1 and c4 are
	 * answered together: c1 passed over nobody, c4 passed over c2. */
	CHECK_EQ_LL(fig.order_answered, 3);
	CHECK_EQ_LL(fig.order_out_of_order, 2);
	CHECK(fig.longest != NULL);
	if (fig.longest) {
		CHECK_EQ_LL(fig.longest->order.longest_jump, 2);
		CHECK_EQ_STR(fig.longest->order.jump_id, "c3");
		CHECK_EQ_STR(fig.longest->order.jump_over_id, "c1");
		CHECK_EQ_LL(fig.longest->order.jump_at, base + 600);
	}
	fairness_figures_release(&fig);
	fairness_release(&f);
	thread_coverage_release(&c);
}

static void proof(const struct coverage_opts *o)
{
	struct thread_coverage c;
	struct schedule *s = schedule_always("UTC");
	struct hours h;
	struct waits_opts wo = {0};
	struct proof pf;
	struct proof_person **v;
	struct proof_sheet sh;
	size_t n, i;

	hours_init(&h, s);
	wo.hours = &h;
	wo.from = LLONG_MIN;
	wo.to = LLONG_MAX;
	coverage_thread(t, o, &c);

	/* u2 (c2, never answered): answered after them are c3, c4, c6 and c7, by four people (u1's
	 * c5 was not answered). */
	proof_init(&pf, "u2", &wo);
	proof_add(&pf, t, &c, 0);
	proof_add(&pf, t, &c, 1);
	v = proof_candidates(&pf, &n);
	CHECK_EQ_LL(n, 1);
	proof_sheet_build(&pf, v[0], &sh);
	CHECK_EQ_LL(sh.n_items, 1);
	CHECK(sh.never_answered);
	if (sh.n_items) {
		const struct proof_msg *m = sh.items[0].m;
		CHECK_EQ_LL(m->n_later, 4);
		CHECK_EQ_LL(m->later_citizens, 4);
		if (m->n_later == 4) {
			CHECK_EQ_STR(m->later[0].id, "c3");
			CHECK_EQ_STR(m->later[3].id, "c7");
		}
		CHECK_EQ_STR(m->before.id, "c1");
		CHECK_EQ_STR(m->after.id, "c3");
	}
	proof_sheet_release(&sh);
	free(v);
	proof_release(&pf);

	/* u1: c1 answered after 840 s, c5 never. Everyone's answered waits: c7 100, c6 100, c3 420,
	 * c4 660, c1 840; the others' are 100, 100, 420, 660 (median 260): c1 waited longer than all
	 * four (percentile 100). c3 was written after c1 and answered before it. */
	proof_init(&pf, "u1", &wo);
	proof_add(&pf, t, &c, 0);
	v = proof_candidates(&pf, &n);
	CHECK_EQ_LL(n, 1);
	proof_sheet_build(&pf, v[0], &sh);
	CHECK_EQ_LL(sh.n_items, 2);
	CHECK_EQ_LL(sh.need, 2);
	CHECK_EQ_LL(sh.answered, 1);
	CHECK(!sh.never_answered);
	CHECK_EQ_LL(sh.same.need, 5);
	CHECK_EQ_LL(sh.same.answered, 4);
	CHECK_EQ_LL(sh.same.median_cal, 260);
	CHECK_EQ_LL(sh.median_cal, 840);
	for (i = 0; i < sh.n_items; i++) {
		const struct proof_item *it = &sh.items[i];
		if (!strcmp(it->m->id, "c1")) {
			CHECK_EQ_LL(it->m->wait_cal, 840);
			CHECK_EQ_LL(it->same_cal.n, 4);
			CHECK_EQ_LL(it->same_cal.less, 4);
			CHECK_EQ_LL(it->same_cal.percentile, 100);
			CHECK_EQ_LL(it->m->later_answered_first, 1);
			CHECK_EQ_STR(it->m->answer_id, "r1");
		} else {
			CHECK_EQ_STR(it->m->id, "c5");
			CHECK_EQ_LL(it->m->n_later, 2); /* c6 and c7 */
		}
	}
	proof_sheet_release(&sh);
	free(v);
	proof_release(&pf);

	/* u3's c3 (420 s) against 100, 100, 660, 840: two less, two more: percentile 50. */
	proof_init(&pf, "facebook/u3", &wo);
	proof_add(&pf, t, &c, 0);
	v = proof_candidates(&pf, &n);
	CHECK_EQ_LL(n, 1);
	proof_sheet_build(&pf, v[0], &sh);
	CHECK_EQ_LL(sh.n_items, 1);
	if (sh.n_items) {
		CHECK_EQ_LL(sh.items[0].same_cal.less, 2);
		CHECK_EQ_LL(sh.items[0].same_cal.more, 2);
		CHECK_EQ_LL(sh.items[0].same_cal.percentile, 50);
	}
	proof_sheet_release(&sh);
	free(v);
	proof_release(&pf);

	/* The page is no citizen; nobody is "u9". */
	proof_init(&pf, "P", &wo);
	proof_add(&pf, t, &c, 0);
	v = proof_candidates(&pf, &n);
	CHECK_EQ_LL(n, 1);
	CHECK(n == 1 && v[0]->messages == 0 && v[0]->official_messages == 6);
	free(v);
	proof_release(&pf);
	proof_init(&pf, "u9", &wo);
	proof_add(&pf, t, &c, 0);
	v = proof_candidates(&pf, &n);
	CHECK_EQ_LL(n, 0);
	free(v);
	proof_release(&pf);

	thread_coverage_release(&c);
	hours_release(&h);
	schedule_free(s);
}

int main(void)
{
	struct coverage_opts o = {RULE_ALL, 0, NULL};

	unit_name = "fairness";
	o.need_classes = (1u << CLASS_CRITICISM) | (1u << CLASS_QUESTION);
	build();
	fairness(&o);
	proof(&o);
	thread_free(t);
	return unit_end();
}
