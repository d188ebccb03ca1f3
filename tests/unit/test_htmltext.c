/* test_htmltext.c: unit test for in_htmltext on the shapes the Mastodon and Reddit adapters
 * feed it (status content with mentions, hashtags and hidden URL parts; Reddit's escaped
 * markdown), plus the hostile corners: unclosed tags and comments, '>' inside attributes,
 * references out of range. */
#include "in_htmltext.h"
#include "unit.h"

static const char *text(const char *html)
{
	static struct strbuf sb;

	strbuf_release(&sb);
	strbuf_init(&sb);
	htmltext_to_text(html, strlen(html), &sb);
	return sb.buf;
}

static const char *decode(const char *s)
{
	static struct strbuf sb;

	strbuf_release(&sb);
	strbuf_init(&sb);
	htmltext_decode(s, strlen(s), &sb);
	return sb.buf;
}

int main(void)
{
	unit_name = "test_htmltext";

	/* Mastodon content */
	CHECK_EQ_STR(text("<p>first status</p>"), "first status");
	CHECK_EQ_STR(text("<p>one</p><p>two</p>"), "one\n\ntwo");
	CHECK_EQ_STR(text("a<br>b<br />c<br><br>d"), "a\nb\nc\n\nd");
	CHECK_EQ_STR(text("<p><span class=\"h-card\" translate=\"no\"><a href=\"https://x.example/@ana\" "
	                  "class=\"u-url mention\">@<span>ana</span></a></span> hola</p>"),
	             "@ana hola");
	CHECK_EQ_STR(text("<p>Plazo de <a href=\"https://x.example/tags/ayudas\" class=\"mention hashtag\" "
	                  "rel=\"tag\">#<span>ayudas</span></a>.</p><p>Dudas aqu\xC3\xAD &#128071;</p>"),
	             "Plazo de #ayudas.\n\nDudas aqu\xC3\xAD \xF0\x9F\x91\x87");
	CHECK_EQ_STR(text("<a href=\"https://a.example/\"><span class=\"invisible\">https://</span><span>"
	                  "a.example/</span><span class=\"invisible\"></span></a>"),
	             "https://a.example/");
	CHECK_EQ_STR(text(""), "");
	CHECK_EQ_STR(text("<p></p>"), "");
	/* hostile corners */
	CHECK_EQ_STR(text("<a title=\"1 > 0\">ok</a>"), "ok");
	CHECK_EQ_STR(text("a<!-- <p>hidden</p> -->b"), "ab");
	CHECK_EQ_STR(text("a<script>var x = '<p>';</script>b"), "ab");
	CHECK_EQ_STR(text("1 < 2 and 3<4"), "1 < 2 and 3<4");
	CHECK_EQ_STR(text("trailing <b"), "trailing <b");
	CHECK_EQ_STR(text("caf&eacute; &amp; t&#233; &#x1F600; &lt;b&gt;"),
	             "caf\xC3\xA9 & t\xC3\xA9 \xF0\x9F\x98\x80 <b>");
	CHECK_EQ_STR(text("&#0; &unknown; &amp"), "\xEF\xBF\xBD &unknown; &amp");
	/* Reddit markdown: only the references change */
	CHECK_EQ_STR(decode("&gt; nuevo horario\n\n\xC2\xBFY los s\xC3\xA1"
	                    "bados?"),
	             "> nuevo horario\n\n\xC2\xBFY los s\xC3\xA1"
	             "bados?");
	CHECK_EQ_STR(decode("Hola &amp; adi\xC3\xB3s &lt;3 &amp;amp;"), "Hola & adi\xC3\xB3s <3 &amp;");
	CHECK_EQ_STR(decode("no references here"), "no references here");
	return unit_end();
}
