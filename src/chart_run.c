/* chart_run.c: gnuplot as an external program. It is looked up in PATH (or named by
 * $REPLYCOV_GNUPLOT), started with fork and execv (no shell, so no word of any file name is
 * interpreted), in the charts folder, with --default-settings (no user start-up file changes a
 * report), standard input from /dev/null, a timeout, and its error output captured for the
 * warning. It reads only the scripts chart.c wrote. */
#include "chart.h"
#include "diag.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define DEFAULT_TIMEOUT 60

static int executable(const char *path)
{
	struct stat st;
	return !stat(path, &st) && S_ISREG(st.st_mode) && !access(path, X_OK);
}

int gnuplot_find(struct gnuplot *g)
{
	const char *env = getenv("REPLYCOV_GNUPLOT");
	const char *prog = env && *env ? env : "gnuplot";
	const char *t = getenv("REPLYCOV_GNUPLOT_TIMEOUT");
	const char *path, *p;
	struct strbuf sb;

	memset(g, 0, sizeof(*g));
	g->timeout_s = DEFAULT_TIMEOUT;
	if (t && *t) {
		char *end;
		long v = strtol(t, &end, 10);
		if (!*end && v >= 1 && v <= 86400)
			g->timeout_s = (int)v;
	}
	g->why = env && *env ? "$REPLYCOV_GNUPLOT" : "gnuplot in PATH";
	if (strchr(prog, '/')) {
		if (executable(prog))
			g->path = xstrdup(prog);
		return g->path ? 0 : -1;
	}
	path = getenv("PATH");
	if (!path)
		path = "/usr/local/bin:/usr/bin:/bin";
	strbuf_init(&sb);
	for (p = path;; p++) {
		const char *colon = strchr(p, ':');
		size_t n = colon ? (size_t)(colon - p) : strlen(p);
		strbuf_reset(&sb);
		if (n)
			strbuf_add(&sb, p, n);
		else
			strbuf_addch(&sb, '.'); /* an empty PATH entry is the current folder */
		strbuf_addch(&sb, '/');
		strbuf_addstr(&sb, prog);
		if (executable(sb.buf)) {
			g->path = strbuf_detach(&sb);
			break;
		}
		if (!colon)
			break;
		p = colon;
	}
	strbuf_release(&sb);
	return g->path ? 0 : -1;
}

void gnuplot_release(struct gnuplot *g)
{
	free(g->path);
	g->path = NULL;
}

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Start g in dir with args (argv[0] is set here). *out_fd receives its standard output when
 * out_fd is given (else it goes to /dev/null); *err_fd its error output. */
static pid_t spawn(const struct gnuplot *g, const char *dir, char **argv, int *out_fd, int *err_fd)
{
	int ep[2], op[2] = {-1, -1};
	pid_t pid;

	if (pipe(ep))
		return -1;
	if (out_fd && pipe(op)) {
		close(ep[0]);
		close(ep[1]);
		return -1;
	}
	argv[0] = g->path;
	pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		if (chdir(dir))
			_exit(126);
		if (null >= 0) {
			dup2(null, 0);
			if (!out_fd)
				dup2(null, 1);
		}
		if (out_fd)
			dup2(op[1], 1);
		dup2(ep[1], 2);
		if (null > 2)
			close(null);
		close(ep[0]);
		close(ep[1]);
		if (out_fd) {
			close(op[0]);
			close(op[1]);
		}
		/* Numbers and dates drawn the same whatever the user's locale. */
		setenv("LC_ALL", "C.UTF-8", 1);
		signal(SIGPIPE, SIG_DFL);
		execv(g->path, argv);
		_exit(127);
	}
	close(ep[1]);
	if (out_fd)
		close(op[1]);
	if (pid < 0) {
		close(ep[0]);
		if (out_fd)
			close(op[0]);
		return -1;
	}
	fcntl(ep[0], F_SETFL, O_NONBLOCK);
	*err_fd = ep[0];
	if (out_fd) {
		fcntl(op[0], F_SETFL, O_NONBLOCK);
		*out_fd = op[0];
	}
	return pid;
}

struct job {
	struct chart *c;
	pid_t pid;
	int fd[2]; /* error output, standard output (-1 when closed or not taken) */
	struct strbuf text[2];
	long long deadline;
	int running, status, timed_out;
};

/* Drain whatever the job's pipes hold; close them at end of file. */
static void drain(struct job *j)
{
	char buf[4096];
	int k;

	for (k = 0; k < 2; k++) {
		while (j->fd[k] >= 0) {
			ssize_t n = read(j->fd[k], buf, sizeof(buf));
			if (n > 0) {
				/* Keep at most 64 KiB: enough for any chart or message. */
				if (j->text[k].len < 65536 || k == 1)
					strbuf_add(&j->text[k], buf, (size_t)n);
				continue;
			}
			if (n < 0 && (errno == EAGAIN || errno == EINTR))
				break;
			close(j->fd[k]);
			j->fd[k] = -1;
		}
	}
}

/* Run jobs until every one has ended or been killed at its deadline. */
static void run_jobs(struct job *jobs, size_t n)
{
	for (;;) {
		struct pollfd pfd[64];
		size_t i, np = 0, running = 0;
		long long t = now_ms(), wait_ms = 200;
		for (i = 0; i < n; i++) {
			struct job *j = &jobs[i];
			int k;
			if (!j->running)
				continue;
			running++;
			if (j->deadline - t < wait_ms)
				wait_ms = j->deadline - t > 0 ? j->deadline - t : 0;
			for (k = 0; k < 2; k++)
				if (j->fd[k] >= 0 && np < 64) {
					pfd[np].fd = j->fd[k];
					pfd[np].events = POLLIN;
					np++;
				}
		}
		if (!running)
			return;
		if (np)
			poll(pfd, (nfds_t)np, (int)wait_ms);
		else
			usleep(10000);
		t = now_ms();
		for (i = 0; i < n; i++) {
			struct job *j = &jobs[i];
			pid_t r;
			if (!j->running)
				continue;
			drain(j);
			r = waitpid(j->pid, &j->status, WNOHANG);
			if (r == j->pid) {
				j->running = 0;
				drain(j);
			} else if (t >= j->deadline) {
				kill(j->pid, SIGKILL);
				waitpid(j->pid, &j->status, 0);
				j->running = 0;
				j->timed_out = 1;
			}
		}
	}
}

static void job_close(struct job *j)
{
	int k;

	for (k = 0; k < 2; k++) {
		if (j->fd[k] >= 0)
			close(j->fd[k]);
		j->fd[k] = -1;
		strbuf_release(&j->text[k]);
	}
}

/* The last non-empty line gnuplot wrote: where it names the script line and the error. */
static void last_line(const struct strbuf *s, struct strbuf *out)
{
	size_t end = s->len, start;

	while (end && (s->buf[end - 1] == '\n' || s->buf[end - 1] == ' ' || s->buf[end - 1] == '\r'))
		end--;
	start = end;
	while (start && s->buf[start - 1] != '\n')
		start--;
	while (start < end && s->buf[start] == ' ')
		start++;
	strbuf_add(out, s->buf + start, end - start);
}

static int read_whole(const char *path, struct strbuf *out)
{
	FILE *fp = fopen(path, "rb");
	char buf[8192];
	size_t n;

	if (!fp)
		return -1;
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
		strbuf_add(out, buf, n);
	fclose(fp);
	return 0;
}

static int nonempty(const char *dir, const char *name, const char *ext)
{
	struct strbuf p;
	struct stat st;
	int ok;

	strbuf_init(&p);
	strbuf_addf(&p, "%s/%s.%s", dir, name, ext);
	ok = !stat(p.buf, &st) && S_ISREG(st.st_mode) && st.st_size > 0;
	strbuf_release(&p);
	return ok;
}

int gnuplot_render(const struct gnuplot *g, const char *dir, struct chart **charts, size_t n, int jobs)
{
	struct job *all = xcalloc(n ? n : 1, sizeof(*all));
	size_t i, next = 0, failed = 0;
	char script[200];

	if (jobs < 1)
		jobs = 1;
	if (jobs > 16)
		jobs = 16;
	while (next < n) {
		/* A batch of up to jobs charts at a time. */
		size_t first = next, k = 0;
		for (; next < n && k < (size_t)jobs; next++) {
			struct job *j = &all[next];
			char *argv[4];
			j->c = charts[next];
			j->fd[0] = j->fd[1] = -1;
			strbuf_init(&j->text[0]);
			strbuf_init(&j->text[1]);
			if (j->c->empty)
				continue;
			snprintf(script, sizeof(script), "%s.gp", j->c->name);
			argv[1] = "--default-settings";
			argv[2] = script;
			argv[3] = NULL;
			j->pid = spawn(g, dir, argv, NULL, &j->fd[0]);
			if (j->pid < 0) {
				diag_warn(NULL, "cannot run '%s': %s", g->path, strerror(errno));
				continue;
			}
			j->running = 1;
			j->deadline = now_ms() + (long long)g->timeout_s * 1000;
			k++;
		}
		run_jobs(all + first, next - first);
	}
	for (i = 0; i < n; i++) {
		struct job *j = &all[i];
		struct chart *c = charts[i];
		int ok;
		if (c->empty) {
			job_close(j);
			continue;
		}
		ok = j->pid > 0 && !j->timed_out && WIFEXITED(j->status) && WEXITSTATUS(j->status) == 0 &&
		     nonempty(dir, c->name, "svg") && nonempty(dir, c->name, "png");
		if (ok) {
			struct strbuf svg, path;
			char prefix[40];
			strbuf_init(&svg);
			strbuf_init(&path);
			strbuf_addf(&path, "%s/%s.svg", dir, c->name);
			snprintf(prefix, sizeof(prefix), "c%zu-", i + 1);
			if (!read_whole(path.buf, &svg))
				c->svg = chart_svg_inline(svg.buf, prefix);
			c->drawn = c->svg != NULL;
			strbuf_release(&svg);
			strbuf_release(&path);
		}
		if (!c->drawn) {
			struct strbuf why;
			strbuf_init(&why);
			if (j->timed_out)
				strbuf_addf(&why, "gnuplot did not finish within %d seconds", g->timeout_s);
			else if (j->pid > 0 && WIFSIGNALED(j->status))
				strbuf_addf(&why, "gnuplot was killed by signal %d", WTERMSIG(j->status));
			else
				last_line(&j->text[0], &why);
			if (!why.len)
				strbuf_addstr(&why, "gnuplot made no image");
			diag_warn(NULL, "chart '%s' not drawn: %s", c->name, why.buf);
			strbuf_release(&why);
			failed++;
		}
		job_close(j);
	}
	free(all);
	return (int)failed;
}

int gnuplot_dumb(const struct gnuplot *g, const char *dir, const struct chart *c, int width, int height,
                 struct strbuf *out)
{
	struct job j;
	char set[120], script[200];
	char *argv[6];
	int ok;

	if (c->empty || !g->path)
		return -1;
	memset(&j, 0, sizeof(j));
	strbuf_init(&j.text[0]);
	strbuf_init(&j.text[1]);
	/* Numbers only: nothing from the input reaches the command line. */
	snprintf(set, sizeof(set), "outputs='dumb'; columns=%d; lines=%d", width, height);
	snprintf(script, sizeof(script), "%s.gp", c->name);
	argv[1] = "--default-settings";
	argv[2] = "-e";
	argv[3] = set;
	argv[4] = script;
	argv[5] = NULL;
	j.fd[0] = j.fd[1] = -1;
	j.pid = spawn(g, dir, argv, &j.fd[1], &j.fd[0]);
	if (j.pid < 0) {
		job_close(&j);
		return -1;
	}
	j.running = 1;
	j.deadline = now_ms() + (long long)g->timeout_s * 1000;
	run_jobs(&j, 1);
	ok = !j.timed_out && WIFEXITED(j.status) && WEXITSTATUS(j.status) == 0 && j.text[1].len;
	if (ok) {
		/* Without the blank lines the dumb terminal pads its page with, and trailing blanks. */
		const char *p = j.text[1].buf, *end = p + j.text[1].len;
		int started = 0;
		while (p < end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
			while (n && (p[n - 1] == ' ' || p[n - 1] == '\r'))
				n--;
			while (n && *p == '\f') { /* the page feed the dumb terminal starts with */
				p++;
				n--;
			}
			if (n || started) {
				strbuf_add(out, p, n);
				strbuf_addch(out, '\n');
				started = 1;
			}
			p = nl ? nl + 1 : end;
		}
		while (out->len > 1 && out->buf[out->len - 1] == '\n' && out->buf[out->len - 2] == '\n')
			out->buf[--out->len] = '\0';
	}
	job_close(&j);
	return ok ? 0 : -1;
}
