/* runopts.h: options shared by every command that reads inputs (--input-format, --tz,
 * --official, --rules, --need-reply, --format, -o), parsed in one place so they mean the
 * same everywhere. */
#ifndef REPLYCOV_RUNOPTS_H
#define REPLYCOV_RUNOPTS_H

#include <getopt.h>

#include "coverage.h"
#include "input.h"
#include "out_coverage.h"

struct runopts {
	struct input_opts in;
	struct tz *zone;
	struct official_names official;
	struct coverage_opts cov;
	enum out_format format;
	const char *output;
	int jobs;                 /* -j: files parsed in parallel; default the number of cores */
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
	OPT_HELP
};

#define RUNOPTS_LONG                                                        \
	{ "input-format", required_argument, NULL, OPT_INPUT_FORMAT },      \
	{ "tz", required_argument, NULL, OPT_TZ },                          \
	{ "official", required_argument, NULL, OPT_OFFICIAL },              \
	{ "rules", required_argument, NULL, OPT_RULES },                    \
	{ "need-reply", required_argument, NULL, OPT_NEED_REPLY },          \
	{ "format", required_argument, NULL, OPT_FORMAT },                  \
	{ "output", required_argument, NULL, 'o' },                         \
	{ "jobs", required_argument, NULL, 'j' },                           \
	{ "help", no_argument, NULL, OPT_HELP }

void runopts_init(struct runopts *r);
void runopts_release(struct runopts *r);
/* Handle option c with argument arg. Returns 1 when handled, 0 when c is not a shared
 * option, -1 on a bad value (reported). formats lists the --format values allowed. */
int runopts_handle(struct runopts *r, int c, const char *arg, const char *formats);

#endif
