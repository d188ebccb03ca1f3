/* report_common.c: what both reports share in their documents: figures as text in the
 * report's language, a chart's place (its drawing, or why it is missing), and the closing
 * sections (how the figures are made, the files, the manifest of the inputs). */
#include "report_run.h"
#include "util_tz.h"
#include "fairness.h"
#include "manifest.h"
#include "out_fairness.h"
#include "out_proof.h"
#include "proof.h"
#include "classify.h"

#include <stdlib.h>
#include <string.h>

const char *report_pct(struct report_ctx *x, struct doc *d, long n, long den)
{
	return doc_pct(d, x->lang, n, den);
}

const char *report_numtxt(struct report_ctx *x, struct doc *d, long long n)
{
	return doc_num(d, x->lang, n);
}

const char *report_waittxt(struct report_ctx *x, struct doc *d, long long sec)
{
	return doc_wait(d, x->lang, sec);
}

const char *report_localtxt(struct report_ctx *x, struct doc *d, long long t)
{
	return doc_datetime(d, x->lang, x->zone, t);
}

void report_subtitle(struct report_ctx *x, struct strbuf *sb)
{
	struct strbuf p;

	strbuf_init(&p);
	tr_period(&p, x->lang, x->period, 1);
	strbuf_addf(sb, tr(x->lang, T_SUB_PERIOD), p.buf, x->zone_name);
	strbuf_release(&p);
}

const char *report_period_words(struct report_ctx *x, struct doc *d)
{
	return doc_period(d, x->lang, x->period, 0);
}

int report_nothing_notice(struct report_ctx *x, struct doc *d)
{
	const struct pipeline *p = x->pipe;
	int y1, m1, d1, y2, m2, d2, h, mi, s, wd;
	long off;

	if (!p->read) {
		doc_notice(d, tr(x->lang, T_NOTHING_READ));
		return 1;
	}
	if (!pipeline_period_empty(p))
		return 0;
	/* the days of the first and last message, in the report's zone: one day, or a range */
	tz_utc_to_local(x->zone, p->first_time, &y1, &m1, &d1, &h, &mi, &s, &wd, &off);
	tz_utc_to_local(x->zone, p->last_time, &y2, &m2, &d2, &h, &mi, &s, &wd, &off);
	if (y1 == y2 && m1 == m2 && d1 == d2) {
		struct strbuf day;
		strbuf_init(&day);
		tr_date(&day, x->lang, x->zone, p->first_time);
		doc_notice(d, doc_fmt(d, tr(x->lang, T_NOTHING_IN_PERIOD_DAY), report_period_words(x, d),
		                      doc_str(d, day.buf)));
		strbuf_release(&day);
	} else {
		doc_notice(
		    d, doc_fmt(d, tr(x->lang, T_NOTHING_IN_PERIOD), report_period_words(x, d),
		               doc_period(d, x->lang,
		                          doc_fmt(d, "%04d-%02d-%02d..%04d-%02d-%02d", y1, m1, d1, y2, m2, d2), 0)));
	}
	return 1;
}

const char *report_thread_label(struct report_ctx *x, struct doc *d, const struct thread_result *r)
{
	struct strbuf sb;
	const char *s;

	strbuf_init(&sb);
	tr_post_label(&sb, x->lang, x->zone, r->post_time, r->headline, r->private_conv);
	s = doc_str(d, sb.buf);
	strbuf_release(&sb);
	return s;
}

const char *report_thread_name(struct report_ctx *x, struct doc *d)
{
	const struct report_focus *f = &x->data->focus;
	struct strbuf sb;
	const char *s;

	strbuf_init(&sb);
	tr_post_label(&sb, x->lang, x->zone, f->post_time, f->headline, f->channel == CHANNEL_PRIVATE);
	s = doc_str(d, sb.buf);
	strbuf_release(&sb);
	return s;
}

const char *report_policy_text(struct report_ctx *x, struct doc *d)
{
	const struct coverage_opts *o = &x->ro->cov;
	struct strbuf list;
	const char *s;

	if (o->need_all)
		return tr(x->lang, T_POLICY_ALL);
	strbuf_init(&list);
	tr_class_list(&list, x->lang, o->need_classes);
	s = doc_fmt(d, tr(x->lang, T_POLICY_CLASSES), list.buf);
	strbuf_release(&list);
	return s;
}

void report_doc_chart(struct report_ctx *x, struct doc *d, enum report_chart id, const char *desc)
{
	struct chart *c = &x->charts[id];
	struct doc_chart *rc = doc_chart(d, c->name, c->title, desc);

	if (c->empty) {
		rc->missing = tr(x->lang, T_CHART_EMPTY);
		return;
	}
	if (c->drawn) {
		rc->svg = doc_str(d, c->svg);
		rc->png = (x->parts & RF_CHARTS) != 0;
		return;
	}
	if (!(x->parts & RF_CHARTS))
		rc->missing = tr(x->lang, x->have_gnuplot ? T_CHART_FAILED_NODIR : T_CHART_MISSING_NODIR);
	else
		rc->missing = doc_fmt(d, tr(x->lang, x->have_gnuplot ? T_CHART_FAILED : T_CHART_MISSING), c->name);
}

static const char *rules_text(struct report_ctx *x, struct doc *d)
{
	unsigned r = x->ro->cov.rules ? x->ro->cov.rules : RULE_ALL;
	const char *v[3];
	struct strbuf sb;
	const char *s;
	size_t n = 0;

	if (r & RULE_DIRECT)
		v[n++] = tr(x->lang, T_RULE_DIRECT);
	if (r & RULE_BRANCH)
		v[n++] = tr(x->lang, T_RULE_BRANCH);
	if (r & RULE_MENTION)
		v[n++] = tr(x->lang, T_RULE_MENTION);
	strbuf_init(&sb);
	tr_join(&sb, x->lang, v, n);
	s = doc_str(d, sb.buf);
	strbuf_release(&sb);
	return s;
}

/* The schedule as its reader knows it: its file's name, without the folders it was read from
 * (they say nothing to a reader; the evidence gives the path and the SHA-256). */
static const char *schedule_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash && slash[1] ? slash + 1 : path;
}

const char *report_schedule_text(struct report_ctx *x, struct doc *d)
{
	const struct schedule *s = x->ro->schedule;
	long long n;

	if (!x->ro->schedule_file || !s)
		return tr(x->lang, T_NO_SCHEDULE);
	n = (long long)s->n_holidays;
	return doc_fmt(d, trn(x->lang, T_SCHEDULE_DESC_ONE, T_SCHEDULE_DESC, n), schedule_name(x->ro->schedule_file),
	               s->zone_name ? s->zone_name : "UTC", report_numtxt(x, d, n));
}

void report_doc_method(struct report_ctx *x, struct doc *d)
{
	doc_section(d, "method", tr(x->lang, T_SEC_METHOD));
	doc_para(d, doc_fmt(d, tr(x->lang, T_M_ANSWERED), rules_text(x, d)));
	doc_para(d, doc_fmt(d, tr(x->lang, T_M_NEED), report_policy_text(x, d)));
	doc_para(d, tr(x->lang, T_M_COVERAGE));
	if (x->ro->schedule_file)
		doc_para(d, doc_fmt(d, tr(x->lang, T_M_WAITS), report_schedule_text(x, d)));
	else
		doc_para(d, tr(x->lang, T_M_WAITS_NONE));
	doc_para(d, tr(x->lang, T_M_CLASSES));
	if (x->period)
		doc_para(d, doc_fmt(d, tr(x->lang, T_M_PERIOD), report_period_words(x, d)));
	else
		doc_para(d, tr(x->lang, T_M_NO_PERIOD));
	doc_para(d, doc_fmt(d, tr(x->lang, T_M_ZONE), x->zone_name));
}

void report_doc_files(struct report_ctx *x, struct doc *d)
{
	struct doc_block *l;

	doc_section(d, "files", tr(x->lang, T_SEC_FILES));
	l = doc_list(d);
	if (x->parts & RF_HTML)
		doc_item(d, l, tr(x->lang, T_F_HTML));
	if (x->parts & RF_MD)
		doc_item(d, l, tr(x->lang, T_F_MD));
	if (x->parts & RF_CHARTS)
		doc_item(d, l, tr(x->lang, T_F_CHARTS));
	if (x->parts & RF_CSV) {
		doc_item(d, l, tr(x->lang, T_F_COMMENTS));
		doc_item(d, l, tr(x->lang, T_F_CITIZENS));
		doc_item(d, l, tr(x->lang, T_F_THREADS));
		doc_item(d, l, tr(x->lang, T_F_MONTHS));
		if (x->parts & RF_XLSX)
			doc_item(d, l, tr(x->lang, T_F_XLSX));
		doc_para(d, tr(x->lang, T_F_CSV_NOTE));
	}
}

/* The inputs are listed once, in the evidence: each file with what it held, what was rejected
 * and its SHA-256, the table cut at its first rows when there are many (manifest.json lists
 * them all, and `replycov verify` checks them). The evidence is a section of its own, in the
 * contents. */
void report_manifest(struct report_ctx *x, struct doc *d)
{
	if (x->manifest)
		manifest_section(d, x->lang, x->manifest);
}

void report_fairness(struct report_ctx *x, struct doc *d)
{
	struct fairness_figures fig;

	if (!x->fair)
		return;
	fairness_figures(x->fair, &fig);
	doc_section(d, "fairness", tr(x->lang, T_SEC_FAIRNESS));
	d->depth = 1;
	fairness_doc(d, x->lang, &fig, x->fair, &x->ro->privacy, x->zone);
	d->depth = 0;
	fairness_figures_release(&fig);
}

void report_proof(struct report_ctx *x, struct doc *d)
{
	struct proof_person **v;
	size_t n, i, k = 0;

	if (!x->proof)
		return;
	doc_section(d, "proof", tr(x->lang, T_SEC_PROOF));
	v = proof_candidates(x->proof, &n);
	for (i = 0; i < n; i++)
		if (v[i]->messages)
			v[k++] = v[i];
	if (k == 1) {
		struct proof_sheet s;
		struct proof_doc pd = {0};
		struct strbuf rules;
		strbuf_init(&rules);
		proof_sheet_build(x->proof, v[0], &s);
		rules_summary_text(x->ro->cov.rules, x->ro->cov.need_all, x->ro->cov.need_classes, x->period, &rules);
		pd.s = &s;
		pd.pv = &x->ro->privacy;
		pd.zone = x->zone;
		pd.schedule_file = x->ro->schedule_file ? report_schedule_text(x, d) : NULL;
		pd.rules = rules.buf;
		d->depth = 1;
		out_proof_doc(d, x->lang, &pd);
		d->depth = 0;
		proof_sheet_release(&s);
		strbuf_release(&rules);
	} else {
		/* Nobody, or several people: the sheet would be about the wrong person. */
		if (k)
			doc_notice(d,
			           doc_fmt(d, tr(x->lang, T_USER_SEVERAL), x->user, report_numtxt(x, d, (long long)k)));
		else
			doc_notice(d, doc_fmt(d, tr(x->lang, T_USER_NOBODY), x->user));
		if (k) {
			struct doc_block *list = doc_list(d);
			for (i = 0; i < k; i++)
				doc_item(d, list,
				         doc_fmt(d,
				                 trn(x->lang, T_USER_CANDIDATE_ONE, T_USER_CANDIDATE, v[i]->messages),
				                 v[i]->name ? v[i]->name : v[i]->akey,
				                 doc_fmt(d, "%s/%s", v[i]->platform,
				                         v[i]->author_id ? v[i]->author_id : v[i]->akey),
				                 report_numtxt(x, d, v[i]->messages)));
		}
		diag_warn(NULL, "--user '%s' matches %s: the report says so instead of a proof sheet", x->user,
		          k ? "several people" : "nobody");
	}
	free(v);
}
