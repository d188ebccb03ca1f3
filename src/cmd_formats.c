/* cmd_formats.c: `replycov formats`: every input format, how it is detected, what it reads. */
#include "cmd.h"
#include "input.h"

#include <stdio.h>
#include <string.h>

static int run_formats(int argc, char **argv, const struct global_opts *g)
{
	int i;

	(void)g;
	if (argc > 1 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
		return cmd_usage(&cmd_formats, 0);
	if (argc > 1)
		return cmd_usage(&cmd_formats, 1);
	for (i = 0; input_formats[i]; i++)
		printf("%s\n  reads:    %s\n  detected: %s\n", input_formats[i]->name, input_formats[i]->summary,
		       input_formats[i]->detection);
	return 0;
}

const struct cmd cmd_formats = {
    .name = "formats",
    .summary = "list the input formats, how each is detected and what it reads",
    .usage = "formats",
    .run = run_formats,
};
