/* out_fairness.c: rendering the fairness figures. The analysis is done; this only formats,
 * applying the privacy options. */
#include "out_fairness.h"
#include "classify.h"
#include "outfmt.h"
#include "doc.h"
#include "text.h"

#include <math.h>
#include <string.h>

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

/* "p = 0.0372", or "p < 0.0001" */
static void add_p(struct strbuf *sb, double p)
{
	if (p < 0.0001)
		strbuf_addstr(sb, "p < 0.0001");
	else
		strbuf_addf(sb, "p = %.4f", p);
}

static int withheld(const struct privacy *pv, const struct fair_compare *c)
{
	return privacy_hides(pv, c->a.answered) || privacy_hides(pv, c->a.need - c->a.answered) ||
	       privacy_hides(pv, c->b.answered) || privacy_hides(pv, c->b.need - c->b.answered);
}

/* The verdict on one comparison, in words. two_sided_question: the question has no direction. */
static void verdict(struct strbuf *sb, const struct fair_compare *c, const struct privacy *pv, const char *question,
                    int two_sided_question)
{
	double p = two_sided_question ? c->test.p_two_sided : c->test.p_less;

	strbuf_addf(sb, "%s ", question);
	if (withheld(pv, c)) {
		strbuf_addf(sb, "rates and test withheld: a count below %ld (--min-cell)", pv->min_cell);
		return;
	}
	if (!c->a.need || !c->b.need) {
		strbuf_addstr(sb, "nothing to compare: one group has no comments");
		return;
	}
	strbuf_addstr(sb, "one-sided ");
	add_p(sb, c->test.p_less);
	strbuf_addstr(sb, ", two-sided ");
	add_p(sb, c->test.p_two_sided);
	if (p < 0.05)
		strbuf_addstr(sb, two_sided_question ? ": yes, a difference at the 5% level"
		                                     : ": yes at the 5% level (a gap this large would come by chance "
		                                       "less than once in 20 if both were answered alike)");
	else
		strbuf_addstr(sb, two_sided_question ? ": no evidence of a difference at the 5% level"
		                                     : ": no evidence at the 5% level (which does not prove that "
		                                       "they were answered alike)");
}

/* The cells of the 2x2 table (answered, not answered), not the totals: --min-cell applies to
 * cells, and a total next to a cell would give a hidden cell back. */
static void rate_row(struct table *t, const char *name, const struct fair_rate *r, const struct privacy *pv, int hide)
{
	struct strbuf a, b;

	strbuf_init(&a);
	strbuf_init(&b);
	table_add(t, name);
	privacy_count(pv, r->answered, &a);
	privacy_count(pv, r->need - r->answered, &b);
	table_add(t, a.buf);
	table_add(t, b.buf);
	if (hide || !r->need) {
		table_add(t, hide ? "withheld" : "-");
		table_add(t, hide ? "withheld" : "-");
	} else {
		strbuf_reset(&a);
		add_pct(&a, r->answered, r->need);
		strbuf_addch(&a, '%');
		table_add(t, a.buf);
		table_addf(t, "%.1f%% - %.1f%%", 100 * r->lo, 100 * r->hi);
	}
	strbuf_release(&a);
	strbuf_release(&b);
}

static void heading(struct strbuf *sb, enum doc_format f, int level, const char *title)
{
	if (f == DOC_HTML) {
		strbuf_addf(sb, "<h%d>", level + 1);
		html_add_str(sb, title);
		strbuf_addf(sb, "</h%d>\n", level + 1);
	} else if (f == DOC_MD) {
		strbuf_addf(sb, "\n%s ", level == 1 ? "##" : "###");
		md_add_str(sb, title);
		strbuf_addstr(sb, "\n\n");
	} else {
		strbuf_addch(sb, '\n');
		plain_add_str(sb, title);
		strbuf_addch(sb, '\n');
	}
}

/* A paragraph of prose (the caller's text is trusted; data inside it is escaped by the caller). */
static void para(struct strbuf *sb, enum doc_format f, const char *text)
{
	if (f == DOC_HTML) {
		strbuf_addstr(sb, "<p>");
		html_add_str(sb, text);
		strbuf_addstr(sb, "</p>\n");
	} else if (f == DOC_MD) {
		md_add_str(sb, text);
		strbuf_addstr(sb, "\n\n");
	} else {
		strbuf_addstr(sb, "  ");
		plain_add_str(sb, text);
		strbuf_addch(sb, '\n');
	}
}

static void comparison(struct strbuf *sb, enum doc_format f, const char *title, const struct fair_compare *c,
                       const struct privacy *pv, const char *question, int two_sided)
{
	struct table t;
	struct strbuf v;
	int hide = withheld(pv, c);

	heading(sb, f, 2, title);
	table_init(&t, "lrrrr");
	table_add(&t, "group");
	table_add(&t, "answered");
	table_add(&t, "not answered");
	table_add(&t, "rate");
	table_add(&t, "95% interval");
	rate_row(&t, c->a_name, &c->a, pv, hide);
	rate_row(&t, c->b_name, &c->b, pv, hide);
	table_render(&t, f, "  ", sb);
	table_release(&t);
	if (f == DOC_MD)
		strbuf_addch(sb, '\n');
	strbuf_init(&v);
	verdict(&v, c, pv, question, two_sided);
	para(sb, f, v.buf);
	strbuf_release(&v);
}

static void add_flags(struct strbuf *sb, unsigned flags, const char *sep)
{
	int k, first = 1;

	for (k = 0; k < 4; k++)
		if (flags & fair_flag_bit(k)) {
			strbuf_addf(sb, "%s%s", first ? "" : sep, fair_flag_name(k));
			first = 0;
		}
}

static void add_status(struct strbuf *sb, const struct fair_moderated *e)
{
	strbuf_addstr(sb, status_name(e->status));
	if (e->status == STATUS_ANSWERED)
		strbuf_addf(sb, " (%s, by %s; not counted as answered here)", rule_name(e->rule), e->answer_id);
	else if (e->reason)
		strbuf_addf(sb, " (%s)", reason_name(e->reason));
}

static void doc_text(const struct fairness_figures *fig, const struct fairness *fs, const struct privacy *pv,
                     enum doc_format f, struct strbuf *sb)
{
	struct strbuf line, tmp;
	struct table t;
	size_t i;
	long compared = fig->channel.a.need + fig->channel.b.need;

	strbuf_init(&line);
	strbuf_init(&tmp);
	if (f == DOC_HTML)
		strbuf_addstr(sb, "<section class=\"fairness\">\n");
	heading(sb, f, 1, "Fairness: were some citizens answered less than others?");
	strbuf_addstr(&line, "Rules: ");
	fairness_rules_text(fs, &line);
	para(sb, f, line.buf);
	strbuf_reset(&line);
	strbuf_addf(&line, "Compared: %s. ", compared_text);
	privacy_count(pv, compared, &line);
	strbuf_addstr(&line, " compared; left out: ");
	privacy_count(pv, fig->left_out_class, &line);
	strbuf_addstr(&line, " answered of an excluded class, ");
	privacy_count(pv, fig->moderated_need, &line);
	strbuf_addstr(&line, " moderated");
	if (fig->unclassified) {
		strbuf_addstr(&line, ", ");
		privacy_count(pv, fig->unclassified, &line);
		strbuf_addstr(&line, " not classified (not in the class figure)");
	}
	strbuf_addch(&line, '.');
	para(sb, f, line.buf);
	strbuf_reset(&line);
	strbuf_addf(&line, "Test: %s.", test_text);
	para(sb, f, line.buf);

	comparison(sb, f, "Answer rate by class", &fig->by_class, pv, "Were critics answered less than the rest?", 0);

	strbuf_reset(&line);
	strbuf_addf(&line, "Frequent critics: citizens with %d criticisms or more in the period (", FAIR_FREQUENT_MIN);
	privacy_count(pv, fig->frequent_critics, &line);
	strbuf_addstr(&line, " of ");
	privacy_count(pv, fig->critics, &line);
	strbuf_addstr(&line, " citizens who criticised, of ");
	privacy_count(pv, fig->users, &line);
	strbuf_addstr(&line, "), against everyone else");
	comparison(sb, f, line.buf, &fig->frequent, pv, "Were frequent critics answered less than everyone else?", 0);
	if (fig->unknown_author) {
		strbuf_reset(&line);
		privacy_count(pv, fig->unknown_author, &line);
		strbuf_addstr(&line, " compared comments without a known author are not in this figure.");
		para(sb, f, line.buf);
	}

	comparison(sb, f, "Public comments and private messages", &fig->channel, pv,
	           "Were public comments and private messages answered at different rates?", 1);

	heading(sb, f, 2, "Order of answers");
	strbuf_reset(&line);
	strbuf_addf(&line, "Rule: %s.", order_text);
	para(sb, f, line.buf);
	strbuf_reset(&line);
	strbuf_addstr(&line, "Answers out of order: ");
	privacy_count(pv, fig->order_out_of_order, &line);
	strbuf_addstr(&line, " of ");
	privacy_count(pv, fig->order_answered, &line);
	if (fig->order_answered && !privacy_hides(pv, fig->order_out_of_order) &&
	    !privacy_hides(pv, fig->order_answered)) {
		strbuf_addstr(&line, " (");
		add_pct(&line, fig->order_out_of_order, fig->order_answered);
		strbuf_addstr(&line, "%)");
	}
	strbuf_addf(&line, ", in %ld of %ld threads with answers.", fig->order_threads_out, fig->order_threads);
	if (fig->longest) {
		const struct fair_order *o = &fig->longest->order;
		char tb[40];
		strbuf_addstr(&line, " Longest jump: ");
		privacy_count(pv, o->longest_jump, &line);
		strbuf_addf(&line,
		            " waiting comment%s passed over in %s, when comment %s was answered at %s while %s "
		            "(the earliest of them) waited.",
		            o->longest_jump == 1 ? "" : "s", fig->longest->key, o->jump_id,
		            time_format_utc(o->jump_at, tb), o->jump_over_id);
	}
	para(sb, f, line.buf);
	table_init(&t, "lrrrr");
	table_add(&t, "thread");
	table_add(&t, "answered");
	table_add(&t, "out of order");
	table_add(&t, "share");
	table_add(&t, "longest jump");
	for (i = 0; i < fig->n_threads; i++) {
		const struct fair_thread *ft = fig->threads[i];
		if (!ft->order.out_of_order)
			continue;
		table_add(&t, ft->key);
		strbuf_reset(&tmp);
		privacy_count(pv, ft->order.answered, &tmp);
		table_add(&t, tmp.buf);
		strbuf_reset(&tmp);
		privacy_count(pv, ft->order.out_of_order, &tmp);
		table_add(&t, tmp.buf);
		strbuf_reset(&tmp);
		if (privacy_hides(pv, ft->order.answered) || privacy_hides(pv, ft->order.out_of_order)) {
			strbuf_addstr(&tmp, "withheld");
		} else {
			add_pct(&tmp, ft->order.out_of_order, ft->order.answered);
			strbuf_addch(&tmp, '%');
		}
		table_add(&t, tmp.buf);
		strbuf_reset(&tmp);
		privacy_count(pv, ft->order.longest_jump, &tmp);
		table_add(&t, tmp.buf);
	}
	if (t.n > t.ncol) {
		table_render(&t, f, "  ", sb);
		if (fig->order_threads_out < fig->order_threads) {
			strbuf_reset(&line);
			strbuf_addf(&line, "(%ld thread%s whose answers all came in order not listed)",
			            fig->order_threads - fig->order_threads_out,
			            fig->order_threads - fig->order_threads_out == 1 ? "" : "s");
			if (f == DOC_MD)
				strbuf_addch(sb, '\n');
			para(sb, f, line.buf);
		}
	}
	table_release(&t);

	heading(sb, f, 2, "Moderation log");
	strbuf_reset(&line);
	strbuf_addf(&line, "Rule: %s. ", moderation_text);
	privacy_count(pv, fig->moderated, &line);
	strbuf_addstr(&line, " moderated comment");
	strbuf_addstr(&line, fig->moderated == 1 ? "" : "s");
	strbuf_addstr(&line, ": ");
	for (i = 0; i < 4; i++) {
		strbuf_addf(&line, "%s%s ", i ? ", " : "", fair_flag_name((int)i));
		privacy_count(pv, fig->moderated_by_flag[i], &line);
	}
	strbuf_addstr(&line, "; ");
	privacy_count(pv, fig->moderated_criticism, &line);
	strbuf_addstr(&line, " classified criticism; ");
	privacy_count(pv, fig->moderated_need, &line);
	strbuf_addstr(&line, " needing a reply.");
	para(sb, f, line.buf);
	if (fig->n_log) {
		table_init(&t, "llllllll");
		table_add(&t, "time");
		table_add(&t, "thread");
		table_add(&t, "comment");
		table_add(&t, "moderation");
		table_add(&t, "status");
		table_add(&t, "class");
		table_add(&t, "author");
		table_add(&t, "text");
		for (i = 0; i < fig->n_log; i++) {
			const struct fair_moderated *e = fig->log[i];
			char tb[40];
			table_add(&t, time_format_when(&e->created, tb));
			table_add(&t, e->thread);
			table_add(&t, e->id);
			strbuf_reset(&tmp);
			add_flags(&tmp, e->flags, " ");
			table_add(&t, tmp.buf);
			strbuf_reset(&tmp);
			add_status(&tmp, e);
			table_add(&t, tmp.buf);
			table_add(&t, e->cls >= 0 ? class_name((enum msg_class)e->cls) : "-");
			strbuf_reset(&tmp);
			privacy_person(pv, e->platform, e->akey, e->author ? e->author : e->author_id, &tmp);
			table_add(&t, tmp.buf);
			strbuf_reset(&tmp);
			strbuf_reset(&line);
			privacy_text(pv, e->platform, e->text, NULL, &line);
			text_excerpt(line.buf, f == DOC_TEXT ? 60 : FAIR_EXCERPT, &tmp);
			table_add(&t, tmp.buf);
		}
		table_render(&t, f, "  ", sb);
		table_release(&t);
	}
	if (f == DOC_HTML)
		strbuf_addstr(sb, "</section>\n");
	strbuf_release(&line);
	strbuf_release(&tmp);
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

static void doc_json(const struct fairness_figures *fig, const struct fairness *fs, const struct privacy *pv,
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

void out_fairness(const struct fairness_figures *fig, const struct fairness *fs, const struct privacy *pv,
                  enum doc_format f, struct strbuf *sb)
{
	if (f == DOC_JSON)
		doc_json(fig, fs, pv, sb);
	else
		doc_text(fig, fs, pv, f, sb);
}

void fairness_doc(struct doc *d, enum ui_lang l, const struct fairness_figures *fig, const struct fairness *fs,
                  const struct privacy *pv, const struct tz *zone)
{
	/* transitional: the figures rendered by the older writer, pasted in */
	struct strbuf html, md;

	(void)l;
	(void)zone;
	strbuf_init(&html);
	strbuf_init(&md);
	out_fairness(fig, fs, pv, DOC_HTML, &html);
	out_fairness(fig, fs, pv, DOC_MD, &md);
	doc_raw(d, html.buf, md.buf);
	strbuf_release(&html);
	strbuf_release(&md);
}
