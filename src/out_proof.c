/* out_proof.c: the proof sheet as text, Markdown and HTML. The sheet is built (proof.c); this
 * only formats it, applying the privacy options to everyone but the person. */
#include "out_proof.h"
#include "classify.h"
#include "outfmt.h"
#include "text.h"
#include "util_tz.h"

#include <string.h>

void proof_time(struct strbuf *sb, const struct when *w, const struct tz *zone)
{
	char b[40];

	if (zone) {
		struct when z = {w->utc, (int)tz_offset_at(zone, w->utc), 1};
		strbuf_addstr(sb, time_format_when(&z, b));
	} else {
		strbuf_addstr(sb, time_format_when(w, b));
	}
}

const char *proof_flag_words(unsigned flags, struct strbuf *sb)
{
	static const struct {
		unsigned bit;
		const char *word;
	} f[] = {{REC_HIDDEN, "hidden"},
	         {REC_DELETED, "deleted"},
	         {REC_SPAM, "spam"},
	         {REC_UNAPPROVED, "unapproved"},
	         {REC_EDITED, "edited"},
	         {REC_ORPHAN, "its parent is missing from the export"},
	         {REC_APPROX_TIME, "approximate time"}};
	size_t i;
	int first = 1;

	for (i = 0; i < sizeof(f) / sizeof(*f); i++)
		if (flags & f[i].bit) {
			strbuf_addf(sb, "%s%s", first ? "" : ", ", f[i].word);
			first = 0;
		}
	return sb->buf;
}

/* The document primitives, one per format. */
struct dw {
	enum doc_format f;
	struct strbuf *sb;
};

static void dw_heading(struct dw *w, int level, const char *text)
{
	if (w->f == DOC_HTML) {
		strbuf_addf(w->sb, "<h%d>", level);
		html_add_str(w->sb, text);
		strbuf_addf(w->sb, "</h%d>\n", level);
	} else if (w->f == DOC_MD) {
		/* one blank line before a heading, whatever came before */
		if (w->sb->len &&
		    !(w->sb->len >= 2 && w->sb->buf[w->sb->len - 1] == '\n' && w->sb->buf[w->sb->len - 2] == '\n'))
			strbuf_addch(w->sb, '\n');
		strbuf_addf(w->sb, "%.*s ", level, "######");
		md_add_str(w->sb, text);
		strbuf_addstr(w->sb, "\n\n");
	} else {
		if (level > 1)
			strbuf_addch(w->sb, '\n');
		plain_add_str(w->sb, text);
		strbuf_addch(w->sb, '\n');
	}
}

/* "label: value" as a line of a list. indent: text indentation. */
static void dw_field(struct dw *w, const char *indent, const char *label, const char *value)
{
	if (w->f == DOC_HTML) {
		strbuf_addstr(w->sb, "<li>");
		if (label) {
			strbuf_addstr(w->sb, "<b>");
			html_add_str(w->sb, label);
			strbuf_addstr(w->sb, "</b>: ");
		}
		html_add_str(w->sb, value);
		strbuf_addstr(w->sb, "</li>\n");
	} else if (w->f == DOC_MD) {
		strbuf_addstr(w->sb, "- ");
		if (label) {
			strbuf_addstr(w->sb, "**");
			md_add_str(w->sb, label);
			strbuf_addstr(w->sb, "**: ");
		}
		md_add_str(w->sb, value);
		strbuf_addch(w->sb, '\n');
	} else {
		strbuf_addf(w->sb, "%s%s%s", indent, label ? label : "", label ? ": " : "");
		plain_add_str(w->sb, value);
		strbuf_addch(w->sb, '\n');
	}
}

static void dw_list_begin(struct dw *w)
{
	if (w->f == DOC_HTML)
		strbuf_addstr(w->sb, "<ul>\n");
}

static void dw_list_end(struct dw *w)
{
	if (w->f == DOC_HTML)
		strbuf_addstr(w->sb, "</ul>\n");
	else if (w->f == DOC_MD)
		strbuf_addch(w->sb, '\n');
}

static void add_wait(struct strbuf *sb, long long s)
{
	char b[32];

	strbuf_addstr(sb, s < 0 ? "-" : time_format_wait(s, b));
}

static void count(struct strbuf *sb, const struct privacy *pv, long n)
{
	privacy_count(pv, n, sb);
}

/* "60 of 138 comments needing a reply answered (43.5%), median wait 1h 25m" */
static void scope_line(struct strbuf *sb, const struct proof_scope *sc, const struct privacy *pv, int service)
{
	count(sb, pv, sc->answered);
	strbuf_addstr(sb, " of ");
	count(sb, pv, sc->need);
	strbuf_addstr(sb, " comments needing a reply were answered");
	if (sc->need && !privacy_hides(pv, sc->answered) && !privacy_hides(pv, sc->need - sc->answered)) {
		strbuf_addstr(sb, " (");
		add_pct(sb, sc->answered, sc->need);
		strbuf_addstr(sb, "%)");
	}
	if (sc->median_cal < 0)
		return;
	strbuf_addstr(sb, ", median wait ");
	add_wait(sb, sc->median_cal);
	if (service) {
		strbuf_addstr(sb, " (");
		add_wait(sb, sc->median_svc);
		strbuf_addstr(sb, " in service hours)");
	}
}

static void rank_line(struct strbuf *sb, const char *where, const struct proof_rank *r, const struct privacy *pv)
{
	strbuf_addf(sb, "%s: ", where);
	if (!r->n) {
		strbuf_addstr(sb, "no other answered comment to compare with");
		return;
	}
	if (privacy_hides(pv, r->n)) {
		strbuf_addf(sb, "fewer than %ld others, not shown (--min-cell)", pv->min_cell);
		return;
	}
	count(sb, pv, r->n);
	strbuf_addstr(sb, " other answered comments, ");
	count(sb, pv, r->less);
	strbuf_addstr(sb, " waited less, ");
	count(sb, pv, r->equal);
	strbuf_addstr(sb, " as long, ");
	count(sb, pv, r->more);
	strbuf_addf(sb, " longer: percentile %d", r->percentile);
}

static void author_of(struct strbuf *sb, const struct proof_doc *d, const struct proof_ctx *x, const char *platform)
{
	if (x->subject)
		strbuf_addf(sb, "%s (the same person)", d->s->who->name ? d->s->who->name : d->s->who->akey);
	else if (x->official)
		strbuf_addstr(sb, x->author ? x->author : "the official account");
	else
		privacy_person(d->pv, platform, x->akey, x->author, sb);
}

static void ctx_line(struct strbuf *sb, const struct proof_doc *d, const struct proof_ctx *x, const char *platform,
                     const char *keep, const char *what, size_t chars)
{
	struct strbuf t;

	proof_time(sb, &x->created, d->zone);
	strbuf_addstr(sb, " ");
	author_of(sb, d, x, platform);
	strbuf_addf(sb, " (%s %s): \"", what ? what : x->official ? "official reply" : "comment", x->id);
	strbuf_init(&t);
	privacy_text(d->pv, platform, x->text, keep, &t);
	text_excerpt(t.buf, chars, sb);
	strbuf_release(&t);
	strbuf_addch(sb, '"');
}

static void message(struct dw *w, const struct proof_doc *d, size_t n, const struct proof_item *it)
{
	const struct proof_msg *m = it->m;
	const struct proof_thread *t = it->t;
	const char *keep = d->s->who->akey;
	struct strbuf line, tmp;
	int service = d->schedule_file != NULL;

	strbuf_init(&line);
	strbuf_init(&tmp);
	strbuf_addf(&line, "%zu. ", n);
	proof_time(&line, &m->created, d->zone);
	strbuf_addf(&line, " - %s %s", m->channel == CHANNEL_PRIVATE ? "private message" : "comment", m->id);
	if (w->f == DOC_HTML)
		strbuf_addstr(w->sb, "<article>\n");
	if (w->f == DOC_TEXT) {
		strbuf_addstr(w->sb, "\n  ");
		plain_add_str(w->sb, line.buf);
		strbuf_addch(w->sb, '\n');
	} else
		dw_heading(w, 3, line.buf);
	strbuf_reset(&line);
	if (m->cls >= 0)
		strbuf_addf(&line, "%s (%s, confidence %d.%02d, decided by %s)", class_name((enum msg_class)m->cls),
		            lang_name((enum msg_lang)m->lang), m->conf / 100, m->conf % 100,
		            decided_name((enum decided_by)m->by));
	else
		strbuf_addstr(&line, "not classified");
	if (m->flags &
	    (REC_HIDDEN | REC_DELETED | REC_SPAM | REC_UNAPPROVED | REC_EDITED | REC_ORPHAN | REC_APPROX_TIME)) {
		strbuf_addstr(&line, "; ");
		proof_flag_words(m->flags, &line);
	}
	if (w->f == DOC_TEXT) {
		strbuf_addf(w->sb, "     %s\n", line.buf);
		doc_add_quote(w->sb, w->f, m->text, "       ");
	} else {
		doc_add_quote(w->sb, w->f, m->text, "");
		if (w->f == DOC_MD)
			strbuf_addch(w->sb, '\n');
	}
	dw_list_begin(w);
	if (w->f != DOC_TEXT)
		dw_field(w, "     ", "class", line.buf);
	strbuf_reset(&line);
	strbuf_addf(&line, "%s (%s)", t->key, t->channel == CHANNEL_PRIVATE ? "private conversation" : "public");
	if (t->post.present) {
		strbuf_addstr(&line, ", opened ");
		ctx_line(&line, d, &t->post, t->platform, keep, t->channel == CHANNEL_PRIVATE ? "message" : "post",
		         100);
	}
	dw_field(w, "     ", "thread", line.buf);
	strbuf_reset(&line);
	switch (m->status) {
	case STATUS_ANSWERED:
		strbuf_addf(&line, "ANSWERED by %s", m->answer_author ? m->answer_author : "the official account");
		if (m->agent)
			strbuf_addf(&line, " (agent %s)", m->agent);
		strbuf_addf(&line, ", rule %s, reply %s at ", rule_name(m->rule), m->answer_id);
		proof_time(&line, &m->answered, d->zone);
		break;
	case STATUS_UNANSWERED:
		strbuf_addstr(&line, "UNANSWERED (it needs a reply)");
		break;
	default:
		strbuf_addf(&line, "needs no reply (%s)",
		            m->reason == NN_CLASS ? "its class, under the need-reply policy" : reason_name(m->reason));
	}
	dw_field(w, "     ", "status", line.buf);
	if (m->status == STATUS_ANSWERED) {
		strbuf_reset(&line);
		add_wait(&line, m->wait_cal);
		strbuf_addstr(&line, " calendar time");
		if (service) {
			strbuf_addstr(&line, "; ");
			add_wait(&line, m->wait_svc);
			strbuf_addstr(&line, " in service hours");
			if (m->wait_flags & WAIT_OUT_OF_HOURS)
				strbuf_addstr(&line, " (it arrived out of hours)");
		}
		dw_field(w, "     ", "wait", line.buf);
		strbuf_reset(&line);
		privacy_text(d->pv, t->platform, m->answer_text, keep, &tmp);
		strbuf_addf(&line, "\"%s\"", tmp.buf);
		dw_field(w, "     ", "reply", line.buf);
		strbuf_reset(&line);
		rank_line(&line, "same threads", &it->same_cal, d->pv);
		strbuf_addstr(&line, "; ");
		rank_line(&line, "every thread", &it->all_cal, d->pv);
		dw_field(w, "     ", "compared (calendar time)", line.buf);
		if (service) {
			strbuf_reset(&line);
			rank_line(&line, "same threads", &it->same_svc, d->pv);
			strbuf_addstr(&line, "; ");
			rank_line(&line, "every thread", &it->all_svc, d->pv);
			dw_field(w, "     ", "compared (service hours)", line.buf);
		}
		strbuf_reset(&line);
		strbuf_addf(&line, "%ld", m->later_answered_first);
		dw_field(w, "     ", "written after it and answered before it", line.buf);
	}
	if (m->reply_to.present) {
		strbuf_reset(&line);
		ctx_line(&line, d, &m->reply_to, t->platform, keep, NULL, PROOF_EXCERPT);
		dw_field(w, "     ", "in reply to", line.buf);
	}
	if (m->before.present) {
		strbuf_reset(&line);
		ctx_line(&line, d, &m->before, t->platform, keep, NULL, PROOF_EXCERPT);
		dw_field(w, "     ", "just before", line.buf);
	}
	if (m->after.present) {
		strbuf_reset(&line);
		ctx_line(&line, d, &m->after, t->platform, keep, NULL, PROOF_EXCERPT);
		dw_field(w, "     ", "just after", line.buf);
	}
	if (m->status == STATUS_UNANSWERED) {
		strbuf_reset(&line);
		if (!m->n_later) {
			strbuf_addstr(&line, "nobody: no comment written after it in this thread was answered");
		} else {
			count(&line, d->pv, (long)m->n_later);
			strbuf_addf(&line, " later comment%s by ", m->n_later == 1 ? "" : "s");
			count(&line, d->pv, m->later_citizens);
			strbuf_addf(&line, " citizen%s %s answered", m->later_citizens == 1 ? "" : "s",
			            m->n_later == 1 ? "was" : "were");
		}
		dw_field(w, "     ", "answered after them", line.buf);
	}
	dw_list_end(w);
	if (m->status == STATUS_UNANSWERED && m->n_later) {
		struct table tb;
		size_t k;
		table_init(&tb, "llllll");
		table_add(&tb, "written");
		table_add(&tb, "by");
		table_add(&tb, "comment");
		table_add(&tb, "answered");
		table_add(&tb, "rule");
		table_add(&tb, "wait");
		for (k = 0; k < m->n_later; k++) {
			const struct proof_other *o = &m->later[k];
			struct when at = {o->answered_at, o->created.offset, o->created.has_offset};
			strbuf_reset(&tmp);
			proof_time(&tmp, &o->created, d->zone);
			table_add(&tb, tmp.buf);
			strbuf_reset(&tmp);
			privacy_person(d->pv, t->platform, o->akey, o->author, &tmp);
			table_add(&tb, tmp.buf);
			table_add(&tb, o->id);
			strbuf_reset(&tmp);
			proof_time(&tmp, &at, d->zone);
			table_add(&tb, tmp.buf);
			table_add(&tb, rule_name(o->rule));
			strbuf_reset(&tmp);
			add_wait(&tmp, o->wait);
			table_add(&tb, tmp.buf);
		}
		table_render(&tb, w->f, "       ", w->sb);
		table_release(&tb);
	}
	if (w->f == DOC_HTML)
		strbuf_addstr(w->sb, "</article>\n");
	strbuf_release(&line);
	strbuf_release(&tmp);
}

void out_proof(const struct proof_doc *d, enum doc_format f, struct strbuf *sb)
{
	const struct proof_sheet *s = d->s;
	const struct proof_person *who = s->who;
	struct dw w = {f, sb};
	struct strbuf line;
	size_t i;
	int service = d->schedule_file != NULL;

	if (f == DOC_JSON) {
		out_proof_json(d, sb);
		return;
	}
	strbuf_init(&line);
	if (f == DOC_HTML)
		strbuf_addstr(sb, "<section class=\"proof\">\n");
	strbuf_addf(&line, "Proof sheet: %s", who->name ? who->name : who->akey);
	dw_heading(&w, f == DOC_MD ? 1 : 1, line.buf);
	if (f == DOC_MD)
		strbuf_addstr(sb, "");
	dw_list_begin(&w);
	strbuf_reset(&line);
	strbuf_addf(&line, "%s on %s", who->name ? who->name : "(no name)", who->platform);
	if (who->author_id)
		strbuf_addf(&line, ", author id %s", who->author_id);
	dw_field(&w, "  ", "citizen", line.buf);
	dw_field(&w, "  ", "rules", d->rules);
	strbuf_reset(&line);
	if (d->zone)
		strbuf_addf(&line, "in %s", tz_name(d->zone));
	else
		strbuf_addstr(&line, "as each export wrote them (Z is UTC)");
	dw_field(&w, "  ", "times", line.buf);
	if (service)
		dw_field(&w, "  ", "service hours", d->schedule_file);
	dw_list_end(&w);

	dw_heading(&w, 2, "Summary");
	dw_list_begin(&w);
	strbuf_reset(&line);
	strbuf_addf(&line, "%zu (%ld public comment%s, %ld private message%s) in %zu thread%s", s->n_items,
	            s->public_msgs, s->public_msgs == 1 ? "" : "s", s->private_msgs, s->private_msgs == 1 ? "" : "s",
	            s->n_threads, s->n_threads == 1 ? "" : "s");
	if (s->outside_period)
		strbuf_addf(&line, "; %ld outside the period, not shown", s->outside_period);
	dw_field(&w, "  ", "messages in the period", line.buf);
	strbuf_reset(&line);
	strbuf_addf(&line, "%ld (%ld answered, %ld unanswered); %ld needing no reply", s->need, s->answered,
	            s->unanswered, s->not_needed);
	dw_field(&w, "  ", "needing a reply", line.buf);
	if (s->never_answered) {
		strbuf_reset(&line);
		if (s->need == 1)
			strbuf_addstr(&line, "their message needing a reply got no answer");
		else
			strbuf_addf(&line, "none of the %ld messages needing a reply got an answer", s->need);
		dw_field(&w, "  ", "NEVER ANSWERED", line.buf);
	}
	strbuf_reset(&line);
	if (s->median_cal < 0)
		strbuf_addstr(&line, "none: nothing was answered");
	else
		add_wait(&line, s->median_cal);
	if (service && s->median_cal >= 0) {
		strbuf_addstr(&line, " (");
		add_wait(&line, s->median_svc);
		strbuf_addstr(&line, " in service hours)");
	}
	dw_field(&w, "  ", "their median wait", line.buf);
	strbuf_reset(&line);
	scope_line(&line, &s->same, d->pv, service);
	dw_field(&w, "  ", "other people in the same threads", line.buf);
	strbuf_reset(&line);
	scope_line(&line, &s->all, d->pv, service);
	dw_field(&w, "  ", "other people in every thread of the period", line.buf);
	dw_field(&w, "  ", "percentile",
	         "the share of the other answered comments that waited less than this one, counting ties as half "
	         "(0: the fastest, 100: the slowest)");
	dw_list_end(&w);

	dw_heading(&w, 2, "Messages");
	if (!s->n_items)
		dw_field(&w, "  ", NULL, "no message of this person in the period");
	for (i = 0; i < s->n_items; i++)
		message(&w, d, i + 1, &s->items[i]);
	if (f == DOC_HTML)
		strbuf_addstr(sb, "</section>\n");
	if (d->man)
		manifest_doc(d->man, f, sb);
	strbuf_release(&line);
}

void out_proof_candidates(struct proof_person *const *v, size_t n, const char *query, const struct tz *zone,
                          struct strbuf *sb)
{
	struct table t;
	size_t i;

	strbuf_addf(sb, "'%s' matches %zu people; give the one you mean by id:\n\n", query, n);
	table_init(&t, "lllllrr");
	table_add(&t, "platform");
	table_add(&t, "id");
	table_add(&t, "name");
	table_add(&t, "first message");
	table_add(&t, "last message");
	table_add(&t, "messages");
	table_add(&t, "threads");
	for (i = 0; i < n; i++) {
		const struct proof_person *p = v[i];
		struct strbuf a;
		struct when w1 = {p->first, 0, 1}, w2 = {p->last, 0, 1};
		strbuf_init(&a);
		table_add(&t, p->platform);
		table_add(&t, p->author_id ? p->author_id : p->akey);
		table_add(&t, p->name ? p->name : "");
		if (p->messages) {
			proof_time(&a, &w1, zone);
			table_add(&t, a.buf);
			strbuf_reset(&a);
			proof_time(&a, &w2, zone);
			table_add(&t, a.buf);
		} else {
			table_add(&t, "-");
			table_add(&t, "-");
		}
		table_addf(&t, "%ld%s", p->messages, p->official_messages ? " (and official ones)" : "");
		table_addf(&t, "%zu", p->threads.len);
		strbuf_release(&a);
	}
	table_render(&t, DOC_TEXT, "  ", sb);
	table_release(&t);
	strbuf_addstr(sb, "\n");
	for (i = 0; i < n; i++)
		strbuf_addf(sb, "  replycov user %s/%s ...\n", v[i]->platform,
		            v[i]->author_id ? v[i]->author_id : v[i]->akey);
}

void out_proof_doc(struct doc *d, enum ui_lang l, const struct proof_doc *pd)
{
	/* transitional: the sheet rendered by the older writer, pasted in */
	struct strbuf html, md;

	(void)l;
	strbuf_init(&html);
	strbuf_init(&md);
	out_proof(pd, DOC_HTML, &html);
	out_proof(pd, DOC_MD, &md);
	doc_raw(d, html.buf, md.buf);
	strbuf_release(&html);
	strbuf_release(&md);
}
