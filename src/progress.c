/* progress.c: the progress line of long runs, drawn through diag (the only module that writes
 * to stderr) after each input file. It reads the pipeline's counters and the files' sizes; it
 * changes nothing in the run. */
#include "progress.h"
#include "diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define SHOW_AFTER_MS 700 /* a shorter run never shows the line */
#define REFRESH_MS 200

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void progress_init(struct progress *pr, int enabled)
{
	const char *delay = getenv("REPLYCOV_PROGRESS_NOW");

	pr->on = enabled && isatty(2);
	pr->t0 = now_ms();
	/* Tests ask for the line at once (it is otherwise shown only after a moment). */
	if (delay && *delay)
		pr->t0 -= SHOW_AFTER_MS;
	pr->last = 0;
	pr->bytes_total = pr->bytes_done = 0;
	pr->sized = 0;
	pr->shown = 0;
}

static long long file_size(const char *path)
{
	struct stat st;
	return !stat(path, &st) && S_ISREG(st.st_mode) ? (long long)st.st_size : 0;
}

static void clock_text(char *buf, size_t n, long long s)
{
	if (s >= 3600)
		snprintf(buf, n, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
	else
		snprintf(buf, n, "%lld:%02lld", s / 60, s % 60);
}

static void on_file(const struct pipeline *p, size_t file, void *ctx)
{
	struct progress *pr = ctx;
	long long t = now_ms(), el;
	char line[200], left[32];
	double rate;
	size_t i;

	if (!pr->on)
		return;
	if (!pr->sized) {
		for (i = 0; i < p->files.n; i++)
			pr->bytes_total += file_size(p->files.files[i].path);
		pr->sized = 1;
	}
	pr->bytes_done += file_size(p->files.files[file].path);
	el = t - pr->t0;
	if (el < SHOW_AFTER_MS || (pr->shown && t - pr->last < REFRESH_MS && file + 1 < p->files.n))
		return;
	pr->last = t;
	rate = el > 0 ? (double)p->read * 1000.0 / (double)el : 0;
	if (pr->bytes_done > 0 && pr->bytes_total > pr->bytes_done)
		clock_text(left, sizeof(left),
		           (long long)((double)el / 1000.0 * (double)(pr->bytes_total - pr->bytes_done) /
		                           (double)pr->bytes_done +
		                       0.5));
	else
		clock_text(left, sizeof(left), 0);
	snprintf(line, sizeof(line), "replycov: %zu/%zu files, %ld messages, %.0f messages/s, %s left", file + 1,
	         p->files.n, p->read, rate, left);
	diag_progress(line);
	pr->shown = 1;
}

void progress_attach(struct progress *pr, struct pipeline *p)
{
	p->on_file = on_file;
	p->file_ctx = pr;
}

void progress_end(struct progress *pr)
{
	if (pr->shown)
		diag_progress(NULL);
	pr->shown = 0;
}
