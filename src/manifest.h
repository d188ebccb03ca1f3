/* manifest.h: the evidence every report carries, so anyone can check what it was computed from
 * and recompute it (`replycov verify`): the tool's version and source revision, the command,
 * its arguments and every option that changes the output in a canonical form (sorted by name,
 * defaults left out, --official values sorted, --agent-signature in the order given, which
 * matters; never -o or -j, which do not change the bytes), each input file as the sorted list
 * of paths with size and SHA-256 of the bytes parsed, the schedule (and its iCalendar imports),
 * labels and model files with their SHA-256, the pseudonym key by its key id (never its bytes or
 * its hash), the record counts, the rules in force, and, in a report folder's manifest.json,
 * each file written with its size and SHA-256.
 *
 * A report folder is DIR/manifest.json plus the files it lists (paths relative to DIR, no
 * "..", no absolute paths). manifest.json is written last; it is not listed in itself.
 *
 * Use: manifest_init; manifest_from_run after pipeline_run; manifest_add_arg and
 * manifest_add_option for the command's own arguments and options; manifest_add_output for each
 * file of a folder; then manifest_json, or manifest_section for people. Strings live in the manifest's arena. */
#ifndef REPLYCOV_MANIFEST_H
#define REPLYCOV_MANIFEST_H

#include "digest.h"
#include "doc.h"
#include "i18n.h"
#include "pipeline.h"
#include "runopts.h"

#define MANIFEST_FORMAT "replycov-manifest/1"

struct manifest_option {
	const char *name;  /* "--official" */
	const char *value; /* NULL for an option without a value */
};

struct manifest_file {
	const char *role; /* inputs: the adapter ("facebook-graph", "unknown", "unreadable");
	                   * files: "schedule", "schedule import", "labels", "model";
	                   * outputs: NULL */
	const char *path;
	long long size;                              /* -1 when the file could not be read */
	char sha256[DIGEST_HEX];                     /* "" when the file could not be read */
	long messages, accepted, rejected, left_out; /* inputs only */
};

struct manifest_rule {
	const char *name, *value;
};

struct manifest {
	struct arena arena;
	const char *format; /* MANIFEST_FORMAT */
	const char *version, *revision;
	const char *command;
	const char **args;
	size_t n_args, cap_args;
	struct manifest_option *opts;
	size_t n_opts, cap_opts;
	struct manifest_file *inputs, *files, *outputs;
	size_t n_inputs, cap_inputs, n_files, cap_files, n_outputs, cap_outputs;
	const char *key_path, *key_id; /* --pseudonymize: the key file and its id, else NULL */
	struct manifest_rule *rules;
	size_t n_rules, cap_rules;
	long files_read, files_skipped, files_failed, messages, accepted, rejected, left_out;
	long duplicates, changed, orphans, cycles, threads;
	/* What the run applied, for the evidence written for people (manifest_section); set by
	 * manifest_from_run, not part of manifest.json (whose "rules" say it in English). */
	struct manifest_applied {
		int set;
		unsigned rules;        /* RULE_* bits */
		int need_all;          /* every citizen comment needs a reply */
		unsigned need_classes; /* else: these classes */
		int official_given, model, labels, elapsed_before_opening;
		const char *period;   /* as given (period_text), NULL for every date */
		long long from, to;   /* its instants, when period is set */
		const char *zone;     /* the schedule's zone */
		const struct tz *tz;  /* the same, borrowed from the run's options (they outlive it) */
		const char *schedule; /* the schedule file, or NULL */
		long min_cell;
		int unnamed; /* citizens not named (privacy_names_nobody): the evidence must not say
		              * "names shown" */
	} applied;
};

/* An empty manifest for command, carrying this build's version and (reported) revision. */
void manifest_init(struct manifest *m, const char *command);
void manifest_release(struct manifest *m);
/* Fill the options, inputs, files, key, record counts and rules from a finished run. The
 * files named by --labels and --model are hashed here (read again); the inputs and the
 * schedule were hashed from the bytes the run parsed. */
void manifest_from_run(struct manifest *m, const struct runopts *ro, const struct pipeline *p);
void manifest_add_arg(struct manifest *m, const char *arg);
/* A command's own option (value NULL for a flag); kept in canonical order. */
void manifest_add_option(struct manifest *m, const char *name, const char *value);
/* A file written into the report folder: its path relative to the folder and its bytes. */
void manifest_add_output(struct manifest *m, const char *path, const void *bytes, size_t len);
/* The same for a file already written, read back in pieces (file: where it is now; path: its
 * name in the folder). Returns 0, or -1 with errno set when it cannot be read. */
int manifest_add_output_file(struct manifest *m, const char *path, const char *file);
void manifest_add_rule(struct manifest *m, const char *name, const char *value);

/* The manifest as one JSON object (lines after the first indented by indent), with the
 * outputs when there are any. */
void manifest_json(const struct manifest *m, struct strbuf *sb, const char *indent);
/* The evidence as a part of a document (doc_part "evidence"), in language l: how it was made
 * (version, revision, command line), every input and file with its SHA-256, the record
 * counts and the rules in force, worded for people. */
void manifest_section(struct doc *d, enum ui_lang l, const struct manifest *m);
/* The command line the manifest describes, for people: "replycov user --official X ID INPUT...". */
void manifest_command_line(const struct manifest *m, struct strbuf *sb);

/* Read DIR/manifest.json (in_manifest.c). Returns 0, or -1 when it cannot be read or is not a
 * manifest replycov understands (reported with FILE:LINE:COL). */
int manifest_read(const char *path, struct manifest *m);
/* The same from memory (buf[0..len), a NUL after it; name for messages): the fuzz target. m is
 * always initialised; release it with manifest_release whatever this returns. */
int manifest_parse(const char *name, const char *buf, size_t len, struct manifest *m);

#endif
