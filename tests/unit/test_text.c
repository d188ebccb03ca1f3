/* test_text.c: unit test for the word splitting of text.c: words, handles, words outside
 * mentions, and text that ends right after an '@' (read to its end and not one byte past:
 * each case runs on an exact-size heap copy, so AddressSanitizer sees any overrun). */
#include "text.h"
#include "unit.h"

#include <limits.h>
#include <stdlib.h>

static void join(const char *w, size_t n, int at_sign, void *ctx)
{
	struct strbuf *sb = ctx;

	if (sb->len)
		strbuf_addch(sb, '|');
	if (at_sign)
		strbuf_addch(sb, '@');
	strbuf_add(sb, w, n);
}

static const char *words(const char *s)
{
	static struct strbuf sb;
	char *copy = strdup(s);

	strbuf_release(&sb);
	strbuf_init(&sb);
	text_words(copy, join, &sb);
	free(copy);
	return sb.buf;
}

static void span(size_t start, size_t end, int at_sign, void *ctx)
{
	struct strbuf *sb = ctx;

	strbuf_addf(sb, "%s%s%zu-%zu", sb->len ? "|" : "", at_sign ? "@" : "", start, end);
}

static const char *spans(const char *s)
{
	static struct strbuf sb;
	char *copy = strdup(s);

	strbuf_release(&sb);
	strbuf_init(&sb);
	text_word_spans(copy, span, &sb);
	free(copy);
	return sb.buf;
}

static int has_words(const char *s)
{
	char *copy = strdup(s);
	int r = text_has_words(copy);

	free(copy);
	return r;
}

int main(void)
{
	unit_name = "test_text";

	CHECK_EQ_STR(words("hola, que tal 2026"), "hola|que|tal|2026");
	CHECK_EQ_STR(words("gracias @empleo_cv. adeu"), "gracias|@empleo_cv|adeu");
	CHECK_EQ_STR(words("servei d ocupacio"), "servei|d|ocupacio");
	CHECK_EQ_STR(words("caf\xC3\xA9 \xC3\xB1u"), "caf\xC3\xA9|\xC3\xB1u");
	CHECK_EQ_STR(words("@"), "");
	CHECK_EQ_STR(words("hola @"), "hola");
	CHECK_EQ_STR(words("@@"), "");
	CHECK_EQ_STR(words("a@"), "a");
	CHECK_EQ_STR(words(""), "");

	CHECK_EQ_STR(spans("Hola @Marta_G."), "0-4|@6-13");
	CHECK_EQ_STR(spans("hola @"), "0-4");
	CHECK_EQ_STR(spans("@"), "");
	CHECK_EQ_STR(spans("@@toni"), "@2-6");
	CHECK_EQ_STR(spans("e\xCC\x81s"), "0-4");

	CHECK(has_words("ok"));
	CHECK(has_words("\xC3\xA9"));
	CHECK(!has_words("@empleo_cv \xF0\x9F\x91\x8D"));
	CHECK(!has_words("?! :)"));
	CHECK(!has_words("@"));
	CHECK(!has_words(""));

	/* strbuf_addint writes what "%lld" writes. */
	{
		static const long long v[] = {0, 7, -7, 10, 99, 100, -100, 2147483648LL, LLONG_MAX, LLONG_MIN};
		size_t i;
		for (i = 0; i < sizeof(v) / sizeof(*v); i++) {
			struct strbuf got, want;
			strbuf_init(&got);
			strbuf_init(&want);
			strbuf_addstr(&got, "n=");
			strbuf_addint(&got, v[i]);
			strbuf_addf(&want, "n=%lld", v[i]);
			CHECK_EQ_STR(got.buf, want.buf);
			strbuf_release(&got);
			strbuf_release(&want);
		}
	}
	return unit_end();
}
