/* cmd_dump.c: `replycov dump`: the normalised records and reply trees in a stable text form,
 * the debugging and golden-test hook for everything between the adapters and the analyses. */
#include "cmd.h"
#include "coverage.h"
#include "outfile.h"
#include "outfmt.h"
#include "pipeline.h"
#include "runopts.h"
#include "spill.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct dump {
	struct runopts *ro;
	struct spill out;
	struct strbuf buf;
};

static const char *flag_words[] = {"post",        "hidden",      "deleted",        "edited",        "spam",
                                   "unapproved",  "approx-time", "author-unknown", "official-mark", "no-offset",
                                   "page-author", "orphan",      "cycle-cut"};

static void dump_record(struct strbuf *sb, const struct thread *t, size_t i, int depth, int official)
{
	const struct record *r = &t->recs[i];
	char tb[40];
	size_t k;

	strbuf_addf(sb, "%*s", 2 + 2 * (depth > 10 ? 10 : depth), "");
	if (depth > 10)
		strbuf_addf(sb, "[depth %d] ", depth);
	/* Every field from the input is escaped for the terminal (term_add_str); the text excerpt
	 * leaves control characters out. */
	term_add_str(sb, r->id);
	strbuf_addf(sb, "  %s  %s  ", time_format_when(&r->created, tb), official ? "official" : "citizen");
	term_add_str(sb, r->author ? r->author : "?");
	strbuf_addstr(sb, " <");
	term_add_str(sb, r->author_id);
	strbuf_addch(sb, '>');
	/* The tree shows parents; name them only when they are missing or were cut. */
	if (r->parent && (r->flags & (REC_ORPHAN | REC_CYCLE))) {
		strbuf_addstr(sb, "  parent=");
		term_add_str(sb, r->parent);
	}
	if (r->channel == CHANNEL_PRIVATE)
		strbuf_addstr(sb, "  private");
	for (k = 0; k < sizeof(flag_words) / sizeof(*flag_words); k++)
		if (r->flags & (1u << k))
			strbuf_addf(sb, "  %s", flag_words[k]);
	strbuf_addstr(sb, "  \"");
	text_excerpt(r->text, 60, sb);
	strbuf_addstr(sb, "\"  @");
	term_add_str(sb, r->loc.file);
	if (r->loc.line && r->loc.col)
		strbuf_addf(sb, ":%ld:%ld\n", r->loc.line, r->loc.col);
	else if (r->loc.line)
		strbuf_addf(sb, ":%ld\n", r->loc.line);
	else
		strbuf_addf(sb, "#%ld\n", r->loc.record);
}

static void on_thread(struct thread *t, int replace, void *ctx)
{
	struct dump *d = ctx;
	struct strbuf *sb = &d->buf;
	unsigned char *off = xmalloc(t->n ? t->n : 1);
	long *first = xmalloc((t->n ? t->n : 1) * sizeof(long)), *next = xmalloc((t->n ? t->n : 1) * sizeof(long));
	long *stack = xmalloc((t->n ? t->n : 1) * sizeof(long));
	int *depth = xmalloc((t->n ? t->n : 1) * sizeof(int));
	const char *name;
	enum official_source src = official_resolve(t, &d->ro->official, off, &name);
	size_t i, sp;

	(void)replace;
	strbuf_reset(sb);
	strbuf_addstr(sb, "thread ");
	term_add_str(sb, t->key);
	strbuf_addf(sb, "  (%zu messages; official: ", t->n);
	term_add_str(sb, name ? name : "none");
	strbuf_addf(sb, ", %s", official_source_text(src));
	if (t->duplicates)
		strbuf_addf(sb, "; %ld duplicates merged", t->duplicates);
	if (t->orphans)
		strbuf_addf(sb, "; %ld orphans", t->orphans);
	if (t->cycles)
		strbuf_addf(sb, "; %ld cycles broken", t->cycles);
	strbuf_addstr(sb, ")\n");
	for (i = 0; i < t->n; i++)
		first[i] = -1;
	for (i = t->n; i-- > 0;) {
		next[i] = -1;
		if (t->parent[i] >= 0) {
			next[i] = first[t->parent[i]];
			first[t->parent[i]] = (long)i;
		}
	}
	/* Roots in time order, each subtree depth-first with children in time order. */
	for (i = 0; i < t->n; i++) {
		if (t->parent[i] >= 0)
			continue;
		sp = 0;
		stack[sp++] = (long)i;
		depth[i] = 0;
		while (sp) {
			long v = stack[--sp], c, k = 0, j;
			dump_record(sb, t, (size_t)v, depth[v], off[v]);
			/* Push children so that the earliest is popped first. */
			for (c = first[v]; c >= 0; c = next[c])
				k++;
			for (c = first[v], j = 0; c >= 0; c = next[c], j++) {
				stack[sp + (size_t)(k - 1 - j)] = c;
				depth[c] = depth[v] + 1;
			}
			sp += (size_t)k;
		}
	}
	spill_put(&d->out, t->key, sb->buf, sb->len);
	free(off);
	free(first);
	free(next);
	free(stack);
	free(depth);
}

static int parse_only_option(int c, const char *arg, void *ctx)
{
	(void)arg;
	if (c != OPT_PARSE_ONLY)
		return 0;
	*(int *)ctx = 1;
	return 1;
}

static int run_dump(int argc, char **argv, const struct global_opts *g)
{
	static const struct option opts[] = {
	    RUNOPTS_LONG, {"parse-only", no_argument, NULL, OPT_PARSE_ONLY}, {NULL, 0, NULL, 0}};
	struct runopts ro;
	struct dump d = {0};
	struct pipeline p = {0};
	struct outfile out;
	int ret = 0, parse_only = 0;
	enum runopts_parsed parsed;

	(void)g;
	runopts_init(&ro);
	parsed = runopts_parse(&ro, argc, argv, opts, "text", parse_only_option, &parse_only, 1);
	if (parsed != RUNOPTS_OK)
		return runopts_fail(&ro, parsed, &cmd_dump);
	d.ro = &ro;
	spill_init(&d.out);
	strbuf_init(&d.buf);
	p.in = ro.in;
	p.jobs = ro.jobs;
	p.on_thread = on_thread;
	p.ctx = &d;
	p.parse_only = parse_only;
	if (outfile_open(&out, ro.output)) {
		ret = EXIT_USAGE;
		goto done;
	}
	if (pipeline_run(&p, argv + optind, argc - optind)) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
		goto done;
	}
	if (spill_write_sorted(&d.out, out.fp, "") || outfile_commit(&out)) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
	} else if (pipeline_had_data_errors(&p)) {
		ret = EXIT_DATA;
	}
	pipeline_accounting(&p);
done:
	pipeline_release(&p);
	spill_release(&d.out);
	strbuf_release(&d.buf);
	runopts_release(&ro);
	return ret;
}

const struct cmd cmd_dump = {
    .name = "dump",
    .summary = "print the normalised records and reply trees (stable text, for checking inputs)",
    .usage = "dump [OPTIONS] INPUT...\n"
             "  --parse-only          read and count only (the baseline of scripts/bench.sh)\n"
             "  --official ID|NAME    another official account (repeatable)\n"
             "  --input-format NAME   skip detection (see 'replycov formats')\n"
             "  --tz ZONE             IANA zone for times written without offset\n"
             "  -j, --jobs N          files parsed in parallel (default: the number of cores)\n"
             "  -o, --output FILE     write there instead of standard output\n"
             "each thread: one line per message, indented by depth (capped at 10, then [depth N]):\n"
             "  ID  TIME  official|citizen  AUTHOR <AUTHOR_ID>  [parent=ID when not shown by nesting]  FLAGS  \"TEXT\" "
             " @SOURCE",
    .run = run_dump,
};
