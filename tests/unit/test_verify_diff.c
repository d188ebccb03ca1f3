/* test_verify_diff.c: unit test of how `verify` shows where a report's file differs from the
 * recomputed one (issue 13, item 5): for text, the line, the column in characters, the byte
 * offset and both versions around the first differing character, so that a change deep in a
 * long CSV line is visible in both; multi-byte characters never cut; control bytes and invalid
 * UTF-8 escaped; the end of a line or of the file said; blocks of 64 KiB crossed; for binary
 * files the byte offset and hexadecimal, never a raw byte. */
#include "strbuf.h"
#include "unit.h"
#include "verify.h"

#include <stdlib.h>

/* The verdict verify_diff gives for a (the report's file) against b (the recomputed one):
 * the headline and its detail lines, or "" when they are the same; "(error)" on -1. */
static char *diff_of(const char *a, size_t na, const char *b, size_t nb, int *ret)
{
	FILE *fa = tmpfile(), *fb = tmpfile();
	struct verdict v;
	char *out;

	if (!fa || !fb) {
		perror("tmpfile");
		exit(2);
	}
	fwrite(a, 1, na, fa);
	fwrite(b, 1, nb, fb);
	rewind(fa);
	rewind(fb);
	verdict_init(&v);
	*ret = verify_diff(fa, fb, "rep/data/x.csv", &v);
	if (*ret < 0)
		strbuf_addstr(&v.why, "(error)");
	strbuf_add(&v.why, v.detail.buf, v.detail.len);
	out = strbuf_detach(&v.why);
	verdict_release(&v);
	fclose(fa);
	fclose(fb);
	return out;
}

#define DIFF(a, b) diff_of(a, sizeof(a) - 1, b, sizeof(b) - 1, &ret)

static void check_diff(char *got, const char *want)
{
	CHECK_EQ_STR(got, want);
	free(got);
}

/* No byte a terminal would act on: only printable ASCII, newlines and valid UTF-8 (the
 * ellipsis). */
static int shows_no_control(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	for (; *p; p++)
		if ((*p < 0x20 && *p != '\n') || *p == 0x7f)
			return 0;
	return 1;
}

static void test_same(void)
{
	int ret;

	check_diff(DIFF("a,b\n1,2\n", "a,b\n1,2\n"), "");
	CHECK_EQ_LL(ret, 0);
	check_diff(DIFF("", ""), "");
	CHECK_EQ_LL(ret, 0);
}

/* A change deep in a long line: both versions are shown around it, not cut before it. */
static void test_long_line(void)
{
	int ret;

	check_diff(
	    DIFF("header\n"
	         "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaEmma Welshbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\n",
	         "header\n"
	         "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaEmma Walshbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\n"),
	    "'rep/data/x.csv' differs from the recomputed one at line 2: first at column 47 (byte offset 53)\n"
	    "  report:     \xe2\x80\xa6\"aaaaaaaaaaaaaaaaaaaaaaaaEmma Welshbbbbbbbbbbbbbbbbbbbbbbbbbb\"\xe2\x80\xa6\n"
	    "  recomputed: \xe2\x80\xa6\"aaaaaaaaaaaaaaaaaaaaaaaaEmma Walshbbbbbbbbbbbbbbbbbbbbbbbbbb\"\xe2\x80\xa6\n"
	    "                                              ^");
	CHECK_EQ_LL(ret, 1);
}

static void test_short_lines(void)
{
	int ret;

	/* the first character of a line: nothing before it */
	check_diff(DIFF("a\nb\nxyz\n", "a\nb\nXyz\n"),
	           "'rep/data/x.csv' differs from the recomputed one at line 3: first at column 1 (byte offset 4)\n"
	           "  report:     \"xyz\"\n"
	           "  recomputed: \"Xyz\"\n"
	           "               ^");
	CHECK_EQ_LL(ret, 1);
	/* one line longer than the other: where it ends is said */
	check_diff(DIFF("id,n\n7,abc\n", "id,n\n7,abcd\n"),
	           "'rep/data/x.csv' differs from the recomputed one at line 2: first at column 6 (byte offset 10)\n"
	           "  report:     \"7,abc\" (end of line)\n"
	           "  recomputed: \"7,abcd\"\n"
	           "                    ^");
	/* one file is the other's beginning */
	check_diff(DIFF("id,n\n7,1\n8,2\n", "id,n\n7,1\n"),
	           "'rep/data/x.csv' differs from the recomputed one at line 3: first at column 1 (byte offset 9)\n"
	           "  report:     \"8,2\"\n"
	           "  recomputed: \"\" (end of file)\n"
	           "               ^");
	/* CRLF against LF: the CR is the difference and shows */
	check_diff(DIFF("a,b\r\n", "a,b\n"),
	           "'rep/data/x.csv' differs from the recomputed one at line 1: first at column 4 (byte offset 3)\n"
	           "  report:     \"a,b\\x0d\"\n"
	           "  recomputed: \"a,b\" (end of line)\n"
	           "                  ^");
	/* a CR that ends both lines is not shown as text */
	check_diff(DIFF("a,1\r\n", "a,2\r\n"),
	           "'rep/data/x.csv' differs from the recomputed one at line 1: first at column 3 (byte offset 2)\n"
	           "  report:     \"a,1\"\n"
	           "  recomputed: \"a,2\"\n"
	           "                 ^");
}

/* An accent changed in its second byte: the column counts characters, and the character is
 * shown whole in both versions. */
static void test_multibyte(void)
{
	int ret;

	check_diff(DIFF("no deja m\xc3\xa0s\n", "no deja m\xc3\xa1s\n"),
	           "'rep/data/x.csv' differs from the recomputed one at line 1: first at column 10 (byte offset 10)\n"
	           "  report:     \"no deja m\xc3\xa0s\"\n"
	           "  recomputed: \"no deja m\xc3\xa1s\"\n"
	           "                        ^");
	/* a wide character before the difference moves the caret two columns */
	check_diff(DIFF("\xf0\x9f\x8c\x8d a\n", "\xf0\x9f\x8c\x8d b\n"),
	           "'rep/data/x.csv' differs from the recomputed one at line 1: first at column 3 (byte offset 5)\n"
	           "  report:     \"\xf0\x9f\x8c\x8d a\"\n"
	           "  recomputed: \"\xf0\x9f\x8c\x8d b\"\n"
	           "                  ^");
	CHECK_EQ_LL(ret, 1);
}

/* What the files hold never reaches the terminal raw. */
static void test_escaped(void)
{
	int ret;
	char *got;

	got = DIFF("t,Jornada EURES: \x1b[1;31mtrabajar\n", "t,Jornada EURES: trabajar\n");
	CHECK(shows_no_control(got));
	CHECK_EQ_STR(got,
	             "'rep/data/x.csv' differs from the recomputed one at line 1: first at column 18 (byte offset 17)\n"
	             "  report:     \"t,Jornada EURES: \\x1b[1;31mtrabajar\"\n"
	             "  recomputed: \"t,Jornada EURES: trabajar\"\n"
	             "                                ^");
	free(got);
	/* Latin-1 in one version; a C1 control in the other */
	got = DIFF("caf\xe9,1\n", "caf\xc2\x9b,1\n");
	CHECK(shows_no_control(got));
	CHECK(!strstr(got, "\xc2\x9b"));
	CHECK_EQ_STR(got,
	             "'rep/data/x.csv' differs from the recomputed one at line 1: first at column 4 (byte offset 3)\n"
	             "  report:     \"caf\\xe9,1\"\n"
	             "  recomputed: \"caf\\u009b,1\"\n"
	             "                  ^");
	free(got);
	/* a tab before the difference: escaped, and the caret counts its escape */
	check_diff(DIFF("a\tb1\n", "a\tb2\n"),
	           "'rep/data/x.csv' differs from the recomputed one at line 1: first at column 4 (byte offset 3)\n"
	           "  report:     \"a\\x09b1\"\n"
	           "  recomputed: \"a\\x09b2\"\n"
	           "                     ^");
}

/* Lines and characters across the 64 KiB blocks the files are read in. */
static void test_blocks(void)
{
	size_t n = 100000, k, at = 70001; /* "é" is two bytes: the 35001st starts at 6 + 70000 */
	char *a = malloc(n + 64), *b = malloc(n + 64), *got, want[512];
	int ret;

	memcpy(a, "l1\nl2\n", 6);
	for (k = 6; k < n; k += 2)
		memcpy(a + k, "\xc3\xa9", 2);
	a[n] = '\n';
	memcpy(b, a, n + 1);
	b[6 + at] = '\xa8'; /* the second byte of the 35001st "é": è */
	got = diff_of(a, n + 1, b, n + 1, &ret);
	CHECK_EQ_LL(ret, 1);
	snprintf(want, sizeof(want),
	         "'rep/data/x.csv' differs from the recomputed one at line 3: first at column 35001 (byte offset %zu)",
	         6 + at);
	CHECK(!strncmp(got, want, strlen(want)));
	/* 30 characters either side, the changed one whole */
	{
		struct strbuf la, lb;
		strbuf_init(&la);
		strbuf_init(&lb);
		strbuf_addstr(&la, "\n  report:     \xe2\x80\xa6\"");
		strbuf_addstr(&lb, "\n  recomputed: \xe2\x80\xa6\"");
		for (k = 0; k < 60; k++) {
			strbuf_addstr(&la, "\xc3\xa9");
			strbuf_addstr(&lb, k == 30 ? "\xc3\xa8" : "\xc3\xa9");
		}
		strbuf_addstr(&la, "\"\xe2\x80\xa6\n");
		strbuf_addstr(&lb, "\"\xe2\x80\xa6\n");
		CHECK(strstr(got, la.buf) != NULL);
		CHECK(strstr(got, lb.buf) != NULL);
		strbuf_release(&la);
		strbuf_release(&lb);
	}
	CHECK(!strstr(got, "\\x"));
	free(got);
	free(a);
	free(b);
}

/* A PNG-like file: offset, sizes and bytes in hexadecimal; no byte of the file itself. */
static void test_binary(void)
{
	static const char a[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1b\x1b\x1b";
	char b[sizeof(a)];
	char *got;
	int ret;

	memcpy(b, a, sizeof(a));
	b[29] = '\x07';
	got = diff_of(a, sizeof(a) - 1, b, sizeof(a) - 1, &ret);
	CHECK_EQ_LL(ret, 1);
	CHECK(shows_no_control(got));
	CHECK_EQ_STR(got,
	             "'rep/data/x.csv' differs from the recomputed one at byte offset 29 (a binary file: its bytes "
	             "are shown in hexadecimal)\n"
	             "  report:     32 bytes; at offset 29: 1b 1b 1b\n"
	             "  recomputed: 32 bytes; at offset 29: 07 1b 1b");
	free(got);
	/* one longer than the other: the shorter one ends there */
	got = diff_of(a, sizeof(a) - 1, a, 20, &ret);
	CHECK_EQ_STR(got,
	             "'rep/data/x.csv' differs from the recomputed one at byte offset 20 (a binary file: its bytes "
	             "are shown in hexadecimal)\n"
	             "  report:     32 bytes; at offset 20: 00 00 00 10 08 06 00 00\n"
	             "  recomputed: 20 bytes; at offset 20: (end of file)");
	free(got);
}

/* The headline is one line whatever the name holds. */
static void test_headline(void)
{
	struct verdict v;

	verdict_init(&v);
	CHECK_EQ_LL(verdict_differ(&v, "'%s' is in the report folder", "rep/a\nb\x1b[2J.csv"), 1);
	CHECK_EQ_STR(v.why.buf, "'rep/a\\x0ab\\x1b[2J.csv' is in the report folder");
	/* said once: the first difference stays */
	verdict_differ(&v, "another");
	CHECK_EQ_STR(v.why.buf, "'rep/a\\x0ab\\x1b[2J.csv' is in the report folder");
	verdict_release(&v);
}

int main(void)
{
	unit_name = "test_verify_diff";
	test_same();
	test_long_line();
	test_short_lines();
	test_multibyte();
	test_escaped();
	test_blocks();
	test_binary();
	test_headline();
	return unit_end();
}
