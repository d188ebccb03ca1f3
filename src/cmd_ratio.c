/* cmd_ratio.c: `replycov ratio`: what citizens say in public and in private. The table
 * channel by class with counts, shares and 95% Wilson intervals, the headline (criticism
 * share in public, thanks share in private) and the criticism-to-thanks ratio per channel,
 * per platform and per month. Only citizens' messages count (official_resolve per thread). */
#include "classify.h"
#include "cmd.h"
#include "labels.h"
#include "outfile.h"
#include "outfmt.h"
#include "pipeline.h"
#include "runopts.h"
#include "stats.h"
#include "strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --model and --labels: the codes of runopts.h */
enum scope { SCOPE_ALL, SCOPE_PLATFORM, SCOPE_MONTH, SCOPE_N };

static const char *const scope_names[] = {"channel", "platform", "month"};

struct cell {
	enum scope scope;
	const char *key; /* platform or YYYY-MM; "" for the channel totals */
	int channel;     /* enum channel */
	long n[CLASS_N];
};

struct contrib { /* one citizen message, to undo when its thread is replaced */
	struct cell *cells[SCOPE_N];
	unsigned char cls;
};

struct thread_contribs {
	struct contrib *c;
	size_t n;
};

struct rrun {
	struct runopts *ro;
	struct classification cf;
	struct arena arena;
	struct strmap cells;   /* "scope\tkey\tchannel" -> struct cell */
	struct strmap threads; /* thread key -> struct thread_contribs */
	struct strbuf key;
	long messages;
};

static struct cell *cell_get(struct rrun *run, enum scope s, const char *key, int channel)
{
	struct cell *c;
	int created;

	strbuf_reset(&run->key);
	strbuf_addf(&run->key, "%d\t%s\t%d", (int)s, key, channel);
	c = strmap_get(&run->cells, run->key.buf);
	if (c)
		return c;
	/* the map keeps the key pointer: store a copy that lives as long as the arena */
	c = arena_alloc(&run->arena, sizeof(*c));
	c->scope = s;
	c->key = arena_strdup(&run->arena, key);
	c->channel = channel;
	*strmap_put(&run->cells, arena_strdup(&run->arena, run->key.buf), &created) = c;
	return c;
}

static void on_thread(struct thread *t, int replace, void *ctx)
{
	struct rrun *run = ctx;
	unsigned char *off = xcalloc(t->n ? t->n : 1, 1);
	const char *name;
	struct thread_contribs *tc;
	void **slot;
	int created;
	size_t i, k;

	slot = strmap_put(&run->threads, arena_strdup(&run->arena, t->key), &created);
	if (created)
		*slot = arena_alloc(&run->arena, sizeof(struct thread_contribs));
	tc = *slot;
	/* A thread handed over again replaces what its earlier version counted. */
	for (i = 0; i < tc->n; i++)
		for (k = 0; k < SCOPE_N; k++)
			tc->c[i].cells[k]->n[tc->c[i].cls]--;
	run->messages -= (long)tc->n;
	(void)replace;
	free(tc->c);
	tc->c = NULL;
	tc->n = 0;
	official_resolve(t, &run->ro->official, off, &name);
	for (i = 0; i < t->n; i++) {
		const struct record *r = &t->recs[i];
		struct contrib *c;
		char month[40];
		if (off[i])
			continue;
		class_source_record(&run->ro->classes, r, &run->cf);
		time_format_when(&r->created, month);
		month[7] = '\0';
		tc->c = xrealloc(tc->c, (tc->n + 1) * sizeof(*tc->c));
		c = &tc->c[tc->n++];
		c->cls = (unsigned char)run->cf.cls;
		c->cells[SCOPE_ALL] = cell_get(run, SCOPE_ALL, "", (int)r->channel);
		c->cells[SCOPE_PLATFORM] = cell_get(run, SCOPE_PLATFORM, r->platform, (int)r->channel);
		c->cells[SCOPE_MONTH] = cell_get(run, SCOPE_MONTH, month, (int)r->channel);
		for (k = 0; k < SCOPE_N; k++)
			c->cells[k]->n[c->cls]++;
		run->messages++;
	}
	free(off);
}

static int cmp_cell(const void *a, const void *b)
{
	const struct cell *x = *(struct cell *const *)a, *y = *(struct cell *const *)b;
	int d;

	if (x->scope != y->scope)
		return x->scope < y->scope ? -1 : 1;
	d = strcmp(x->key, y->key);
	if (d)
		return d;
	return x->channel - y->channel;
}

static long cell_total(const struct cell *c)
{
	long t = 0;
	int k;

	for (k = 0; k < CLASS_N; k++)
		t += c->n[k];
	return t;
}

static const char *channel_text(int ch)
{
	return ch == CHANNEL_PRIVATE ? "private" : "public";
}

/* "3.43" or "-" when there is no thanks to divide by. */
static void add_ratio(struct strbuf *sb, const struct cell *c)
{
	if (c->n[CLASS_THANKS])
		strbuf_addf(sb, "%.2f", (double)c->n[CLASS_CRITICISM] / (double)c->n[CLASS_THANKS]);
	else
		strbuf_addch(sb, '-');
}

static const struct cell *channel_cell(struct cell **cells, size_t n, int ch)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (cells[i]->scope == SCOPE_ALL && cells[i]->channel == ch)
			return cells[i];
	return NULL;
}

static void headline(struct strbuf *sb, struct cell **cells, size_t n)
{
	const struct cell *pub = channel_cell(cells, n, CHANNEL_PUBLIC),
	                  *priv = channel_cell(cells, n, CHANNEL_PRIVATE);

	strbuf_addstr(sb, "public: ");
	if (pub && cell_total(pub)) {
		strbuf_addstr(sb, "criticism ");
		add_pct(sb, pub->n[CLASS_CRITICISM], cell_total(pub));
		strbuf_addstr(sb, "% of messages");
	} else {
		strbuf_addstr(sb, "no messages");
	}
	strbuf_addstr(sb, "; private: ");
	if (priv && cell_total(priv)) {
		strbuf_addstr(sb, "thanks ");
		add_pct(sb, priv->n[CLASS_THANKS], cell_total(priv));
		strbuf_addch(sb, '%');
	} else {
		strbuf_addstr(sb, "no messages");
	}
}

static void write_text(struct strbuf *sb, struct cell **cells, size_t n, long messages)
{
	size_t i;
	int k;
	enum scope s;

	strbuf_addf(sb, "citizen messages: %ld\n", messages);
	headline(sb, cells, n);
	strbuf_addstr(sb, "\n\nchannel  class       count   share  95% interval\n");
	for (i = 0; i < n; i++) {
		const struct cell *c = cells[i];
		long tot = cell_total(c);
		if (c->scope != SCOPE_ALL)
			continue;
		for (k = 0; k < CLASS_N; k++) {
			double lo, hi;
			wilson_interval(c->n[k], tot, 1.96, &lo, &hi);
			strbuf_addf(sb, "%-8s %-10s %6ld  %5.1f%%  %5.1f%% - %5.1f%%\n", channel_text(c->channel),
			            class_name((enum msg_class)k), c->n[k],
			            tot ? 100.0 * (double)c->n[k] / (double)tot : 0.0, 100 * lo, 100 * hi);
		}
		strbuf_addf(sb, "%-8s %-10s %6ld\n", channel_text(c->channel), "total", tot);
	}
	for (s = SCOPE_ALL; s < SCOPE_N; s++) {
		strbuf_addf(sb, "\ncriticism-to-thanks by %s\n", scope_names[s]);
		if (s != SCOPE_ALL)
			strbuf_addf(sb, "%-10s ", scope_names[s]);
		strbuf_addstr(sb, "channel   criticism question   thanks    other    total  crit:thanks\n");
		for (i = 0; i < n; i++) {
			const struct cell *c = cells[i];
			if (c->scope != s)
				continue;
			if (s != SCOPE_ALL) {
				/* a platform is named by the input: escaped for the terminal */
				size_t at = sb->len;
				term_add_str(sb, c->key);
				strbuf_addf(sb, "%*s ", (int)(sb->len - at < 10 ? 10 - (sb->len - at) : 0), "");
			}
			strbuf_addf(sb, "%-8s %10ld %8ld %8ld %8ld %8ld  ", channel_text(c->channel),
			            c->n[CLASS_CRITICISM], c->n[CLASS_QUESTION], c->n[CLASS_THANKS], c->n[CLASS_OTHER],
			            cell_total(c));
			add_ratio(sb, c);
			strbuf_addch(sb, '\n');
		}
	}
}

static void write_csv(struct strbuf *sb, struct cell **cells, size_t n)
{
	size_t i;
	int k;

	strbuf_addstr(sb, "scope,key,channel,class,count,total,share,wilson_low,wilson_high,criticism_to_thanks\r\n");
	for (i = 0; i < n; i++) {
		const struct cell *c = cells[i];
		long tot = cell_total(c);
		for (k = 0; k < CLASS_N; k++) {
			double lo, hi;
			wilson_interval(c->n[k], tot, 1.96, &lo, &hi);
			strbuf_addf(sb, "%s,", scope_names[c->scope]);
			csv_add_field(sb, c->key);
			strbuf_addf(sb, ",%s,%s,%ld,%ld,%.4f,%.4f,%.4f,", channel_text(c->channel),
			            class_name((enum msg_class)k), c->n[k], tot,
			            tot ? (double)c->n[k] / (double)tot : 0.0, lo, hi);
			add_ratio(sb, c);
			strbuf_addstr(sb, "\r\n");
		}
	}
}

static void write_json(struct strbuf *sb, struct cell **cells, size_t n, long messages)
{
	size_t i;
	int k;

	strbuf_addf(sb, "{\n  \"citizen_messages\": %ld,\n  \"headline\": ", messages);
	{
		struct strbuf h;
		strbuf_init(&h);
		headline(&h, cells, n);
		json_add_str(sb, h.buf);
		strbuf_release(&h);
	}
	strbuf_addstr(sb, ",\n  \"cells\": [");
	for (i = 0; i < n; i++) {
		const struct cell *c = cells[i];
		long tot = cell_total(c);
		strbuf_addf(sb, "%s\n    {\"scope\": \"%s\", \"key\": ", i ? "," : "", scope_names[c->scope]);
		json_add_str(sb, c->key);
		strbuf_addf(sb, ", \"channel\": \"%s\", \"total\": %ld, \"criticism_to_thanks\": ",
		            channel_text(c->channel), tot);
		if (c->n[CLASS_THANKS])
			strbuf_addf(sb, "%.4f", (double)c->n[CLASS_CRITICISM] / (double)c->n[CLASS_THANKS]);
		else
			strbuf_addstr(sb, "null");
		strbuf_addstr(sb, ", \"classes\": {");
		for (k = 0; k < CLASS_N; k++) {
			double lo, hi;
			wilson_interval(c->n[k], tot, 1.96, &lo, &hi);
			strbuf_addf(sb, "%s\"%s\": {\"count\": %ld, \"share\": %.4f, \"wilson95\": [%.4f, %.4f]}",
			            k ? ", " : "", class_name((enum msg_class)k), c->n[k],
			            tot ? (double)c->n[k] / (double)tot : 0.0, lo, hi);
		}
		strbuf_addstr(sb, "}}");
	}
	strbuf_addstr(sb, n ? "\n  ]\n}\n" : "]\n}\n");
}

static int run_ratio(int argc, char **argv, const struct global_opts *g)
{
	static const struct option opts[] = {RUNOPTS_LONG,
	                                     {"model", required_argument, NULL, OPT_MODEL},
	                                     {"labels", required_argument, NULL, OPT_LABELS},
	                                     {NULL, 0, NULL, 0}};
	struct runopts ro;
	struct rrun run = {0};
	struct pipeline p = {0};
	struct outfile out;
	struct cell **cells = NULL;
	struct strbuf sb;
	size_t n = 0, i;
	int ret = 0, src;
	enum runopts_parsed parsed;

	(void)g;
	runopts_init(&ro);
	parsed = runopts_parse(&ro, argc, argv, opts, "text,json,csv", NULL, &run, 1);
	if (parsed != RUNOPTS_OK)
		return runopts_fail(&ro, parsed, &cmd_ratio);
	/* The classifier (with --model and --labels), as every command sets it up. */
	src = runopts_setup(&ro);
	if (src == 2) {
		runopts_release(&ro);
		return EXIT_USAGE;
	}
	run.ro = &ro;
	arena_init(&run.arena);
	strmap_init(&run.cells);
	strmap_init(&run.threads);
	strbuf_init(&run.key);
	strbuf_init(&sb);
	classification_init(&run.cf);
	p.in = ro.in;
	p.jobs = ro.jobs;
	p.on_thread = on_thread;
	p.ctx = &run;
	if (outfile_open(&out, ro.output)) {
		ret = EXIT_USAGE;
		goto done;
	}
	if (pipeline_run(&p, argv + optind, argc - optind)) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
		goto done;
	}
	cells = xmalloc((run.cells.len ? run.cells.len : 1) * sizeof(*cells));
	for (i = 0; i < run.cells.cap; i++)
		if (run.cells.slots[i].key && cell_total(run.cells.slots[i].value))
			cells[n++] = run.cells.slots[i].value;
	qsort(cells, n, sizeof(*cells), cmp_cell);
	if (ro.format == OUT_CSV)
		write_csv(&sb, cells, n);
	else if (ro.format == OUT_JSON)
		write_json(&sb, cells, n, run.messages);
	else
		write_text(&sb, cells, n, run.messages);
	if (fwrite(sb.buf, 1, sb.len, out.fp) != sb.len || outfile_commit(&out)) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
	} else if (pipeline_had_data_errors(&p) || src == 1) {
		ret = EXIT_DATA;
	}
	pipeline_accounting(&p);
done:
	for (i = 0; i < run.threads.cap; i++)
		if (run.threads.slots[i].key)
			free(((struct thread_contribs *)run.threads.slots[i].value)->c);
	free(cells);
	pipeline_release(&p);
	classification_release(&run.cf);
	strmap_release(&run.cells);
	strmap_release(&run.threads);
	arena_release(&run.arena);
	strbuf_release(&run.key);
	strbuf_release(&sb);
	runopts_release(&ro);
	return ret;
}

const struct cmd cmd_ratio = {
    .name = "ratio",
    .summary = "public criticism versus private thanks: classes by channel, platform and month",
    .usage = "ratio [OPTIONS] INPUT...\n"
             "  INPUT                 export files or folders (as for coverage)\n"
             "  --format FMT          text (default), json or csv (one row per scope, key, channel, class)\n"
             "  --model FILE          a model made by 'replycov train', used alongside the rules\n"
             "  --labels FILE         CSV id,label[,note]: human decisions, which always win\n"
             "  -o, --output FILE     write there instead of standard output\n"
             "  --official ID|NAME    another official account (repeatable)\n"
             "  --input-format NAME   skip detection (see 'replycov formats')\n"
             "  --tz ZONE             IANA zone for times written without offset\n"
             "  -j, --jobs N          files parsed in parallel (default: the number of cores)\n"
             "Citizens' messages only. Shares carry 95% Wilson score intervals; months are those of\n"
             "the time as the source wrote it (its own UTC offset); crit:thanks is '-' without thanks.\n"
             "exit status: 0 success, 1 data errors (rejected records, label rows skipped), 2 usage or I/O errors",
    .run = run_ratio,
};
