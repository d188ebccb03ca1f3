/* report_xlsx.c: data/report.xlsx, the data files as one workbook a spreadsheet opens right:
 * a sheet per CSV file (comments, citizens, threads, months) holding the same rows, each value
 * with its type: ids and every other text as text (a 17-digit id never becomes 1.22E+16),
 * instants as dates in the report's zone, months as dates, waits as durations ([h]:mm:ss),
 * percentages as fractions shown with a percent sign, counts as numbers; the header row frozen,
 * with a filter, the columns as wide as what they hold.
 *
 * The rows are the CSV files just written, read back through libcsv (in_csvread.h): the
 * per-comment rows exist only as CSV text (spilled by the run, spill.h), and reading all four
 * files the same way makes the workbook hold exactly what they hold, rule for rule (what the
 * data files leave out, it leaves out). The files are read in blocks cut at row ends, so
 * memory stays flat for a comments.csv of hundreds of megabytes; libxlsxwriter writes in
 * constant-memory mode (rows go to temporary files in $TMPDIR, strings inline).
 *
 * The same inputs give the same bytes: the workbook's creation time is fixed (libxlsxwriter
 * would write the current time) and the zip entries carry 1980-01-01 as Excel's do. */
#include "report_run.h"
#include "diag.h"
#include "in_csvread.h"
#include "outfile.h"
#include "timefmt.h"
#include "util_tz.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

/* What a column holds, from its name in the CSV header. */
enum col_kind {
	COL_TEXT,    /* ids, names, codes, messages: text, whatever it looks like */
	COL_COUNT,   /* 0, 12, 2000: "#,##0" */
	COL_DECIMAL, /* confidence 0.83: "0.00" */
	COL_PCT,     /* coverage_pct 37.4 -> 0.374 shown "37.4%" */
	COL_WAIT,    /* seconds -> days shown "[h]:mm:ss" */
	COL_INSTANT, /* 2026-03-02T08:01:40Z -> a date and time in the report's zone */
	COL_LOCAL,   /* created_local "2026-03-02 08:01", already in the report's zone */
	COL_MONTH,   /* "2026-03" -> the first of the month shown "yyyy-mm" */
	COL_N
};

static const char *const col_format[COL_N] = {[COL_COUNT] = "#,##0",
                                              [COL_DECIMAL] = "0.00",
                                              [COL_PCT] = "0.0%",
                                              [COL_WAIT] = "[h]:mm:ss",
                                              [COL_INSTANT] = "yyyy-mm-dd hh:mm:ss",
                                              [COL_LOCAL] = "yyyy-mm-dd hh:mm",
                                              [COL_MONTH] = "yyyy-mm"};

/* How wide the formatted value is, in characters (0: measured on the text). */
static const size_t col_width[COL_N] = {
    [COL_DECIMAL] = 4, [COL_PCT] = 6, [COL_INSTANT] = 19, [COL_LOCAL] = 16, [COL_MONTH] = 7};

static int ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), k = strlen(tail);
	return n >= k && !strcmp(s + n - k, tail);
}

static int in_list(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(s, *list))
			return 1;
	return 0;
}

/* The columns of report_csv.c by name. Ids come first: a column named like one is text even
 * when another rule would make it a number. A column no rule names stays text, which never
 * changes a value. */
static enum col_kind col_kind(const char *name)
{
	static const char *const counts[] = {"threads",           "comments",         "need_reply",     "answered",
	                                     "unanswered",        "not_needed",       "never_answered", "messages",
	                                     "official_messages", "citizen_comments", "out_of_hours",   NULL};
	static const char *const instants[] = {"created_at", "answered_at", "first_message", "last_message", NULL};

	if (!strcmp(name, "id") || ends_with(name, "_id") || !strcmp(name, "thread"))
		return COL_TEXT;
	if (in_list(name, counts))
		return COL_COUNT;
	if (in_list(name, instants))
		return COL_INSTANT;
	if (!strcmp(name, "created_local"))
		return COL_LOCAL;
	if (!strcmp(name, "month"))
		return COL_MONTH;
	if (!strcmp(name, "confidence"))
		return COL_DECIMAL;
	if (ends_with(name, "_pct"))
		return COL_PCT;
	if (ends_with(name, "_s"))
		return COL_WAIT;
	/* months.csv: messages per channel and class ("citizen_public", "question_private") */
	if (ends_with(name, "_public") || ends_with(name, "_private"))
		return COL_COUNT;
	return COL_TEXT;
}

struct xcol {
	enum col_kind kind;
	size_t width;
};

struct xbook {
	lxw_workbook *wb;
	lxw_format *fmt[COL_N];
	lxw_format *head;
	const struct tz *zone;
	const char *zone_name;
	long sheet_rows; /* rows per sheet, header included */
	lxw_worksheet **sheets;
	size_t n_sheets, cap_sheets;
	struct strbuf scratch;
	long cut;      /* texts cut to a cell's limit */
	lxw_error err; /* the first error of a write */
};

/* One CSV file becoming a sheet (and more when it has more rows than a sheet holds). */
struct xsheet {
	struct xbook *bk;
	const char *name;
	lxw_worksheet *ws;
	int part;      /* 1, then 2 for "comments (2)"... */
	char **header; /* the CSV's column names */
	struct xcol *cols;
	size_t n_cols;
	lxw_row_t row; /* the next row of ws */
	long rows;     /* data rows read from the file */
};

/* libxlsxwriter prints its own errors on stderr, naming the temporary folder's path; replycov
 * says what failed itself (diag.h), with the path the user gave. While the library works on
 * files, standard error points at /dev/null. Single-threaded here: nothing else writes then. */
static int quiet_begin(void)
{
	int saved, null;

	fflush(stderr);
	saved = dup(2);
	null = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (saved < 0 || null < 0 || dup2(null, 2) < 0) {
		if (null >= 0)
			close(null);
		if (saved >= 0)
			close(saved);
		return -1;
	}
	close(null);
	return saved;
}

static void quiet_end(int saved)
{
	int e = errno;

	if (saved < 0)
		return;
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	errno = e;
}

/* Excel's serial date of a civil time (the 1900 system: day 1 is 1900-01-01, with its
 * phantom 1900-02-29, so only dates from 1900-03-01 on are right). -1 outside 1900-03-01 to
 * 9999-12-31. */
static double serial_of(int y, int mo, int d, int h, int mi, int s)
{
	long long days;

	if (y < 1900 || y > 9999 || (y == 1900 && mo < 3))
		return -1;
	days = tz_days_from_civil(y, mo, d) + 25569; /* 1970-01-01 is 25569 */
	return (double)days + (double)(h * 3600 + mi * 60 + s) / 86400.0;
}

static int digits(const char *s, int n, int *v)
{
	int i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*v = *v * 10 + (s[i] - '0');
	}
	return 0;
}

/* "2026-03" (month) or "2026-03-02 08:01" (local minute). */
static double serial_civil(const char *s, enum col_kind kind)
{
	int y, mo, d = 1, h = 0, mi = 0;
	size_t n = strlen(s);

	if (kind == COL_MONTH ? n != 7 : n != 16)
		return -1;
	if (digits(s, 4, &y) || s[4] != '-' || digits(s + 5, 2, &mo) || mo < 1 || mo > 12)
		return -1;
	if (kind == COL_LOCAL && (s[7] != '-' || digits(s + 8, 2, &d) || s[10] != ' ' || digits(s + 11, 2, &h) ||
	                          s[13] != ':' || digits(s + 14, 2, &mi) || d < 1 || d > 31 || h > 23 || mi > 59))
		return -1;
	return serial_of(y, mo, d, h, mi, 0);
}

static double serial_instant(const char *s, const struct tz *zone)
{
	struct when w;
	int y, mo, d, h, mi, sec, wd;
	long off;

	if (time_parse(s, NULL, &w) != TIME_OK)
		return -1;
	if (zone) {
		tz_utc_to_local(zone, w.utc, &y, &mo, &d, &h, &mi, &sec, &wd, &off);
	} else {
		long long days = w.utc >= 0 ? w.utc / 86400 : -((-w.utc + 86399) / 86400), r = w.utc - days * 86400;
		if (days < -800000 || days > 3000000)
			return -1;
		tz_civil_from_days(days, &y, &mo, &d);
		h = (int)(r / 3600);
		mi = (int)(r / 60 % 60);
		sec = (int)(r % 60);
	}
	return serial_of(y, mo, d, h, mi, sec);
}

/* A plain decimal as the CSV files write them ("12", "-3", "37.4"): anything else is left as
 * text rather than guessed at (strtod alone would take "inf", "0x1A" or "1e400"). */
static int plain_number(const char *s, double *v)
{
	const char *p = s;
	char *end;

	if (*p == '-')
		p++;
	if (*p < '0' || *p > '9')
		return -1;
	while (*p >= '0' && *p <= '9')
		p++;
	if (*p == '.') {
		p++;
		if (*p < '0' || *p > '9')
			return -1;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	if (*p || p - s > 20)
		return -1;
	*v = strtod(s, &end);
	return 0;
}

/* Excel's limit on a cell's text, in characters. */
#define CELL_CHARS 32767

/* s as a cell's text in out: what Excel would read as an escape ("_x0041_" is "A" there) gets
 * its underscore escaped, so that the text reads back as it is; U+FFFE and U+FFFF, which XML
 * cannot hold, become U+FFFD; control characters are escaped by libxlsxwriter. Cut at Excel's
 * limit, ending with "…"; returns 1 then. Returns the characters in *chars. */
static int cell_text(const char *s, struct strbuf *out, size_t *chars)
{
	size_t n = strlen(s), i = 0, count = 0;
	int cut = 0;

	strbuf_reset(out);
	while (i < n) {
		size_t len = diag_utf8_len(s + i, n - i), add = 1;
		const char *put = s + i;
		size_t put_len = len;
		if (!len) { /* not UTF-8 (the CSV files are): U+FFFD, one byte at a time */
			put = "\xEF\xBF\xBD";
			put_len = 3;
			len = 1;
		} else if (len == 3 && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBF &&
		           ((unsigned char)s[i + 2] == 0xBE || (unsigned char)s[i + 2] == 0xBF)) {
			put = "\xEF\xBF\xBD";
		} else if (s[i] == '_' && i + 6 < n && s[i + 1] == 'x' && s[i + 6] == '_' &&
		           strspn(s + i + 2, "0123456789abcdefABCDEF") >= 4) {
			put = "_x005F_";
			put_len = 7;
			add = 7;
		}
		if (count + add > CELL_CHARS - 1 && (count + add > CELL_CHARS || i + len < n)) {
			strbuf_addstr(out, "\xE2\x80\xA6"); /* … */
			count++;
			cut = 1;
			break;
		}
		strbuf_add(out, put, put_len);
		count += add;
		i += len;
	}
	*chars = count;
	return cut;
}

static size_t utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static void note_err(struct xbook *bk, lxw_error e)
{
	if (e && !bk->err)
		bk->err = e;
}

/* The header of the sheet: the CSV's names, with the unit where the sheet's differs: waits
 * are durations ("wait (h:mm:ss)", not "wait_s"), instants are in the report's zone
 * ("created_at (Europe/Madrid)"). */
static void header_text(struct xbook *bk, const char *name, enum col_kind kind, struct strbuf *sb)
{
	strbuf_reset(sb);
	if (kind == COL_WAIT) {
		strbuf_add(sb, name, strlen(name) - 2);
		strbuf_addstr(sb, " (h:mm:ss)");
	} else
		strbuf_addstr(sb, name);
	if (kind == COL_INSTANT)
		strbuf_addf(sb, " (%s)", bk->zone_name ? bk->zone_name : "UTC");
}

static void sheet_finish(struct xsheet *s)
{
	size_t c;

	if (!s->ws)
		return;
	for (c = 0; c < s->n_cols; c++) {
		/* characters, plus room for the filter's button in the header */
		double w = (double)(s->cols[c].width < 60 ? s->cols[c].width : 60) + 2;
		note_err(s->bk, worksheet_set_column(s->ws, (lxw_col_t)c, (lxw_col_t)c, w, NULL));
	}
	if (s->n_cols)
		note_err(s->bk, worksheet_autofilter(s->ws, 0, 0, s->row - 1, (lxw_col_t)(s->n_cols - 1)));
	s->ws = NULL;
}

static int sheet_begin(struct xsheet *s)
{
	struct xbook *bk = s->bk;
	struct strbuf name;
	size_t c;
	int q;

	strbuf_init(&name);
	strbuf_addstr(&name, s->name);
	if (++s->part > 1)
		strbuf_addf(&name, " (%d)", s->part);
	q = quiet_begin();
	s->ws = workbook_add_worksheet(bk->wb, name.buf);
	quiet_end(q);
	strbuf_release(&name);
	if (!s->ws) {
		/* in constant-memory mode, each sheet's rows go to a temporary file */
		diag_error(NULL, "cannot create a temporary file: %s (set TMPDIR to a writable folder)",
		           strerror(errno ? errno : EIO));
		return -1;
	}
	XGROW(bk->sheets, bk->cap_sheets, bk->n_sheets + 1);
	bk->sheets[bk->n_sheets++] = s->ws;
	s->row = 0;
	worksheet_freeze_panes(s->ws, 1, 0);
	for (c = 0; c < s->n_cols; c++) {
		header_text(bk, s->header[c], s->cols[c].kind, &bk->scratch);
		note_err(bk, worksheet_write_string(s->ws, 0, (lxw_col_t)c, bk->scratch.buf, bk->head));
		if (s->part == 1)
			s->cols[c].width = utf8_chars(bk->scratch.buf) + 1;
	}
	s->row = 1;
	return bk->err ? -1 : 0;
}

static void put_cell(struct xsheet *s, lxw_col_t c, const char *v)
{
	struct xbook *bk = s->bk;
	struct xcol *col = &s->cols[c];
	lxw_format *f = bk->fmt[col->kind];
	size_t w = col_width[col->kind];
	double num = -1;
	int ok = 0;

	if (!*v)
		return; /* an empty field is an empty cell */
	switch (col->kind) {
	case COL_TEXT:
		break;
	case COL_COUNT:
	case COL_DECIMAL:
	case COL_PCT:
	case COL_WAIT:
		ok = !plain_number(v, &num);
		if (ok && col->kind == COL_PCT)
			num /= 100.0;
		if (ok && col->kind == COL_WAIT) {
			long long h = (long long)(num / 3600);
			w = 7; /* "h:mm:ss", and a digit more per ten hours */
			while (h >= 10) {
				w++;
				h /= 10;
			}
			num /= 86400.0;
		}
		if (ok && col->kind == COL_COUNT)
			w = strlen(v) + (strlen(v) - (*v == '-')) / 3; /* with the thousands separators */
		break;
	case COL_INSTANT:
		num = serial_instant(v, bk->zone);
		ok = num >= 0;
		break;
	case COL_LOCAL:
	case COL_MONTH:
		num = serial_civil(v, col->kind);
		ok = num >= 0;
		break;
	default:
		break;
	}
	if (ok) {
		note_err(bk, worksheet_write_number(s->ws, s->row, c, num, f));
	} else {
		/* text, or a value its column's type does not fit: written as it is */
		size_t chars;
		bk->cut += cell_text(v, &bk->scratch, &chars);
		note_err(bk, worksheet_write_string(s->ws, s->row, c, bk->scratch.buf, NULL));
		w = chars;
	}
	if (w > col->width)
		col->width = w;
}

static int on_row(const struct csv_row *row, void *ctx)
{
	struct xsheet *s = ctx;
	size_t c;

	if (!s->header) {
		s->n_cols = row->n;
		s->header = xcalloc(row->n ? row->n : 1, sizeof(*s->header));
		s->cols = xcalloc(row->n ? row->n : 1, sizeof(*s->cols));
		for (c = 0; c < row->n; c++) {
			s->header[c] = xstrdup(row->fields[c]);
			s->cols[c].kind = col_kind(row->fields[c]);
		}
		return sheet_begin(s);
	}
	if ((long)s->row >= s->bk->sheet_rows) {
		/* more rows than a sheet holds: the next sheet goes on, under the same header */
		sheet_finish(s);
		if (sheet_begin(s))
			return -1;
	}
	for (c = 0; c < row->n && c < s->n_cols; c++)
		put_cell(s, (lxw_col_t)c, row->fields[c]);
	s->row++;
	s->rows++;
	return s->bk->err ? -1 : 0;
}

/* Read path in blocks cut at row ends (a newline outside quotes: the files are RFC 4180, a
 * quote inside a field is doubled, so counting quotes is exact), each block through libcsv. */
#define BLOCK ((size_t)1 << 20)

static int read_rows(const char *path, const char *shown, struct xsheet *s)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0, scan = 0;
	struct batch b;
	int inq = 0, ret = 0, eof = 0;

	if (!fp) {
		diag_error(&(struct loc){.file = shown}, "cannot read back what was written: %s", strerror(errno));
		return -1;
	}
	batch_init(&b, shown);
	while (!eof && !ret) {
		size_t got, cut = 0, i;
		XGROW(buf, cap, len + BLOCK + 1);
		got = fread(buf + len, 1, BLOCK, fp);
		len += got;
		buf[len] = '\0';
		if (got < BLOCK) {
			if (ferror(fp)) {
				diag_error(&(struct loc){.file = shown}, "cannot read back what was written: %s",
				           strerror(errno));
				ret = -1;
				break;
			}
			eof = 1;
		}
		for (i = scan; i < len; i++) {
			if (buf[i] == '"')
				inq = !inq;
			else if (buf[i] == '\n' && !inq)
				cut = i + 1;
		}
		scan = len;
		if (eof)
			cut = len;
		if (!cut)
			continue; /* a row longer than the block: read on */
		if (csvread_rows(&b, buf, cut, ',', on_row, s) || s->bk->err)
			ret = -1;
		memmove(buf, buf + cut, len - cut);
		len -= cut;
		scan -= cut;
	}
	batch_release(&b);
	free(buf);
	fclose(fp);
	return ret;
}

static void xsheet_release(struct xsheet *s)
{
	size_t c;

	for (c = 0; c < s->n_cols && s->header; c++)
		free(s->header[c]);
	free(s->header);
	free(s->cols);
}

/* 1980-01-01T00:00:00Z, the date Excel and libxlsxwriter give the zip entries: a fixed
 * creation time (0 would make libxlsxwriter write the current one). */
#define FIXED_CREATED 315532800

int report_xlsx_write(struct report_ctx *x, const char *dir, long sheet_rows)
{
	static const char *const files[] = {"comments", "citizens", "threads", "months"};
	lxw_workbook_options opt = {0};
	lxw_doc_properties props = {0};
	struct xbook bk = {0};
	struct strbuf path, csv;
	const char *tmpdir = getenv("TMPDIR");
	char *shown;
	long long csv_bytes = 0;
	size_t k;
	int ret = 0, q, saved_errno;
	lxw_error err;

	strbuf_init(&path);
	strbuf_init(&csv);
	strbuf_init(&bk.scratch);
	strbuf_addf(&path, "%s/report.xlsx", dir);
	shown = outfile_shown(path.buf);
	for (k = 0; k < 4; k++) {
		struct stat st;
		strbuf_reset(&csv);
		strbuf_addf(&csv, "%s/%s.csv", dir, files[k]);
		if (!stat(csv.buf, &st))
			csv_bytes += st.st_size;
	}
	opt.constant_memory = LXW_TRUE;
	opt.tmpdir = tmpdir && *tmpdir ? (char *)tmpdir : NULL;
	/* Zip64 only when a sheet could pass 4 GB (its XML is a few times its CSV), so that the
	 * files of every ordinary report open in older spreadsheets too. */
	opt.use_zip64 = csv_bytes > ((long long)512 << 20) ? LXW_TRUE : LXW_FALSE;
	bk.zone = x->zone;
	bk.zone_name = x->zone_name;
	bk.sheet_rows = sheet_rows > 1 ? sheet_rows : 2;
	errno = 0;
	q = quiet_begin();
	bk.wb = workbook_new_opt(path.buf, &opt);
	quiet_end(q);
	if (!bk.wb) {
		diag_error(&(struct loc){.file = shown}, "cannot write: %s", strerror(errno ? errno : ENOMEM));
		ret = -1;
		goto done;
	}
	props.title = "replycov data";
	props.comments = "One sheet per CSV file of this folder, the same rows; times in the report's time zone, "
	                 "waits as durations";
	props.created = FIXED_CREATED;
	note_err(&bk, workbook_set_properties(bk.wb, &props));
	bk.head = workbook_add_format(bk.wb);
	format_set_bold(bk.head);
	for (k = 0; k < COL_N; k++)
		if (col_format[k]) {
			bk.fmt[k] = workbook_add_format(bk.wb);
			format_set_num_format(bk.fmt[k], col_format[k]);
		}
	for (k = 0; k < 4 && !ret; k++) {
		struct xsheet s = {0};
		char *file_shown;
		s.bk = &bk;
		s.name = files[k];
		strbuf_reset(&csv);
		strbuf_addf(&csv, "%s/%s.csv", dir, files[k]);
		file_shown = outfile_shown(csv.buf);
		/* an empty file (never written so) would still get its sheet, empty */
		if (read_rows(csv.buf, file_shown, &s) || (!s.header && sheet_begin(&s)))
			ret = -1;
		sheet_finish(&s);
		xsheet_release(&s);
		free(file_shown);
	}
	/* Rows went to temporary files through stdio, unchecked by libxlsxwriter: a full $TMPDIR
	 * would make a sheet short without a word. */
	for (k = 0; k < bk.n_sheets && !ret && !bk.err; k++) {
		FILE *t = bk.sheets[k]->optimize_tmpfile;
		if (t && (fflush(t) || ferror(t))) {
			diag_error(NULL, "cannot write a temporary file: %s (set TMPDIR to a writable folder)",
			           strerror(errno ? errno : EIO));
			ret = -1;
		}
	}
	errno = 0;
	q = quiet_begin();
	err = workbook_close(bk.wb);
	saved_errno = errno;
	quiet_end(q);
	if (!ret && (err || bk.err)) {
		/* Where the file or the zip failed, errno says why (a full disk); else the library. */
		int sys = err == LXW_ERROR_CREATING_XLSX_FILE || err == LXW_ERROR_CREATING_TMPFILE ||
		          err == LXW_ERROR_ZIP_FILE_OPERATION || err == LXW_ERROR_ZIP_FILE_ADD ||
		          err == LXW_ERROR_ZIP_CLOSE;
		diag_error(&(struct loc){.file = shown}, "cannot write: %s",
		           sys && saved_errno ? strerror(saved_errno) : lxw_strerror(err ? err : bk.err));
		ret = -1;
	}
	if (ret)
		unlink(path.buf);
	else if (bk.cut)
		diag_warn(&(struct loc){.file = shown},
		          "%ld text%s longer than %d characters, a spreadsheet cell's limit, cut short there (the CSV "
		          "files hold them whole)",
		          bk.cut, bk.cut == 1 ? "" : "s", CELL_CHARS);
done:
	free(bk.sheets);
	free(shown);
	strbuf_release(&bk.scratch);
	strbuf_release(&csv);
	strbuf_release(&path);
	return ret;
}
