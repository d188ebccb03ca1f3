/* test_html.c: unit test for in_html (HTML bodies to text, references) and the JSON head
 * sniffing helpers of in_json that the fediverse adapters detect with. */
#include "in_html.h"
#include "in_json.h"
#include "unit.h"

static const char *text(const char *html)
{
	static struct strbuf sb;

	strbuf_release(&sb);
	strbuf_init(&sb);
	html_to_text(html, strlen(html), &sb);
	return sb.buf;
}

static const char *unescape(const char *s)
{
	static struct strbuf sb;

	strbuf_release(&sb);
	strbuf_init(&sb);
	html_unescape(s, strlen(s), &sb);
	return sb.buf;
}

static int key(const char *head, const char *k)
{
	return json_head_key(head, strlen(head), k);
}

static int pair(const char *head, const char *k, const char *v)
{
	return json_head_pair(head, strlen(head), k, v);
}

int main(void)
{
	unit_name = "test_html";

	/* paragraphs, line breaks, blanks */
	CHECK_EQ_STR(text("<p>first status</p>"), "first status");
	CHECK_EQ_STR(text("<p>one</p><p>two</p>"), "one\ntwo");
	CHECK_EQ_STR(text("a<br>b<br />c<br><br>d"), "a\nb\nc\n\nd");
	CHECK_EQ_STR(text("  lots \n of\t\tblanks  "), "lots of blanks");
	CHECK_EQ_STR(text("<p>x</p>\n\n<p>y</p>\n"), "x\ny");
	CHECK_EQ_STR(text(""), "");
	CHECK_EQ_STR(text("<p></p>"), "");
	/* Mastodon mentions and hidden URL parts keep their text */
	CHECK_EQ_STR(text("<p><span class=\"h-card\" translate=\"no\"><a href=\"https://x.example/@ana\" "
	                  "class=\"u-url mention\">@<span>ana</span></a></span> hola</p>"),
	             "@ana hola");
	CHECK_EQ_STR(text("<a href=\"https://a.example/\"><span class=\"invisible\">https://</span><span>"
	                  "a.example/</span></a>"),
	             "https://a.example/");
	/* attributes with '>' inside quotes, comments, scripts */
	CHECK_EQ_STR(text("<a title=\"1 > 0\">ok</a>"), "ok");
	CHECK_EQ_STR(text("a<!-- <p>hidden</p> -->b"), "ab");
	CHECK_EQ_STR(text("a<script>var x = '<p>';</script>b"), "ab");
	CHECK_EQ_STR(text("a<STYLE>p{}</STYLE>b"), "ab");
	/* '<' that opens no tag stays */
	CHECK_EQ_STR(text("1 < 2 and 3<4"), "1 < 2 and 3<4");
	CHECK_EQ_STR(text("trailing <b"), "trailing <b");
	CHECK_EQ_STR(text("<!-- never closed"), "");
	/* references */
	CHECK_EQ_STR(text("caf&eacute; &amp; t&#233; &#x1F600; &lt;b&gt;"), "café & té 😀 <b>");
	CHECK_EQ_STR(text("a&nbsp;b"), "a b");
	CHECK_EQ_STR(text("&#39;quoted&#39; &quot;x&quot;"), "'quoted' \"x\"");
	CHECK_EQ_STR(unescape("&gt; quote &amp;amp; &unknown; &amp &#0; &#xD800; &#150;"),
	             "> quote &amp; &unknown; &amp \xEF\xBF\xBD \xEF\xBF\xBD \xE2\x80\x93");
	CHECK_EQ_STR(unescape("&#99999999999;&#;&#x;"), "&#99999999999;&#;&#x;");
	CHECK_EQ_STR(unescape("no references here"), "no references here");
	CHECK_EQ_STR(unescape("&ntilde;&Ntilde;&iquest;&iexcl;&middot;"), "ñÑ¿¡·");

	/* head sniffing */
	CHECK(key("{\"kind\": \"Listing\"}", "kind"));
	CHECK(key("{\"kind\"\n :1}", "kind"));
	CHECK(!key("{\"kinds\": 1}", "kind"));
	CHECK(!key("{\"a\": \"kind\"}", "kind"));
	CHECK(!key("{\"s\": \"{\\\"kind\\\": 1}\"}", "kind")); /* inside an escaped string */
	CHECK(!key("{\"kind", "kind"));
	CHECK(pair("[{\"kind\":\"t1\"}]", "kind", "t1"));
	CHECK(pair("{\"x\": 1, \"kind\" : \"t3\"}", "kind", "t3"));
	CHECK(!pair("{\"kind\": \"t10\"}", "kind", "t1"));
	CHECK(!pair("{\"kind\": \"t", "kind", "t1"));
	return unit_end();
}
