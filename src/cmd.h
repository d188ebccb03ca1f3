/* cmd.h: one subcommand. main.c holds the table; help text is generated from it. */
#ifndef REPLYCOV_CMD_H
#define REPLYCOV_CMD_H

struct global_opts {
	int quiet;
};

struct cmd {
	const char *name;
	const char *summary; /* one line for `replycov help` */
	const char *usage;   /* full text for `replycov CMD --help` (options, one per line) */
	/* argv[0] is the command name; returns the exit code (0, 1 data errors, 2 usage/I-O). */
	int (*run)(int argc, char **argv, const struct global_opts *g);
};

extern const struct cmd *const commands[]; /* NULL-terminated */
/* The same table as seen by code linked without main.c (unit tests): main sets it before
 * dispatching; NULL otherwise. `verify` finds the command a manifest names through it. */
extern const struct cmd *const *cmd_table;
extern const struct cmd cmd_coverage, cmd_dump, cmd_formats, cmd_times;
extern const struct cmd cmd_classify, cmd_train, cmd_eval, cmd_review, cmd_ratio;
extern const struct cmd cmd_report, cmd_thread;
extern const struct cmd cmd_user, cmd_fairness, cmd_verify;

/* Print CMD's usage to stdout (help asked) or stderr (usage error) and return 0 or 2. */
int cmd_usage(const struct cmd *c, int error);

#define EXIT_DATA 1
#define EXIT_USAGE 2

#endif
