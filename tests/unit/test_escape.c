/* test_escape.c: unit test of what may reach a terminal and what JSON holds (issue 12, defects
 * 6 and 7): the UTF-8 validator (overlong forms, surrogates, past U+10FFFF, cut sequences),
 * diag_escape (controls as \x1b and \u009b, invalid bytes as \xNN, text kept), JSON strings that
 * stay valid UTF-8, names with their _hex bytes, and a manifest whose names are not UTF-8 read
 * back byte for byte; random bytes as a property loop. */
#include "diag.h"
#include "manifest.h"
#include "outfmt.h"
#include "unit.h"

#include <stdlib.h>

static const char *esc(const char *s, size_t n, int keep)
{
	static struct strbuf sb;

	strbuf_release(&sb);
	strbuf_init(&sb);
	diag_escape(&sb, s, n, keep);
	return sb.buf;
}

#define ESC(s) esc(s, sizeof(s) - 1, 0)

static const char *json(const char *s)
{
	static struct strbuf sb;

	strbuf_release(&sb);
	strbuf_init(&sb);
	json_add_str(&sb, s);
	return sb.buf;
}

static const char *name(const char *key, const char *s)
{
	static struct strbuf sb;

	strbuf_release(&sb);
	strbuf_init(&sb);
	json_add_name(&sb, key, s);
	return sb.buf;
}

static void test_utf8_len(void)
{
	CHECK_EQ_LL(diag_utf8_len("a", 1), 1);
	CHECK_EQ_LL(diag_utf8_len("", 0), 0);
	CHECK_EQ_LL(diag_utf8_len("\xc3\xa9", 2), 2);         /* é */
	CHECK_EQ_LL(diag_utf8_len("\xe2\x82\xac", 3), 3);     /* € */
	CHECK_EQ_LL(diag_utf8_len("\xf0\x9f\x99\x82", 4), 4); /* 🙂 */
	CHECK_EQ_LL(diag_utf8_len("\xf4\x8f\xbf\xbf", 4), 4); /* U+10FFFF */
	CHECK_EQ_LL(diag_utf8_len("\xe9", 1), 0);             /* Latin-1 é */
	CHECK_EQ_LL(diag_utf8_len("\x80", 1), 0);             /* a lone continuation byte */
	CHECK_EQ_LL(diag_utf8_len("\xc0\xaf", 2), 0);         /* overlong '/' */
	CHECK_EQ_LL(diag_utf8_len("\xe0\x80\xaf", 3), 0);     /* overlong */
	CHECK_EQ_LL(diag_utf8_len("\xf0\x80\x80\xaf", 4), 0); /* overlong */
	CHECK_EQ_LL(diag_utf8_len("\xed\xa0\x80", 3), 0);     /* surrogate U+D800 */
	CHECK_EQ_LL(diag_utf8_len("\xf4\x90\x80\x80", 4), 0); /* past U+10FFFF */
	CHECK_EQ_LL(diag_utf8_len("\xf5\x80\x80\x80", 4), 0);
	CHECK_EQ_LL(diag_utf8_len("\xe2\x82\xac", 2), 0); /* cut by n */
	CHECK_EQ_LL(diag_utf8_len("\xe2\x82x", 3), 0);    /* cut by a byte that continues nothing */
}

static void test_escape(void)
{
	CHECK_EQ_STR(ESC("Evil \x1b[31mRed\x1b[0m"), "Evil \\x1b[31mRed\\x1b[0m");
	CHECK_EQ_STR(ESC("title \x1b]0;pwned\x07"), "title \\x1b]0;pwned\\x07");
	CHECK_EQ_STR(ESC("Bob \xc2\x9b"), "Bob \\u009b");                        /* C1 CSI, valid UTF-8 */
	CHECK_EQ_STR(ESC("\xc2\x80\xc2\x9f\xc2\xa0"), "\\u0080\\u009f\xc2\xa0"); /* NBSP is text */
	CHECK_EQ_STR(ESC("tab\there\rdel\x7f"), "tab\\x09here\\x0ddel\\x7f");
	CHECK_EQ_STR(ESC("l1\nl2"), "l1\\x0al2");
	CHECK_EQ_STR(esc("l1\nl2\x1b", 6, 1), "l1\nl2\\x1b");
	CHECK_EQ_STR(esc("a\0b", 3, 0), "a\\x00b");
	CHECK_EQ_STR(ESC("caf\xe9.csv"), "caf\\xe9.csv");
	CHECK_EQ_STR(ESC("\xc0\xaf \xed\xa0\x80 \xe2\x82"), "\\xc0\\xaf \\xed\\xa0\\x80 \\xe2\\x82");
	CHECK_EQ_STR(ESC("Àngels Ferrer 🙂 € 中文 back\\slash"), "Àngels Ferrer 🙂 € 中文 back\\slash");
	CHECK_EQ_STR(ESC(""), "");
	{
		struct strbuf sb;
		strbuf_init(&sb);
		term_add_str(&sb, NULL);
		term_add_str(&sb, "x\x1b");
		CHECK_EQ_STR(sb.buf, "x\\x1b");
		strbuf_release(&sb);
	}
}

static void test_json(void)
{
	struct strbuf sb;

	CHECK_EQ_STR(json("ok 🙂 é"), "\"ok 🙂 é\"");
	CHECK_EQ_STR(json("caf\xe9.csv"), "\"caf\xef\xbf\xbd.csv\"");
	CHECK_EQ_STR(json("\xe2\x82"), "\"\xef\xbf\xbd\xef\xbf\xbd\""); /* one U+FFFD per byte */
	CHECK_EQ_STR(json("\xed\xa0\x80"), "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
	CHECK_EQ_STR(json("\x1b[1m\"\\"), "\"\\u001b[1m\\\"\\\\\"");
	CHECK_EQ_STR(json(NULL), "null");
	CHECK(json_is_utf8("café 🙂"));
	CHECK(!json_is_utf8("caf\xe9"));
	CHECK(json_is_utf8(""));
	CHECK_EQ_STR(name("path", "café.csv"), "\"path\":\"café.csv\"");
	CHECK_EQ_STR(name("path", "caf\xe9.csv"), "\"path\":\"caf\xef\xbf\xbd.csv\",\"path_hex\":\"636166e92e637376\"");
	CHECK_EQ_STR(name("file", NULL), "\"file\":null");
	strbuf_init(&sb);
	CHECK_EQ_LL(json_unhex("636166E9", &sb), 0);
	CHECK_EQ_STR(sb.buf, "caf\xe9");
	strbuf_reset(&sb);
	CHECK_EQ_LL(json_unhex("", &sb), 0);
	CHECK_EQ_LL(sb.len, 0);
	CHECK_EQ_LL(json_unhex("636", &sb), -1);
	CHECK_EQ_LL(json_unhex("6x", &sb), -1);
	CHECK_EQ_LL(json_unhex("6100", &sb), -1); /* a NUL: no file name holds one */
	strbuf_release(&sb);
}

/* A manifest with names that are not UTF-8 in every place one can stand: written, it is valid
 * UTF-8; read back, every name is the same bytes. */
static void roundtrip(const char *arg, const char *value, const char *path, const char *key)
{
	struct manifest m, back;
	struct strbuf sb;
	int ok;

	manifest_init(&m, "user");
	manifest_add_arg(&m, "plain");
	manifest_add_arg(&m, arg);
	manifest_add_option(&m, "--schedule", value);
	manifest_add_option(&m, "--official", "org");
	manifest_add_output(&m, path, "x", 1);
	m.key_path = key;
	m.key_id = "0123456789abcdef";
	strbuf_init(&sb);
	manifest_json(&m, &sb, "");
	CHECK(json_is_utf8(sb.buf));
	ok = manifest_parse("roundtrip", sb.buf, sb.len, &back) == 0;
	CHECK(ok);
	if (ok) {
		CHECK_EQ_LL(back.n_args, 2);
		CHECK_EQ_STR(back.args[0], "plain");
		CHECK_EQ_STR(back.args[1], arg);
		CHECK_EQ_LL(back.n_opts, 2);
		CHECK_EQ_STR(back.opts[1].name, "--schedule");
		CHECK_EQ_STR(back.opts[1].value, value);
		CHECK_EQ_LL(back.n_outputs, 1);
		CHECK_EQ_STR(back.outputs[0].path, path);
		CHECK_EQ_STR(back.key_path, key);
	}
	manifest_release(&back);
	m.key_path = m.key_id = NULL;
	manifest_release(&m);
	strbuf_release(&sb);
}

static void random_name(char *buf, size_t max)
{
	size_t n = 1 + (size_t)rand() % (max - 1), i;

	for (i = 0; i < n; i++)
		buf[i] = (char)(1 + rand() % 255);
	buf[n] = '\0';
}

static void test_random(void)
{
	char a[16], b[16], c[16], d[16];
	int round, bad = 0;

	srand(12);
	for (round = 0; round < 300; round++) {
		struct strbuf sb;
		size_t i;
		random_name(a, sizeof(a));
		random_name(b, sizeof(b));
		random_name(c, sizeof(c));
		random_name(d, sizeof(d));
		roundtrip(a, b, c, d);
		/* escaped: no control byte, no C1, valid UTF-8 */
		strbuf_init(&sb);
		diag_escape(&sb, a, strlen(a), 0);
		for (i = 0; i < sb.len; i++) {
			unsigned char x = (unsigned char)sb.buf[i];
			if (x < 0x20 || x == 0x7f || (x == 0xc2 && (unsigned char)sb.buf[i + 1] < 0xa0))
				bad++;
		}
		bad += !json_is_utf8(sb.buf);
		strbuf_release(&sb);
	}
	CHECK_EQ_LL(bad, 0);
}

int main(void)
{
	unit_name = "test_escape";
	test_utf8_len();
	test_escape();
	test_json();
	roundtrip("Jos\xe9", "horari\xe9.txt", "caf\xe9.csv", "clau\xe9");
	roundtrip("José", "horari.txt", "café.csv", "key");
	test_random();
	return unit_end();
}
