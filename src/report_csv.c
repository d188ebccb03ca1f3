/* report_csv.c: data/ of a report: one CSV row per citizen comment, per citizen, per thread and
 * per month (RFC 4180, CRLF, UTF-8, English column names and values in every language, so that
 * scripts read every report alike). Each file is written to a temporary name and renamed. */
#include "report_run.h"
#include "classify.h"
#include "diag.h"
#include "outfile.h"
#include "outfmt.h"

#include <stdlib.h>
#include <string.h>

static void pct_field(struct strbuf *sb, long n, long d)
{
	if (d > 0)
		add_pct(sb, n, d);
}

static void secs_field(struct strbuf *sb, long long s)
{
	if (s >= 0)
		strbuf_addf(sb, "%lld", s);
}

void report_csv_rows(const struct thread *t, const struct thread_coverage *c, const struct times_thread *tt,
                     const struct tz *zone, int unnamed, struct strbuf *sb)
{
	long *row_of = xmalloc((c->n_comments ? c->n_comments : 1) * sizeof(long));
	size_t i;
	char tb[40], ab[40], lb[20];

	for (i = 0; i < c->n_comments; i++)
		row_of[i] = -1;
	if (tt && tt->w.n) {
		long *comment_of = xmalloc(tt->w.n * sizeof(long));
		thread_waits_comments(&tt->w, t, c, comment_of);
		for (i = 0; i < tt->w.n; i++)
			row_of[comment_of[i]] = (long)i;
		free(comment_of);
	}
	for (i = 0; i < c->n_comments; i++) {
		const struct comment_result *cr = &c->comments[i];
		const struct record *r = &t->recs[cr->rec];
		const struct record *a = cr->answer >= 0 ? &t->recs[cr->answer] : NULL;
		const struct wait_row *w = row_of[i] >= 0 ? &tt->w.rows[row_of[i]] : NULL;

		time_format_when(&r->created, tb);
		report_local_minute(zone, r->created.utc, lb);
		csv_add_field(sb, t->platform);
		strbuf_addch(sb, ',');
		csv_add_field(sb, t->id);
		strbuf_addstr(sb, r->channel == CHANNEL_PRIVATE ? ",private," : ",public,");
		csv_add_field(sb, r->id);
		strbuf_addch(sb, ',');
		csv_add_field(sb, r->parent);
		strbuf_addch(sb, ',');
		/* naming nobody, the author's columns stay empty (the columns are the same either way) */
		csv_add_field(sb, unnamed ? NULL : r->author_id);
		strbuf_addch(sb, ',');
		csv_add_field(sb, unnamed ? NULL : r->author);
		strbuf_addf(sb, ",%s,%s,%s,%s,%s,", tb, lb, status_name(cr->status), rule_name(cr->rule),
		            reason_name(cr->reason));
		csv_add_field(sb, a ? a->id : NULL);
		strbuf_addch(sb, ',');
		if (a) {
			time_format_when(&a->created, ab);
			strbuf_addstr(sb, ab);
		}
		strbuf_addch(sb, ',');
		if (a)
			strbuf_addf(sb, "%lld", cr->wait);
		strbuf_addch(sb, ',');
		if (w && (w->flags & WAIT_ANSWERED))
			strbuf_addf(sb, "%lld", w->service_s);
		strbuf_addch(sb, ',');
		if (w)
			strbuf_addstr(sb, w->flags & WAIT_OUT_OF_HOURS ? "1" : "0");
		strbuf_addch(sb, ',');
		if (r->cls >= 0)
			strbuf_addf(sb, "%s,%s,%d.%02d,%s", class_name((enum msg_class)r->cls),
			            lang_name((enum msg_lang)r->lang), r->conf / 100, r->conf % 100,
			            decided_name((enum decided_by)r->by));
		else
			strbuf_addstr(sb, ",,,");
		strbuf_addch(sb, ',');
		csv_add_field(sb, r->text);
		strbuf_addstr(sb, "\r\n");
	}
	free(row_of);
}

static const char comments_header[] =
    "platform,thread,channel,id,parent_id,author_id,author,created_at,created_local,status,rule,reason,"
    "answer_id,answered_at,wait_s,service_wait_s,out_of_hours,class,lang,confidence,decided_by,text\r\n";

static int write_csv(const char *dir, const char *name, const char *data, size_t len, struct spill *rows)
{
	struct outfile o;
	struct strbuf path;
	int ret;

	strbuf_init(&path);
	strbuf_addf(&path, "%s/%s", dir, name);
	ret = outfile_open(&o, path.buf);
	if (!ret) {
		fwrite(data, 1, len, o.fp);
		if (rows && spill_write_sorted(rows, o.fp, "")) {
			outfile_abort(&o);
			ret = -1;
		} else {
			ret = outfile_commit(&o);
		}
	}
	strbuf_release(&path);
	return ret;
}

static void citizen_row(struct strbuf *sb, const struct citizen *c, int unnamed, long threads, long comments, long need,
                        long answered, long unanswered, long not_needed)
{
	csv_add_field(sb, c->platform);
	strbuf_addch(sb, ',');
	csv_add_field(sb, unnamed ? NULL : c->author_id);
	strbuf_addch(sb, ',');
	csv_add_field(sb, unnamed ? NULL : c->name);
	strbuf_addf(sb, ",%ld,%ld,%ld,%ld,%ld,%ld,", threads, comments, need, answered, unanswered, not_needed);
	pct_field(sb, answered, need);
	strbuf_addstr(sb, need && !answered ? ",1\r\n" : ",0\r\n");
}

static int cmp_contrib(const void *a, const void *b)
{
	const struct contribution *p = a, *q = b;
	int c = id_cmp(p->who->key, q->who->key);
	return c ? c : strcmp(p->who->key, q->who->key);
}

static void citizens(struct report_ctx *x, struct strbuf *sb)
{
	size_t n, i;
	int unnamed = privacy_names_nobody(&x->ro->privacy);

	strbuf_addstr(sb, "platform,author_id,name,threads,comments,need_reply,answered,unanswered,not_needed,coverage_"
	                  "pct,never_answered\r\n");
	if (x->thread_mode) {
		/* The citizens of this thread, with what they wrote in it. */
		struct contribution *v;
		if (!x->focus)
			return;
		v = results_contributions(x->results, x->focus, &n);
		qsort(v, n, sizeof(*v), cmp_contrib);
		for (i = 0; i < n; i++)
			citizen_row(sb, v[i].who, unnamed, 1, v[i].comments, v[i].need, v[i].answered, v[i].unanswered,
			            v[i].not_needed);
		free(v);
		return;
	}
	{
		struct citizen **v = results_citizens(x->results, &n);
		for (i = 0; i < n; i++)
			citizen_row(sb, v[i], unnamed, v[i]->threads, v[i]->comments, v[i]->need, v[i]->answered,
			            v[i]->unanswered, v[i]->not_needed);
		free(v);
	}
}

static void threads(struct report_ctx *x, struct strbuf *sb)
{
	size_t n, i;
	struct thread_result **v = results_threads(x->results, &n);
	struct strmap groups;
	char b[40];

	strmap_init(&groups);
	for (i = 0; i < x->rep->n_thread; i++)
		*strmap_put(&groups, x->rep->by_thread[i].key, NULL) = &x->rep->by_thread[i];

	strbuf_addstr(
	    sb, "platform,thread,channel,official,official_source,title,messages,official_messages,citizen_comments,"
	        "need_reply,answered,unanswered,not_needed,coverage_pct,median_wait_s,p90_wait_s,median_service_s,"
	        "p90_service_s,first_message,last_message\r\n");
	for (i = 0; i < n; i++) {
		const struct thread_result *r = v[i];
		const struct times_group *tg = strmap_get(&groups, r->key);
		csv_add_field(sb, r->platform);
		strbuf_addch(sb, ',');
		csv_add_field(sb, r->id);
		strbuf_addstr(sb, report_thread_channel(x->data, r->key) == CHANNEL_PRIVATE ? ",private," : ",public,");
		csv_add_field(sb, r->official_name);
		strbuf_addch(sb, ',');
		csv_add_field(sb, official_source_text(r->source));
		strbuf_addch(sb, ',');
		csv_add_field(sb, r->title);
		strbuf_addf(sb, ",%ld,%ld,%ld,%ld,%ld,%ld,%ld,", r->messages, r->official, r->comments, r->need,
		            r->answered, r->unanswered, r->not_needed);
		pct_field(sb, r->answered, r->need);
		strbuf_addch(sb, ',');
		secs_field(sb, tg ? tg->f.calendar.median : -1);
		strbuf_addch(sb, ',');
		secs_field(sb, tg ? tg->f.calendar.p90 : -1);
		strbuf_addch(sb, ',');
		secs_field(sb, tg ? tg->f.service.median : -1);
		strbuf_addch(sb, ',');
		secs_field(sb, tg ? tg->f.service.p90 : -1);
		strbuf_addf(sb, ",%s,", r->messages ? time_format_utc(r->first, b) : "");
		strbuf_addf(sb, "%s\r\n", r->messages ? time_format_utc(r->last, b) : "");
	}
	strmap_release(&groups);
	free(v);
}

static void months(struct report_ctx *x, struct strbuf *sb)
{
	const struct report_data *d = x->data;
	static const char *const ch[2] = {"public", "private"};
	size_t i;
	int c, k;

	strbuf_addstr(sb, "month,citizen_public,citizen_private,official_public,official_private,need_reply_public,"
	                  "need_reply_private,answered_public,answered_private,coverage_pct,coverage_public_pct,"
	                  "coverage_private_pct,median_wait_s,p90_wait_s,median_service_s,p90_service_s");
	for (c = 0; c < 2; c++)
		for (k = 0; k <= CLASS_N; k++)
			strbuf_addf(sb, ",%s_%s", k < CLASS_N ? class_name((enum msg_class)k) : "unclassified", ch[c]);
	strbuf_addstr(sb, "\r\n");
	for (i = 0; i < d->n_months; i++) {
		const struct report_month *m = &d->months[i];
		const struct wait_figures *f = m->waits;
		int y = m->ym / 12;
		strbuf_addf(sb, "%04d-%02d,%ld,%ld,%ld,%ld,%ld,%ld,%ld,%ld,", y < 0 ? 0 : y, m->ym % 12 + 1,
		            m->citizen[0], m->citizen[1], m->official[0], m->official[1], m->need[0], m->need[1],
		            m->answered[0], m->answered[1]);
		pct_field(sb, m->answered[0] + m->answered[1], m->need[0] + m->need[1]);
		strbuf_addch(sb, ',');
		pct_field(sb, m->answered[0], m->need[0]);
		strbuf_addch(sb, ',');
		pct_field(sb, m->answered[1], m->need[1]);
		strbuf_addch(sb, ',');
		secs_field(sb, f ? f->calendar.median : -1);
		strbuf_addch(sb, ',');
		secs_field(sb, f ? f->calendar.p90 : -1);
		strbuf_addch(sb, ',');
		secs_field(sb, f ? f->service.median : -1);
		strbuf_addch(sb, ',');
		secs_field(sb, f ? f->service.p90 : -1);
		for (c = 0; c < 2; c++)
			for (k = 0; k <= CLASS_N; k++)
				strbuf_addf(sb, ",%ld", m->cls[c][k]);
		strbuf_addstr(sb, "\r\n");
	}
}

int report_csv_write(struct report_ctx *x, const char *dir, struct spill *rows)
{
	struct strbuf sb;
	int ret;

	strbuf_init(&sb);
	ret = write_csv(dir, "comments.csv", comments_header, sizeof(comments_header) - 1, rows);
	if (!ret) {
		citizens(x, &sb);
		ret = write_csv(dir, "citizens.csv", sb.buf, sb.len, NULL);
	}
	if (!ret) {
		strbuf_reset(&sb);
		threads(x, &sb);
		ret = write_csv(dir, "threads.csv", sb.buf, sb.len, NULL);
	}
	if (!ret) {
		strbuf_reset(&sb);
		months(x, &sb);
		ret = write_csv(dir, "months.csv", sb.buf, sb.len, NULL);
	}
	strbuf_release(&sb);
	return ret;
}
