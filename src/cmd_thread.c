/* cmd_thread.c: `replycov thread`: the post-mortem of one thread (a heavy post, a long private
 * conversation) as a report folder, and on a terminal its timeline drawn as text. The run itself
 * is report_run.c, shared with `replycov report`. */
#include "cmd.h"
#include "report_run.h"

static int run_thread(int argc, char **argv, const struct global_opts *g)
{
	return report_main(argc, argv, g, &cmd_thread, 1);
}

const struct cmd cmd_thread = {
    .name = "thread",
    .summary = "the post-mortem of one thread as a folder: timeline, backlog, waits, who was answered",
    .usage =
        "thread THREAD_ID -o DIR [OPTIONS] INPUT...\n"
        "  THREAD_ID             the thread's key (facebook/PAGE_POST), its id, or for Facebook the\n"
        "                        post part alone (1220000438400853); 'replycov coverage' lists the keys\n"
        "  INPUT                 export files or folders (recursed in sorted order)\n"
        "  -o, --output DIR      the report folder (required): report.html, report.md, charts/, data/;\n"
        "                        it appears only when complete, and replaces an earlier report there\n"
        "  --format PARTS        a subset of html,md,csv,charts,xlsx (default all)\n"
        "  --lang LANG           es, ca (Valencian) or en; default from LC_ALL, LC_MESSAGES, LANG\n"
        "  --official ID|NAME    another official account (repeatable)\n"
        "  --rules LIST          answer rules to apply: direct,branch,mention (default all)\n" RUNOPTS_ANALYSIS_HELP
        "  --user ID|NAME        add that citizen's proof sheet (as 'replycov user' writes it)\n" RUNOPTS_DOC_HELP
            RUNOPTS_PRIVACY_HELP "  --input-format NAME   skip detection (see 'replycov formats')\n"
        "  --tz ZONE             IANA zone for times written without offset, and for the report's dates\n"
        "  -j, --jobs N          files parsed (and charts drawn) in parallel; same output\n"
        "exit status: 0 success, 1 data errors (rejected records, unreadable files, no official\n"
        "account known), 2 usage or I/O errors, or no thread (or several) matching THREAD_ID",
    .run = run_thread,
};
