/* cmd_classify.c: `replycov classify`: the class, language and confidence of every message
 * of the inputs (citizen and official), with the cues that fired under --explain. Human
 * decisions from --labels win and are marked. */
#include "classify.h"
#include "cmd.h"
#include "labels.h"
#include "outfile.h"
#include "outfmt.h"
#include "pipeline.h"
#include "progress.h"
#include "runopts.h"
#include "spill.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_EXPLAIN = 2000 }; /* --model and --labels come from runopts.h */

struct crun {
	struct runopts *ro;
	struct classification cf;
	struct spill out;
	struct strbuf buf;
	int explain;
	long n[2][CLASS_N]; /* [official][class] */
	long by[3];
};

/* The cues that decided, as the text output shows them: a cue is named from the message's own
 * words (an emoji, a phrase), so it is escaped for the terminal too. */
static void explain_shown(const struct classification *cf, struct strbuf *sb)
{
	struct strbuf cues;

	strbuf_init(&cues);
	classify_explain(cf, &cues);
	term_add_str(sb, cues.buf);
	strbuf_release(&cues);
}

static void render(struct crun *run, const struct record *r, int official)
{
	struct strbuf *sb = &run->buf;
	const struct classification *cf = &run->cf;
	size_t i;

	switch (run->ro->format) {
	case OUT_TEXT:
		/* ids and cues escaped for the terminal; the excerpt leaves control characters out */
		strbuf_addstr(sb, "  ");
		term_add_str(sb, r->id);
		strbuf_addf(sb, "  %s  %s  %s  %.2f  %s  \"", official ? "official" : "citizen", class_name(cf->cls),
		            lang_name(cf->lang), cf->confidence, decided_name(cf->by));
		text_excerpt(r->text, 60, sb);
		strbuf_addstr(sb, "\"\n");
		if (run->explain) {
			strbuf_addstr(sb, "      cues: ");
			if (cf->n_hits)
				explain_shown(cf, sb);
			else
				strbuf_addstr(sb, "none");
			strbuf_addch(sb, '\n');
		}
		break;
	case OUT_JSON:
		if (sb->len)
			strbuf_addstr(sb, ",\n");
		strbuf_addstr(sb, "  {\"thread\": ");
		json_add_str(sb, r->thread);
		strbuf_addstr(sb, ", \"id\": ");
		json_add_str(sb, r->id);
		strbuf_addstr(sb, ", \"platform\": ");
		json_add_str(sb, r->platform);
		strbuf_addf(sb,
		            ", \"channel\": \"%s\", \"role\": \"%s\", \"class\": \"%s\", \"lang\": \"%s\", "
		            "\"confidence\": %.2f, \"decided_by\": \"%s\", \"needs_reply\": %s",
		            r->channel == CHANNEL_PRIVATE ? "private" : "public", official ? "official" : "citizen",
		            class_name(cf->cls), lang_name(cf->lang), cf->confidence, decided_name(cf->by),
		            class_needs_reply(cf->cls) ? "true" : "false");
		if (run->explain) {
			strbuf_addstr(sb, ", \"cues\": [");
			for (i = 0; i < cf->n_hits; i++) {
				const struct cue_hit *h = &cf->hits[i];
				strbuf_addstr(sb, i ? ", {\"cue\": " : "{\"cue\": ");
				json_add_str(sb, h->name);
				strbuf_addf(
				    sb, ", \"class\": \"%s\", \"weight\": %.2f, \"negated\": %s, \"intensified\": %s}",
				    class_name(h->cls), h->weight, h->flags & HIT_NEGATED ? "true" : "false",
				    h->flags & HIT_INTENSIFIED ? "true" : "false");
			}
			strbuf_addch(sb, ']');
		}
		strbuf_addstr(sb, ", \"text\": ");
		json_add_str(sb, r->text);
		strbuf_addch(sb, '}');
		break;
	case OUT_CSV: {
		struct strbuf cues;
		csv_add_field(sb, r->thread);
		strbuf_addch(sb, ',');
		csv_add_field(sb, r->id);
		strbuf_addch(sb, ',');
		csv_add_field(sb, r->platform);
		strbuf_addf(sb, ",%s,%s,%s,%s,%.2f,%s,%d", r->channel == CHANNEL_PRIVATE ? "private" : "public",
		            official ? "official" : "citizen", class_name(cf->cls), lang_name(cf->lang), cf->confidence,
		            decided_name(cf->by), class_needs_reply(cf->cls));
		if (run->explain) {
			strbuf_init(&cues);
			classify_explain(cf, &cues);
			strbuf_addch(sb, ',');
			csv_add_field(sb, cues.buf);
			strbuf_release(&cues);
		}
		strbuf_addstr(sb, "\r\n");
		break;
	}
	}
}

static void on_thread(struct thread *t, int replace, void *ctx)
{
	struct crun *run = ctx;
	unsigned char *off = xcalloc(t->n ? t->n : 1, 1);
	const char *name;
	size_t i;

	official_resolve(t, &run->ro->official, off, &name);
	strbuf_reset(&run->buf);
	if (run->ro->format == OUT_TEXT) {
		strbuf_addstr(&run->buf, "thread ");
		term_add_str(&run->buf, t->key);
		strbuf_addf(&run->buf, "  (%zu messages; official: ", t->n);
		term_add_str(&run->buf, name ? name : "none");
		strbuf_addstr(&run->buf, ")\n");
	}
	for (i = 0; i < t->n; i++) {
		class_source_record(&run->ro->classes, &t->recs[i], &run->cf);
		/* A thread handed over again replaces its chunk; count it once (the last version). */
		if (!replace) {
			run->n[off[i] ? 1 : 0][run->cf.cls]++;
			run->by[run->cf.by]++;
		}
		render(run, &t->recs[i], off[i]);
	}
	spill_put(&run->out, t->key, run->buf.buf, run->buf.len);
	free(off);
}

static void summary(const struct crun *run, FILE *fp)
{
	int k, c;

	for (k = 0; k < 2; k++) {
		long total = 0;
		for (c = 0; c < CLASS_N; c++)
			total += run->n[k][c];
		fprintf(fp, "%s messages: %ld", k ? "official" : "citizen", total);
		for (c = 0; c < CLASS_N; c++)
			fprintf(fp, "%s %s %ld", c ? "," : ":", class_name((enum msg_class)c), run->n[k][c]);
		fputc('\n', fp);
	}
	fprintf(fp, "decided by: rules %ld, model %ld, human %ld\n", run->by[BY_RULES], run->by[BY_MODEL],
	        run->by[BY_HUMAN]);
}

/* --explain, the one option only `classify` has. */
static int explain_option(int c, const char *arg, void *ctx)
{
	(void)arg;
	if (c != OPT_EXPLAIN)
		return 0;
	((struct crun *)ctx)->explain = 1;
	return 1;
}

static int run_classify(int argc, char **argv, const struct global_opts *g)
{
	static const struct option opts[] = {RUNOPTS_LONG,
	                                     {"explain", no_argument, NULL, OPT_EXPLAIN},
	                                     {"model", required_argument, NULL, OPT_MODEL},
	                                     {"labels", required_argument, NULL, OPT_LABELS},
	                                     {NULL, 0, NULL, 0}};
	struct runopts ro;
	struct crun run = {0};
	struct pipeline p = {0};
	struct progress pr;
	int prc;
	struct outfile out;
	int ret = 0, src;
	enum runopts_parsed parsed;

	runopts_init(&ro);
	parsed = runopts_parse(&ro, argc, argv, opts, "text,json,csv", explain_option, &run, 1);
	if (parsed != RUNOPTS_OK)
		return runopts_fail(&ro, parsed, &cmd_classify);
	/* The classifier (with --model and --labels), as every command sets it up. */
	src = runopts_setup(&ro);
	if (src == 2) {
		runopts_release(&ro);
		return EXIT_USAGE;
	}
	run.ro = &ro;
	classification_init(&run.cf);
	spill_init(&run.out);
	strbuf_init(&run.buf);
	p.in = ro.in;
	p.jobs = ro.jobs;
	p.on_thread = on_thread;
	p.ctx = &run;
	if (outfile_open(&out, ro.output)) {
		ret = EXIT_USAGE;
		goto done;
	}
	progress_init(&pr, !g->quiet);
	progress_attach(&pr, &p);
	prc = pipeline_run(&p, argv + optind, argc - optind);
	progress_end(&pr);
	if (prc) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
		goto done;
	}
	if (ro.format == OUT_JSON)
		fputs("[\n", out.fp);
	else if (ro.format == OUT_CSV)
		fprintf(out.fp, "thread,id,platform,channel,role,class,lang,confidence,decided_by,needs_reply%s\r\n",
		        run.explain ? ",cues" : "");
	if (spill_write_sorted(&run.out, out.fp, ro.format == OUT_JSON ? ",\n" : "")) {
		outfile_abort(&out);
		ret = EXIT_USAGE;
	} else {
		if (ro.format == OUT_JSON)
			fputs(run.out.idx.len ? "\n]\n" : "]\n", out.fp);
		else if (ro.format == OUT_TEXT)
			summary(&run, out.fp);
		if (outfile_commit(&out))
			ret = EXIT_USAGE;
	}
	if (ret != EXIT_USAGE && (pipeline_had_data_errors(&p) || src == 1))
		ret = EXIT_DATA;
	pipeline_accounting(&p);
done:
	pipeline_release(&p);
	classification_release(&run.cf);
	spill_release(&run.out);
	strbuf_release(&run.buf);
	runopts_release(&ro);
	return ret;
}

const struct cmd cmd_classify = {
    .name = "classify",
    .summary = "the intent of every message: criticism, question, thanks or other, with language",
    .usage = "classify [OPTIONS] INPUT...\n"
             "  INPUT                 export files or folders (as for coverage)\n"
             "  --explain             list the cues and rules that decided each message\n"
             "  --format FMT          text (default), json or csv (one row per message)\n"
             "  --model FILE          a model made by 'replycov train', used alongside the rules\n"
             "  --labels FILE         CSV id,label[,note]: human decisions, which always win\n"
             "  -o, --output FILE     write there instead of standard output\n"
             "  --official ID|NAME    another official account (repeatable)\n"
             "  --input-format NAME   skip detection (see 'replycov formats')\n"
             "  --tz ZONE             IANA zone for times written without offset\n"
             "  -j, --jobs N          files parsed in parallel (default: the number of cores)\n"
             "text: one line per message: ID ROLE CLASS LANG CONFIDENCE DECIDED_BY \"TEXT\"\n"
             "exit status: 0 success, 1 data errors (rejected records, label rows skipped), 2 usage or I/O errors",
    .run = run_classify,
};
