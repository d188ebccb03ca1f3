/* main.c: global options, then dispatch to the subcommand named on the command line.
 * The command table below is the single source of `replycov help`. */
#include "cmd.h"
#include "diag.h"
#include "outfile.h"
#include "version.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

const struct cmd *const commands[] = {
    &cmd_coverage, &cmd_classify, &cmd_train,  &cmd_eval, &cmd_review,   &cmd_ratio,  &cmd_dump, &cmd_formats,
    &cmd_times,    &cmd_report,   &cmd_thread, &cmd_user, &cmd_fairness, &cmd_verify, NULL,
};

static void help(FILE *fp)
{
	int i;

	fputs("usage: replycov [--quiet] COMMAND [OPTIONS] INPUT...\n\n"
	      "Did we answer everyone, how fast, and can we prove it?\n\ncommands:\n",
	      fp);
	for (i = 0; commands[i]; i++)
		fprintf(fp, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
	fputs("\n'replycov COMMAND --help' describes a command and its options.\n"
	      "exit status: 0 success (warnings allowed), 1 data errors (records rejected, files\n"
	      "unreadable, no official account known), 2 usage or I/O errors.\n",
	      fp);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
	    {"quiet", no_argument, NULL, 'q'},
	    {"help", no_argument, NULL, 'h'},
	    {"version", no_argument, NULL, 'V'},
	    {NULL, 0, NULL, 0},
	};
	struct global_opts g = {0};
	int c, i, ret;

	cmd_table = commands;
	/* Before any thread starts: SIGINT, SIGTERM and SIGHUP remove the run's temporary outputs. */
	outfile_init();
	/* '+': stop at the command name; its own options come after it. */
	while ((c = getopt_long(argc, argv, "+qhV", opts, NULL)) != -1) {
		switch (c) {
		case 'q':
			g.quiet = 1;
			break;
		case 'h':
			help(stdout);
			return 0;
		case 'V':
			printf("replycov %s\n", version_string());
			return 0;
		default:
			help(stderr);
			return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		help(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[optind], "help")) {
		if (optind + 1 < argc) {
			for (i = 0; commands[i]; i++)
				if (!strcmp(commands[i]->name, argv[optind + 1]))
					return cmd_usage(commands[i], 0);
		}
		help(stdout);
		return 0;
	}
	for (i = 0; commands[i]; i++) {
		if (strcmp(commands[i]->name, argv[optind]))
			continue;
		optind++; /* getopt in the command starts after its name */
		ret = commands[i]->run(argc - optind + 1, argv + optind - 1, &g);
		errno = 0;
		if (fflush(stdout) || ferror(stdout)) {
			diag_print("error: cannot write to standard output: %s", strerror(errno ? errno : EIO));
			return EXIT_USAGE;
		}
		return ret;
	}
	diag_print("error: unknown command '%s' (commands: %s)", argv[optind], "see 'replycov help'");
	return EXIT_USAGE;
}
