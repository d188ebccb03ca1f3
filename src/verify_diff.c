/* verify_diff.c: where a report's file first differs from the recomputed one, shown so that a
 * person sees the change: for text, the line, the column and about 30 characters either side
 * of the first differing character in both versions; for binary files, the byte offset and
 * the sizes. Files are read in blocks (a comments.csv can be 190 MB), and everything shown is
 * escaped for the terminal. It decides nothing about which files to compare. */
#include "verify.h"

#include "diag.h"
#include "text.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#define BLOCK 65536       /* bytes read at a time from each file */
#define WINDOW 30         /* characters shown either side of the difference */
#define MAX_CHAR 4        /* bytes of the longest UTF-8 sequence */
#define BINARY_PROBE 8000 /* a NUL byte in this many first bytes makes a file binary (git) */
#define HEX_SHOWN 8       /* bytes of a binary file shown, in hexadecimal */
#define LABEL_REPORT "  report:     "
#define LABEL_RECOMPUTED "  recomputed: "

void verdict_init(struct verdict *v)
{
	strbuf_init(&v->why);
	strbuf_init(&v->detail);
}

void verdict_release(struct verdict *v)
{
	strbuf_release(&v->why);
	strbuf_release(&v->detail);
}

int verdict_differ(struct verdict *v, const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;

	if (v->why.len)
		return 1;
	strbuf_init(&sb);
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	/* Names in the headline come from file names and the manifest: escaped, newlines too,
	 * so that the headline stays one line. */
	diag_escape(&v->why, sb.buf, sb.len, 0);
	strbuf_release(&sb);
	return 1;
}

/* Up to n bytes of f from offset off into buf; *got says how many (fewer at the end of the
 * file). Returns 0, or -1 on a read error. */
static int read_at(FILE *f, long long off, char *buf, size_t n, size_t *got)
{
	*got = 0;
	if (fseeko(f, (off_t)off, SEEK_SET))
		return -1;
	*got = fread(buf, 1, n, f);
	return ferror(f) ? -1 : 0;
}

/* Where two files first differ. */
struct first_diff {
	long long off;        /* the first differing byte (the shorter file's size when one is
	                       * the other's beginning) */
	long long line;       /* 1-based line of that byte */
	long long line_start; /* offset of that line's first byte, the same in both */
};

/* Returns 0 when a and b are identical, 1 when they differ (d filled), -1 on a read error. */
static int find_first(FILE *a, FILE *b, struct first_diff *d)
{
	static char ba[BLOCK], bb[BLOCK];
	long long pos = 0, line = 1, line_start = 0;

	for (;;) {
		size_t na = fread(ba, 1, sizeof(ba), a), nb = fread(bb, 1, sizeof(bb), b);
		size_t n = na < nb ? na : nb, i;
		if (ferror(a) || ferror(b))
			return -1;
		for (i = 0; i < n && ba[i] == bb[i]; i++)
			if (ba[i] == '\n') {
				line++;
				line_start = pos + (long long)i + 1;
			}
		if (i < n || na != nb) {
			d->off = pos + (long long)i;
			d->line = line;
			d->line_start = line_start;
			return 1;
		}
		if (!na)
			return 0;
		pos += (long long)n;
	}
}

/* 1 when f holds a NUL byte in its first BINARY_PROBE bytes, 0 when not, -1 on a read error. */
static int is_binary(FILE *f)
{
	char buf[BINARY_PROBE];
	size_t got;

	if (read_at(f, 0, buf, sizeof(buf), &got))
		return -1;
	return memchr(buf, '\0', got) != NULL;
}

/* The length of the character at s[0..n) (n > 0) as diag_escape reads it: a well-formed UTF-8
 * sequence, or one byte (an invalid byte is a character of its own). */
static size_t char_len(const char *s, size_t n)
{
	size_t len = diag_utf8_len(s, n);

	return len ? len : 1;
}

/* The characters of the differing line before the difference: how many, and where the last
 * WINDOW of them start. */
struct prefix {
	long long chars;
	long long ring[WINDOW]; /* starts of the last WINDOW characters; head is the oldest */
	size_t head;
	long long at; /* the start of the character that holds the first differing byte */
};

static void prefix_add(struct prefix *p, long long start)
{
	p->ring[p->head] = start;
	p->head = (p->head + 1) % WINDOW;
	p->chars++;
}

/* Walk the line from d->line_start to the first differing character. The bytes before d->off
 * are the same in both files; only a character that begins before d->off and ends after it
 * (an accent changed in its second byte, say) needs both files to be read, as either may end
 * it there. Returns 0, or -1 on a read error. */
static int scan_prefix(FILE *a, FILE *b, const struct first_diff *d, struct prefix *p)
{
	static char buf[BLOCK];
	char ta[2 * MAX_CHAR], tb[2 * MAX_CHAR];
	long long s = d->line_start, buf_start = s, base;
	size_t buf_len = 0, na, nb;

	memset(p, 0, sizeof(*p));
	/* A character that starts MAX_CHAR bytes or more before the difference ends before it. */
	while (s + MAX_CHAR <= d->off) {
		if (s + MAX_CHAR > buf_start + (long long)buf_len) {
			long long want = d->off - s < BLOCK ? d->off - s : BLOCK;
			buf_start = s;
			if (read_at(a, s, buf, (size_t)want, &buf_len))
				return -1;
			if ((long long)buf_len != want) { /* the file shrank while it was read */
				errno = EIO;
				return -1;
			}
		}
		prefix_add(p, s);
		s += (long long)char_len(buf + (s - buf_start), MAX_CHAR);
	}
	/* The last few characters: each file's own bytes say where a character ends. */
	if (read_at(a, s, ta, sizeof(ta), &na) || read_at(b, s, tb, sizeof(tb), &nb))
		return -1;
	base = s;
	while (s < d->off) {
		size_t i = (size_t)(s - base);
		size_t la = char_len(ta + i, na - i), lb = char_len(tb + i, nb - i);
		if (s + (long long)(la > lb ? la : lb) > d->off)
			break;
		prefix_add(p, s);
		s += (long long)la;
	}
	p->at = s;
	return 0;
}

/* How one version goes on after the difference: up to WINDOW characters of its line. */
struct after {
	char buf[WINDOW * MAX_CHAR + 2 * MAX_CHAR];
	size_t len;   /* bytes shown */
	int cut;      /* the line goes on past them */
	int line_end; /* nothing shown: the line ends right there */
	int file_end; /* nothing shown: the file ends right there */
};

/* Returns 0, or -1 on a read error. */
static int read_after(FILE *f, long long at, struct after *w)
{
	size_t got, chars = 0;

	memset(w, 0, sizeof(*w));
	if (read_at(f, at, w->buf, sizeof(w->buf), &got))
		return -1;
	while (w->len < got && w->buf[w->len] != '\n') {
		/* A CR before the LF ends the line as the LF does (CSV lines end in CRLF), unless
		 * it is the difference itself: CRLF against LF must show. */
		if (w->len && w->buf[w->len] == '\r' && w->len + 1 < got && w->buf[w->len + 1] == '\n')
			break;
		if (chars == WINDOW) {
			w->cut = 1;
			break;
		}
		w->len += char_len(w->buf + w->len, got - w->len);
		chars++;
	}
	if (!w->len) {
		w->file_end = !got;
		w->line_end = got > 0;
	}
	return 0;
}

/* One version's line as shown: [...]"before and after"[...] and what ends it. */
static void show_version(struct strbuf *sb, const char *label, int cut_before, const char *before, size_t n_before,
                         const struct after *w)
{
	strbuf_addstr(sb, "\n");
	strbuf_addstr(sb, label);
	if (cut_before)
		strbuf_addstr(sb, "\xe2\x80\xa6"); /* … */
	strbuf_addch(sb, '"');
	diag_escape(sb, before, n_before, 0);
	diag_escape(sb, w->buf, w->len, 0);
	strbuf_addch(sb, '"');
	if (w->cut)
		strbuf_addstr(sb, "\xe2\x80\xa6");
	else if (w->file_end)
		strbuf_addstr(sb, " (end of file)");
	else if (w->line_end)
		strbuf_addstr(sb, " (end of line)");
}

/* Text: the line, column and window of both versions, and a caret under the difference. */
static int explain_text(FILE *a, FILE *b, const char *shown, const struct first_diff *d, struct verdict *v)
{
	struct prefix p;
	struct after wa, wb;
	char before[WINDOW * MAX_CHAR];
	long long from;
	size_t n_before = 0, width, k;
	struct strbuf esc;
	int cut_before;

	if (scan_prefix(a, b, d, &p))
		return -1;
	cut_before = p.chars > WINDOW;
	from = cut_before ? p.ring[p.head] : d->line_start;
	if (read_at(a, from, before, (size_t)(p.at - from), &n_before) || read_after(a, p.at, &wa) ||
	    read_after(b, p.at, &wb))
		return -1;
	verdict_differ(v, "'%s' differs from the recomputed one at line %lld: first at column %lld (byte offset %lld)",
	               shown, d->line, p.chars + 1, d->off);
	show_version(&v->detail, LABEL_REPORT, cut_before, before, n_before, &wa);
	show_version(&v->detail, LABEL_RECOMPUTED, cut_before, before, n_before, &wb);
	/* The caret stands under the first differing character: the same columns before it in
	 * both lines, as the text before it is the same. */
	strbuf_init(&esc);
	diag_escape(&esc, before, n_before, 0);
	width = strlen(LABEL_REPORT) + (cut_before ? 1 : 0) + 1 + text_width(esc.buf);
	strbuf_release(&esc);
	strbuf_addstr(&v->detail, "\n");
	for (k = 0; k < width; k++)
		strbuf_addch(&v->detail, ' ');
	strbuf_addch(&v->detail, '^');
	return 0;
}

/* One version of a binary file: its size and HEX_SHOWN bytes from the difference. */
static int show_bytes(struct strbuf *sb, const char *label, FILE *f, long long off)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char buf[HEX_SHOWN];
	struct stat st;
	size_t got, k;

	if (fstat(fileno(f), &st) || read_at(f, off, (char *)buf, sizeof(buf), &got))
		return -1;
	strbuf_addf(sb, "\n%s%lld bytes; at offset %lld: ", label, (long long)st.st_size, off);
	if (!got)
		strbuf_addstr(sb, "(end of file)");
	for (k = 0; k < got; k++) {
		if (k)
			strbuf_addch(sb, ' ');
		strbuf_addch(sb, hex[buf[k] >> 4]);
		strbuf_addch(sb, hex[buf[k] & 15]);
	}
	return 0;
}

int verify_diff(FILE *a, FILE *b, const char *shown, struct verdict *v)
{
	struct first_diff d;
	int r = find_first(a, b, &d), ba, bb;

	if (r <= 0)
		return r;
	if ((ba = is_binary(a)) < 0 || (bb = is_binary(b)) < 0)
		return -1;
	if (ba || bb) {
		verdict_differ(v,
		               "'%s' differs from the recomputed one at byte offset %lld (a binary file: its bytes are "
		               "shown in hexadecimal)",
		               shown, d.off);
		if (show_bytes(&v->detail, LABEL_REPORT, a, d.off) ||
		    show_bytes(&v->detail, LABEL_RECOMPUTED, b, d.off))
			return -1;
		return 1;
	}
	return explain_text(a, b, shown, &d, v) ? -1 : 1;
}
