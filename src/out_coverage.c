/* out_coverage.c: rendering coverage results. Analyses are done; this only formats. */
#include "out_coverage.h"
#include "outfmt.h"
#include "text.h"
#include "classify.h"
#include "util_tz.h"

#include <stdlib.h>
#include <string.h>

static const char *flag_names[] = {"post",        "hidden",      "deleted",        "edited",   "spam",
                                   "unapproved",  "approx_time", "author_unknown", "official", "no_offset",
                                   "page_author", "orphan",      "cycle"};

static void add_flags_json(struct strbuf *sb, unsigned flags)
{
	size_t i;
	int first = 1;

	strbuf_addch(sb, '[');
	for (i = 0; i < sizeof(flag_names) / sizeof(*flag_names); i++) {
		if (!(flags & (1u << i)))
			continue;
		strbuf_addf(sb, "%s\"%s\"", first ? "" : ",", flag_names[i]);
		first = 0;
	}
	strbuf_addch(sb, ']');
}

static void add_flags_csv(struct strbuf *sb, unsigned flags)
{
	size_t i;
	int first = 1;

	for (i = 0; i < sizeof(flag_names) / sizeof(*flag_names); i++) {
		if (!(flags & (1u << i)))
			continue;
		strbuf_addf(sb, "%s%s", first ? "" : " ", flag_names[i]);
		first = 0;
	}
}

/* How a record's author and text are shown: as written, or under --pseudonymize. */
static void shown_author(const struct privacy *pv, const struct record *r, struct strbuf *out)
{
	strbuf_reset(out);
	if (pv && pv->ps)
		privacy_author(pv, r, out);
	else if (r->author)
		strbuf_addstr(out, r->author);
}

static void shown_text(const struct privacy *pv, const struct record *r, struct strbuf *out)
{
	strbuf_reset(out);
	if (pv && pv->ps)
		privacy_text(pv, r->platform, r->text, NULL, out);
	else
		strbuf_addstr(out, r->text);
}

void out_coverage_rows(enum out_format f, const struct thread *t, const struct thread_coverage *c,
                       const struct privacy *pv, struct strbuf *sb)
{
	size_t i;
	char tb[40], ab[40];
	struct strbuf who, what;
	int hide_ids = pv && pv->ps;

	strbuf_init(&who);
	strbuf_init(&what);

	for (i = 0; i < c->n_comments; i++) {
		const struct comment_result *cr = &c->comments[i];
		const struct record *r = &t->recs[cr->rec];
		const struct record *a = cr->answer >= 0 ? &t->recs[cr->answer] : NULL;

		time_format_when(&r->created, tb);
		if (a)
			time_format_when(&a->created, ab);
		shown_author(pv, r, &who);
		shown_text(pv, r, &what);
		if (f == OUT_JSON) {
			if (i)
				strbuf_addstr(sb, ",\n");
			strbuf_addstr(sb, "  {\"thread\":");
			json_add_str(sb, t->key);
			strbuf_addstr(sb, ",\"platform\":");
			json_add_str(sb, t->platform);
			strbuf_addstr(sb, ",\"channel\":");
			json_add_str(sb, r->channel == CHANNEL_PRIVATE ? "private" : "public");
			strbuf_addstr(sb, ",\"id\":");
			json_add_str(sb, r->id);
			strbuf_addstr(sb, ",\"parent_id\":");
			json_add_str(sb, r->parent);
			strbuf_addstr(sb, ",\"author_id\":");
			json_add_str(sb, hide_ids ? NULL : r->author_id);
			strbuf_addstr(sb, ",\"author\":");
			json_add_str(sb, who.len || r->author ? who.buf : NULL);
			strbuf_addf(sb, ",\"created_at\":\"%s\",\"status\":\"%s\",\"rule\":", tb,
			            status_name(cr->status));
			json_add_str(sb, cr->rule ? rule_name(cr->rule) : NULL);
			strbuf_addstr(sb, ",\"reason\":");
			json_add_str(sb, cr->reason ? reason_name(cr->reason) : NULL);
			strbuf_addstr(sb, ",\"answer_id\":");
			json_add_str(sb, a ? a->id : NULL);
			strbuf_addstr(sb, ",\"answered_at\":");
			json_add_str(sb, a ? ab : NULL);
			if (a)
				strbuf_addf(sb, ",\"wait_s\":%lld", cr->wait);
			else
				strbuf_addstr(sb, ",\"wait_s\":null");
			strbuf_addstr(sb, ",\"class\":");
			json_add_str(sb, r->cls >= 0 ? class_name((enum msg_class)r->cls) : NULL);
			if (r->cls >= 0) {
				strbuf_addf(sb, ",\"lang\":\"%s\",\"confidence\":%d.%02d,\"decided_by\":\"%s\"",
				            lang_name((enum msg_lang)r->lang), r->conf / 100, r->conf % 100,
				            decided_name((enum decided_by)r->by));
			}
			if (cr->reason == NN_CLASS) {
				strbuf_addstr(sb, ",\"cues\":");
				json_add_str(sb, r->cues ? r->cues : "");
			}
			strbuf_addstr(sb, ",\"flags\":");
			add_flags_json(sb, r->flags);
			strbuf_addch(sb, ',');
			{
				struct strbuf loc;
				strbuf_init(&loc);
				strbuf_addstr(&loc, r->loc.file ? r->loc.file : "");
				if (r->loc.line)
					strbuf_addf(&loc, r->loc.col ? ":%ld:%ld" : ":%ld", r->loc.line, r->loc.col);
				else
					strbuf_addf(&loc, ": record %ld", r->loc.record);
				/* with "source_hex" when the file name is not UTF-8 */
				json_add_name(sb, "source", loc.buf);
				strbuf_release(&loc);
			}
			strbuf_addstr(sb, ",\"text\":");
			json_add_str(sb, what.buf);
			strbuf_addch(sb, '}');
		} else {
			csv_add_field(sb, t->platform);
			strbuf_addch(sb, ',');
			csv_add_field(sb, t->id);
			strbuf_addch(sb, ',');
			strbuf_addstr(sb, r->channel == CHANNEL_PRIVATE ? "private" : "public");
			strbuf_addch(sb, ',');
			csv_add_field(sb, r->id);
			strbuf_addch(sb, ',');
			csv_add_field(sb, r->parent);
			strbuf_addch(sb, ',');
			csv_add_field(sb, hide_ids ? NULL : r->author_id);
			strbuf_addch(sb, ',');
			csv_add_field(sb, who.buf);
			strbuf_addf(sb, ",%s,%s,%s,%s,", tb, status_name(cr->status), rule_name(cr->rule),
			            reason_name(cr->reason));
			csv_add_field(sb, a ? a->id : NULL);
			strbuf_addf(sb, ",%s,", a ? ab : "");
			if (a)
				strbuf_addf(sb, "%lld", cr->wait);
			strbuf_addch(sb, ',');
			if (r->cls >= 0)
				strbuf_addf(sb, "%s,%s,%d.%02d,%s", class_name((enum msg_class)r->cls),
				            lang_name((enum msg_lang)r->lang), r->conf / 100, r->conf % 100,
				            decided_name((enum decided_by)r->by));
			else
				strbuf_addstr(sb, ",,,");
			strbuf_addch(sb, ',');
			csv_add_field(sb, cr->reason == NN_CLASS ? r->cues : NULL);
			strbuf_addch(sb, ',');
			add_flags_csv(sb, r->flags);
			strbuf_addch(sb, ',');
			csv_add_field(sb, what.buf);
			strbuf_addstr(sb, "\r\n");
		}
	}
	strbuf_release(&who);
	strbuf_release(&what);
}

static void add_wait(struct strbuf *sb, long long s)
{
	char b[32];

	strbuf_addstr(sb, s < 0 ? "-" : time_format_wait(s, b));
}

static void add_time(struct strbuf *sb, long long t, const struct tz *zone)
{
	char b[40];

	if (zone) {
		struct when w = {t, (int)tz_offset_at(zone, t), 1};
		time_format_when(&w, b);
		b[16] = '\0'; /* minutes are enough in a listing */
		b[10] = ' ';
		strbuf_addstr(sb, b);
	} else {
		time_format_utc(t, b);
		b[16] = '\0';
		b[10] = ' ';
		strbuf_addstr(sb, b);
		strbuf_addstr(sb, "Z");
	}
}

static void json_summary(struct strbuf *sb, const struct summary *s, long approx)
{
	strbuf_addf(sb,
	            "  \"summary\": {\"threads\":%ld,\"messages\":%ld,\"official\":%ld,\"comments\":%ld,"
	            "\"need_reply\":%ld,\"answered\":%ld,\"unanswered\":%ld,\"not_needed\":%ld,\"coverage_pct\":",
	            s->threads, s->messages, s->official, s->comments, s->need_reply, s->answered, s->unanswered,
	            s->not_needed);
	add_pct(sb, s->answered, s->need_reply);
	strbuf_addstr(sb, ",\"coverage_strict_pct\":");
	add_pct(sb, s->answered, s->comments);
	strbuf_addf(sb, ",\"not_needed_by_policy\":%ld,\"outside_period\":%ld", s->not_needed_class, s->outside_period);
	strbuf_addf(sb, ",\"approximate_times\":%ld", approx);
	strbuf_addf(sb,
	            ",\"users\":%ld,\"users_never_answered\":%ld,\"unknown_author\":%ld,"
	            "\"threads_without_official\":%ld,",
	            s->users, s->users_never_answered, s->unknown_author, s->threads_without_official);
	if (s->median_s >= 0)
		strbuf_addf(sb, "\"median_response_s\":%lld,\"p90_response_s\":%lld}", s->median_s, s->p90_s);
	else
		strbuf_addstr(sb, "\"median_response_s\":null,\"p90_response_s\":null}");
}

static void json_accounting(struct strbuf *sb, const struct pipeline *p)
{
	const struct collect_stats *st = collector_stats(p->col);
	size_t i;

	strbuf_addf(sb,
	            "  \"accounting\": "
	            "{\"files_read\":%ld,\"files_skipped\":%ld,\"files_unreadable\":%ld,\"files_not_recognised\":%ld,"
	            "\"messages_read\":%ld,\"accepted\":%ld,\"rejected\":%ld,\"rejected_by_reason\":{",
	            p->files_read, p->files.skipped, p->files_failed + p->files.unreadable, p->files_unrecognised,
	            p->read, p->accepted, p->rejected);
	for (i = 0; i < p->n_rejects; i++) {
		if (i)
			strbuf_addch(sb, ',');
		json_add_str(sb, p->rejects[i].reason);
		strbuf_addf(sb, ":%ld", p->rejects[i].n);
	}
	strbuf_addf(sb, "},\"left_out_by_rule\":%ld,\"left_out_by_reason\":{", p->skipped);
	for (i = 0; i < p->n_skips; i++) {
		if (i)
			strbuf_addch(sb, ',');
		json_add_str(sb, p->skips[i].reason);
		strbuf_addf(sb, ":%ld", p->skips[i].n);
	}
	strbuf_addf(sb, "},\"duplicates_merged\":%ld,\"changed_text\":%ld,\"orphans\":%ld,\"cycles_broken\":%ld}",
	            st->duplicates, st->changed, st->orphans, st->cycles);
}

/* The completeness of each input: what it held, what it says it should hold. */
static void input_line(struct strbuf *sb, const struct input_report *r, long orphans)
{
	int first = 1;

	if (r->failed) {
		strbuf_addstr(sb, !strcmp(r->format, "empty") ? "skipped: empty"
		                  : r->skipped                ? "skipped: not a format replycov reads"
		                                              : "NOT READ: see the messages above");
		return;
	}
	strbuf_addf(sb, "%s, %ld message%s read", r->format, r->read, r->read == 1 ? "" : "s");
	if (r->rejected)
		strbuf_addf(sb, ", %ld rejected", r->rejected);
	if (r->skipped_records)
		strbuf_addf(sb, ", %ld left out by rule", r->skipped_records);
#define NOTE(cond, ...)                                                                                                \
	do {                                                                                                           \
		if (cond) {                                                                                            \
			strbuf_addstr(sb, first ? "; " : ", ");                                                        \
			strbuf_addf(sb, __VA_ARGS__);                                                                  \
			first = 0;                                                                                     \
		}                                                                                                      \
	} while (0)
	NOTE(input_report_partial(r), "PARTIAL");
	NOTE(r->comp.declared > r->comp.declared_held, "declares %ld messages where it holds %ld", r->comp.declared,
	     r->comp.declared_held);
	NOTE(r->comp.paging_next, "%ld next page%s (a paging link or token) not followed", r->comp.paging_next,
	     r->comp.paging_next == 1 ? "" : "s");
	NOTE(orphans, "%ld repl%s whose parent is missing", orphans, orphans == 1 ? "y" : "ies");
	NOTE(r->comp.no_offset, "%ld time%s without UTC offset (--tz applied)", r->comp.no_offset,
	     r->comp.no_offset == 1 ? "" : "s");
	NOTE(r->comp.approx_time, "%ld approximate time%s (from relative text)", r->comp.approx_time,
	     r->comp.approx_time == 1 ? "" : "s");
	NOTE(r->comp.author_unknown, "%ld without author", r->comp.author_unknown);
#undef NOTE
}

static int input_notable(const struct input_report *r, long orphans)
{
	return input_report_partial(r) || orphans || r->rejected || r->comp.no_offset || r->comp.approx_time ||
	       r->comp.author_unknown;
}

/* A share in the text report: "45.4%", or "-" for a share of nothing (0 of 0). The JSON keeps
 * its numbers (add_pct). */
static void text_pct(struct strbuf *sb, long n, long d)
{
	if (d <= 0) {
		strbuf_addch(sb, '-');
		return;
	}
	add_pct(sb, n, d);
	strbuf_addch(sb, '%');
}

static void text_inputs(struct strbuf *sb, const struct coverage_doc *d)
{
	const struct pipeline *p = d->pipe;
	struct strmap orph;
	size_t i, shown = 0, partial = 0;

	strmap_init(&orph);
	results_orphans_by_file(d->results, &orph);
	for (i = 0; i < p->files.n; i++)
		partial += (size_t)input_report_partial(&p->reports[i]);
	strbuf_addf(sb, "\nInputs: %zu file%s", p->files.n, p->files.n == 1 ? "" : "s");
	if (partial)
		strbuf_addf(sb, ", %zu PARTIAL: coverage there may miss comments the export does not hold", partial);
	strbuf_addch(sb, '\n');
	for (i = 0; i < p->files.n; i++) {
		const struct input_report *r = &p->reports[i];
		long o = (long)(size_t)strmap_get(&orph, r->path);
		/* Complete inputs are counted, not listed: a year of exports has thousands. */
		if (!input_notable(r, o) && p->files.n > 10)
			continue;
		strbuf_addstr(sb, "  ");
		term_add_str(sb, r->path);
		strbuf_addstr(sb, ": ");
		input_line(sb, r, o);
		strbuf_addch(sb, '\n');
		shown++;
	}
	if (shown < p->files.n)
		strbuf_addf(sb, "  (%zu other file%s complete)\n", p->files.n - shown,
		            p->files.n - shown == 1 ? "" : "s");
	strmap_release(&orph);
}

static void json_inputs(struct strbuf *sb, const struct coverage_doc *d, FILE *out)
{
	const struct pipeline *p = d->pipe;
	struct strmap orph;
	size_t i;

	strmap_init(&orph);
	results_orphans_by_file(d->results, &orph);
	strbuf_addstr(sb, "  \"inputs\": [");
	for (i = 0; i < p->files.n; i++) {
		const struct input_report *r = &p->reports[i];
		long o = (long)(size_t)strmap_get(&orph, r->path);
		strbuf_addstr(sb, i ? ",\n    {" : "\n    {");
		json_add_name(sb, "file", r->path); /* "file_hex" too when it is not UTF-8 */
		strbuf_addstr(sb, ",\"format\":");
		json_add_str(sb, r->format);
		strbuf_addf(sb,
		            ",\"read\":%s,\"messages\":%ld,\"accepted\":%ld,\"rejected\":%ld,\"orphans\":%ld,"
		            "\"declared\":%ld,\"declared_held\":%ld,\"paging_next_not_followed\":%ld,\"no_offset\":%ld,"
		            "\"approx_time\":%ld,\"author_unknown\":%ld,\"partial\":%s,\"completeness\":",
		            r->failed ? "false" : "true", r->read, r->accepted, r->rejected, o, r->comp.declared,
		            r->comp.declared_held, r->comp.paging_next, r->comp.no_offset, r->comp.approx_time,
		            r->comp.author_unknown, input_report_partial(r) ? "true" : "false");
		{
			struct strbuf line;
			strbuf_init(&line);
			input_line(&line, r, o);
			json_add_str(sb, line.buf);
			strbuf_release(&line);
		}
		strbuf_addch(sb, '}');
		if (sb->len > 65536) {
			fwrite(sb->buf, 1, sb->len, out);
			strbuf_reset(sb);
		}
	}
	strbuf_addstr(sb, p->files.n ? "\n  ]" : "]");
	strmap_release(&orph);
}

static void json_threads(struct strbuf *sb, struct thread_result **tv, size_t n, FILE *out)
{
	size_t i;

	strbuf_addstr(sb, "  \"threads\": [");
	for (i = 0; i < n; i++) {
		struct thread_result *t = tv[i];
		long long med = t->median_s, p90 = t->p90_s;
		char b1[40], b2[40];
		strbuf_addstr(sb, i ? ",\n    {\"thread\":" : "\n    {\"thread\":");
		json_add_str(sb, t->key);
		strbuf_addstr(sb, ",\"platform\":");
		json_add_str(sb, t->platform);
		strbuf_addstr(sb, ",\"id\":");
		json_add_str(sb, t->id);
		strbuf_addstr(sb, ",\"title\":");
		json_add_str(sb, t->title);
		strbuf_addstr(sb, ",\"official\":");
		json_add_str(sb, t->official_name);
		strbuf_addstr(sb, ",\"official_from\":");
		json_add_str(sb, official_source_text(t->source));
		strbuf_addf(sb, ",\"first\":\"%s\",\"last\":\"%s\"", time_format_utc(t->first, b1),
		            time_format_utc(t->last, b2));
		strbuf_addf(
		    sb,
		    ",\"messages\":%ld,\"official_messages\":%ld,\"comments\":%ld,\"need_reply\":%ld,"
		    "\"answered\":%ld,\"unanswered\":%ld,\"not_needed\":%ld,\"unknown_author\":%ld,\"coverage_pct\":",
		    t->messages, t->official, t->comments, t->need, t->answered, t->unanswered, t->not_needed,
		    t->unknown_author);
		add_pct(sb, t->answered, t->need);
		if (med >= 0)
			strbuf_addf(sb, ",\"median_response_s\":%lld,\"p90_response_s\":%lld", med, p90);
		else
			strbuf_addstr(sb, ",\"median_response_s\":null,\"p90_response_s\":null");
		strbuf_addf(sb, ",\"duplicates_merged\":%ld,\"orphans\":%ld,\"cycles_broken\":%ld}", t->duplicates,
		            t->orphans, t->cycles);
		if (sb->len > 65536) {
			fwrite(sb->buf, 1, sb->len, out);
			strbuf_reset(sb);
		}
	}
	strbuf_addstr(sb, n ? "\n  ]" : "]");
}

/* A citizen as shown: name, or pseudonym under --pseudonymize. */
static void shown_person(const struct privacy *pv, const struct citizen *c, struct strbuf *out)
{
	if (pv && pv->ps)
		privacy_person(pv, c->platform, c->key + strlen(c->platform) + 1, c->name, out);
	else
		strbuf_addstr(out, c->name ? c->name : "?");
}

static void json_users(struct strbuf *sb, struct results *r, const struct privacy *pv, FILE *out)
{
	size_t n, i;
	struct citizen **cv = results_citizens(r, &n);

	strbuf_addstr(sb, "  \"users\": [");
	for (i = 0; i < n; i++) {
		struct citizen *c = cv[i];
		strbuf_addstr(sb, i ? ",\n    {\"platform\":" : "\n    {\"platform\":");
		json_add_str(sb, c->platform);
		strbuf_addstr(sb, ",\"author_id\":");
		json_add_str(sb, pv && pv->ps ? NULL : c->author_id);
		strbuf_addstr(sb, ",\"name\":");
		{
			struct strbuf nm;
			strbuf_init(&nm);
			shown_person(pv, c, &nm);
			json_add_str(sb, nm.buf);
			strbuf_release(&nm);
		}
		strbuf_addf(sb,
		            ",\"threads\":%ld,\"comments\":%ld,\"need_reply\":%ld,\"answered\":%ld,\"unanswered\":%ld,"
		            "\"not_needed\":%ld,\"never_answered\":%s}",
		            c->threads, c->comments, c->need, c->answered, c->unanswered, c->not_needed,
		            c->need > 0 && !c->answered ? "true" : "false");
		if (sb->len > 65536) {
			fwrite(sb->buf, 1, sb->len, out);
			strbuf_reset(sb);
		}
	}
	strbuf_addstr(sb, n ? "\n  ]" : "]");
	free(cv);
}

/* The policy as words: "auto (criticism, question)", "all", "criticism,question,thanks". */
static void policy_text(struct strbuf *sb, const struct coverage_doc *d)
{
	int k, first = 1;

	if (d->need_all) {
		strbuf_addstr(sb, "all");
		return;
	}
	if (!d->need_classes) {
		strbuf_addstr(sb, "text only (empty, emoji-only, spam and deleted comments need no reply)");
		return;
	}
	for (k = 0; k < CLASS_N; k++) {
		if (!(d->need_classes & (1u << k)))
			continue;
		strbuf_addf(sb, "%s%s", first ? "" : ",", class_name((enum msg_class)k));
		first = 0;
	}
}

void out_coverage_excluded(const struct thread *t, const struct thread_coverage *c, const struct tz *zone,
                           const struct privacy *pv, struct strbuf *sb)
{
	struct strbuf what;

	strbuf_init(&what);
	size_t i;

	for (i = 0; i < c->n_comments; i++) {
		const struct comment_result *cr = &c->comments[i];
		const struct record *r = &t->recs[cr->rec];
		if (cr->reason != NN_CLASS)
			continue;
		strbuf_addstr(sb, "    ");
		add_time(sb, r->created.utc, zone);
		/* Written piece by piece: this runs for every excluded comment of the run. */
		strbuf_addstr(sb, "  ");
		term_add_str(sb, t->key);
		strbuf_addstr(sb, "  ");
		term_add_str(sb, r->id);
		strbuf_addstr(sb, "  ");
		strbuf_addstr(sb, class_name((enum msg_class)r->cls));
		strbuf_addch(sb, ' ');
		strbuf_addint(sb, r->conf);
		strbuf_addstr(sb, "%  \"");
		shown_text(pv, r, &what);
		text_excerpt(what.buf, 60, sb);
		strbuf_addstr(sb, "\"\n      cues: ");
		term_add_str(sb, r->cues && *r->cues ? r->cues : "(none)");
		strbuf_addch(sb, '\n');
	}
	strbuf_release(&what);
}

static void json_flush(struct strbuf *sb, FILE *out)
{
	fwrite(sb->buf, 1, sb->len, out);
	strbuf_reset(sb);
}

static int write_json(const struct coverage_doc *d, FILE *out)
{
	struct strbuf sb;
	struct summary s;
	size_t n;
	struct thread_result **tv = results_threads(d->results, &n);
	int ret;

	strbuf_init(&sb);
	results_summary(d->results, &s);
	strbuf_addstr(&sb, "{\n");
	json_summary(&sb, &s, d->pipe->comp.approx_time);
	strbuf_addf(
	    &sb, ",\n  \"rules\": {\"answer\":[%s%s%s],\"need_reply\":", d->rules & RULE_DIRECT ? "\"direct\"" : "",
	    d->rules & RULE_BRANCH ? (d->rules & RULE_DIRECT ? ",\"branch\"" : "\"branch\"") : "",
	    d->rules & RULE_MENTION ? (d->rules & (RULE_DIRECT | RULE_BRANCH) ? ",\"mention\"" : "\"mention\"") : "");
	{
		struct strbuf pol;
		strbuf_init(&pol);
		policy_text(&pol, d);
		json_add_str(&sb, pol.buf);
		strbuf_release(&pol);
	}
	strbuf_addstr(&sb, ",\"period\":");
	json_add_str(&sb, d->period);
	strbuf_addstr(&sb, "},\n");
	json_accounting(&sb, d->pipe);
	strbuf_addstr(&sb, ",\n");
	json_inputs(&sb, d, out);
	strbuf_addstr(&sb, ",\n");
	json_threads(&sb, tv, n, out);
	strbuf_addstr(&sb, ",\n");
	json_users(&sb, d->results, d->pv, out);
	/* The members made elsewhere are written as they are, not copied: at a million messages
	 * they are megabytes. */
	if (d->times_json) {
		strbuf_addstr(&sb, ",\n  \"times\": ");
		json_flush(&sb, out);
		fputs(d->times_json, out);
	}
	if (d->fairness_json) {
		strbuf_addstr(&sb, ",\n  \"fairness\": ");
		json_flush(&sb, out);
		fputs(d->fairness_json, out);
	}
	if (d->manifest_json) {
		strbuf_addstr(&sb, ",\n  \"manifest\": ");
		json_flush(&sb, out);
		fputs(d->manifest_json, out);
	}
	strbuf_addstr(&sb, ",\n  \"comments\": [\n");
	fwrite(sb.buf, 1, sb.len, out);
	ret = spill_write_sorted(d->rows, out, ",\n");
	fputs("\n  ]\n}\n", out);
	strbuf_release(&sb);
	free(tv);
	return ret;
}

static int write_csv(const struct coverage_doc *d, FILE *out)
{
	fputs("platform,thread,channel,id,parent_id,author_id,author,created_at,status,rule,reason,answer_id,"
	      "answered_at,wait_s,class,lang,confidence,decided_by,cues,flags,text\r\n",
	      out);
	return spill_write_sorted(d->rows, out, "");
}

static int write_text(const struct coverage_doc *d, FILE *out)
{
	struct strbuf sb;
	struct summary s;
	size_t n, i, k, nn;
	struct thread_result **tv = results_threads(d->results, &n);
	struct citizen **never;
	struct strbuf key;
	size_t wid = 6, wof = 8, quiet = 0;

	strbuf_init(&sb);
	results_summary(d->results, &s);
	strbuf_addf(&sb, "Coverage: %ld thread%s, %ld message%s (%ld by the official account, %ld by citizens)\n\n",
	            s.threads, s.threads == 1 ? "" : "s", s.messages, s.messages == 1 ? "" : "s", s.official,
	            s.comments);
	/* a run that counted nothing says why before any figure (the error on stderr names the files) */
	if (!d->pipe->read)
		strbuf_addstr(&sb, "  NOTHING READ: no message was read from the inputs (see Inputs below)\n\n");
	else if (pipeline_period_empty(d->pipe))
		strbuf_addf(&sb, "  NOTHING IN THE PERIOD: no message read is dated in %s\n\n", d->period);
	strbuf_addf(&sb, "  citizen comments      %7ld\n", s.comments);
	strbuf_addf(
	    &sb,
	    "  not needing a reply   %7ld   (%ld by the need-reply policy, %ld empty, emoji-only, spam or deleted)\n",
	    s.not_needed, s.not_needed_class, s.not_needed - s.not_needed_class);
	strbuf_addf(&sb, "  needing a reply       %7ld   policy: ", s.need_reply);
	policy_text(&sb, d);
	strbuf_addch(&sb, '\n');
	strbuf_addf(&sb, "  answered              %7ld   ", s.answered);
	text_pct(&sb, s.answered, s.need_reply);
	strbuf_addstr(&sb, " coverage (strict, of every citizen comment: ");
	text_pct(&sb, s.answered, s.comments);
	strbuf_addstr(&sb, ")\n");
	if (d->period)
		strbuf_addf(&sb, "  period                %s   (%ld citizen comments outside it not judged)\n",
		            d->period, s.outside_period);
	strbuf_addf(&sb, "  unanswered            %7ld\n", s.unanswered);
	strbuf_addf(&sb, "  citizens              %7ld   %ld never answered\n", s.users, s.users_never_answered);
	strbuf_addstr(&sb, "  wait when answered    median ");
	add_wait(&sb, s.median_s);
	strbuf_addstr(&sb, ", p90 ");
	add_wait(&sb, s.p90_s);
	strbuf_addstr(&sb, " (calendar time)\n");
	if (d->service) {
		strbuf_addstr(&sb, "                        median ");
		add_wait(&sb, d->service->service.median);
		strbuf_addstr(&sb, ", p90 ");
		add_wait(&sb, d->service->service.p90);
		strbuf_addstr(&sb, " (service hours, ");
		term_add_str(&sb, d->schedule_file);
		strbuf_addstr(&sb, ")\n");
	}
	if (d->pipe->comp.approx_time)
		strbuf_addf(&sb,
		            "  APPROXIMATE: %ld message times were derived from relative text (\"2 days ago\"), so\n"
		            "  the waits that involve them are approximate too\n",
		            d->pipe->comp.approx_time);
	if (s.unknown_author)
		strbuf_addf(&sb, "  author unknown        %7ld   comments whose export does not name the author\n",
		            s.unknown_author);
	if (s.threads_without_official)
		strbuf_addf(&sb,
		            "  WARNING: %ld thread%s with no official account known: every comment there counts as "
		            "unanswered; name the account with --official\n",
		            s.threads_without_official, s.threads_without_official == 1 ? "" : "s");
	text_inputs(&sb, d);
	strbuf_init(&key);
	for (i = 0; i < n; i++) {
		size_t l, lo = tv[i]->official_name ? text_length(tv[i]->official_name) : 1;
		strbuf_reset(&key);
		term_add_str(&key, tv[i]->key); /* the width of the key as shown */
		l = key.len;
		if (l > wid)
			wid = l;
		if (lo > wof)
			wof = lo > 28 ? 28 : lo;
	}
	strbuf_addf(&sb, "\nThreads\n  %-*s  %-*s  %8s  %6s  %8s  %8s  %11s\n", (int)wid, "thread", (int)wof,
	            "official", "comments", "need", "answered", "coverage", "median wait");
	for (i = 0; i < n; i++) {
		struct thread_result *t = tv[i];
		struct strbuf name, pct;
		size_t len;
		if (!t->comments) {
			quiet++; /* a post nobody commented on says nothing about coverage */
			continue;
		}
		strbuf_init(&name);
		strbuf_init(&pct);
		text_excerpt(t->official_name ? t->official_name : "-", 28, &name);
		len = text_length(name.buf);
		text_pct(&pct, t->answered, t->need);
		strbuf_reset(&key);
		term_add_str(&key, t->key);
		strbuf_addf(&sb, "  %-*s  %s%*s  %8ld  %6ld  %8ld  %8s  ", (int)wid, key.buf, name.buf,
		            (int)(wof > len ? wof - len : 0), "", t->comments, t->need, t->answered, pct.buf);
		strbuf_release(&pct);
		{
			struct strbuf w;
			strbuf_init(&w);
			add_wait(&w, t->median_s);
			strbuf_addf(&sb, "%11s\n", w.buf);
			strbuf_release(&w);
		}
		strbuf_release(&name);
	}
	strbuf_release(&key);
	if (quiet)
		strbuf_addf(&sb, "  (%zu thread%s without citizen comments not listed)\n", quiet,
		            quiet == 1 ? "" : "s");
	never = results_never_answered(d->results, &nn);
	strbuf_addf(&sb, "\nCitizens never answered (%zu)%s\n", nn, nn ? ", most comments first" : "");
	for (i = 0; i < nn; i++) {
		struct citizen *c = never[i];
		size_t nu;
		struct unanswered **u = results_unanswered_of(d->results, c, &nu);
		{
			struct strbuf nm;
			int ids = c->author_id && !(d->pv && d->pv->ps);
			strbuf_init(&nm);
			shown_person(d->pv, c, &nm);
			strbuf_addstr(&sb, "  ");
			term_add_str(&sb, nm.buf);
			strbuf_addstr(&sb, " (");
			term_add_str(&sb, c->platform);
			if (ids) {
				strbuf_addstr(&sb, " id ");
				term_add_str(&sb, c->author_id);
			}
			strbuf_addf(&sb, ") - %ld comment%s needing a reply, none answered\n", c->need,
			            c->need == 1 ? "" : "s");
			strbuf_release(&nm);
		}
		for (k = 0; k < nu; k++) {
			strbuf_addstr(&sb, "    ");
			add_time(&sb, u[k]->time, d->zone);
			strbuf_addstr(&sb, "  ");
			term_add_str(&sb, u[k]->thread->key);
			strbuf_addstr(&sb, "  ");
			term_add_str(&sb, u[k]->id);
			/* excerpts leave control characters out (text_excerpt) */
			strbuf_addf(&sb, "  \"%s\"\n", u[k]->excerpt ? u[k]->excerpt : "");
		}
		if (sb.len > 65536) {
			fwrite(sb.buf, 1, sb.len, out);
			strbuf_reset(&sb);
		}
	}
	if (d->excluded && s.not_needed_class) {
		strbuf_addf(&sb,
		            "\nComments the need-reply policy excluded (%ld), with the cues that decided, for review\n",
		            s.not_needed_class);
		fwrite(sb.buf, 1, sb.len, out);
		strbuf_reset(&sb);
		spill_write_sorted(d->excluded, out, "");
	}
	fwrite(sb.buf, 1, sb.len, out);
	strbuf_release(&sb);
	free(never);
	free(tv);
	return 0;
}

int out_coverage_write(const struct coverage_doc *d, FILE *out)
{
	switch (d->format) {
	case OUT_JSON:
		return write_json(d, out);
	case OUT_CSV:
		return write_csv(d, out);
	default:
		return write_text(d, out);
	}
}
