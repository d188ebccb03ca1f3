/* test_report_xlsx.c: data/report.xlsx from hand-made data files, for what the samples never
 * reach: more rows than a sheet holds (report_xlsx_write with 3 rows per sheet: "comments (2)"
 * and on, each under the header), rows longer than the 1 MiB blocks the files are read in with
 * quotes and line breaks inside, so that a block ends inside a quoted field, a file with only
 * its header, and a folder missing a file (an error, no workbook left). The workbook is opened
 * back by tests/scripts/xlsx_check.py (openpyxl), which compares every cell with the CSV. */
#include "report_run.h"
#include "strbuf.h"
#include "unit.h"
#include "util_tz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void put_file(const char *dir, const char *name, const char *text, size_t len)
{
	struct strbuf p;
	FILE *f;

	strbuf_init(&p);
	strbuf_addf(&p, "%s/%s", dir, name);
	f = fopen(p.buf, "wb");
	CHECK(f != NULL);
	if (f) {
		CHECK(fwrite(text, 1, len, f) == len);
		CHECK(fclose(f) == 0);
	}
	strbuf_release(&p);
}

static void comment_row(struct strbuf *sb, int i, const char *text)
{
	strbuf_addf(sb,
	            "facebook,1_2,public,1220000438%07d,1_2,4768027212029755%d,\"Name, %d\",2026-03-29T0%d:30:00Z,"
	            "2026-03-29 0%d:30,answered,direct,,r%d,2026-03-29T09:00:00+02:00,%d,%d,0,question,es,0.%02d,"
	            "rules,",
	            i, i % 10, i, i % 4, i % 4 + (i % 4 >= 1 ? 2 : 1), i, 3600 * i + 5, 60 * i, 50 + i);
	strbuf_addstr(sb, text);
	strbuf_addstr(sb, "\r\n");
}

static char *read_all(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long len;

	*n = 0;
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	rewind(f);
	buf = malloc(len > 0 ? (size_t)len : 1);
	if (buf && len > 0 && fread(buf, 1, (size_t)len, f) == (size_t)len)
		*n = (size_t)len;
	fclose(f);
	return buf;
}

/* The interpreter that has openpyxl (Debian's python3-openpyxl is for /usr/bin/python3). */
static int run_check(const char *dir, const char *want)
{
	struct strbuf cmd;
	int rc;

	strbuf_init(&cmd);
	strbuf_addf(&cmd,
	            "for py in python3 /usr/bin/python3; do $py -c 'import openpyxl' 2>/dev/null || continue; "
	            "$py tests/scripts/xlsx_check.py '%s' Europe/Madrid > '%s/check.out' 2>&1; rc=$?; "
	            "grep -q '%s' '%s/check.out' || rc=9; [ $rc = 0 ] || cat '%s/check.out'; exit $rc; done; "
	            "echo 'python3 cannot import openpyxl'; exit 8",
	            dir, dir, want, dir, dir);
	rc = system(cmd.buf);
	strbuf_release(&cmd);
	return rc;
}

int main(void)
{
	char tmpl[] = "/tmp/test_xlsx.XXXXXX";
	const char *dir;
	struct report_ctx x;
	struct strbuf sb, big, path;
	char *first, *second;
	size_t n1, n2;
	int i;

	unit_name = "test_report_xlsx";
	dir = mkdtemp(tmpl);
	CHECK(dir != NULL);
	if (!dir)
		return unit_end();
	memset(&x, 0, sizeof(x));
	x.zone = tz_load("Europe/Madrid");
	x.zone_name = "Europe/Madrid";
	CHECK(x.zone != NULL);

	strbuf_init(&sb);
	strbuf_init(&big);
	strbuf_init(&path);
	strbuf_addstr(&sb, "platform,thread,channel,id,parent_id,author_id,author,created_at,created_local,status,rule,"
	                   "reason,answer_id,answered_at,wait_s,service_wait_s,out_of_hours,class,lang,confidence,"
	                   "decided_by,text\r\n");
	/* A quoted field of 1.5 MiB with doubled quotes and line breaks: the first block of 1 MiB
	 * ends inside it. */
	strbuf_addch(&big, '"');
	for (i = 0; big.len < (size_t)3 << 19; i++)
		strbuf_addstr(&big, i % 7 ? "una l\xC3\xADnia \"\"citada\"\"\r\n" : "_x0041_,\n");
	strbuf_addch(&big, '"');
	for (i = 1; i <= 7; i++)
		comment_row(&sb, i, i == 2 || i == 5 ? big.buf : i == 3 ? "\"a \"\"quoted\"\"\r\nline\"" : "plain");
	put_file(dir, "comments.csv", sb.buf, sb.len);
	strbuf_reset(&sb);
	strbuf_addstr(&sb, "platform,author_id,name,threads,comments,need_reply,answered,unanswered,not_needed,"
	                   "coverage_pct,never_answered\r\n");
	put_file(dir, "citizens.csv", sb.buf, sb.len);
	strbuf_reset(&sb);
	strbuf_addstr(&sb, "platform,thread,channel,official,official_source,title,messages,official_messages,"
	                   "citizen_comments,need_reply,answered,unanswered,not_needed,coverage_pct,median_wait_s,"
	                   "p90_wait_s,median_service_s,p90_service_s,first_message,last_message\r\n"
	                   "facebook,1_2,public,Servei,\"account the export names (page, channel, owner)\",=SUM(A1),"
	                   "12,2,10,8,4,4,2,50.0,400000,3600000,59,61,2026-10-25T00:30:00Z,2026-10-25T01:30:00Z\r\n");
	put_file(dir, "threads.csv", sb.buf, sb.len);
	strbuf_reset(&sb);
	strbuf_addstr(&sb, "month,citizen_public,coverage_pct,median_wait_s,question_public\r\n"
	                   "2026-02,0,,,0\r\n2026-03,1234567,100.0,5,n/a\r\n");
	put_file(dir, "months.csv", sb.buf, sb.len);

	/* 3 rows per sheet: the header and two. */
	CHECK(report_xlsx_write(&x, dir, 3) == 0);
	CHECK_EQ_LL(run_check(dir, "comments: 7 rows in 4 sheet(s)"), 0);
	CHECK_EQ_LL(run_check(dir, "citizens: 0 rows in 1 sheet(s)"), 0);
	strbuf_addf(&path, "%s/report.xlsx", dir);
	first = read_all(path.buf, &n1);
	CHECK(first != NULL && n1 > 0);
	/* Again: the same bytes. */
	CHECK(report_xlsx_write(&x, dir, 3) == 0);
	second = read_all(path.buf, &n2);
	CHECK(second != NULL && n1 == n2 && first && !memcmp(first, second, n1));
	free(first);
	free(second);
	/* Every row on one sheet. */
	CHECK(report_xlsx_write(&x, dir, REPORT_XLSX_ROWS) == 0);
	CHECK_EQ_LL(run_check(dir, "comments: 7 rows in 1 sheet(s)"), 0);

	/* A file missing: an error, and no workbook left. */
	strbuf_reset(&sb);
	strbuf_addf(&sb, "%s/months.csv", dir);
	unlink(sb.buf);
	CHECK(report_xlsx_write(&x, dir, 3) == -1);
	CHECK(access(path.buf, F_OK) != 0);

	strbuf_reset(&sb);
	strbuf_addf(&sb, "rm -rf '%s'", dir);
	CHECK(system(sb.buf) == 0);
	strbuf_release(&sb);
	strbuf_release(&big);
	strbuf_release(&path);
	tz_free((struct tz *)x.zone);
	return unit_end();
}
