/* out_proof_json.c: the proof sheet as one JSON object, for programs: the same facts as the
 * document (out_proof.c) with English keys and values, ISO times and waits in seconds; the person
 * is named, everyone else goes through the privacy options. */
#include "out_proof.h"
#include "classify.h"
#include "outfmt.h"
#include "timefmt.h"
#include "util_tz.h"

#include <string.h>

/* A time as ISO 8601: in zone, or with the offset the export gave (Z for UTC). */
static void proof_time(struct strbuf *sb, const struct when *w, const struct tz *zone)
{
	char b[40];

	if (zone) {
		struct when z = {w->utc, (int)tz_offset_at(zone, w->utc), 1};
		strbuf_addstr(sb, time_format_when(&z, b));
	} else {
		strbuf_addstr(sb, time_format_when(w, b));
	}
}

/* The record flags as English words, comma-separated (the "flags" value). */
static const char *proof_flag_words(unsigned flags, struct strbuf *sb)
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

static void jtime(struct strbuf *sb, const struct when *w, const struct tz *zone)
{
	strbuf_addch(sb, '"');
	proof_time(sb, w, zone);
	strbuf_addch(sb, '"');
}

static void jcount(struct strbuf *sb, const struct privacy *pv, long n)
{
	if (privacy_hides(pv, n))
		strbuf_addf(sb, "\"<%ld\"", pv->min_cell);
	else
		strbuf_addf(sb, "%ld", n);
}

static void jwait(struct strbuf *sb, long long s)
{
	if (s < 0)
		strbuf_addstr(sb, "null");
	else
		strbuf_addf(sb, "%lld", s);
}

static void jtext(struct strbuf *sb, const struct proof_doc *d, const char *platform, const char *text)
{
	struct strbuf t;

	strbuf_init(&t);
	privacy_text(d->pv, platform, text, d->s->who->akey, &t);
	json_add_str(sb, t.buf);
	strbuf_release(&t);
}

static void jctx(struct strbuf *sb, const struct proof_doc *d, const struct proof_ctx *x, const char *platform)
{
	struct strbuf a;

	if (!x->present) {
		strbuf_addstr(sb, "null");
		return;
	}
	strbuf_init(&a);
	strbuf_addstr(sb, "{\"id\":");
	json_add_str(sb, x->id);
	strbuf_addstr(sb, ",\"author\":");
	if (x->subject || x->official)
		strbuf_addstr(&a, x->subject ? (d->s->who->name ? d->s->who->name : d->s->who->akey)
		                             : (x->author ? x->author : "official"));
	else if (!privacy_names_nobody(d->pv))
		privacy_person(d->pv, platform, x->akey, x->author, &a);
	/* naming nobody, another person is null */
	json_add_str(sb, a.len || x->subject || x->official ? a.buf : NULL);
	strbuf_addf(sb, ",\"official\":%s,\"same_person\":%s,\"created_at\":", x->official ? "true" : "false",
	            x->subject ? "true" : "false");
	jtime(sb, &x->created, d->zone);
	strbuf_addstr(sb, ",\"text\":");
	jtext(sb, d, platform, x->text);
	strbuf_addch(sb, '}');
	strbuf_release(&a);
}

static void jrank(struct strbuf *sb, const struct proof_rank *r, const struct privacy *pv)
{
	if (!r->n || privacy_hides(pv, r->n)) {
		strbuf_addstr(sb, "null");
		return;
	}
	strbuf_addstr(sb, "{\"others\":");
	jcount(sb, pv, r->n);
	strbuf_addstr(sb, ",\"less\":");
	jcount(sb, pv, r->less);
	strbuf_addstr(sb, ",\"equal\":");
	jcount(sb, pv, r->equal);
	strbuf_addstr(sb, ",\"more\":");
	jcount(sb, pv, r->more);
	strbuf_addf(sb, ",\"percentile\":%d}", r->percentile);
}

static void jscope(struct strbuf *sb, const struct proof_scope *sc, const struct privacy *pv)
{
	strbuf_addstr(sb, "{\"need_reply\":");
	jcount(sb, pv, sc->need);
	strbuf_addstr(sb, ",\"answered\":");
	jcount(sb, pv, sc->answered);
	strbuf_addstr(sb, ",\"median_wait_s\":");
	jwait(sb, sc->median_cal);
	strbuf_addstr(sb, ",\"median_service_s\":");
	jwait(sb, sc->median_svc);
	strbuf_addch(sb, '}');
}

static void jmessage(struct strbuf *sb, const struct proof_doc *d, const struct proof_item *it)
{
	const struct proof_msg *m = it->m;
	const struct proof_thread *t = it->t;
	struct strbuf a;
	size_t k;

	strbuf_init(&a);
	strbuf_addstr(sb, "{\"thread\":");
	json_add_str(sb, t->key);
	strbuf_addstr(sb, ",\"channel\":");
	json_add_str(sb, m->channel == CHANNEL_PRIVATE ? "private" : "public");
	strbuf_addstr(sb, ",\"id\":");
	json_add_str(sb, m->id);
	strbuf_addstr(sb, ",\"parent_id\":");
	json_add_str(sb, m->parent);
	strbuf_addstr(sb, ",\"created_at\":");
	jtime(sb, &m->created, d->zone);
	strbuf_addstr(sb, ",\"class\":");
	json_add_str(sb, m->cls >= 0 ? class_name((enum msg_class)m->cls) : NULL);
	if (m->cls >= 0)
		strbuf_addf(sb, ",\"lang\":\"%s\",\"confidence\":%d.%02d,\"decided_by\":\"%s\"",
		            lang_name((enum msg_lang)m->lang), m->conf / 100, m->conf % 100,
		            decided_name((enum decided_by)m->by));
	strbuf_addstr(sb, ",\"flags\":");
	json_add_str(sb, proof_flag_words(m->flags, &a));
	strbuf_addstr(sb, ",\"text\":");
	json_add_str(sb, m->text);
	strbuf_addf(sb, ",\"status\":\"%s\",\"rule\":", status_name(m->status));
	json_add_str(sb, m->rule ? rule_name(m->rule) : NULL);
	strbuf_addstr(sb, ",\"reason\":");
	json_add_str(sb, m->reason ? reason_name(m->reason) : NULL);
	if (m->status == STATUS_ANSWERED) {
		strbuf_addstr(sb, ",\"answer\":{\"id\":");
		json_add_str(sb, m->answer_id);
		strbuf_addstr(sb, ",\"by\":");
		json_add_str(sb, m->answer_author);
		strbuf_addstr(sb, ",\"agent\":");
		json_add_str(sb, m->agent);
		strbuf_addstr(sb, ",\"at\":");
		jtime(sb, &m->answered, d->zone);
		strbuf_addstr(sb, ",\"text\":");
		jtext(sb, d, t->platform, m->answer_text);
		strbuf_addstr(sb, "},\"wait_s\":");
		jwait(sb, m->wait_cal);
		strbuf_addstr(sb, ",\"wait_service_s\":");
		if (d->schedule_file)
			jwait(sb, m->wait_svc);
		else
			strbuf_addstr(sb, "null");
		strbuf_addstr(sb, ",\"rank_same_threads\":");
		jrank(sb, &it->same_cal, d->pv);
		strbuf_addstr(sb, ",\"rank_every_thread\":");
		jrank(sb, &it->all_cal, d->pv);
		if (d->schedule_file) {
			strbuf_addstr(sb, ",\"rank_same_threads_service\":");
			jrank(sb, &it->same_svc, d->pv);
			strbuf_addstr(sb, ",\"rank_every_thread_service\":");
			jrank(sb, &it->all_svc, d->pv);
		}
		strbuf_addf(sb, ",\"later_answered_first\":%ld", m->later_answered_first);
	} else {
		strbuf_addstr(sb, ",\"answer\":null,\"wait_s\":null,\"wait_service_s\":null");
	}
	strbuf_addstr(sb, ",\"post\":");
	jctx(sb, d, &t->post, t->platform);
	strbuf_addstr(sb, ",\"in_reply_to\":");
	jctx(sb, d, &m->reply_to, t->platform);
	strbuf_addstr(sb, ",\"just_before\":");
	jctx(sb, d, &m->before, t->platform);
	strbuf_addstr(sb, ",\"just_after\":");
	jctx(sb, d, &m->after, t->platform);
	if (m->status == STATUS_UNANSWERED) {
		strbuf_addstr(sb, ",\"answered_after_them\":{\"comments\":");
		jcount(sb, d->pv, (long)m->n_later);
		strbuf_addstr(sb, ",\"citizens\":");
		jcount(sb, d->pv, m->later_citizens);
		strbuf_addstr(sb, ",\"list\":[");
		for (k = 0; k < m->n_later; k++) {
			const struct proof_other *o = &m->later[k];
			struct when at = {o->answered_at, o->created.offset, o->created.has_offset};
			strbuf_addstr(sb, k ? ",\n        {\"id\":" : "\n        {\"id\":");
			json_add_str(sb, o->id);
			strbuf_addstr(sb, ",\"by\":");
			strbuf_reset(&a);
			if (!privacy_names_nobody(d->pv))
				privacy_person(d->pv, t->platform, o->akey, o->author, &a);
			json_add_str(sb, a.len ? a.buf : NULL);
			strbuf_addstr(sb, ",\"created_at\":");
			jtime(sb, &o->created, d->zone);
			strbuf_addstr(sb, ",\"answered_at\":");
			jtime(sb, &at, d->zone);
			strbuf_addf(sb, ",\"rule\":\"%s\",\"wait_s\":%lld}", rule_name(o->rule), o->wait);
		}
		strbuf_addstr(sb, m->n_later ? "\n      ]}" : "]}");
	}
	strbuf_addch(sb, '}');
	strbuf_release(&a);
}

void out_proof_json(const struct proof_doc *d, struct strbuf *sb)
{
	const struct proof_sheet *s = d->s;
	size_t i;

	strbuf_addstr(sb, "{\n  \"citizen\": {\"platform\":");
	json_add_str(sb, s->who->platform);
	strbuf_addstr(sb, ",\"author_id\":");
	json_add_str(sb, s->who->author_id);
	strbuf_addstr(sb, ",\"name\":");
	json_add_str(sb, s->who->name);
	strbuf_addstr(sb, "},\n  \"rules\": ");
	json_add_str(sb, d->rules);
	strbuf_addstr(sb, ",\n  \"schedule\": ");
	json_add_str(sb, d->schedule_file);
	strbuf_addf(
	    sb,
	    ",\n  \"summary\": {\"messages\":%zu,\"public\":%ld,\"private\":%ld,\"threads\":%zu,\"outside_period\":%ld,"
	    "\"need_reply\":%ld,\"answered\":%ld,\"unanswered\":%ld,\"not_needed\":%ld,\"never_answered\":%s,"
	    "\"median_wait_s\":",
	    s->n_items, s->public_msgs, s->private_msgs, s->n_threads, s->outside_period, s->need, s->answered,
	    s->unanswered, s->not_needed, s->never_answered ? "true" : "false");
	jwait(sb, s->median_cal);
	strbuf_addstr(sb, ",\"median_service_s\":");
	if (d->schedule_file)
		jwait(sb, s->median_svc);
	else
		strbuf_addstr(sb, "null");
	strbuf_addstr(sb, "},\n  \"others_same_threads\": ");
	jscope(sb, &s->same, d->pv);
	strbuf_addstr(sb, ",\n  \"others_every_thread\": ");
	jscope(sb, &s->all, d->pv);
	strbuf_addstr(sb, ",\n  \"messages\": [");
	for (i = 0; i < s->n_items; i++) {
		strbuf_addstr(sb, i ? ",\n    " : "\n    ");
		jmessage(sb, d, &s->items[i]);
	}
	strbuf_addstr(sb, s->n_items ? "\n  ]" : "]");
	if (d->man) {
		strbuf_addstr(sb, ",\n  \"manifest\": ");
		manifest_json(d->man, sb, "  ");
	}
	strbuf_addstr(sb, "\n}\n");
}
