/* test_meta.c: unit tests for in_meta.c, the helpers of the Meta adapters: the DYI mojibake
 * repair (what must change, what must stay), Graph URL pieces and the bounded detect scans. */
#include "in_meta.h"
#include "unit.h"

/* The repaired form of s, or s itself when meta_fix_mojibake leaves it alone. */
static const char *fixed(const char *s, struct strbuf *sb)
{
	strbuf_reset(sb);
	return meta_fix_mojibake(s, sb) ? sb->buf : s;
}

static void test_mojibake(void)
{
	struct strbuf sb;

	strbuf_init(&sb);
	/* "\u00c3\u00a9" as cJSON decodes it: U+00C3 U+00A9 in UTF-8 */
	CHECK_EQ_STR(fixed("Jos\xC3\x83\xC2\xA9", &sb), "Jos\xC3\xA9");
	/* an emoji written as four escapes \u00f0\u009f\u0098\u00a2 */
	CHECK_EQ_STR(fixed("\xC3\xB0\xC2\x9F\xC2\x98\xC2\xA2", &sb), "\xF0\x9F\x98\xA2");
	/* euro sign, three bytes */
	CHECK_EQ_STR(fixed("\xC3\xA2\xC2\x82\xC2\xAC 5", &sb), "\xE2\x82\xAC 5");
	/* plain ASCII: nothing to do */
	CHECK_EQ_LL(meta_fix_mojibake("hola", &sb), 0);
	CHECK_EQ_LL(meta_fix_mojibake("", &sb), 0);
	/* a real "café" (U+00E9) gives the byte E9 alone: not UTF-8, left as it is */
	CHECK_EQ_LL(meta_fix_mojibake("caf\xC3\xA9", &sb), 0);
	/* a code point above U+00FF: the string is not mojibake */
	CHECK_EQ_LL(meta_fix_mojibake("\xC3\x83\xC2\xA9 \xE2\x82\xAC", &sb), 0);
	CHECK_EQ_LL(meta_fix_mojibake("\xF0\x9F\x98\x80", &sb), 0);
	/* bytes that would be an overlong form, a surrogate or a lone lead: left alone */
	CHECK_EQ_LL(meta_fix_mojibake("\xC3\x80\xC2\xAF", &sb), 0);                 /* C0 AF */
	CHECK_EQ_LL(meta_fix_mojibake("\xC3\xAD\xC2\xA0\xC2\x80", &sb), 0);         /* ED A0 80 */
	CHECK_EQ_LL(meta_fix_mojibake("\xC3\x83 x", &sb), 0);                       /* C3 20 */
	CHECK_EQ_LL(meta_fix_mojibake("\xC3\xB4\xC2\x90\xC2\x80\xC2\x80", &sb), 0); /* F4 90 80 80 */
	/* invalid UTF-8 input is not touched */
	CHECK_EQ_LL(meta_fix_mojibake("\xC3", &sb), 0);
	CHECK_EQ_LL(meta_fix_mojibake("\xFF\xFE", &sb), 0);
	/* the output buffer only grows on success */
	strbuf_reset(&sb);
	meta_fix_mojibake("caf\xC3\xA9", &sb);
	CHECK_EQ_LL(sb.len, 0);
	strbuf_release(&sb);
}

static void test_urls(void)
{
	char obj[64], edge[32], val[32];

	CHECK(meta_graph_url("https://graph.facebook.com/v19.0/9001/conversations?platform=instagram&after=x", obj,
	                     sizeof(obj), edge, sizeof(edge)));
	CHECK_EQ_STR(obj, "9001");
	CHECK_EQ_STR(edge, "conversations");
	CHECK(meta_url_param("https://graph.facebook.com/v19.0/9001/conversations?platform=instagram&after=x",
	                     "platform", val, sizeof(val)));
	CHECK_EQ_STR(val, "instagram");
	CHECK(!meta_url_param("https://x/?a=1", "platform", val, sizeof(val)));
	CHECK(meta_graph_url("https://graph.instagram.com/17800000000000001/comments", obj, sizeof(obj), edge,
	                     sizeof(edge)));
	CHECK_EQ_STR(obj, "17800000000000001");
	CHECK_EQ_STR(edge, "comments");
	CHECK(meta_graph_url("https://graph.facebook.com/t_1?fields=messages", obj, sizeof(obj), edge, sizeof(edge)));
	CHECK_EQ_STR(obj, "t_1");
	CHECK_EQ_STR(edge, "");
	CHECK(!meta_graph_url("https://example.org/v1/x/comments", obj, sizeof(obj), edge, sizeof(edge)));
	CHECK(!meta_graph_url("https://graph.facebook.com/", obj, sizeof(obj), edge, sizeof(edge)));
	/* an id longer than the buffer is refused, not cut */
	CHECK(!meta_graph_url("https://graph.facebook.com/v1/0123456789/x", obj, 8, edge, sizeof(edge)));
}

static void test_scan(void)
{
	const char *doc = "{\"a\": \"t_1\", \"id\" :  \"t_22\", \"x\":\"id\"}";
	size_t len = strlen(doc), pos = 0;

	CHECK(meta_json_start("  \n[1]", 6));
	CHECK(!meta_json_start("  x{", 4));
	CHECK(!meta_json_start("   ", 3));
	CHECK(meta_key_prefix(doc, len, "id", "t_2"));
	CHECK(!meta_key_prefix(doc, len, "a", "m_"));
	/* "id" as a value is not a member */
	CHECK(meta_next_value(doc, len, "id", &pos) != NULL);
	CHECK(meta_next_value(doc, len, "id", &pos) == NULL);
	/* never past len: the needle straddles the end */
	CHECK(!meta_has(doc, 5, "\"a\": "));
	CHECK(meta_has(doc, 6, "\"a\": "));
	/* a value cut by len */
	pos = 0;
	CHECK(!meta_key_prefix(doc, 24, "id", "t_22"));
}

int main(void)
{
	unit_name = "test_meta";
	test_mojibake();
	test_urls();
	test_scan();
	return unit_end();
}
