/* waits.c: per-comment waits in calendar and service time from coverage's answers, agents by
 * signature, and the statistics. It reuses coverage_thread's result and never looks for
 * answers itself; it does not print. */
#include "waits.h"
#include "stats.h"
#include "diag.h"
#include "results.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void agents_init(struct agents *a)
{
	memset(a, 0, sizeof(*a));
	strmap_init(&a->ids);
	arena_init(&a->arena);
}

void agents_release(struct agents *a)
{
	size_t i;

	for (i = 0; i < a->n_re; i++)
		regfree(&a->re[i]);
	free(a->re);
	free(a->names);
	strmap_release(&a->ids);
	arena_release(&a->arena);
	memset(a, 0, sizeof(*a));
}

int agents_add(struct agents *a, const char *pattern)
{
	int rc;

	XGROW(a->re, a->cap_re, a->n_re + 1);
	rc = regcomp(&a->re[a->n_re], pattern, REG_EXTENDED | REG_NEWLINE);
	if (rc) {
		char why[200];
		regerror(rc, &a->re[a->n_re], why, sizeof(why));
		regfree(&a->re[a->n_re]);
		diag_print("error: --agent-signature '%s': %s", pattern, why);
		return -1;
	}
	a->n_re++;
	return 0;
}

/* Blanks, ASCII punctuation and the dashes U+2013 and U+2014 at either end are not the name. */
static size_t trim_len(const char *s, size_t n, int from_end)
{
	size_t k = 0;

	while (k < n) {
		const unsigned char *c = (const unsigned char *)(from_end ? s + n - k - 1 : s + k);
		if (*c == ' ' || *c == '\t' || *c == '\r' || *c == '\n' ||
		    (*c < 0x80 && *c > 0x20 &&
		     !((*c >= '0' && *c <= '9') || (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z')))) {
			k++;
			continue;
		}
		/* E2 80 93 / E2 80 94: the end byte is what from_end sees first. */
		if (!from_end && n - k >= 3 && c[0] == 0xE2 && c[1] == 0x80 && (c[2] == 0x93 || c[2] == 0x94)) {
			k += 3;
			continue;
		}
		if (from_end && n - k >= 3 && (c[0] == 0x93 || c[0] == 0x94) && c[-1] == 0x80 && c[-2] == 0xE2) {
			k += 3;
			continue;
		}
		break;
	}
	return k;
}

int agents_match(struct agents *a, const char *text)
{
	size_t i;

	for (i = 0; i < a->n_re; i++) {
		regmatch_t m[2];
		const char *s;
		size_t n, cut;
		char *name;
		int created;
		void **slot;
		if (regexec(&a->re[i], text, 2, m, 0))
			continue;
		if (a->re[i].re_nsub >= 1 && m[1].rm_so >= 0) {
			s = text + m[1].rm_so;
			n = (size_t)(m[1].rm_eo - m[1].rm_so);
		} else {
			s = text + m[0].rm_so;
			n = (size_t)(m[0].rm_eo - m[0].rm_so);
		}
		cut = trim_len(s, n, 0);
		s += cut;
		n -= cut;
		n -= trim_len(s, n, 1);
		if (!n)
			continue; /* matched nothing that names anyone */
		name = arena_strndup(&a->arena, s, n);
		slot = strmap_put(&a->ids, name, &created);
		if (created) {
			XGROW(a->names, a->cap_names, a->n_names + 1);
			a->names[a->n_names++] = name;
			*slot = (void *)(size_t)a->n_names;
		}
		return (int)(size_t)*slot - 1;
	}
	return -1;
}

static void count_reply(struct thread_waits *w, int agent, size_t *cap)
{
	size_t i;

	for (i = 0; i < w->n_replies; i++)
		if (w->replies[i].agent == agent) {
			w->replies[i].replies++;
			return;
		}
	XGROW(w->replies, *cap, w->n_replies + 1);
	w->replies[w->n_replies].agent = agent;
	w->replies[w->n_replies].replies = 1;
	w->n_replies++;
}

/* 1 when comment cr gets a row, 0 when it needs no reply, -1 when it is outside the period. */
static int has_row(const struct thread_waits *w, const struct thread *t, const struct comment_result *cr)
{
	long long at = t->recs[cr->rec].created.utc;

	if (at < w->from || at >= w->to)
		return -1;
	return cr->status != STATUS_NOT_NEEDED;
}

void thread_waits_comments(const struct thread_waits *w, const struct thread *t, const struct thread_coverage *c,
                           long *comment_of_row)
{
	size_t i, k = 0;

	for (i = 0; i < c->n_comments && k < w->n; i++)
		if (has_row(w, t, &c->comments[i]) > 0)
			comment_of_row[k++] = (long)i;
}

void waits_thread(const struct thread *t, const struct thread_coverage *c, const struct waits_opts *o,
                  struct thread_waits *out)
{
	int *signer = xmalloc((t->n ? t->n : 1) * sizeof(int));
	size_t i, cap_replies = 0;

	memset(out, 0, sizeof(*out));
	out->rows = xmalloc((c->n_comments ? c->n_comments : 1) * sizeof(*out->rows));
	/* Sign each official message once: answers and the replies count share it. */
	for (i = 0; i < t->n; i++) {
		long long when = t->recs[i].created.utc;
		signer[i] = -1;
		if (!c->official[i] || (long)i == t->post)
			continue; /* the post opens the thread: it answers nobody */
		if (o->agents)
			signer[i] = agents_match(o->agents, t->recs[i].text);
		if (when >= o->from && when < o->to)
			count_reply(out, signer[i], &cap_replies);
	}
	out->from = o->from;
	out->to = o->to;
	for (i = 0; i < c->n_comments; i++) {
		const struct comment_result *cr = &c->comments[i];
		const struct record *r = &t->recs[cr->rec];
		struct wait_row *row;
		struct hours_wait hw;
		int has = has_row(out, t, cr);
		if (has < 0) {
			out->outside++;
			continue;
		}
		if (!has) {
			out->not_needed++;
			continue;
		}
		row = &out->rows[out->n++];
		memset(row, 0, sizeof(*row));
		row->asked = r->created.utc;
		row->calendar_s = row->service_s = -1;
		row->agent = -1;
		if (hours_next_opening(o->hours, r->created.utc) != r->created.utc)
			row->flags |= WAIT_OUT_OF_HOURS;
		if (r->channel == CHANNEL_PRIVATE)
			row->flags |= WAIT_PRIVATE;
		if (cr->status != STATUS_ANSWERED)
			continue;
		hours_wait(o->hours, r->created.utc, r->created.utc + cr->wait, o->elapsed_before_opening, &hw);
		row->flags |= WAIT_ANSWERED;
		row->calendar_s = hw.calendar_s;
		row->service_s = hw.service_s;
		row->agent = signer[cr->answer];
		if (hw.before_opening)
			row->flags |= WAIT_BEFORE_OPENING;
		if (hw.same_service_day)
			row->flags |= WAIT_SAME_DAY;
	}
	free(signer);
	/* Sized for every comment, kept for those needing a reply: the rows stay to the end, and
	 * so do the signers' counts (one or two, in room for eight). */
	if (out->n)
		out->rows = xrealloc(out->rows, out->n * sizeof(*out->rows));
	if (out->n_replies)
		out->replies = xrealloc(out->replies, out->n_replies * sizeof(*out->replies));
}

void thread_waits_release(struct thread_waits *w)
{
	free(w->rows);
	free(w->replies);
	memset(w, 0, sizeof(*w));
}

long long mean_fastest90(const long long *v, size_t n)
{
	size_t keep = n - n / 10, i;
	double sum = 0;

	if (!n)
		return -1;
	for (i = 0; i < keep; i++)
		sum += (double)v[i];
	return (long long)floor(sum / (double)keep + 0.5);
}

void wait_stats_compute(long long *waits, size_t n, struct wait_stats *s)
{
	size_t i;
	double sum = 0;

	memset(s, 0, sizeof(*s));
	sort_ll(waits, n);
	for (i = 0; i < n; i++) {
		sum += (double)waits[i];
		if (waits[i] <= 3600)
			s->within_1h++;
		if (waits[i] <= 86400)
			s->within_24h++;
	}
	s->median = percentile(waits, n, 50);
	s->p90 = percentile(waits, n, 90);
	s->mean = n ? (long long)floor(sum / (double)n + 0.5) : -1;
	s->mean_fastest90 = mean_fastest90(waits, n);
}

int wait_figures_count(struct wait_figures *f, const struct wait_row *r)
{
	f->need++;
	if (r->flags & WAIT_OUT_OF_HOURS)
		f->out_of_hours++;
	if (!(r->flags & WAIT_ANSWERED))
		return 0;
	f->answered++;
	if (r->flags & WAIT_SAME_DAY)
		f->same_service_day++;
	if (r->flags & WAIT_BEFORE_OPENING)
		f->before_opening++;
	return 1;
}

void wait_figures_of(const struct wait_row *rows, size_t n, struct wait_figures *f)
{
	/* One array for both clocks, one after the other. */
	long long *v = xmalloc((n ? n : 1) * sizeof(long long));
	size_t i, k = 0;

	memset(f, 0, sizeof(*f));
	for (i = 0; i < n; i++)
		if (wait_figures_count(f, &rows[i]))
			v[k++] = rows[i].calendar_s;
	wait_stats_compute(v, k, &f->calendar);
	for (k = 0, i = 0; i < n; i++)
		if (rows[i].flags & WAIT_ANSWERED)
			v[k++] = rows[i].service_s;
	wait_stats_compute(v, k, &f->service);
	free(v);
}
