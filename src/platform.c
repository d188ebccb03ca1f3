/* platform.c: the documented platform variant and the steps to replycov's figure. It reads
 * coverage's answers for the replycov side and applies the platform's own rules for the other;
 * it does not print. */
#include "platform.h"
#include "results.h"

#include <stdlib.h>
#include <string.h>

void platform_thread(const struct thread *t, const struct thread_coverage *c, long long from, long long to,
                     struct platform_msg **v, size_t *n, size_t *cap)
{
	long *next_official = xmalloc((t->n ? t->n : 1) * sizeof(long));
	long long *cov_wait = xmalloc((t->n ? t->n : 1) * sizeof(long long));
	long long last = 0;
	int any = 0;
	size_t i;

	/* Records are in time order: the next official message at or after each one. */
	for (i = t->n; i-- > 0;)
		next_official[i] = c->official[i] ? (long)i : (i + 1 < t->n ? next_official[i + 1] : -1);
	for (i = 0; i < t->n; i++)
		cov_wait[i] = -1;
	for (i = 0; i < c->n_comments; i++)
		if (c->comments[i].status == STATUS_ANSWERED)
			cov_wait[c->comments[i].rec] = c->comments[i].wait;
	for (i = 0; i < t->n; i++) {
		const struct record *r = &t->recs[i];
		int opens;
		if (r->flags & REC_SPAM)
			continue;
		opens = !any || r->created.utc - last >= PLATFORM_SILENCE;
		any = 1;
		last = r->created.utc;
		if (c->official[i] || r->channel != CHANNEL_PRIVATE || !opens || r->created.utc < from ||
		    r->created.utc >= to)
			continue;
		XGROW(*v, *cap, *n + 1);
		(*v)[*n].asked = r->created.utc;
		(*v)[*n].reply = next_official[i] >= 0 ? t->recs[next_official[i]].created.utc : -1;
		(*v)[*n].cov_wait = cov_wait[i];
		(*n)++;
	}
	free(next_official);
	free(cov_wait);
}

static int cmp_msg(const void *a, const void *b)
{
	const struct platform_msg *x = a, *y = b;

	if (x->asked != y->asked)
		return x->asked < y->asked ? -1 : 1;
	if (x->reply != y->reply)
		return x->reply < y->reply ? -1 : 1;
	return (x->cov_wait > y->cov_wait) - (x->cov_wait < y->cov_wait);
}

enum measure { M_FASTEST90, M_MEAN, M_MEDIAN };

static const char *measure_name(enum measure m)
{
	return m == M_FASTEST90 ? "mean of the fastest 90%" : m == M_MEAN ? "mean" : "median";
}

static long long measure(long long *w, size_t n, enum measure m)
{
	struct wait_stats st;

	wait_stats_compute(w, n, &st);
	return m == M_FASTEST90 ? st.mean_fastest90 : m == M_MEAN ? st.mean : st.median;
}

/* A step over counted messages msgs[a, b): answered by the platform's rule or by coverage's. */
static void step_openers(struct platform_table *t, const char *rule, const struct platform_msg *msgs, size_t a,
                         size_t b, int coverage_rules)
{
	struct platform_step *s = &t->steps[t->n_steps++];
	long long *w = xmalloc((b > a ? b - a : 1) * sizeof(long long));
	size_t i, k = 0;

	memset(s, 0, sizeof(*s));
	s->rule = rule;
	for (i = a; i < b; i++) {
		long long wait = coverage_rules       ? msgs[i].cov_wait
		                 : msgs[i].reply >= 0 ? msgs[i].reply - msgs[i].asked
		                                      : -1;
		s->messages++;
		if (wait >= 0)
			w[k++] = wait;
	}
	s->answered = (long)k;
	s->measure = measure_name(M_FASTEST90);
	s->time_s = measure(w, k, M_FASTEST90);
	free(w);
}

static void step_rows(struct platform_table *t, const char *rule, const struct wait_row *const *rows, size_t n,
                      enum measure m, int service)
{
	struct platform_step *s = &t->steps[t->n_steps++];
	long long *w = xmalloc((n ? n : 1) * sizeof(long long));
	size_t i, k = 0;

	memset(s, 0, sizeof(*s));
	s->rule = rule;
	for (i = 0; i < n; i++) {
		s->messages++;
		if (rows[i]->flags & WAIT_ANSWERED)
			w[k++] = service ? rows[i]->service_s : rows[i]->calendar_s;
	}
	s->answered = (long)k;
	s->measure = measure_name(m);
	s->service = service;
	s->time_s = measure(w, k, m);
	free(w);
}

void platform_table_build(struct platform_msg *msgs, size_t n, const struct wait_row *const *rows, size_t n_rows,
                          const struct schedule *s, struct platform_table *out)
{
	size_t a = 0;

	memset(out, 0, sizeof(*out));
	out->window_to = -1;
	if (!n && !n_rows)
		return;
	if (n > 1)
		qsort(msgs, n, sizeof(*msgs), cmp_msg);
	out->openers = (long)n;
	if (n) {
		/* The 30 days up to the day of the last counted message, in the page's zone. */
		long long last = schedule_local_day(s, msgs[n - 1].asked);
		out->window_to = last;
		out->window_from = last - (PLATFORM_WINDOW_DAYS - 1);
		while (a < n && schedule_local_day(s, msgs[a].asked) < out->window_from)
			a++;
		out->window_messages = (long)(n - a);
		if (n - a < PLATFORM_MIN_MESSAGES) {
			out->window_last10 = 1;
			a = n > PLATFORM_MIN_MESSAGES ? n - PLATFORM_MIN_MESSAGES : 0;
		}
	}
	step_openers(out, "the platform variant, emulated (see above)", msgs, a, n, 0);
	step_openers(out, "the whole period, not the 30-day window", msgs, 0, n, 0);
	step_openers(out, "replycov's answer rules, not any later page message", msgs, 0, n, 1);
	step_rows(out, "every message needing a reply, not only 24 h openers", rows, n_rows, M_FASTEST90, 0);
	step_rows(out, "the plain mean, not the mean of the fastest 90%", rows, n_rows, M_MEAN, 0);
	step_rows(out, "the median, not the mean", rows, n_rows, M_MEDIAN, 0);
	step_rows(out, "service hours, not day and night: replycov's figure", rows, n_rows, M_MEDIAN, 1);
}
