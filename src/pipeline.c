/* pipeline.c: the loop over input files. Reading, not analysing. */
#include "pipeline.h"
#include "strbuf.h"
#include "timefmt.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MESSAGES_PER_FILE 50

static void add_counts(struct reject_count **to, size_t *n_to, size_t *cap_to, const struct reject_count *from,
                       size_t n_from)
{
	size_t i, k;

	for (i = 0; i < n_from; i++) {
		for (k = 0; k < *n_to; k++)
			if (!strcmp((*to)[k].reason, from[i].reason))
				break;
		if (k == *n_to) {
			xgrow((void **)to, cap_to, k + 1, sizeof(**to));
			(*to)[k] = from[i];
			(*to)[k].n = 0;
			(*n_to)++;
		}
		(*to)[k].n += from[i].n;
	}
}

static void count_rejects(struct pipeline *p, const struct batch *b)
{
	add_counts(&p->rejects, &p->n_rejects, &p->cap_rejects, b->rejects, b->n_rejects);
	add_counts(&p->skips, &p->n_skips, &p->cap_skips, b->skips, b->n_skips);
}

/* Parse file i into b with its messages captured (not yet printed). */
static int parse_captured(struct pipeline *p, size_t i, struct batch *b, struct diag_capture *cap)
{
	int ret;

	batch_init(b, p->files.files[i].path);
	diag_capture_begin(cap, MESSAGES_PER_FILE);
	ret = input_parse_file(&p->files.files[i], &p->in, b);
	diag_capture_end();
	if (p->classes && b->n) {
		/* Classified here, in the parsing thread, so that it runs on every core. */
		struct classification cf;
		size_t k;
		classification_init(&cf);
		for (k = 0; k < b->n; k++) {
			struct record *r = &b->recs[k];
			class_source_record(p->classes, r, &cf);
			r->cls = (signed char)cf.cls;
			r->own_cls = (signed char)cf.own_cls;
			r->lang = (unsigned char)cf.lang;
			r->by = (unsigned char)cf.by;
			r->conf = (unsigned char)(cf.confidence * 100 + 0.5);
			if (p->explain_classes & (1u << cf.cls)) {
				struct strbuf ex;
				strbuf_init(&ex);
				classify_explain(&cf, &ex);
				r->cues = arena_strdup(&b->arena, ex.buf);
				strbuf_release(&ex);
			}
		}
		classification_release(&cf);
	}
	return ret;
}

static int parse_one(struct pipeline *p, size_t i, struct batch *b, int quiet_rereading)
{
	struct diag_capture cap;
	int ret = parse_captured(p, i, b, &cap);

	if (quiet_rereading)
		strbuf_release(&cap.text);
	else
		diag_capture_flush(&cap, p->files.files[i].path);
	return ret;
}

/* Parallel parsing: workers parse files ahead into a ring of slots; the main thread takes
 * them strictly in file order, so output and messages are the same as with one job. */
struct slot {
	struct batch b;
	struct diag_capture cap;
	int ret;
	size_t file;
	int ready;
};

struct workers {
	struct pipeline *p;
	struct slot *slots;
	size_t n_slots, next_file, consumed;
	int main_waiting;    /* the main thread sleeps until slot `consumed` is ready */
	int workers_waiting; /* workers asleep on a full ring */
	pthread_mutex_t mu;
	pthread_cond_t filled, freed;
};

/* Parse file i into its slot and mark it ready; called with w->mu not held. */
static void fill(struct workers *w, size_t i)
{
	struct slot *s = &w->slots[i % w->n_slots];

	s->ret = parse_captured(w->p, i, &s->b, &s->cap);
	s->file = i;
	pthread_mutex_lock(&w->mu);
	s->ready = 1;
	/* Wake the main thread only for the file it waits for: every sleep and wake-up
	 * costs a core some idle time. */
	if (w->main_waiting && i == w->consumed)
		pthread_cond_signal(&w->filled);
	pthread_mutex_unlock(&w->mu);
}

static void *worker(void *arg)
{
	struct workers *w = arg;

	for (;;) {
		size_t i;
		pthread_mutex_lock(&w->mu);
		/* Take the next file only when its slot has been consumed. */
		while (w->next_file < w->p->files.n && w->next_file >= w->consumed + w->n_slots) {
			w->workers_waiting++;
			pthread_cond_wait(&w->freed, &w->mu);
			w->workers_waiting--;
		}
		if (w->next_file >= w->p->files.n) {
			pthread_mutex_unlock(&w->mu);
			return NULL;
		}
		i = w->next_file++;
		pthread_mutex_unlock(&w->mu);
		fill(w, i);
	}
}

static int reread(size_t file, void *ctx)
{
	struct pipeline *p = ctx;
	struct batch b;

	parse_one(p, file, &b, 1);
	if (b.hashed && p->reports[file].hashed) {
		char hex[DIGEST_HEX];
		if (strcmp(digest_hex(b.sha256, DIGEST_LEN, hex), p->reports[file].sha256))
			diag_warn(&(struct loc){.file = p->files.files[file].path},
			          "changed while the run was reading it: the report may mix two versions of the file");
	}
	collector_add_reread(p->col, &b);
	batch_release(&b);
	return 0;
}

static void forward(struct thread *t, int replace, void *ctx)
{
	struct pipeline *p = ctx;
	p->on_thread(t, replace, p->ctx);
}

static void take(struct pipeline *p, size_t i, struct batch *b, int ret)
{
	struct input_report *rep = &p->reports[i];
	size_t k;

	rep->path = p->files.files[i].path;
	rep->format = b->format;
	rep->read = b->read;
	rep->accepted = (long)b->n;
	rep->rejected = batch_rejected(b);
	rep->skipped_records = batch_skipped(b);
	rep->comp = b->comp;
	if (b->hashed) {
		rep->hashed = 1;
		rep->size = b->size;
		digest_hex(b->sha256, DIGEST_LEN, rep->sha256);
	}
	if (p->files.files[i].why >= 0) {
		int why = p->files.files[i].why;
		if (!p->not_read[why]++)
			p->first_not_read[why] = rep->path;
	} else if (!b->read && !b->n) {
		if (!p->files_empty_read++)
			p->first_empty_read = rep->path;
	}
	for (k = 0; k < b->n; k++) {
		long long t = b->recs[k].created.utc;
		if (!p->accepted && !k)
			p->first_time = p->last_time = t;
		if (t < p->first_time)
			p->first_time = t;
		if (t > p->last_time)
			p->last_time = t;
		if (p->in.period && t >= p->in.from && t < p->in.to)
			p->in_period++;
	}
	if (ret < 0 && !b->n && !b->read) {
		rep->failed = 1;
		rep->skipped =
		    !strcmp(b->format, "empty") || (!strcmp(b->format, "unknown") && !p->files.files[i].named);
		/* An unrecognised file found inside a folder is skipped (and said so); one named
		 * on the command line, or one that could not be read, is a failure. */
		if (!strcmp(b->format, "empty"))
			p->files.skipped++;
		else if (strcmp(b->format, "unknown"))
			p->files_failed++;
		else if (p->files.files[i].named)
			p->files_unrecognised++;
		else
			p->files.skipped++;
	} else {
		p->files_read++;
	}
	p->read += b->read;
	p->accepted += (long)b->n;
	p->rejected += batch_rejected(b);
	p->skipped += batch_skipped(b);
	count_rejects(p, b);
	p->comp.declared += b->comp.declared;
	p->comp.declared_held += b->comp.declared_held;
	p->comp.paging_next += b->comp.paging_next;
	p->comp.no_offset += b->comp.no_offset;
	p->comp.approx_time += b->comp.approx_time;
	p->comp.author_unknown += b->comp.author_unknown;
	if (p->col) {
		collector_add(p->col, b, i);
		collector_end_file(p->col, i);
	}
	batch_release(b);
	if (p->on_file)
		p->on_file(p, i, p->file_ctx);
}

int pipeline_run(struct pipeline *p, char *const *paths, int n)
{
	size_t i;
	int jobs = p->jobs > 0 ? p->jobs : 1;

	memset(&p->files, 0, sizeof(p->files));
	if (input_expand(paths, n, &p->files))
		return 2;
	/* The folders' entries not read; the files' own are added as they are taken. */
	for (i = 0; i < SKIP_N; i++) {
		p->not_read[i] = p->files.not_read[i];
		p->first_not_read[i] = p->files.first[i];
	}
	if (!p->parse_only)
		p->col = collector_new(forward, reread, p);
	p->reports = xcalloc(p->files.n ? p->files.n : 1, sizeof(*p->reports));
	if ((size_t)jobs > p->files.n)
		jobs = (int)p->files.n;
	if (jobs <= 1) {
		for (i = 0; i < p->files.n; i++) {
			struct batch b;
			int ret = parse_one(p, i, &b, 0);
			take(p, i, &b, ret);
		}
	} else {
		/* jobs - 1 worker threads, and the main thread: it takes the files in order and,
		 * when the next one is not parsed yet, parses a later one itself rather than sleep. */
		struct workers w = {0};
		pthread_t *tid = xmalloc((size_t)jobs * sizeof(*tid));
		int k, started = 0;
		w.p = p;
		/* A deep ring smooths the main thread's uneven work on few cores; on many cores two
		 * slots a job and a fixed margin are enough, and keep parsed files from piling up. */
		w.n_slots = jobs < 8 ? (size_t)jobs * 8 : (size_t)jobs * 2 + 48;
		w.slots = xcalloc(w.n_slots, sizeof(*w.slots));
		pthread_mutex_init(&w.mu, NULL);
		pthread_cond_init(&w.filled, NULL);
		pthread_cond_init(&w.freed, NULL);
		for (k = 0; k < jobs - 1; k++)
			if (!pthread_create(&tid[k], NULL, worker, &w))
				started++;
		for (i = 0; i < p->files.n; i++) {
			struct slot *s = &w.slots[i % w.n_slots];
			pthread_mutex_lock(&w.mu);
			while (!s->ready) {
				if (w.next_file < p->files.n && w.next_file < w.consumed + w.n_slots) {
					size_t j = w.next_file++;
					pthread_mutex_unlock(&w.mu);
					fill(&w, j);
					pthread_mutex_lock(&w.mu);
					continue;
				}
				w.main_waiting = 1;
				pthread_cond_wait(&w.filled, &w.mu);
			}
			w.main_waiting = 0;
			pthread_mutex_unlock(&w.mu);
			diag_capture_flush(&s->cap, p->files.files[i].path);
			take(p, i, &s->b, s->ret);
			pthread_mutex_lock(&w.mu);
			s->ready = 0;
			w.consumed = i + 1;
			/* Workers asleep on a full ring wake once half of it is free, not at every file. */
			if (w.workers_waiting && w.next_file - w.consumed <= w.n_slots / 2)
				pthread_cond_broadcast(&w.freed);
			pthread_mutex_unlock(&w.mu);
		}
		for (k = 0; k < started; k++)
			pthread_join(tid[k], NULL);
		pthread_mutex_destroy(&w.mu);
		pthread_cond_destroy(&w.filled);
		pthread_cond_destroy(&w.freed);
		free(w.slots);
		free(tid);
	}
	if (p->col)
		collector_finish(p->col);
	return 0;
}

/* How the accounting line and the sentence of a run that read nothing name each reason. */
static const struct {
	const char *count[2];   /* "1 empty", "2 not regular files" */
	const char *one, *many; /* "'a' is empty", "3 files are empty ('a' and 2 others)" */
	int see_above;          /* the files' own errors say more */
} reason[SKIP_N] = {
    [SKIP_EMPTY] = {{"empty", "empty"}, "is empty", "are empty", 0},
    [SKIP_UNKNOWN] = {{"not recognised", "not recognised"}, "was not recognised", "were not recognised", 0},
    [SKIP_INVALID] = {{"with errors", "with errors"}, "has errors", "have errors", 1},
    [SKIP_UNREADABLE] = {{"unreadable", "unreadable"}, "could not be read", "could not be read", 1},
    [SKIP_NOT_REGULAR] = {{"not a regular file", "not regular files"},
                          "is not a regular file",
                          "are not regular files",
                          0},
    [SKIP_LOOP] = {{"symbolic link loop", "symbolic link loops"},
                   "is a folder already visited (symbolic link loop)",
                   "are folders already visited (symbolic link loops)",
                   0},
    [SKIP_HIDDEN] = {{"hidden", "hidden"}, "is hidden", "are hidden", 0},
};

static void add_part(struct strbuf *sb, int *parts, int last, long n, const char *first, const char *one,
                     const char *many, int see_above)
{
	if (*parts)
		strbuf_addstr(sb, last ? " and " : ", ");
	(*parts)++;
	if (n == 1)
		strbuf_addf(sb, "'%s' %s%s", first, one, see_above ? " (see above)" : "");
	else
		strbuf_addf(sb, "%ld files %s ('%s' and %ld other%s%s)", n, many, first, n - 1, n == 2 ? "" : "s",
		            see_above ? "; see above" : "");
}

/* One sentence: which inputs were not read, and why. */
static void nothing_read(const struct pipeline *p, struct strbuf *sb)
{
	int parts = 0, total = 0, r;

	for (r = 0; r < SKIP_N; r++)
		total += p->not_read[r] > 0;
	total += p->files_empty_read > 0;
	strbuf_addstr(sb, "no messages read: ");
	if (!total) {
		if (p->files.folders == 1)
			strbuf_addf(sb, "the folder '%s' holds no files", p->files.first_folder);
		else if (p->files.folders > 1)
			strbuf_addf(sb, "the %ld folders given hold no files", p->files.folders);
		else
			strbuf_addstr(sb, "no input was given");
		return;
	}
	if (p->files_empty_read)
		add_part(sb, &parts, parts == total - 1, p->files_empty_read, p->first_empty_read, "holds no message",
		         "hold no message", 0);
	for (r = 0; r < SKIP_N; r++)
		if (p->not_read[r])
			add_part(sb, &parts, parts == total - 1, p->not_read[r], p->first_not_read[r], reason[r].one,
			         reason[r].many, reason[r].see_above);
}

void pipeline_accounting(const struct pipeline *p)
{
	struct strbuf sb;
	size_t i;
	long not_read = 0;
	int r, shown = 0;

	strbuf_init(&sb);
	if (!p->read) {
		nothing_read(p, &sb);
		diag_error(NULL, "%s", sb.buf);
		strbuf_reset(&sb);
	} else if (pipeline_period_empty(p)) {
		char a[32], b[32];
		time_format_utc(p->first_time, a);
		time_format_utc(p->last_time, b);
		a[10] = b[10] = '\0';
		if (strcmp(a, b))
			diag_error(NULL,
			           "no message in the period %s: the %ld messages read are dated from %s to %s (UTC)",
			           p->in.period, p->accepted, a, b);
		else
			diag_error(NULL, "no message in the period %s: the %ld message%s read %s dated %s (UTC)",
			           p->in.period, p->accepted, p->accepted == 1 ? "" : "s",
			           p->accepted == 1 ? "is" : "are", a);
	}
	for (r = 0; r < SKIP_N; r++)
		not_read += p->not_read[r];
	if (not_read) {
		long all = p->files_read + not_read;
		strbuf_addf(&sb, "read %ld of %ld file%s (not read:", p->files_read, all, all == 1 ? "" : "s");
		for (r = 0; r < SKIP_N; r++)
			if (p->not_read[r])
				strbuf_addf(&sb, "%s %ld %s", shown++ ? "," : "", p->not_read[r],
				            reason[r].count[p->not_read[r] != 1]);
		strbuf_addch(&sb, ')');
	} else {
		strbuf_addf(&sb, "read %ld file%s", p->files_read, p->files_read == 1 ? "" : "s");
	}
	strbuf_addf(&sb, ", %ld message%s: %ld accepted, %ld rejected", p->read, p->read == 1 ? "" : "s", p->accepted,
	            p->rejected);
	if (p->n_rejects) {
		strbuf_addstr(&sb, " (");
		for (i = 0; i < p->n_rejects; i++)
			strbuf_addf(&sb, "%s%ld %s", i ? ", " : "", p->rejects[i].n, p->rejects[i].reason);
		strbuf_addch(&sb, ')');
	}
	if (p->n_skips) {
		strbuf_addf(&sb, ", %ld left out by rule (", p->skipped);
		for (i = 0; i < p->n_skips; i++)
			strbuf_addf(&sb, "%s%ld %s", i ? ", " : "", p->skips[i].n, p->skips[i].reason);
		strbuf_addch(&sb, ')');
	}
	if (p->col) {
		const struct collect_stats *st = collector_stats(p->col);
		strbuf_addf(&sb, ", %ld duplicate%s merged", st->duplicates, st->duplicates == 1 ? "" : "s");
		if (st->changed)
			strbuf_addf(&sb, " (%ld with changed text, the later export kept)", st->changed);
		strbuf_addf(&sb, ", %ld orphan%s", st->orphans, st->orphans == 1 ? "" : "s");
		if (st->cycles)
			strbuf_addf(&sb, ", %ld reply cycle%s broken", st->cycles, st->cycles == 1 ? "" : "s");
		strbuf_addf(&sb, ", %ld thread%s", st->threads, st->threads == 1 ? "" : "s");
	}
	diag_print("%s", sb.buf);
	strbuf_release(&sb);
}

int input_report_partial(const struct input_report *r)
{
	return (r->failed && !r->skipped) || r->comp.declared > r->comp.declared_held || r->comp.paging_next > 0;
}

int pipeline_period_empty(const struct pipeline *p)
{
	return p->in.period && p->accepted > 0 && !p->in_period;
}

int pipeline_had_data_errors(const struct pipeline *p)
{
	return p->rejected > 0 || p->files_failed > 0 || p->files.unreadable > 0 || p->files_unrecognised > 0 ||
	       !p->read || pipeline_period_empty(p);
}

void pipeline_release(struct pipeline *p)
{
	input_list_release(&p->files);
	collector_free(p->col);
	free(p->rejects);
	free(p->skips);
	free(p->reports);
	p->reports = NULL;
	p->col = NULL;
	p->rejects = NULL;
}
