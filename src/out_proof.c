/* out_proof.c: the proof sheet as a document (doc.h) in the reader's language: the summary in
 * sentences and key figures, each message of the person with what became of it, once the comments
 * of other people answered after the person's unanswered ones, how the record is made, and the
 * evidence. The sheet is computed by proof.c; this only words it, applying the privacy options to
 * everyone but the person. It writes no format (the doc writers do) and no JSON (out_proof_json.c). */
#include "out_proof.h"
#include "classify.h"
#include "text.h"
#include "thread.h"
#include "util_tz.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* What every piece of the sheet needs. */
struct sheet {
	struct doc *d;
	enum ui_lang l;
	const struct proof_doc *pd;
	const struct proof_sheet *s;
	int service; /* a schedule was given: service-hour waits are shown */
	const char *name;
	struct strbuf a; /* scratch */
};

static const char *w(const struct sheet *x, int id)
{
	return tr(x->l, id);
}

static const char *num(struct sheet *x, long long n)
{
	return doc_num(x->d, x->l, n);
}

/* A count of other people's messages: "<K" under --min-cell. */
static const char *cnt(struct sheet *x, long n)
{
	if (privacy_hides(x->pd->pv, n)) {
		strbuf_reset(&x->a);
		privacy_count(x->pd->pv, n, &x->a);
		return doc_str(x->d, x->a.buf);
	}
	return num(x, n);
}

/* n for choosing singular or plural: a hidden count reads as several. */
static long long plural_n(const struct sheet *x, long n)
{
	return privacy_hides(x->pd->pv, n) ? 2 : n;
}

static const char *wait(struct sheet *x, long long s)
{
	return doc_wait(x->d, x->l, s);
}

/* A wait in calendar time, with the service-hour one when a schedule was given: "1 h 23 min (34
 * min in service hours)" (paren) or "1 h 23 min; 34 min in service hours". */
static const char *wait_both(struct sheet *x, long long cal, long long svc, int paren)
{
	if (!x->service)
		return wait(x, cal);
	return doc_fmt(x->d, w(x, paren ? TP_WAIT_SVC_PAREN : TP_WAIT_SVC_SEMI), wait(x, cal), wait(x, svc));
}

static const char *when(struct sheet *x, long long t)
{
	return doc_datetime(x->d, x->l, x->pd->zone, t);
}

static const char *pct(struct sheet *x, long n, long den)
{
	return doc_pct(x->d, x->l, n, den);
}

/* Text from the input as the privacy options allow (the person's own name kept). */
static const char *shown_text(struct sheet *x, const char *platform, const char *text, size_t max_chars)
{
	struct strbuf t;
	const char *r;

	strbuf_init(&t);
	privacy_text(x->pd->pv, platform, text, x->s->who->akey, &t);
	strbuf_reset(&x->a);
	if (max_chars)
		text_excerpt(t.buf, max_chars, &x->a);
	else
		strbuf_addstr(&x->a, t.buf);
	r = doc_str(x->d, x->a.buf);
	strbuf_release(&t);
	return r;
}

static const char *person_name(const struct proof_person *p)
{
	return p->name ? p->name : p->author_id ? p->author_id : p->akey;
}

static const char *rule_words(const struct sheet *x, enum answer_rule r)
{
	return w(x, r == RULE_BRANCH ? T_RULE_BRANCH : r == RULE_MENTION ? T_RULE_MENTION : T_RULE_DIRECT);
}

static const char *rule_short(const struct sheet *x, enum answer_rule r)
{
	return w(x, r == RULE_BRANCH ? TP_RULE_BRANCH : r == RULE_MENTION ? TP_RULE_MENTION : TP_RULE_DIRECT);
}

/* "the thread's day · its first words (platform key)" */
static const char *thread_label(struct sheet *x, const struct proof_thread *t)
{
	const char *headline = t->headline ? shown_text(x, t->platform, t->headline, 0) : NULL;
	struct strbuf sb;
	const char *r;

	strbuf_init(&sb);
	tr_post_label(&sb, x->l, x->pd->zone, t->post_time, headline, t->private_conv);
	r = doc_fmt(x->d, "%s (%s)", sb.buf, t->key);
	strbuf_release(&sb);
	return r;
}

/* ---- the summary ---------------------------------------------------------------------- */

static void summary_sentences(struct sheet *x)
{
	const struct proof_sheet *s = x->s;
	const struct proof_scope *sc = &s->all;
	struct doc *d = x->d;
	const char *t;

	if (!s->n_items)
		doc_para(d, doc_fmt(d, w(x, TP_SUM_NO_MESSAGES), x->name));
	else if (!s->need && s->n_items == 1)
		doc_para(d, doc_fmt(d, w(x, TP_SUM_NO_NEED_ONE), x->name));
	else if (!s->need)
		doc_para(d, doc_fmt(d, w(x, TP_SUM_NO_NEED_MANY), x->name, num(x, (long long)s->n_items)));
	else {
		if (s->need == 1 && s->answered)
			t = doc_fmt(d, w(x, TP_SUM_ONE_ANSWERED), x->name,
			            wait_both(x, s->median_cal, s->median_svc, 1));
		else if (s->need == 1)
			t = doc_fmt(d, w(x, TP_SUM_ONE_UNANSWERED), x->name);
		else if (s->answered == s->need)
			t = doc_fmt(d, w(x, TP_SUM_ALL_ANSWERED), x->name, num(x, s->need),
			            wait_both(x, s->median_cal, s->median_svc, 0));
		else if (!s->answered)
			t = doc_fmt(d, w(x, TP_SUM_NONE_ANSWERED), x->name, num(x, s->need));
		else
			t = doc_fmt(d, trn(x->l, TP_SUM_SOME_ONE, TP_SUM_SOME_MANY, s->answered), x->name,
			            num(x, s->need), num(x, s->answered), wait_both(x, s->median_cal, s->median_svc, 0),
			            num(x, s->unanswered));
		/* an unanswered message is what the reader came for */
		doc_para(d, t)->flags |= s->unanswered ? DOC_STRONG : 0;
	}
	/* everyone else in the same period */
	if (!sc->need) {
		doc_para(d, w(x, TP_SUM_OTHERS_NONE));
	} else if (sc->need == 1 && !privacy_hides(x->pd->pv, 1)) {
		if (sc->answered)
			doc_para(d, doc_fmt(d, w(x, TP_SUM_OTHERS_SINGLE_ANS),
			                    doc_fmt(d, w(x, TP_TAIL_ONE_WAIT),
			                            wait_both(x, sc->median_cal, sc->median_svc, 0))));
		else
			doc_para(d, w(x, TP_SUM_OTHERS_SINGLE_UNANS));
	} else {
		int show_pct =
		    !privacy_hides(x->pd->pv, sc->answered) && !privacy_hides(x->pd->pv, sc->need - sc->answered);
		const char *tail = "";
		if (show_pct && sc->median_cal >= 0)
			tail = doc_fmt(d, w(x, TP_TAIL_PCT_WAIT), pct(x, sc->answered, sc->need),
			               wait_both(x, sc->median_cal, sc->median_svc, 0));
		else if (show_pct)
			tail = doc_fmt(d, " (%s)", pct(x, sc->answered, sc->need));
		else if (sc->median_cal >= 0)
			tail = doc_fmt(d, w(x, TP_TAIL_WAIT), wait_both(x, sc->median_cal, sc->median_svc, 0));
		doc_para(d, doc_fmt(d, trn(x->l, TP_SUM_OTHERS_ONE, TP_SUM_OTHERS_MANY, plural_n(x, sc->answered)),
		                    cnt(x, sc->need), cnt(x, sc->answered), tail));
	}
}

/* "answered: 59 of 141 (41.8%); median wait: 1 h 27 min" */
static const char *scope_value(struct sheet *x, const struct proof_scope *sc)
{
	const char *p = "";

	if (!sc->need)
		return w(x, TP_V_SCOPE_NONE);
	if (!privacy_hides(x->pd->pv, sc->answered) && !privacy_hides(x->pd->pv, sc->need - sc->answered))
		p = doc_fmt(x->d, " (%s)", pct(x, sc->answered, sc->need));
	if (sc->median_cal < 0)
		return doc_fmt(x->d, w(x, TP_V_SCOPE_NOWAIT), cnt(x, sc->answered), cnt(x, sc->need), p);
	return doc_fmt(x->d, w(x, TP_V_SCOPE), cnt(x, sc->answered), cnt(x, sc->need), p,
	               wait_both(x, sc->median_cal, sc->median_svc, 1));
}

static void summary(struct sheet *x)
{
	const struct proof_sheet *s = x->s;
	const struct proof_person *who = s->who;
	struct doc *d = x->d;
	struct doc_block *l;

	doc_part(d, "proof-summary", w(x, T_SEC_SUMMARY));
	summary_sentences(x);
	l = doc_list(d);
	doc_field(d, l, w(x, TP_F_PERSON), x->name);
	doc_field(d, l, w(x, TP_F_ACCOUNT),
	          doc_fmt(d, w(x, TP_V_ACCOUNT), who->platform, who->author_id ? who->author_id : who->akey));
	doc_field(d, l, w(x, TP_F_MESSAGES), num(x, (long long)s->n_items));
	doc_field(d, l, w(x, TP_F_PUBLIC), num(x, s->public_msgs));
	doc_field(d, l, w(x, TP_F_PRIVATE), num(x, s->private_msgs));
	doc_field(d, l, w(x, TP_F_THREADS), num(x, (long long)s->n_threads));
	if (s->outside_period)
		doc_field(d, l, w(x, TP_F_OUTSIDE), num(x, s->outside_period));
	doc_field(d, l, w(x, TP_F_NEED), num(x, s->need));
	doc_field(d, l, w(x, T_ANSWERED), num(x, s->answered));
	doc_field(d, l, w(x, T_UNANSWERED), num(x, s->unanswered));
	doc_field(d, l, w(x, TP_F_NOT_NEEDED), num(x, s->not_needed));
	if (s->need)
		doc_field(d, l, w(x, TP_F_MEDIAN),
		          s->median_cal < 0 ? w(x, TP_V_NO_WAIT) : wait_both(x, s->median_cal, s->median_svc, 1));
	doc_field(d, l, w(x, TP_F_SAME), scope_value(x, &s->same));
	doc_field(d, l, w(x, TP_F_ALL), scope_value(x, &s->all));
	if (s->answered) /* what the ranks under each answered message mean */
		doc_field(d, l, w(x, TP_F_PERCENTILE), w(x, TP_V_PERCENTILE));
}

/* ---- each message --------------------------------------------------------------------- */

/* Who wrote a context message: this person, the official account, or someone else (as the
 * privacy options show them). */
static const char *ctx_author(struct sheet *x, const struct proof_ctx *c, const char *platform)
{
	if (c->subject)
		return doc_fmt(x->d, w(x, TP_SAME_PERSON), x->name);
	if (c->official)
		return c->author ? c->author : w(x, TP_OFFICIAL);
	strbuf_reset(&x->a);
	privacy_person(x->pd->pv, platform, c->akey, c->author, &x->a);
	return doc_str(x->d, x->a.buf);
}

static const char *ctx_value(struct sheet *x, const struct proof_ctx *c, const char *platform)
{
	const char *author = ctx_author(x, c, platform), *at = when(x, c->created.utc);

	return doc_fmt(x->d, w(x, TP_V_CTX), author, at, shown_text(x, platform, c->text, PROOF_EXCERPT));
}

static const char *rank_value(struct sheet *x, int scope, const struct proof_rank *r)
{
	const char *where = w(x, scope);

	if (!r->n)
		return doc_fmt(x->d, w(x, TP_V_RANK_NONE), where);
	if (privacy_hides(x->pd->pv, r->n))
		return doc_fmt(x->d, w(x, TP_V_RANK_HIDDEN), where, num(x, x->pd->pv->min_cell));
	return doc_fmt(x->d, w(x, TP_V_RANK), num(x, r->percentile), where, cnt(x, r->n), cnt(x, r->less),
	               cnt(x, r->equal), cnt(x, r->more));
}

static const char *ranks(struct sheet *x, const struct proof_rank *same, const struct proof_rank *all)
{
	const char *a = rank_value(x, TP_SCOPE_SAME, same);

	return doc_fmt(x->d, "%s; %s", a, rank_value(x, TP_SCOPE_ALL, all));
}

static const char *class_value(struct sheet *x, const struct proof_msg *m)
{
	if (m->cls < 0)
		return w(x, T_CLASS_NONE);
	if (m->by == BY_HUMAN)
		return doc_fmt(x->d, w(x, TP_V_CLASS_HUMAN), tr_class(x->l, m->cls));
	strbuf_reset(&x->a);
	tr_dec(&x->a, x->l, m->conf / 100.0, 2);
	return doc_fmt(x->d, w(x, TP_V_CLASS), tr_class(x->l, m->cls),
	               w(x, m->by == BY_MODEL ? TP_BY_MODEL : TP_BY_RULES), doc_str(x->d, x->a.buf));
}

/* The record's flags in words ("edited and hidden by the page"), or NULL. */
static const char *notes_value(struct sheet *x, unsigned flags)
{
	static const struct {
		unsigned bit;
		int id;
	} f[] = {{REC_HIDDEN, TP_FLAG_HIDDEN},         {REC_DELETED, TP_FLAG_DELETED}, {REC_SPAM, TP_FLAG_SPAM},
	         {REC_UNAPPROVED, TP_FLAG_UNAPPROVED}, {REC_EDITED, TP_FLAG_EDITED},   {REC_ORPHAN, TP_FLAG_ORPHAN},
	         {REC_APPROX_TIME, TP_FLAG_APPROX}};
	const char *items[sizeof(f) / sizeof(*f)];
	size_t i, n = 0;

	for (i = 0; i < sizeof(f) / sizeof(*f); i++)
		if (flags & f[i].bit)
			items[n++] = w(x, f[i].id);
	if (!n)
		return NULL;
	strbuf_reset(&x->a);
	tr_join(&x->a, x->l, items, n);
	return doc_str(x->d, x->a.buf);
}

static const char *not_needed_why(struct sheet *x, const struct proof_msg *m)
{
	switch (m->reason) {
	case NN_EMPTY:
		return w(x, TP_NN_EMPTY);
	case NN_NO_WORDS:
		return w(x, TP_NN_NO_WORDS);
	case NN_SPAM:
		return w(x, TP_NN_SPAM);
	case NN_DELETED:
		return w(x, TP_NN_DELETED);
	default:
		return doc_fmt(x->d, w(x, TP_NN_CLASS), tr_class(x->l, m->cls));
	}
}

static void status_para(struct sheet *x, const struct proof_msg *m)
{
	struct doc *d = x->d;

	if (m->status == STATUS_ANSWERED) {
		const char *by = m->answer_author ? m->answer_author : w(x, TP_OFFICIAL);
		if (m->agent)
			by = doc_fmt(d, w(x, TP_AGENT), by, m->agent);
		doc_para(d, doc_fmt(d, w(x, TP_ST_ANSWERED), by, when(x, m->answered.utc), rule_words(x, m->rule)));
	} else if (m->status == STATUS_UNANSWERED) {
		doc_para(d, w(x, TP_ST_UNANSWERED))->flags |= DOC_STRONG;
	} else {
		doc_para(d, doc_fmt(d, w(x, TP_ST_NOT_NEEDED), not_needed_why(x, m)));
	}
}

static void message(struct sheet *x, size_t n, const struct proof_item *it)
{
	const struct proof_msg *m = it->m;
	const struct proof_thread *t = it->t;
	struct doc *d = x->d;
	struct doc_block *l;
	const char *v, *head;

	head = doc_fmt(d, w(x, TP_MSG_HEADING), num(x, (long long)n), when(x, m->created.utc),
	               w(x, m->channel == CHANNEL_PRIVATE ? TP_KIND_PRIVATE : TP_KIND_PUBLIC));
	doc_heading(d, 2, doc_fmt(d, "proof-message-%zu", n), head)->small = doc_str(d, m->id);
	doc_quote(d, m->text, NULL);
	status_para(x, m);
	l = doc_list(d);
	doc_field(d, l, w(x, T_H_CLASS), class_value(x, m));
	if ((v = notes_value(x, m->flags)))
		doc_field(d, l, w(x, TP_F_NOTES), v);
	doc_field(d, l, w(x, T_H_THREAD), thread_label(x, t));
	if (m->status == STATUS_ANSWERED) {
		v = x->service ? doc_fmt(d, w(x, TP_V_WAIT_CAL_SVC), wait(x, m->wait_cal), wait(x, m->wait_svc))
		               : wait(x, m->wait_cal);
		if (x->service && (m->wait_flags & WAIT_OUT_OF_HOURS))
			v = doc_fmt(d, w(x, TP_V_OUT_OF_HOURS), v);
		doc_field(d, l, w(x, T_H_WAIT), v);
		doc_field(d, l, w(x, TP_F_REPLY),
		          doc_fmt(d, w(x, TP_V_QUOTED), shown_text(x, t->platform, m->answer_text, 0)));
		doc_field(d, l, w(x, x->service ? TP_F_RANK_CAL : TP_F_RANK), ranks(x, &it->same_cal, &it->all_cal));
		if (x->service)
			doc_field(d, l, w(x, TP_F_RANK_SVC), ranks(x, &it->same_svc, &it->all_svc));
		doc_field(d, l, w(x, TP_F_OVERTAKEN), num(x, m->later_answered_first));
	}
	if (m->status == STATUS_UNANSWERED) {
		if (m->n_later)
			v = doc_fmt(d, w(x, TP_V_LATER),
			            doc_fmt(d, trn(x->l, TP_N_COMMENT, TP_N_COMMENTS, plural_n(x, (long)m->n_later)),
			                    cnt(x, (long)m->n_later)),
			            doc_fmt(d, trn(x->l, TP_N_PERSON, TP_N_PEOPLE, plural_n(x, m->later_citizens)),
			                    cnt(x, m->later_citizens)),
			            w(x, TP_SEC_LATER));
		else
			v = w(x, TP_V_LATER_NONE);
		doc_field(d, l, w(x, TP_F_LATER), v);
	}
	if (m->reply_to.present)
		doc_field(d, l, w(x, TP_F_REPLY_TO), ctx_value(x, &m->reply_to, t->platform));
	/* the message just before is often the one it replies to: said once */
	if (m->before.present && !(m->reply_to.present && !strcmp(m->before.id, m->reply_to.id)))
		doc_field(d, l, w(x, TP_F_BEFORE), ctx_value(x, &m->before, t->platform));
	if (m->after.present)
		doc_field(d, l, w(x, TP_F_AFTER), ctx_value(x, &m->after, t->platform));
}

/* ---- the comments answered after the person's unanswered ones, once ------------------- */

struct later_row {
	const struct proof_thread *t;
	const struct proof_other *o;
	size_t *nums; /* the person's messages (numbers in the sheet) it was written after */
	size_t n_nums, cap_nums;
};

static int cmp_row(const void *a, const void *b)
{
	const struct later_row *x = a, *y = b;
	int c;

	if (x->o->created.utc != y->o->created.utc)
		return x->o->created.utc < y->o->created.utc ? -1 : 1;
	if ((c = id_cmp(x->t->key, y->t->key)) || (c = strcmp(x->t->key, y->t->key)))
		return c;
	return (c = id_cmp(x->o->id, y->o->id)) ? c : strcmp(x->o->id, y->o->id);
}

static void later_part(struct sheet *x)
{
	const struct proof_sheet *s = x->s;
	struct doc *d = x->d;
	struct later_row *rows = NULL;
	size_t n_rows = 0, cap_rows = 0, i, k;
	struct strmap seen;
	struct doc_table *tb;
	const char *h[6];

	strmap_init(&seen);
	for (i = 0; i < s->n_items; i++) {
		const struct proof_msg *m = s->items[i].m;
		if (m->status != STATUS_UNANSWERED)
			continue;
		for (k = 0; k < m->n_later; k++) {
			const char *key = doc_fmt(d, "%s\n%s", s->items[i].t->key, m->later[k].id);
			void **slot;
			int created;
			struct later_row *r;
			slot = strmap_put(&seen, key, &created);
			if (created) {
				XGROW(rows, cap_rows, n_rows + 1);
				r = &rows[n_rows];
				memset(r, 0, sizeof(*r));
				r->t = s->items[i].t;
				r->o = &m->later[k];
				*slot = (void *)(uintptr_t)(n_rows + 1); /* index + 1: the array may move */
				n_rows++;
			} else {
				r = &rows[(uintptr_t)*slot - 1];
			}
			XGROW(r->nums, r->cap_nums, r->n_nums + 1);
			r->nums[r->n_nums++] = i + 1;
		}
	}
	strmap_release(&seen);
	if (!n_rows)
		return;
	qsort(rows, n_rows, sizeof(*rows), cmp_row);
	doc_part(d, "proof-later", w(x, TP_SEC_LATER));
	doc_para(d, doc_fmt(d, w(x, TP_LATER_INTRO), w(x, T_SEC_MESSAGES)));
	h[0] = w(x, TP_H_WRITTEN);
	h[1] = w(x, TP_H_BY);
	h[2] = w(x, TP_H_ANSWERED);
	h[3] = w(x, TP_H_RULE);
	h[4] = w(x, T_H_WAIT);
	h[5] = w(x, TP_H_AFTER);
	tb = doc_table(d, 6, 1u << 4, h);
	tb->nowrap = 1u << 0 | 1u << 2 | 1u << 4; /* the rule may wrap: the table fits the page */
	for (i = 0; i < n_rows; i++) {
		const struct later_row *r = &rows[i];
		const char **nums = xmalloc(r->n_nums * sizeof(*nums));
		doc_cell(d, tb, when(x, r->o->created.utc));
		strbuf_reset(&x->a);
		privacy_person(x->pd->pv, r->t->platform, r->o->akey, r->o->author, &x->a);
		doc_cell_small(d, tb, x->a.buf, r->o->id);
		doc_cell(d, tb, when(x, r->o->answered_at));
		doc_cell(d, tb, rule_short(x, r->o->rule));
		doc_cell(d, tb, wait(x, r->o->wait));
		for (k = 0; k < r->n_nums; k++)
			nums[k] = num(x, (long long)r->nums[k]);
		strbuf_reset(&x->a);
		tr_join(&x->a, x->l, nums, r->n_nums);
		doc_cell(d, tb, x->a.buf);
		free(nums);
		free(r->nums);
	}
	free(rows);
}

/* ---- how the record is made ----------------------------------------------------------- */

static void method_part(struct sheet *x)
{
	unsigned r = x->pd->cov->rules ? x->pd->cov->rules : RULE_ALL;
	struct doc *d = x->d;
	const char *v[3];
	size_t n = 0;
	struct strbuf sb;

	/* what the evidence lists (policy, period, privacy) is not said twice: only how to read */
	doc_part(d, "proof-method", w(x, TP_SEC_METHOD));
	strbuf_init(&sb);
	if (r & RULE_DIRECT)
		v[n++] = w(x, T_RULE_DIRECT);
	if (r & RULE_BRANCH)
		v[n++] = w(x, T_RULE_BRANCH);
	if (r & RULE_MENTION)
		v[n++] = w(x, T_RULE_MENTION);
	tr_join(&sb, x->l, v, n); /* as the report's method section says them */
	doc_para(d, doc_fmt(d, w(x, T_M_ANSWERED), sb.buf));
	if (x->pd->schedule_file)
		doc_para(d, doc_fmt(d, w(x, TP_M_WAITS), x->pd->schedule_file));
	else
		doc_para(d, w(x, TP_M_WAITS_CAL));
	doc_para(d, w(x, TP_M_RANKS));
	doc_para(d, doc_fmt(d, w(x, T_M_ZONE), x->pd->zone ? tz_name(x->pd->zone) : "UTC"));
	if (privacy_names_nobody(x->pd->pv))
		doc_para(d, doc_fmt(d, w(x, T_M_UNNAMED), PRIVACY_REDACTED));
	else if (x->pd->pv && x->pd->pv->ps)
		doc_para(d, w(x, TP_M_PRIVACY));
	strbuf_release(&sb);
}

void out_proof_doc(struct doc *d, enum ui_lang l, const struct proof_doc *pd)
{
	struct sheet x;
	size_t i;

	memset(&x, 0, sizeof(x));
	x.d = d;
	x.l = l;
	x.pd = pd;
	x.s = pd->s;
	x.service = pd->schedule_file != NULL;
	x.name = person_name(pd->s->who);
	strbuf_init(&x.a);
	summary(&x);
	doc_part(d, "proof-messages", w(&x, T_SEC_MESSAGES));
	if (!x.s->n_items)
		doc_para(d, w(&x, TP_NO_MESSAGES));
	for (i = 0; i < x.s->n_items; i++)
		message(&x, i + 1, &x.s->items[i]);
	later_part(&x);
	if (pd->cov)
		method_part(&x);
	if (pd->man)
		manifest_section(d, l, pd->man);
	strbuf_release(&x.a);
}

void out_proof_candidates(struct doc *d, enum ui_lang l, struct proof_person *const *v, size_t n, const char *query,
                          const struct tz *zone)
{
	const char *h[7];
	struct doc_table *t;
	struct doc_block *list;
	struct strbuf sb;
	size_t i;

	strbuf_init(&sb);
	tr_num(&sb, l, (long long)n);
	doc_para(d, doc_fmt(d, tr(l, TP_CAND_INTRO), query, sb.buf));
	h[0] = tr(l, T_H_PLATFORM);
	h[1] = tr(l, TP_H_ID);
	h[2] = tr(l, T_H_NAME);
	h[3] = tr(l, T_FIRST_MESSAGE);
	h[4] = tr(l, T_LAST_MESSAGE);
	h[5] = tr(l, T_MESSAGES);
	h[6] = tr(l, TP_F_THREADS);
	t = doc_table(d, 7, 1u << 5 | 1u << 6, h);
	t->nowrap = 1u << 3 | 1u << 4;
	for (i = 0; i < n; i++) {
		const struct proof_person *p = v[i];
		doc_cell(d, t, p->platform);
		doc_cell(d, t, p->author_id ? p->author_id : p->akey);
		doc_cell(d, t, p->name ? p->name : "");
		if (p->messages) {
			strbuf_reset(&sb);
			tr_datetime(&sb, l, zone, p->first);
			doc_cell(d, t, sb.buf);
			strbuf_reset(&sb);
			tr_datetime(&sb, l, zone, p->last);
			doc_cell(d, t, sb.buf);
		} else {
			doc_cell(d, t, "-");
			doc_cell(d, t, "-");
		}
		strbuf_reset(&sb);
		tr_num(&sb, l, p->messages);
		doc_cell(d, t, p->official_messages ? doc_fmt(d, tr(l, TP_CAND_OFFICIAL), sb.buf) : sb.buf);
		strbuf_reset(&sb);
		tr_num(&sb, l, (long long)p->threads.len);
		doc_cell(d, t, sb.buf);
	}
	doc_para(d, tr(l, TP_CAND_RUN));
	list = doc_list(d);
	for (i = 0; i < n; i++)
		doc_item(d, list,
		         doc_fmt(d, "replycov user %s/%s ...", v[i]->platform,
		                 v[i]->author_id ? v[i]->author_id : v[i]->akey));
	strbuf_release(&sb);
}
