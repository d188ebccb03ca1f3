/* cmd.c: what every subcommand shares: printing its usage. */
#include "cmd.h"

#include <stdio.h>

const struct cmd *const *cmd_table;

int cmd_usage(const struct cmd *c, int error)
{
	FILE *fp = error ? stderr : stdout;

	fprintf(fp, "usage: replycov %s\n", c->usage);
	return error ? EXIT_USAGE : 0;
}
