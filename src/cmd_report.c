/* cmd_report.c: `replycov report`: the report of a period (a quarter, a month, any dates) over
 * every thread, platform and channel, written as a folder (report.html, report.md, charts/,
 * data/). The run itself is report_run.c, shared with `replycov thread`. */
#include "cmd.h"
#include "report_run.h"

static int run_report(int argc, char **argv, const struct global_opts *g)
{
	return report_main(argc, argv, g, &cmd_report, 0);
}

const struct cmd cmd_report = {
    .name = "report",
    .summary = "the report of a period as a folder: HTML, Markdown, gnuplot charts and CSV data",
    .usage =
        "report [--period 2026Q3 | --from DATE --to DATE] -o DIR [OPTIONS] INPUT...\n"
        "  INPUT                 export files or folders (recursed in sorted order)\n"
        "  -o, --output DIR      the report folder (required): report.html, report.md, charts/, data/;\n"
        "                        it appears only when complete, and replaces an earlier report there\n"
        "  --format PARTS        a subset of html,md,csv,charts,xlsx (default all)\n"
        "  --lang LANG           es, ca (Valencian) or en; default from LC_ALL, LC_MESSAGES, LANG\n"
        "  --official ID|NAME    another official account (repeatable); names match ignoring case and accents\n"
        "  --rules LIST          answer rules to apply: direct,branch,mention (default all)\n" RUNOPTS_ANALYSIS_HELP
        "  --user ID|NAME        add that citizen's proof sheet (as 'replycov user' writes it)\n" RUNOPTS_DOC_HELP
            RUNOPTS_PRIVACY_HELP "  --input-format NAME   skip detection (see 'replycov formats')\n"
        "  --tz ZONE             IANA zone for times written without offset, and for the report's dates\n"
        "                        (the schedule's zone when --schedule is given)\n"
        "  -j, --jobs N          files parsed (and charts drawn) in parallel; same output\n"
        "charts are drawn by gnuplot when it is in PATH ($REPLYCOV_GNUPLOT names another program);\n"
        "without it everything else is written and the report says how to get them.\n"
        "exit status: 0 success, 1 data errors (rejected records, unreadable files, no official\n"
        "account known), 2 usage or I/O errors (nothing is left half-written)",
    .run = run_report,
};
