/* runopts.h: options shared by every command that reads inputs (--input-format, --tz,
 * --official, --rules, --need-reply, --format, -o, -j; and for the analysing commands
 * --model, --labels, --schedule, --period/--from/--to, --agent-signature,
 * --before-opening), parsed and set up in one place so they mean the same everywhere. */
#ifndef REPLYCOV_RUNOPTS_H
#define REPLYCOV_RUNOPTS_H

#include <getopt.h>

struct cmd;

#include "coverage.h"
#include "hours.h"
#include "i18n.h"
#include "input.h"
#include "labels.h"
#include "out_coverage.h"
#include "privacy.h"
#include "schedule.h"
#include "strbuf.h"
#include "waits.h"

struct runopts {
	struct input_opts in;
	struct tz *zone;
	struct official_names official;
	struct coverage_opts cov;
	enum out_format format;
	const char *output;
	int jobs; /* -j: files parsed in parallel; default the number of cores */
	/* analysis options (runopts_setup turns them into what the analyses use) */
	const char *model_file, *labels_file, *schedule_file, *period, *from, *to;
	int elapsed_before_opening;
	struct agents agents;
	/* set up by runopts_setup */
	struct class_source classes;
	int have_classes;
	struct schedule *schedule;
	struct hours hours;
	int have_hours;
	struct waits_opts waits;
	struct strbuf period_text;   /* "2026Q1", "2026-01-01..2026-03-31", or empty */
	const char **agent_patterns; /* --agent-signature as given, in order (for manifests) */
	size_t n_agent_patterns, cap_agent_patterns;
	/* privacy options (RUNOPTS_PRIVACY_LONG): --pseudonymize KEYFILE, --min-cell K */
	const char *pseudonym_key;
	struct pseudonyms pseudonyms; /* loaded by runopts_setup when pseudonym_key is set */
	int have_pseudonyms;
	struct privacy privacy; /* what writers get: pseudonyms (or NULL) and min_cell */
	enum ui_lang lang;      /* --lang (RUNOPTS_LANG_LONG); by default from LC_ALL/LC_MESSAGES/LANG */
	int names;              /* --names (RUNOPTS_DOC_LONG): documents may name citizens (internal use) */
	const char *org;        /* --org NAME (RUNOPTS_DOC_LONG): the organisation printed on documents */

	/* runopts_documents without --names or --pseudonymize: what finds names in texts */
	struct pseudonyms scrub;
	int have_scrub;
};

#define RUNOPTS_SHORT "o:j:"

enum {
	OPT_INPUT_FORMAT = 1000,
	OPT_TZ,
	OPT_OFFICIAL,
	OPT_RULES,
	OPT_NEED_REPLY,
	OPT_FORMAT,
	OPT_PARSE_ONLY,
	OPT_HELP,
	OPT_MODEL,
	OPT_LABELS,
	OPT_SCHEDULE,
	OPT_PERIOD,
	OPT_FROM,
	OPT_TO,
	OPT_AGENT,
	OPT_BEFORE_OPENING,
	OPT_PSEUDONYMIZE,
	OPT_MIN_CELL,
	OPT_LANG,
	OPT_NAMES,
	OPT_ORG
};

#define RUNOPTS_LONG                                                                                                   \
	{"input-format", required_argument, NULL, OPT_INPUT_FORMAT}, {"tz", required_argument, NULL, OPT_TZ},          \
	    {"official", required_argument, NULL, OPT_OFFICIAL}, {"rules", required_argument, NULL, OPT_RULES},        \
	    {"need-reply", required_argument, NULL, OPT_NEED_REPLY}, {"format", required_argument, NULL, OPT_FORMAT},  \
	    {"output", required_argument, NULL, 'o'}, {"jobs", required_argument, NULL, 'j'},                          \
	{                                                                                                              \
		"help", no_argument, NULL, OPT_HELP                                                                    \
	}

/* The options of commands that analyse (coverage, times, report...). */
#define RUNOPTS_ANALYSIS_LONG                                                                                          \
	{"model", required_argument, NULL, OPT_MODEL}, {"labels", required_argument, NULL, OPT_LABELS},                \
	    {"schedule", required_argument, NULL, OPT_SCHEDULE}, {"period", required_argument, NULL, OPT_PERIOD},      \
	    {"from", required_argument, NULL, OPT_FROM}, {"to", required_argument, NULL, OPT_TO},                      \
	    {"agent-signature", required_argument, NULL, OPT_AGENT},                                                   \
	{                                                                                                              \
		"before-opening", required_argument, NULL, OPT_BEFORE_OPENING                                          \
	}

/* The privacy options, for commands whose writers apply them (a command that would ignore them
 * must not accept them: a user would believe the output protected). */
#define RUNOPTS_PRIVACY_LONG                                                                                           \
	{"pseudonymize", required_argument, NULL, OPT_PSEUDONYMIZE},                                                   \
	{                                                                                                              \
		"min-cell", required_argument, NULL, OPT_MIN_CELL                                                      \
	}

#define RUNOPTS_PRIVACY_HELP                                                                                           \
	"  --pseudonymize KEYFILE  every citizen shown as a keyed pseudonym (HMAC-SHA256 with the key\n"               \
	"                        file's bytes), names and @handles in texts too; the official account\n"               \
	"                        keeps its name\n"                                                                     \
	"  --min-cell K          counts about people from 1 to K-1 shown as <K, and the rates and waits\n"             \
	"                        built on them withheld; in report and thread also the counts that would\n"            \
	"                        give them back from the totals (shown as c)\n"

/* --lang, for commands whose output is a document for people (report, thread, user, fairness,
 * times). */
#define RUNOPTS_LANG_LONG                                                                                              \
	{                                                                                                              \
		"lang", required_argument, NULL, OPT_LANG                                                              \
	}
/* The options of the documents meant to be published (report, thread, user): whether they may
 * name citizens, and the organisation printed on them. */
#define RUNOPTS_DOC_LONG                                                                                               \
	{"names", no_argument, NULL, OPT_NAMES},                                                                       \
	{                                                                                                              \
		"org", required_argument, NULL, OPT_ORG                                                                \
	}
#define RUNOPTS_DOC_HELP                                                                                               \
	"  --names               name citizens, with their ids (internal use). By default the document\n"              \
	"                        names nobody but the person of a proof sheet: citizens are counted or\n"              \
	"                        numbered, their names in texts replaced by [...], and data/*.csv have\n"              \
	"                        empty author columns\n"                                                               \
	"  --org NAME            the organisation printed on every page\n"
#define RUNOPTS_LANG_HELP                                                                                              \
	"  --lang LANG           es, ca (Valencian) or en; by default from LC_ALL, LC_MESSAGES or LANG\n"

/* Help lines for those options, for the commands' usage texts. */
#define RUNOPTS_ANALYSIS_HELP                                                                                          \
	"  --need-reply POLICY   auto (default: criticism and questions need a reply, thanks and other\n"              \
	"                        do not), all (every citizen comment), or a list of classes\n"                         \
	"  --model MODEL         a naive Bayes model from 'replycov train', used alongside the rules\n"                \
	"  --labels FILE         human decisions (id,label[,note]); they always win\n"                                 \
	"  --schedule FILE       service hours: zone, timetables, holidays; without it service time is\n"              \
	"                        calendar time\n"                                                                      \
	"  --period P            only comments asked in 2026Q1, 2026-03 or 2026 (in the schedule's zone)\n"            \
	"  --from DATE, --to DATE  only comments asked from DATE to DATE (YYYY-MM-DD, both included)\n"                \
	"  --before-opening MODE a reply before the next opening waited: zero (default) or elapsed\n"                  \
	"  --agent-signature RE  POSIX extended regex naming the agent who signed a reply (repeatable)\n"

/* Load and build what the analysis options name: the classifier (always; with --model and
 * --labels when given), the schedule and service hours, the period, the pseudonym key. Returns
 * 0, 1 when a labels file had problems (reported, usable) or 2 when something cannot be used
 * (reported). */
int runopts_setup(struct runopts *r);
/* For the documents meant to be published (report, thread, user), after runopts_setup: without
 * --names or --pseudonymize they name nobody (privacy_anonymous: r->privacy.anonymous, the
 * names in texts removed, "another person" in r->lang). */
void runopts_documents(struct runopts *r);
void runopts_init(struct runopts *r);
void runopts_release(struct runopts *r);
/* Handle option c with argument arg. Returns 1 when handled, 0 when c is not a shared
 * option, -1 on a bad value (reported). formats lists the --format values allowed. */
int runopts_handle(struct runopts *r, int c, const char *arg, const char *formats);

/* What runopts_parse found. */
enum runopts_parsed { RUNOPTS_OK, RUNOPTS_USAGE, RUNOPTS_BAD, RUNOPTS_HELP };
/* A command's own options: handle c (with arg) and return 1, or 0 when c is not one of them,
 * or -1 on a bad value (reported). */
typedef int runopts_extra_fn(int c, const char *arg, void *ctx);
/* The option loop every command that reads inputs runs: getopt_long over opts (the shared
 * options and the command's), extra (may be NULL) for the command's own, then at least
 * min_args arguments left (optind points at them). */
enum runopts_parsed runopts_parse(struct runopts *r, int argc, char **argv, const struct option *opts,
                                  const char *formats, runopts_extra_fn *extra, void *ctx, int min_args);
/* The exit code for a parse that did not succeed (the usage printed when it helps); r is
 * released. */
int runopts_fail(struct runopts *r, enum runopts_parsed why, const struct cmd *cmd);

#endif
