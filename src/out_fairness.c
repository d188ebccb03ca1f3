/* out_fairness.c: the fairness figures for people, as a part of a document in the reader's
 * language (every word from i18n_fair.c), and as JSON (English, the keys and texts as they
 * always were). The analysis is done; this only words and formats, applying the privacy
 * options. */
#include "out_fairness.h"
#include "classify.h"
#include "doc.h"
#include "outfmt.h"
#include "util_tz.h"

#include <stdlib.h>
#include <string.h>

/* The rule texts of the JSON object (its "rules"), in English like every JSON key and value. */

static const char compared_text[] =
    "citizen comments in the period that need a reply under the policy (answered or not), moderated "
    "ones left out; an answered comment of a class the policy excludes is left out too, since its "
    "unanswered peers are not counted";
static const char test_text[] =
    "Fisher's exact test of the 2x2 table (group by answered or not); one-sided p for \"the first group "
    "was answered less\", two-sided p for any difference; 95% Wilson score intervals; comments are "
    "taken as independent, which several comments of one person are not";
static const char order_text[] =
    "an answer is out of order when an earlier comment of the same thread, among those compared, was "
    "still waiting (answered later or never); a jump is how many such comments it passed over";
static const char moderation_text[] =
    "hidden, deleted, spam-marked and unapproved citizen comments: listed with the status coverage "
    "gives them, left out of the rates above, never counted as answered";

void rules_summary_text(unsigned rules, int need_all, unsigned need_classes, const char *period, struct strbuf *sb)
{
	int k, first = 1;

	strbuf_addstr(sb, "answers by ");
	for (k = 0; k < 3; k++) {
		unsigned bit = 1u << k;
		if (!((rules ? rules : RULE_ALL) & bit))
			continue;
		strbuf_addf(sb, "%s%s", first ? "" : ", ", rule_name((enum answer_rule)bit));
		first = 0;
	}
	strbuf_addstr(sb, "; need-reply policy ");
	if (need_all || !need_classes) {
		strbuf_addstr(sb, need_all ? "all" : "text only");
	} else {
		first = 1;
		for (k = 0; k < CLASS_N; k++)
			if (need_classes & (1u << k)) {
				strbuf_addf(sb, "%s%s", first ? "" : ",", class_name((enum msg_class)k));
				first = 0;
			}
	}
	strbuf_addf(sb, "; period %s", period && *period ? period : "all dates");
}

void fairness_rules_text(const struct fairness *fs, struct strbuf *sb)
{
	rules_summary_text(fs->rules, fs->need_all, fs->need_classes, fs->period, sb);
}

static int withheld(const struct privacy *pv, const struct fair_compare *c)
{
	return privacy_hides(pv, c->a.answered) || privacy_hides(pv, c->a.need - c->a.answered) ||
	       privacy_hides(pv, c->b.answered) || privacy_hides(pv, c->b.need - c->b.answered);
}

/* A count in JSON: the number, or "<K" when --min-cell hides it. */
static void json_count(struct strbuf *sb, const struct privacy *pv, long n)
{
	if (privacy_hides(pv, n))
		strbuf_addf(sb, "\"<%ld\"", pv->min_cell);
	else
		strbuf_addf(sb, "%ld", n);
}

static void json_p(struct strbuf *sb, double p)
{
	strbuf_addf(sb, "%.6g", p);
}

static void json_rate(struct strbuf *sb, const struct fair_rate *r, const char *name, const struct privacy *pv,
                      int hide)
{
	strbuf_addstr(sb, "{\"group\":");
	json_add_str(sb, name);
	strbuf_addstr(sb, ",\"answered\":");
	json_count(sb, pv, r->answered);
	strbuf_addstr(sb, ",\"not_answered\":");
	json_count(sb, pv, r->need - r->answered);
	if (hide || !r->need) {
		strbuf_addstr(sb, ",\"need_reply\":null,\"rate_pct\":null,\"wilson95_pct\":null}");
		return;
	}
	strbuf_addf(sb, ",\"need_reply\":%ld,\"rate_pct\":", r->need);
	add_pct(sb, r->answered, r->need);
	strbuf_addf(sb, ",\"wilson95_pct\":[%.1f,%.1f]}", 100 * r->lo, 100 * r->hi);
}

static void json_compare(struct strbuf *sb, const char *name, const struct fair_compare *c, const struct privacy *pv,
                         const char *question)
{
	int hide = withheld(pv, c);

	strbuf_addf(sb, ",\n    \"%s\": {\"question\":", name);
	json_add_str(sb, question);
	strbuf_addstr(sb, ",\"a\":");
	json_rate(sb, &c->a, c->a_name, pv, hide);
	strbuf_addstr(sb, ",\"b\":");
	json_rate(sb, &c->b, c->b_name, pv, hide);
	if (hide || !c->a.need || !c->b.need) {
		strbuf_addf(sb, ",\"p_less\":null,\"p_two_sided\":null,\"withheld\":%s}", hide ? "true" : "false");
		return;
	}
	strbuf_addstr(sb, ",\"p_less\":");
	json_p(sb, c->test.p_less);
	strbuf_addstr(sb, ",\"p_two_sided\":");
	json_p(sb, c->test.p_two_sided);
	strbuf_addstr(sb, ",\"withheld\":false}");
}

void out_fairness_json(const struct fairness_figures *fig, const struct fairness *fs, const struct privacy *pv,
                       struct strbuf *sb)
{
	struct strbuf tmp;
	size_t i;
	int k, first = 1;

	strbuf_init(&tmp);
	strbuf_addstr(sb, "{\n    \"rules\": {\"answer\":[");
	for (k = 0; k < 3; k++)
		if (fs->rules & (1u << k)) {
			strbuf_addf(sb, "%s\"%s\"", first ? "" : ",", rule_name((enum answer_rule)(1u << k)));
			first = 0;
		}
	strbuf_addstr(sb, "],\"summary\":");
	fairness_rules_text(fs, &tmp);
	json_add_str(sb, tmp.buf);
	strbuf_addstr(sb, ",\"period\":");
	json_add_str(sb, fs->period);
	strbuf_addstr(sb, ",\"compared\":");
	json_add_str(sb, compared_text);
	strbuf_addstr(sb, ",\"test\":");
	json_add_str(sb, test_text);
	strbuf_addf(sb, ",\"frequent_critic_min\":%d,\"order\":", FAIR_FREQUENT_MIN);
	json_add_str(sb, order_text);
	strbuf_addstr(sb, ",\"moderation\":");
	json_add_str(sb, moderation_text);
	strbuf_addf(sb, ",\"min_cell\":%ld},\n    \"compared\":", pv && pv->min_cell > 1 ? pv->min_cell : 0);
	json_count(sb, pv, fig->channel.a.need + fig->channel.b.need);
	strbuf_addstr(sb, ",\n    \"left_out\": {\"answered_of_excluded_class\":");
	json_count(sb, pv, fig->left_out_class);
	strbuf_addstr(sb, ",\"moderated_needing_reply\":");
	json_count(sb, pv, fig->moderated_need);
	strbuf_addstr(sb, ",\"unclassified\":");
	json_count(sb, pv, fig->unclassified);
	strbuf_addstr(sb, ",\"unknown_author_in_critics_figure\":");
	json_count(sb, pv, fig->unknown_author);
	strbuf_addstr(sb, "}");
	json_compare(sb, "by_class", &fig->by_class, pv, "Were critics answered less than the rest?");
	json_compare(sb, "frequent_critics", &fig->frequent, pv,
	             "Were frequent critics answered less than everyone else?");
	strbuf_addstr(sb, ",\n    \"citizens\": {\"with_compared_comments_or_criticism\":");
	json_count(sb, pv, fig->users);
	strbuf_addstr(sb, ",\"critics\":");
	json_count(sb, pv, fig->critics);
	strbuf_addstr(sb, ",\"frequent_critics\":");
	json_count(sb, pv, fig->frequent_critics);
	strbuf_addstr(sb, "}");
	json_compare(sb, "channel", &fig->channel, pv,
	             "Were public comments (a) and private messages (b) answered at different rates?");
	strbuf_addstr(sb, ",\n    \"order\": {\"answered\":");
	json_count(sb, pv, fig->order_answered);
	strbuf_addstr(sb, ",\"out_of_order\":");
	json_count(sb, pv, fig->order_out_of_order);
	strbuf_addf(sb, ",\"threads\":%ld,\"threads_out_of_order\":%ld,\"longest_jump\":", fig->order_threads,
	            fig->order_threads_out);
	if (fig->longest) {
		const struct fair_order *o = &fig->longest->order;
		char tb[40];
		strbuf_addstr(sb, "{\"thread\":");
		json_add_str(sb, fig->longest->key);
		strbuf_addstr(sb, ",\"comments_passed_over\":");
		json_count(sb, pv, o->longest_jump);
		strbuf_addstr(sb, ",\"answered_id\":");
		json_add_str(sb, o->jump_id);
		strbuf_addstr(sb, ",\"earliest_waiting_id\":");
		json_add_str(sb, o->jump_over_id);
		strbuf_addf(sb, ",\"answered_at\":\"%s\"}", time_format_utc(o->jump_at, tb));
	} else {
		strbuf_addstr(sb, "null");
	}
	strbuf_addstr(sb, ",\"by_thread\":[");
	for (i = 0; i < fig->n_threads; i++) {
		const struct fair_thread *ft = fig->threads[i];
		strbuf_addstr(sb, i ? ",\n      {\"thread\":" : "\n      {\"thread\":");
		json_add_str(sb, ft->key);
		strbuf_addstr(sb, ",\"answered\":");
		json_count(sb, pv, ft->order.answered);
		strbuf_addstr(sb, ",\"out_of_order\":");
		json_count(sb, pv, ft->order.out_of_order);
		strbuf_addstr(sb, ",\"longest_jump\":");
		json_count(sb, pv, ft->order.longest_jump);
		strbuf_addstr(sb, ",\"answered_id\":");
		json_add_str(sb, ft->order.jump_id);
		strbuf_addstr(sb, ",\"earliest_waiting_id\":");
		json_add_str(sb, ft->order.jump_over_id);
		strbuf_addch(sb, '}');
	}
	strbuf_addstr(sb, fig->n_threads ? "\n    ]}" : "]}");
	strbuf_addstr(sb, ",\n    \"moderation\": {\"total\":");
	json_count(sb, pv, fig->moderated);
	strbuf_addstr(sb, ",\"needing_reply\":");
	json_count(sb, pv, fig->moderated_need);
	for (k = 0; k < 4; k++) {
		strbuf_addf(sb, ",\"%s\":", fair_flag_name(k));
		json_count(sb, pv, fig->moderated_by_flag[k]);
	}
	strbuf_addstr(sb, ",\"criticism\":");
	json_count(sb, pv, fig->moderated_criticism);
	strbuf_addstr(sb, ",\"log\":[");
	for (i = 0; i < fig->n_log; i++) {
		const struct fair_moderated *e = fig->log[i];
		char tb[40];
		strbuf_addstr(sb, i ? ",\n      {\"thread\":" : "\n      {\"thread\":");
		json_add_str(sb, e->thread);
		strbuf_addstr(sb, ",\"id\":");
		json_add_str(sb, e->id);
		strbuf_addstr(sb, ",\"author\":");
		strbuf_reset(&tmp);
		privacy_person(pv, e->platform, e->akey, e->author ? e->author : e->author_id, &tmp);
		json_add_str(sb, tmp.buf);
		strbuf_addf(sb, ",\"created_at\":\"%s\",\"moderation\":[", time_format_when(&e->created, tb));
		for (k = 0, first = 1; k < 4; k++)
			if (e->flags & fair_flag_bit(k)) {
				strbuf_addf(sb, "%s\"%s\"", first ? "" : ",", fair_flag_name(k));
				first = 0;
			}
		strbuf_addf(sb, "],\"status\":\"%s\",\"reason\":", status_name(e->status));
		json_add_str(sb, e->reason ? reason_name(e->reason) : NULL);
		strbuf_addstr(sb, ",\"rule\":");
		json_add_str(sb, e->rule ? rule_name(e->rule) : NULL);
		strbuf_addstr(sb, ",\"answer_id\":");
		json_add_str(sb, e->answer_id);
		strbuf_addstr(sb, ",\"counted_as_answered\":false,\"class\":");
		json_add_str(sb, e->cls >= 0 ? class_name((enum msg_class)e->cls) : NULL);
		strbuf_addstr(sb, ",\"text\":");
		strbuf_reset(&tmp);
		privacy_text(pv, e->platform, e->text, NULL, &tmp);
		json_add_str(sb, tmp.buf);
		strbuf_addch(sb, '}');
	}
	strbuf_addstr(sb, fig->n_log ? "\n    ]}\n  }" : "]}\n  }");
	strbuf_release(&tmp);
}

/* The document builder: the language, the zone of the times a reader sees, the privacy
 * options, and a scratch buffer whose text each helper copies into the document. */
struct fctx {
	struct doc *d;
	enum ui_lang l;
	const struct tz *zone;
	const struct privacy *pv;
	struct strbuf sb;
};

static const char *take(struct fctx *x)
{
	const char *s = doc_str(x->d, x->sb.buf);

	strbuf_reset(&x->sb);
	return s;
}

/* A count of people or comments as the language writes it, or "<K" when --min-cell hides it. */
static const char *count(struct fctx *x, long n)
{
	if (privacy_hides(x->pv, n))
		strbuf_addf(&x->sb, "<%ld", x->pv->min_cell);
	else
		tr_num(&x->sb, x->l, n);
	return take(x);
}

/* A number --min-cell does not apply to (threads, a rule's constant). */
static const char *number(struct fctx *x, long n)
{
	return doc_num(x->d, x->l, n);
}

static const char *pct(struct fctx *x, long n, long den)
{
	return doc_pct(x->d, x->l, n, den);
}

static const char *when(struct fctx *x, long long t)
{
	return doc_datetime(x->d, x->l, x->zone, t);
}

/* What follows "p": "= 0.0372", or "< 0.0001" (the spaces no-break). */
static const char *pvalue(struct fctx *x, double p)
{
	strbuf_addstr(&x->sb, p < 0.0001 ? "<\u00a0" : "=\u00a0"); /* a line never ends inside "p = 0.0372" */
	tr_dec(&x->sb, x->l, p < 0.0001 ? 0.0001 : p, 4);
	return take(x);
}

/* A 95% Wilson interval, its bounds written as tr_pct writes a percentage (one decimal, as
 * the JSON gives them): "23.9% – 43.5%", "23,9 % – 43,5 %". */
static const char *interval(struct fctx *x, const struct fair_rate *r)
{
	const char *sign = x->l == UI_EN ? "%" : "\u00a0%"; /* never split from its number */

	tr_dec(&x->sb, x->l, 100 * r->lo, 1);
	strbuf_addstr(&x->sb, sign);
	strbuf_addstr(&x->sb, " – ");
	tr_dec(&x->sb, x->l, 100 * r->hi, 1);
	strbuf_addstr(&x->sb, sign);
	return take(x);
}

/* A thread as people know it: its post's day and first words (names replaced under
 * --pseudonymize, as in every text shown). */
static const char *thread_label(struct fctx *x, const struct fair_thread *ft)
{
	struct strbuf h;

	strbuf_init(&h);
	if (ft->headline)
		privacy_text(x->pv, ft->platform, ft->headline, NULL, &h);
	tr_post_label(&x->sb, x->l, x->zone, ft->post_time, h.len ? h.buf : NULL, ft->private_conv);
	strbuf_release(&h);
	return take(x);
}

static const char *rule_words(enum ui_lang l, enum answer_rule r)
{
	return tr(l, r == RULE_BRANCH ? T_RULE_BRANCH : r == RULE_MENTION ? T_RULE_MENTION : T_RULE_DIRECT);
}

/* The need-reply policy in words. */
static const char *policy(struct fctx *x, const struct fairness *fs)
{
	if (fs->need_all)
		return tr(x->l, T_POLICY_ALL);
	if (!fs->need_classes)
		return tr(x->l, TF_POLICY_TEXT);
	tr_class_list(&x->sb, x->l, fs->need_classes);
	return doc_fmt(x->d, tr(x->l, T_POLICY_CLASSES), take(x));
}

/* A row of a comparison: the cells of the 2x2 table (answered, not answered), not the totals:
 * --min-cell applies to cells, and a total next to a cell would give a hidden cell back. */
static void rate_row(struct fctx *x, struct doc_table *t, const char *name, const struct fair_rate *r, int hide)
{
	doc_cell(x->d, t, name);
	doc_cell(x->d, t, count(x, r->answered));
	doc_cell(x->d, t, count(x, r->need - r->answered));
	if (hide) {
		doc_cell(x->d, t, tr(x->l, TF_WITHHELD));
		doc_cell(x->d, t, tr(x->l, TF_WITHHELD));
	} else if (!r->need) {
		doc_cell(x->d, t, "-");
		doc_cell(x->d, t, "-");
	} else {
		doc_cell(x->d, t, pct(x, r->answered, r->need));
		doc_cell(x->d, t, interval(x, r));
	}
}

/* One comparison: its table and the answer to its question. two_sided: the question has no
 * direction (public against private); otherwise it asks whether group a was answered less. */
static void comparison(struct fctx *x, const struct fair_compare *c, int name_a, int name_b, int question,
                       int two_sided)
{
	struct doc *d = x->d;
	enum ui_lang l = x->l;
	const char *h[5];
	struct doc_table *t;
	const char *answer;
	int hide = withheld(x->pv, c);

	h[0] = tr(l, TF_H_GROUP);
	h[1] = tr(l, T_ANSWERED);
	h[2] = tr(l, T_UNANSWERED);
	h[3] = tr(l, TF_H_RATE);
	h[4] = tr(l, TF_H_INTERVAL);
	t = doc_table(d, 5, 0x1e, h);
	t->nowrap = 0x18;
	rate_row(x, t, tr(l, name_a), &c->a, hide);
	rate_row(x, t, tr(l, name_b), &c->b, hide);
	if (hide) {
		answer = doc_fmt(d, tr(l, TF_A_WITHHELD), number(x, x->pv->min_cell));
	} else if (!c->a.need || !c->b.need) {
		answer = tr(l, TF_A_NOTHING);
	} else if (two_sided) {
		answer = doc_fmt(d, tr(l, c->test.p_two_sided < 0.05 ? TF_A_DIFF_YES : TF_A_DIFF_NO),
		                 pvalue(x, c->test.p_two_sided), pvalue(x, c->test.p_less));
	} else {
		answer = doc_fmt(d, tr(l, c->test.p_less < 0.05 ? TF_A_LESS_YES : TF_A_LESS_NO),
		                 pvalue(x, c->test.p_less), pvalue(x, c->test.p_two_sided));
	}
	doc_para(d, doc_fmt(d, "%s %s", tr(l, question), answer));
}

static void count_row(struct fctx *x, struct doc_table *t, int label, long n)
{
	doc_cell(x->d, t, tr(x->l, label));
	doc_cell(x->d, t, count(x, n));
}

/* The rules in force, what is compared, and how to read the test. */
static void method(struct fctx *x, const struct fairness_figures *fig, const struct fairness *fs)
{
	struct doc *d = x->d;
	enum ui_lang l = x->l;
	const char *rules[3], *h[2];
	size_t n = 0;
	struct doc_block *list;
	struct doc_table *t;

	doc_part(d, "fairness-method", tr(l, TF_P_METHOD));
	list = doc_list(d);
	if (fs->rules & RULE_DIRECT)
		rules[n++] = tr(l, T_RULE_DIRECT);
	if (fs->rules & RULE_BRANCH)
		rules[n++] = tr(l, T_RULE_BRANCH);
	if (fs->rules & RULE_MENTION)
		rules[n++] = tr(l, T_RULE_MENTION);
	tr_join(&x->sb, l, rules, n);
	doc_field(d, list, tr(l, T_RULES), take(x));
	doc_field(d, list, tr(l, T_POLICY), policy(x, fs));
	tr_period(&x->sb, l, fs->period, 1);
	doc_field(d, list, tr(l, T_PERIOD), take(x));
	doc_field(d, list, tr(l, T_ZONE), x->zone ? tz_name(x->zone) : "UTC");
	doc_para(d, tr(l, TF_COMPARED_TEXT));
	h[0] = tr(l, T_FIGURE);
	h[1] = tr(l, T_VALUE);
	t = doc_table(d, 2, 0x2, h);
	count_row(x, t, TF_N_COMPARED, fig->channel.a.need + fig->channel.b.need);
	count_row(x, t, TF_N_LEFT_CLASS, fig->left_out_class);
	count_row(x, t, TF_N_LEFT_MOD, fig->moderated_need);
	if (fig->unclassified)
		count_row(x, t, TF_N_UNCLASSIFIED, fig->unclassified);
	doc_para(d, tr(l, TF_TEST_TEXT));
	if (x->pv && x->pv->min_cell > 1) {
		const char *k = number(x, x->pv->min_cell);
		doc_para(d, doc_fmt(d, tr(l, TF_MIN_CELL), k, k));
	}
}

/* Rows of the long lists at most (threads answered out of order, moderated comments); the
 * JSON of `replycov fairness` holds them all. */
#define FAIR_ROWS_SHOWN 30

struct order_row {
	const struct fair_thread *ft;
	long rank; /* answers out of order, 0 when --min-cell hides them (no order among hidden) */
	size_t i;  /* place in the figures (thread key order): ties keep it */
};

static int cmp_order_row(const void *a, const void *b)
{
	const struct order_row *x = a, *y = b;

	if (x->rank != y->rank)
		return x->rank > y->rank ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

/* Answers given while an earlier comment still waited: the threads with the most answers out
 * of order first, the first FAIR_ROWS_SHOWN of them. */
static void order(struct fctx *x, const struct fairness_figures *fig)
{
	struct doc *d = x->d;
	enum ui_lang l = x->l;
	const char *h[5], *in_order = NULL;
	struct doc_table *t;
	struct order_row *rows;
	size_t i, n = 0;

	doc_part(d, "fairness-order", tr(l, TF_P_ORDER));
	doc_para(d, tr(l, TF_ORDER_RULE));
	if (!fig->order_answered) {
		doc_para(d, tr(l, TF_ORDER_NONE));
		return;
	}
	if (privacy_hides(x->pv, fig->order_out_of_order) || privacy_hides(x->pv, fig->order_answered))
		doc_para(d, doc_fmt(d, tr(l, TF_ORDER_SUMMARY_HIDDEN), count(x, fig->order_out_of_order),
		                    count(x, fig->order_answered), number(x, fig->order_threads),
		                    number(x, fig->order_threads_out)));
	else
		doc_para(d, doc_fmt(d, tr(l, TF_ORDER_SUMMARY), count(x, fig->order_out_of_order),
		                    count(x, fig->order_answered), pct(x, fig->order_out_of_order, fig->order_answered),
		                    number(x, fig->order_threads), number(x, fig->order_threads_out)));
	if (fig->longest) {
		const struct fair_order *o = &fig->longest->order;
		int one = o->longest_jump == 1 && !privacy_hides(x->pv, o->longest_jump);
		doc_para(d,
		         doc_fmt(d, tr(l, one ? TF_ORDER_LONGEST_ONE : TF_ORDER_LONGEST), thread_label(x, fig->longest),
		                 count(x, o->longest_jump), o->jump_id, when(x, o->jump_at), o->jump_over_id));
	}
	if (!fig->order_threads_out)
		return;
	h[0] = tr(l, T_H_THREAD);
	h[1] = tr(l, T_ANSWERED);
	h[2] = tr(l, TF_H_OUT);
	h[3] = tr(l, TF_H_SHARE);
	h[4] = tr(l, TF_H_JUMP);
	t = doc_table(d, 5, 0x1e, h);
	rows = xmalloc((fig->n_threads ? fig->n_threads : 1) * sizeof(*rows));
	for (i = 0; i < fig->n_threads; i++) {
		const struct fair_thread *ft = fig->threads[i];
		if (!ft->order.out_of_order)
			continue;
		rows[n].ft = ft;
		rows[n].rank = privacy_hides(x->pv, ft->order.out_of_order) ? 0 : ft->order.out_of_order;
		rows[n].i = i;
		n++;
	}
	qsort(rows, n, sizeof(*rows), cmp_order_row);
	for (i = 0; i < n && i < FAIR_ROWS_SHOWN; i++) {
		const struct fair_thread *ft = rows[i].ft;
		doc_cell_small(d, t, thread_label(x, ft), ft->key);
		doc_cell(d, t, count(x, ft->order.answered));
		doc_cell(d, t, count(x, ft->order.out_of_order));
		if (privacy_hides(x->pv, ft->order.answered) || privacy_hides(x->pv, ft->order.out_of_order))
			doc_cell(d, t, tr(l, TF_WITHHELD));
		else
			doc_cell(d, t, pct(x, ft->order.out_of_order, ft->order.answered));
		doc_cell(d, t, count(x, ft->order.longest_jump));
	}
	free(rows);
	if (fig->order_threads_out < fig->order_threads)
		in_order =
		    doc_fmt(d, tr(l, TF_ORDER_NOT_LISTED), number(x, fig->order_threads - fig->order_threads_out));
	if (n > FAIR_ROWS_SHOWN) {
		doc_table_more(d, l, t, (long long)(n - FAIR_ROWS_SHOWN), tr(l, TF_ORDER_MORE));
		if (in_order)
			t->note = doc_fmt(d, "%s %s", t->note, in_order);
	} else {
		t->note = in_order;
	}
}

/* The status coverage gives a moderated comment, in words. */
static const char *status_words(struct fctx *x, const struct fair_moderated *e)
{
	static const int why[] = {[NN_EMPTY] = TF_WHY_EMPTY,
	                          [NN_NO_WORDS] = TF_WHY_NO_WORDS,
	                          [NN_SPAM] = TF_WHY_SPAM,
	                          [NN_DELETED] = TF_WHY_DELETED,
	                          [NN_CLASS] = TF_WHY_CLASS};
	enum ui_lang l = x->l;

	switch (e->status) {
	case STATUS_ANSWERED:
		return doc_fmt(x->d, tr(l, TF_ST_ANSWERED), e->answer_id ? e->answer_id : "-", rule_words(l, e->rule));
	case STATUS_UNANSWERED:
		return tr(l, TF_ST_UNANSWERED);
	case STATUS_NOT_NEEDED:
		break;
	}
	if (e->reason > NN_NONE && e->reason <= NN_CLASS)
		return doc_fmt(x->d, tr(l, TF_ST_NOT_NEEDED_WHY), tr(l, why[e->reason]));
	return tr(l, TF_ST_NOT_NEEDED);
}

/* Who wrote a moderated comment, when, and what became of it: the small print of its quote. */
static const char *moderated_small(struct fctx *x, const struct fair_moderated *e)
{
	static const int flag_words[4] = {TF_FLAG_HIDDEN, TF_FLAG_DELETED, TF_FLAG_SPAM, TF_FLAG_UNAPPROVED};
	const char *flags[4];
	struct strbuf sb;
	const char *s;
	size_t n = 0;
	int k;

	strbuf_init(&sb);
	tr_datetime(&sb, x->l, x->zone, e->created.utc);
	strbuf_addstr(&sb, " · ");
	if (!e->akey && !e->author && !e->author_id)
		strbuf_addstr(&sb, tr(x->l, TF_AUTHOR_UNKNOWN));
	else
		privacy_person(x->pv, e->platform, e->akey, e->author ? e->author : e->author_id, &sb);
	strbuf_addstr(&sb, " · ");
	strbuf_addf(&sb, tr(x->l, TF_MSG_ID), e->id);
	for (k = 0; k < 4; k++)
		if (e->flags & fair_flag_bit(k))
			flags[n++] = tr(x->l, flag_words[k]);
	strbuf_addstr(&sb, " · ");
	tr_join(&sb, x->l, flags, n);
	strbuf_addstr(&sb, " · ");
	strbuf_addstr(&sb, status_words(x, e));
	strbuf_addstr(&sb, " · ");
	if (e->cls >= 0 && e->cls < CLASS_N) {
		tr_class_list(&x->sb, x->l, 1u << e->cls);
		strbuf_addf(&sb, tr(x->l, TF_CLASS_IS), take(x));
	} else {
		strbuf_addstr(&sb, tr(x->l, TF_NOT_CLASSIFIED));
	}
	s = doc_str(x->d, sb.buf);
	strbuf_release(&sb);
	return s;
}

/* Every moderated citizen comment, thread by thread, with what became of it. */
static void moderation(struct fctx *x, const struct fairness_figures *fig, const struct fairness *fs)
{
	struct doc *d = x->d;
	enum ui_lang l = x->l;
	const char *h[2], *thread = NULL;
	struct doc_table *t;
	size_t i;

	doc_part(d, "fairness-moderation", tr(l, TF_P_MODERATION));
	doc_para(d, tr(l, TF_MOD_RULE));
	if (!fig->moderated) {
		doc_para(d, tr(l, TF_MOD_NONE));
		return;
	}
	h[0] = tr(l, T_FIGURE);
	h[1] = tr(l, T_VALUE);
	t = doc_table(d, 2, 0x2, h);
	count_row(x, t, TF_N_MODERATED, fig->moderated);
	count_row(x, t, TF_N_HIDDEN, fig->moderated_by_flag[0]);
	count_row(x, t, TF_N_DELETED, fig->moderated_by_flag[1]);
	count_row(x, t, TF_N_SPAM, fig->moderated_by_flag[2]);
	count_row(x, t, TF_N_UNAPPROVED, fig->moderated_by_flag[3]);
	count_row(x, t, TF_N_MOD_CRITICISM, fig->moderated_criticism);
	count_row(x, t, TF_N_MOD_NEED, fig->moderated_need);
	t->note = tr(l, TF_MOD_SEVERAL);
	for (i = 0; i < fig->n_log && i < FAIR_ROWS_SHOWN; i++) {
		const struct fair_moderated *e = fig->log[i];
		struct strbuf text;
		if (!thread || strcmp(thread, e->thread)) {
			const struct fair_thread *ft = strmap_get(&fs->threads, e->thread);
			thread = e->thread;
			doc_heading(d, 2, NULL, ft ? thread_label(x, ft) : e->thread)->small =
			    ft ? doc_str(d, e->thread) : NULL;
		}
		strbuf_init(&text);
		privacy_text(x->pv, e->platform, e->text ? e->text : "", NULL, &text);
		doc_quote(d, text.len ? text.buf : tr(l, TF_NO_TEXT), moderated_small(x, e));
		strbuf_release(&text);
	}
	if (fig->n_log > FAIR_ROWS_SHOWN)
		doc_para(d, doc_fmt(d, tr(l, TF_MOD_MORE), number(x, (long)(fig->n_log - FAIR_ROWS_SHOWN))))->flags =
		    DOC_SMALL;
}

void fairness_doc(struct doc *d, enum ui_lang l, const struct fairness_figures *fig, const struct fairness *fs,
                  const struct privacy *pv, const struct tz *zone)
{
	struct fctx x;

	x.d = d;
	x.l = l;
	x.zone = zone;
	x.pv = pv;
	strbuf_init(&x.sb);
	doc_para(d, tr(l, TF_INTRO));
	method(&x, fig, fs);
	doc_part(d, "fairness-class", tr(l, TF_P_CLASS));
	comparison(&x, &fig->by_class, TF_G_CRITICISM, TF_G_REST, TF_Q_CLASS, 0);
	doc_part(d, "fairness-frequent", tr(l, TF_P_FREQUENT));
	doc_para(d, doc_fmt(d, tr(l, TF_FREQUENT_DEF), number(&x, FAIR_FREQUENT_MIN)));
	doc_para(d, doc_fmt(d, tr(l, TF_FREQUENT_COUNTS), count(&x, fig->users), count(&x, fig->critics),
	                    count(&x, fig->frequent_critics)));
	if (fig->unknown_author)
		doc_para(d, doc_fmt(d, tr(l, TF_UNKNOWN_AUTHOR), count(&x, fig->unknown_author)));
	comparison(&x, &fig->frequent, TF_G_FREQUENT, TF_G_EVERYONE, TF_Q_FREQUENT, 0);
	doc_part(d, "fairness-channel", tr(l, TF_P_CHANNEL));
	comparison(&x, &fig->channel, TF_G_PUBLIC, TF_G_PRIVATE, TF_Q_CHANNEL, 1);
	order(&x, fig);
	moderation(&x, fig, fs);
	strbuf_release(&x.sb);
}
