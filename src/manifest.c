/* manifest.c: building and rendering a report's manifest (manifest.h). It reads the finished
 * run; it analyses nothing. Reading a manifest back is in_manifest.c (cJSON lives there). */
#include "manifest.h"
#include "classify.h"
#include "outfmt.h"
#include "util_tz.h"
#include "version.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

void manifest_init(struct manifest *m, const char *command)
{
	memset(m, 0, sizeof(*m));
	arena_init(&m->arena);
	m->format = MANIFEST_FORMAT;
	m->version = version_release();
	m->revision = arena_strdup(&m->arena, version_revision());
	m->command = arena_strdup(&m->arena, command);
}

void manifest_release(struct manifest *m)
{
	free(m->args);
	free(m->opts);
	free(m->inputs);
	free(m->files);
	free(m->outputs);
	free(m->rules);
	arena_release(&m->arena);
	memset(m, 0, sizeof(*m));
}

void manifest_add_arg(struct manifest *m, const char *arg)
{
	XGROW(m->args, m->cap_args, m->n_args + 1);
	m->args[m->n_args++] = arena_strdup(&m->arena, arg);
}

void manifest_add_option(struct manifest *m, const char *name, const char *value)
{
	size_t at;

	XGROW(m->opts, m->cap_opts, m->n_opts + 1);
	/* Insertion by name, after the options of the same name: canonical order whatever order
	 * the command line had, and repeated options keep the order they were added in. */
	for (at = m->n_opts; at > 0 && strcmp(m->opts[at - 1].name, name) > 0; at--)
		;
	memmove(m->opts + at + 1, m->opts + at, (m->n_opts - at) * sizeof(*m->opts));
	m->opts[at].name = arena_strdup(&m->arena, name);
	m->opts[at].value = arena_strdup(&m->arena, value);
	m->n_opts++;
}

void manifest_add_rule(struct manifest *m, const char *name, const char *value)
{
	XGROW(m->rules, m->cap_rules, m->n_rules + 1);
	m->rules[m->n_rules].name = arena_strdup(&m->arena, name);
	m->rules[m->n_rules].value = arena_strdup(&m->arena, value);
	m->n_rules++;
}

static struct manifest_file *add_file(struct manifest *m, struct manifest_file **v, size_t *n, size_t *cap)
{
	struct manifest_file *f;

	(void)m;
	xgrow((void **)v, cap, *n + 1, sizeof(**v));
	f = &(*v)[(*n)++];
	memset(f, 0, sizeof(*f));
	return f;
}

void manifest_add_output(struct manifest *m, const char *path, const void *bytes, size_t len)
{
	struct manifest_file *f = add_file(m, &m->outputs, &m->n_outputs, &m->cap_outputs);
	unsigned char d[DIGEST_LEN];

	f->path = arena_strdup(&m->arena, path);
	f->size = (long long)len;
	digest_sha256(bytes, len, d);
	digest_hex(d, DIGEST_LEN, f->sha256);
}

int manifest_add_output_file(struct manifest *m, const char *path, const char *file)
{
	unsigned char d[DIGEST_LEN];
	long long size;
	struct manifest_file *f;

	if (digest_file(file, d, &size))
		return -1;
	f = add_file(m, &m->outputs, &m->n_outputs, &m->cap_outputs);
	f->path = arena_strdup(&m->arena, path);
	f->size = size;
	digest_hex(d, DIGEST_LEN, f->sha256);
	return 0;
}

/* A file named by an option, hashed now (the run read it through its own loader). */
static void hash_named(struct manifest *m, const char *role, const char *path)
{
	struct manifest_file *f = add_file(m, &m->files, &m->n_files, &m->cap_files);
	unsigned char d[DIGEST_LEN];

	f->role = role;
	f->path = arena_strdup(&m->arena, path);
	if (digest_file(path, d, &f->size)) {
		f->size = -1;
		f->sha256[0] = '\0';
		return;
	}
	digest_hex(d, DIGEST_LEN, f->sha256);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void rules_words(struct strbuf *sb, unsigned rules)
{
	int k, first = 1;

	for (k = 0; k < 3; k++)
		if (rules & (1u << k)) {
			strbuf_addf(sb, "%s%s", first ? "" : ",", rule_name((enum answer_rule)(1u << k)));
			first = 0;
		}
}

static void policy_words(struct strbuf *sb, const struct coverage_opts *cov)
{
	int k, first = 1;

	if (cov->need_all) {
		strbuf_addstr(sb, "all");
		return;
	}
	for (k = 0; k < CLASS_N; k++)
		if (cov->need_classes & (1u << k)) {
			strbuf_addf(sb, "%s%s", first ? "" : ",", class_name((enum msg_class)k));
			first = 0;
		}
}

static void options_of(struct manifest *m, const struct runopts *ro)
{
	struct strbuf sb;
	size_t i;
	const unsigned dflt = (1u << CLASS_CRITICISM) | (1u << CLASS_QUESTION);

	strbuf_init(&sb);
	for (i = 0; i < ro->n_agent_patterns; i++)
		manifest_add_option(m, "--agent-signature", ro->agent_patterns[i]);
	if (ro->elapsed_before_opening)
		manifest_add_option(m, "--before-opening", "elapsed");
	if (ro->from)
		manifest_add_option(m, "--from", ro->from);
	if (ro->in.format)
		manifest_add_option(m, "--input-format", ro->in.format);
	if (ro->labels_file)
		manifest_add_option(m, "--labels", ro->labels_file);
	if (ro->privacy.min_cell > 0) {
		strbuf_reset(&sb);
		strbuf_addf(&sb, "%ld", ro->privacy.min_cell);
		manifest_add_option(m, "--min-cell", sb.buf);
	}
	if (ro->model_file)
		manifest_add_option(m, "--model", ro->model_file);
	if (ro->names)
		manifest_add_option(m, "--names", NULL);
	if (ro->cov.need_all || ro->cov.need_classes != dflt) {
		strbuf_reset(&sb);
		policy_words(&sb, &ro->cov);
		manifest_add_option(m, "--need-reply", sb.buf);
	}
	if (ro->org)
		manifest_add_option(m, "--org", ro->org);
	if (ro->official.n) {
		char **v = xmalloc(ro->official.n * sizeof(*v));
		memcpy(v, ro->official.given, ro->official.n * sizeof(*v));
		qsort(v, ro->official.n, sizeof(*v), cmp_str);
		for (i = 0; i < ro->official.n; i++)
			if (!i || strcmp(v[i], v[i - 1]))
				manifest_add_option(m, "--official", v[i]);
		free(v);
	}
	if (ro->period)
		manifest_add_option(m, "--period", ro->period);
	if (ro->pseudonym_key)
		manifest_add_option(m, "--pseudonymize", ro->pseudonym_key);
	if ((ro->cov.rules ? ro->cov.rules : RULE_ALL) != RULE_ALL) {
		strbuf_reset(&sb);
		rules_words(&sb, ro->cov.rules);
		manifest_add_option(m, "--rules", sb.buf);
	}
	if (ro->schedule_file)
		manifest_add_option(m, "--schedule", ro->schedule_file);
	if (ro->to)
		manifest_add_option(m, "--to", ro->to);
	if (ro->zone)
		manifest_add_option(m, "--tz", tz_name(ro->zone));
	strbuf_release(&sb);
}

static void rules_of(struct manifest *m, const struct runopts *ro)
{
	struct strbuf sb;
	char b1[40], b2[40];

	strbuf_init(&sb);
	rules_words(&sb, ro->cov.rules ? ro->cov.rules : RULE_ALL);
	manifest_add_rule(m, "answer rules", sb.buf);
	strbuf_reset(&sb);
	policy_words(&sb, &ro->cov);
	if (!ro->cov.need_all)
		strbuf_addstr(&sb, " need a reply; empty, emoji-only, spam and deleted comments do not");
	else
		strbuf_addstr(&sb, ": every citizen comment needs a reply");
	manifest_add_rule(m, "need-reply policy", sb.buf);
	strbuf_reset(&sb);
	strbuf_addstr(&sb, "rules and cue lists of this version");
	if (ro->model_file)
		strbuf_addstr(&sb, ", with the model");
	if (ro->labels_file)
		strbuf_addstr(&sb, ", human labels win");
	manifest_add_rule(m, "classifier", sb.buf);
	strbuf_reset(&sb);
	if (ro->official.n)
		strbuf_addstr(&sb,
		              "as marked by the export or named by the ids, and --official; else --official alone");
	else
		strbuf_addstr(&sb, "as marked by the export, named by the ids, the post's author, or page accounts");
	manifest_add_rule(m, "official account", sb.buf);
	strbuf_reset(&sb);
	if (ro->period_text.len)
		strbuf_addf(&sb, "%s: comments asked from %s to before %s (UTC); answers whenever they came",
		            ro->period_text.buf, time_format_utc(ro->waits.from, b1),
		            time_format_utc(ro->waits.to, b2));
	else
		strbuf_addstr(&sb, "all dates");
	manifest_add_rule(m, "period", sb.buf);
	strbuf_reset(&sb);
	if (ro->schedule_file)
		strbuf_addf(&sb, "%s (zone %s); a reply before the opening waited %s", ro->schedule_file,
		            ro->schedule ? ro->schedule->zone_name : "?",
		            ro->elapsed_before_opening ? "its calendar time" : "0 service seconds");
	else
		strbuf_addstr(&sb, "none: service time is calendar time");
	manifest_add_rule(m, "service hours", sb.buf);
	strbuf_reset(&sb);
	strbuf_addstr(&sb, ro->pseudonym_key       ? "citizens shown as keyed pseudonyms (HMAC-SHA256)"
	                   : ro->privacy.anonymous ? "citizens not named (counted, or numbered in a table), their "
	                                             "names in texts replaced by " PRIVACY_REDACTED
	                                           : "names shown");
	if (ro->privacy.min_cell > 1)
		strbuf_addf(&sb, "; aggregated counts below %ld shown as <%ld", ro->privacy.min_cell,
		            ro->privacy.min_cell);
	manifest_add_rule(m, "privacy", sb.buf);
	strbuf_release(&sb);
}

void manifest_from_run(struct manifest *m, const struct runopts *ro, const struct pipeline *p)
{
	size_t i;

	options_of(m, ro);
	for (i = 0; i < p->files.n; i++) {
		const struct input_report *r = &p->reports[i];
		struct manifest_file *f = add_file(m, &m->inputs, &m->n_inputs, &m->cap_inputs);
		f->path = arena_strdup(&m->arena, r->path ? r->path : p->files.files[i].path);
		f->role = arena_strdup(&m->arena, r->format ? r->format : "unreadable");
		f->size = r->hashed ? r->size : -1;
		memcpy(f->sha256, r->hashed ? r->sha256 : "", r->hashed ? DIGEST_HEX : 1);
		f->messages = r->read;
		f->accepted = r->accepted;
		f->rejected = r->rejected;
		f->left_out = r->skipped_records;
	}
	if (ro->schedule && ro->schedule_file) {
		for (i = 0; i < ro->schedule->n_files; i++) {
			const struct sched_file *sf = &ro->schedule->files[i];
			struct manifest_file *f = add_file(m, &m->files, &m->n_files, &m->cap_files);
			f->role = i ? "schedule import" : "schedule";
			f->path = arena_strdup(&m->arena, sf->path);
			f->size = sf->size;
			digest_hex(sf->sha256, DIGEST_LEN, f->sha256);
		}
	}
	if (ro->labels_file)
		hash_named(m, "labels", ro->labels_file);
	if (ro->model_file)
		hash_named(m, "model", ro->model_file);
	if (ro->have_pseudonyms) {
		m->key_path = arena_strdup(&m->arena, ro->pseudonym_key);
		m->key_id = arena_strdup(&m->arena, ro->pseudonyms.key_id);
	}
	m->files_read = p->files_read;
	m->files_skipped = p->files.skipped;
	m->files_failed = p->files_failed + p->files.unreadable + p->files_unrecognised;
	m->messages = p->read;
	m->accepted = p->accepted;
	m->rejected = p->rejected;
	m->left_out = p->skipped;
	if (p->col) {
		const struct collect_stats *st = collector_stats(p->col);
		m->duplicates = st->duplicates;
		m->changed = st->changed;
		m->orphans = st->orphans;
		m->cycles = st->cycles;
		m->threads = st->threads;
	}
	rules_of(m, ro);
	m->applied.set = 1;
	m->applied.rules = ro->cov.rules ? ro->cov.rules : RULE_ALL;
	m->applied.need_all = ro->cov.need_all;
	m->applied.need_classes = ro->cov.need_classes;
	m->applied.official_given = ro->official.n > 0;
	m->applied.model = ro->model_file != NULL;
	m->applied.labels = ro->labels_file != NULL;
	m->applied.elapsed_before_opening = ro->elapsed_before_opening;
	m->applied.period = ro->period_text.len ? arena_strdup(&m->arena, ro->period_text.buf) : NULL;
	m->applied.from = ro->waits.from;
	m->applied.to = ro->waits.to;
	m->applied.zone = ro->schedule ? arena_strdup(&m->arena, ro->schedule->zone_name) : NULL;
	m->applied.tz = ro->schedule ? ro->schedule->zone : NULL;
	m->applied.schedule = ro->schedule_file ? arena_strdup(&m->arena, ro->schedule_file) : NULL;
	m->applied.min_cell = ro->privacy.min_cell;
	m->applied.unnamed = ro->privacy.anonymous;
}

static void json_files(struct strbuf *sb, const char *name, const struct manifest_file *v, size_t n, int inputs,
                       const char *ind)
{
	size_t i;

	strbuf_addf(sb, ",\n%s  \"%s\": [", ind, name);
	for (i = 0; i < n; i++) {
		const struct manifest_file *f = &v[i];
		strbuf_addf(sb, "%s\n%s    {", i ? "," : "", ind);
		if (f->role && !inputs) {
			strbuf_addstr(sb, "\"role\":");
			json_add_str(sb, f->role);
			strbuf_addch(sb, ',');
		}
		json_add_name(sb, "path", f->path);
		if (f->size >= 0)
			strbuf_addf(sb, ",\"size\":%lld,\"sha256\":\"%s\"", f->size, f->sha256);
		else
			strbuf_addstr(sb, ",\"size\":null,\"sha256\":null");
		if (inputs) {
			strbuf_addstr(sb, ",\"format\":");
			json_add_str(sb, f->role);
			strbuf_addf(sb, ",\"messages\":%ld,\"accepted\":%ld,\"rejected\":%ld,\"left_out_by_rule\":%ld",
			            f->messages, f->accepted, f->rejected, f->left_out);
		}
		strbuf_addch(sb, '}');
	}
	strbuf_addstr(sb, n ? "\n" : "");
	if (n)
		strbuf_addf(sb, "%s  ]", ind);
	else
		strbuf_addch(sb, ']');
}

void manifest_json(const struct manifest *m, struct strbuf *sb, const char *ind)
{
	size_t i;

	strbuf_addf(sb, "{\n%s  \"manifest\": ", ind);
	json_add_str(sb, m->format);
	strbuf_addf(sb, ",\n%s  \"tool\": {\"name\":\"replycov\",\"version\":", ind);
	json_add_str(sb, m->version);
	strbuf_addstr(sb, ",\"revision\":");
	json_add_str(sb, m->revision);
	strbuf_addf(sb, "},\n%s  \"command\": ", ind);
	json_add_str(sb, m->command);
	strbuf_addf(sb, ",\n%s  \"arguments\": [", ind);
	for (i = 0; i < m->n_args; i++) {
		if (i)
			strbuf_addch(sb, ',');
		json_add_str(sb, m->args[i]);
	}
	strbuf_addch(sb, ']');
	/* Arguments that are not UTF-8 (a name typed in Latin-1): their exact bytes, in hex, at the
	 * same places of a second array (null for the others); only when there is one. */
	for (i = 0; i < m->n_args && json_is_utf8(m->args[i]); i++)
		;
	if (i < m->n_args) {
		strbuf_addf(sb, ",\n%s  \"arguments_hex\": [", ind);
		for (i = 0; i < m->n_args; i++) {
			if (i)
				strbuf_addch(sb, ',');
			if (json_is_utf8(m->args[i]))
				strbuf_addstr(sb, "null");
			else
				json_add_hex(sb, m->args[i]);
		}
		strbuf_addch(sb, ']');
	}
	strbuf_addf(sb, ",\n%s  \"options\": [", ind);
	for (i = 0; i < m->n_opts; i++) {
		strbuf_addstr(sb, i ? "," : "");
		strbuf_addch(sb, '[');
		json_add_str(sb, m->opts[i].name);
		if (m->opts[i].value) {
			strbuf_addch(sb, ',');
			json_add_str(sb, m->opts[i].value);
			/* a value that is not UTF-8 (a file name): its exact bytes as a third element */
			if (!json_is_utf8(m->opts[i].value)) {
				strbuf_addch(sb, ',');
				json_add_hex(sb, m->opts[i].value);
			}
		}
		strbuf_addch(sb, ']');
	}
	strbuf_addch(sb, ']');
	json_files(sb, "inputs", m->inputs, m->n_inputs, 1, ind);
	json_files(sb, "files", m->files, m->n_files, 0, ind);
	strbuf_addf(sb, ",\n%s  \"pseudonym_key\": ", ind);
	if (m->key_id) {
		strbuf_addch(sb, '{');
		json_add_name(sb, "path", m->key_path);
		strbuf_addstr(sb, ",\"key_id\":");
		json_add_str(sb, m->key_id);
		strbuf_addch(sb, '}');
	} else {
		strbuf_addstr(sb, "null");
	}
	strbuf_addf(
	    sb,
	    ",\n%s  \"records\": {\"files_read\":%ld,\"files_skipped\":%ld,\"files_not_read\":%ld,\"messages\":%ld,"
	    "\"accepted\":%ld,\"rejected\":%ld,\"left_out_by_rule\":%ld,\"duplicates_merged\":%ld,"
	    "\"changed_text\":%ld,\"orphans\":%ld,\"cycles_broken\":%ld,\"threads\":%ld}",
	    ind, m->files_read, m->files_skipped, m->files_failed, m->messages, m->accepted, m->rejected, m->left_out,
	    m->duplicates, m->changed, m->orphans, m->cycles, m->threads);
	strbuf_addf(sb, ",\n%s  \"rules\": {", ind);
	for (i = 0; i < m->n_rules; i++) {
		strbuf_addf(sb, "%s\n%s    ", i ? "," : "", ind);
		json_add_str(sb, m->rules[i].name);
		strbuf_addch(sb, ':');
		json_add_str(sb, m->rules[i].value);
	}
	if (m->n_rules)
		strbuf_addf(sb, "\n%s  }", ind);
	else
		strbuf_addch(sb, '}');
	if (m->n_outputs)
		json_files(sb, "outputs", m->outputs, m->n_outputs, 0, ind);
	strbuf_addf(sb, "\n%s}", ind);
}

/* A word of a shell command line, quoted when it needs to be. */
static void shell_word(struct strbuf *sb, const char *s)
{
	const char *p;

	if (*s && !s[strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_./,:=@%+")]) {
		strbuf_addstr(sb, s);
		return;
	}
	strbuf_addch(sb, '\'');
	for (p = s; *p; p++) {
		if (*p == '\'')
			strbuf_addstr(sb, "'\\''");
		else
			strbuf_addch(sb, *p);
	}
	strbuf_addch(sb, '\'');
}

void manifest_command_line(const struct manifest *m, struct strbuf *sb)
{
	size_t i;

	strbuf_addf(sb, "replycov %s", m->command);
	for (i = 0; i < m->n_opts; i++) {
		strbuf_addch(sb, ' ');
		strbuf_addstr(sb, m->opts[i].name);
		if (m->opts[i].value) {
			strbuf_addch(sb, ' ');
			shell_word(sb, m->opts[i].value);
		}
	}
	for (i = 0; i < m->n_args; i++) {
		strbuf_addch(sb, ' ');
		shell_word(sb, m->args[i]);
	}
	strbuf_addstr(sb, " INPUT...");
}
