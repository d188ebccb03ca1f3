/* test_report.c: the pieces of the reports that are arithmetic or escaping: the i18n table
 * (every entry in three languages, the same %s blanks in each, the language from the
 * environment), numbers and percentages per language, gnuplot string and data-file escaping
 * (nothing from the input can end a string or a line), the SVG prepared for HTML, the HTML
 * and Markdown writers' escaping, and the --format parser. */
#include "chart.h"
#include "i18n.h"
#include "report_doc.h"
#include "report_run.h"
#include "unit.h"

#include <stdlib.h>
#include <string.h>

static int count_conv(const char *s)
{
	int n = 0;

	for (; *s; s++) {
		if (*s != '%')
			continue;
		if (s[1] == '%') {
			s++;
			continue;
		}
		n++;
		if (s[1] != 's')
			n += 1000; /* only %s is allowed */
	}
	return n;
}

static void test_table(void)
{
	int i, l;

	for (i = 0; i < T_N; i++) {
		int want = -1;
		for (l = 0; l < UI_N; l++) {
			const char *s = i18n_entry(i, (enum ui_lang)l);
			if (!s || !*s) {
				printf("test_report: i18n entry %d has no text in language %d\n", i, l);
				CHECK(0);
				continue;
			}
			if (want < 0)
				want = count_conv(s);
			if (count_conv(s) != want)
				printf("test_report: i18n entry %d: '%s' has other blanks than the English\n", i, s);
			CHECK(count_conv(s) == want);
		}
	}
	/* Accents as Spanish and Valencian write them. */
	CHECK(strstr(tr(UI_ES, T_SEC_UNANSWERED), "Comentarios sin respuesta") != NULL);
	CHECK_EQ_STR(tr(UI_ES, T_H_DAY), "Día");
	CHECK_EQ_STR(tr(UI_CA, T_CLASS_THANKS), "Agraïment");
	CHECK(strstr(tr(UI_CA, T_NO_GNUPLOT), "instal·lat") != NULL);
	CHECK_EQ_STR(tr_month(UI_CA, 3), "març");
	CHECK_EQ_STR(tr_weekday(UI_ES, 2), "mié");
}

static void test_lang(void)
{
	CHECK_EQ_LL(ui_lang_parse("es"), UI_ES);
	CHECK_EQ_LL(ui_lang_parse("ca"), UI_CA);
	CHECK_EQ_LL(ui_lang_parse("va"), UI_CA);
	CHECK_EQ_LL(ui_lang_parse("en"), UI_EN);
	CHECK_EQ_LL(ui_lang_parse("fr"), -1);
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
	CHECK_EQ_LL(ui_lang_from_env(), UI_EN);
	setenv("LANG", "es_ES.UTF-8", 1);
	CHECK_EQ_LL(ui_lang_from_env(), UI_ES);
	setenv("LC_MESSAGES", "ca_ES.UTF-8@valencia", 1);
	CHECK_EQ_LL(ui_lang_from_env(), UI_CA);
	setenv("LC_ALL", "C", 1);
	CHECK_EQ_LL(ui_lang_from_env(), UI_EN);
	setenv("LC_ALL", "", 1); /* empty: not set */
	CHECK_EQ_LL(ui_lang_from_env(), UI_CA);
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
}

static void test_numbers(void)
{
	struct strbuf sb;

	strbuf_init(&sb);
#define NUM(l, n, want)                                                                                                \
	do {                                                                                                           \
		strbuf_reset(&sb);                                                                                     \
		tr_num(&sb, l, n);                                                                                     \
		CHECK_EQ_STR(sb.buf, want);                                                                            \
	} while (0)
	NUM(UI_EN, 0, "0");
	NUM(UI_EN, 999, "999");
	NUM(UI_EN, 1234, "1,234");
	NUM(UI_EN, -1234567, "-1,234,567");
	NUM(UI_ES, 1234, "1234");
	NUM(UI_ES, 12345, "12.345");
	NUM(UI_CA, 1234567, "1.234.567");
#define PCT(l, n, d, want)                                                                                             \
	do {                                                                                                           \
		strbuf_reset(&sb);                                                                                     \
		tr_pct(&sb, l, n, d);                                                                                  \
		CHECK_EQ_STR(sb.buf, want);                                                                            \
	} while (0)
	PCT(UI_EN, 98, 216, "45.4%");
	PCT(UI_ES, 98, 216, "45,4 %");
	PCT(UI_CA, 1, 1, "100,0 %");
	PCT(UI_EN, 1, 0, "-");
	PCT(UI_EN, 1, 8, "12.5%"); /* half up, as add_pct */
	strbuf_reset(&sb);
	tr_month_label(&sb, UI_EN, 2026 * 12 + 2);
	CHECK_EQ_STR(sb.buf, "Mar 2026");
	strbuf_release(&sb);
}

static void test_gnuplot_escaping(void)
{
	struct strbuf sb;

	strbuf_init(&sb);
	gp_str(&sb, "it's");
	CHECK_EQ_STR(sb.buf, "'it''s'");
	strbuf_reset(&sb);
	gp_str(&sb, "a\nset output 'x'\n`touch PWNED`");
	/* One line, the quote doubled, no backquote: nothing can end the string or the command. */
	CHECK(!strchr(sb.buf, '\n'));
	CHECK(!strchr(sb.buf, '`'));
	CHECK_EQ_STR(sb.buf, "'a set output ''x''  touch PWNED '");
	strbuf_reset(&sb);
	dat_str(&sb, "Ana \"Q\" back\\slash\nnew\tline");
	CHECK_EQ_STR(sb.buf, "\"Ana \xe2\x80\x9dQ\xe2\x80\x9d back\\\\slash new line\"");
	strbuf_reset(&sb);
	dat_str(&sb, "");
	CHECK_EQ_STR(sb.buf, "\"\"");
	strbuf_reset(&sb);
	dat_str(&sb, "end\\");
	CHECK_EQ_STR(sb.buf, "\"end\\\\\""); /* the closing quote is never escaped */
	strbuf_release(&sb);
}

static void test_script(void)
{
	struct chart c;
	struct strbuf sb;

	chart_init(&c, "demo", "Title with 'quote'\nand a newline \\");
	strbuf_addstr(&c.body, "plot 'demo.dat' using 1:2 with lines\n");
	strbuf_init(&sb);
	chart_script(&c, &sb);
	/* The header comment cannot swallow the next line, and the title is one quoted string. */
	CHECK(strstr(sb.buf, "# demo.gp: Title with 'quote' and a newline  \n") != NULL);
	CHECK(strstr(sb.buf, "set title 'Title with ''quote'' and a newline \\'\n") != NULL);
	CHECK(strstr(sb.buf, "set output 'demo.svg'") != NULL);
	CHECK(strstr(sb.buf, "set output 'demo.png'") != NULL);
	CHECK(strstr(sb.buf, "  plot 'demo.dat' using 1:2 with lines\n") != NULL);
	CHECK(strstr(sb.buf, "#E69F00") != NULL); /* Okabe-Ito */
	strbuf_release(&sb);
	chart_release(&c);
}

static void test_svg_inline(void)
{
	const char *svg = "<?xml version=\"1.0\" encoding=\"utf-8\"  standalone=\"no\"?>\n"
	                  "<svg \n width=\"600\" height=\"400\"\n viewBox=\"0 0 600 400\"\n"
	                  " xmlns=\"http://www.w3.org/2000/svg\"\n xmlns:xlink=\"http://www.w3.org/1999/xlink\"\n>\n"
	                  "<title>Gnuplot</title>\n<desc>Produced by GNUPLOT 5.4 patchlevel 4 </desc>\n"
	                  "<g id=\"gnuplot_canvas\">\n<defs><circle id='gpDot' r='0.5'/></defs>\n"
	                  "<use xlink:href='#gpDot' x='1'/><path fill=\"url(#gpPat1)\"/>\n"
	                  "<text>id='x' href='#y' url(#z) &lt;b></text>\n</g>\n</svg>\n\n";
	char *out = chart_svg_inline(svg, "c1-", "A \"title\" & <more>");

	CHECK(out != NULL);
	if (!out)
		return;
	CHECK(!strstr(out, "<?xml"));
	CHECK(!strstr(out, "http"));
	CHECK(!strstr(out, "<title>"));
	CHECK(!strstr(out, "<desc>"));
	CHECK(strstr(out, "<svg role=\"img\" aria-label=\"A &quot;title&quot; &amp; &lt;more>\" width=\"600\"") == out);
	CHECK(strstr(out, "id=\"c1-gnuplot_canvas\"") != NULL);
	CHECK(strstr(out, "id='c1-gpDot'") != NULL);
	CHECK(strstr(out, "href='#c1-gpDot'") != NULL);
	CHECK(strstr(out, "url(#c1-gpPat1)") != NULL);
	/* Text of a label is left as it is. */
	CHECK(strstr(out, "<text>id='x' href='#y' url(#z) &lt;b></text>") != NULL);
	CHECK(out[strlen(out) - 1] == '>');
	free(out);
	CHECK(chart_svg_inline("no svg here", "c1-", "t") == NULL);
	out = chart_svg_inline("<svg width='1'><title>never closed", "c2-", "t");
	CHECK(out != NULL); /* and it ends */
	free(out);
}

static void test_writers(void)
{
	struct rdoc d;
	struct rtable *t;
	const char *h[2] = {"Name", "N"};
	FILE *fp;
	char *buf = NULL;
	size_t len = 0;

	rdoc_init(&d, "en");
	d.title = "T <x>";
	rdoc_section(&d, "s", "Section");
	rdoc_para(&d, "a <script>alert(1)</script> & 'q'");
	t = rdoc_table(&d, 2, 2, h);
	rtable_cell(&d, t, "[link](http://x) *b* |pipe|");
	rtable_cell(&d, t, "1");
	rtable_cell(&d, t, "short row"); /* a row left with one cell is padded */
	fp = open_memstream(&buf, &len);
	CHECK(out_html_write(&d, fp) == 0);
	fclose(fp);
	CHECK(strstr(buf, "<title>T &lt;x&gt;</title>") != NULL);
	CHECK(strstr(buf, "a &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;q&#39;") != NULL);
	CHECK(strstr(buf, "<td>short row</td><td class=\"num\"></td>") != NULL);
	CHECK(!strstr(buf, "<script"));
	free(buf);
	buf = NULL;
	fp = open_memstream(&buf, &len);
	CHECK(out_md_write(&d, fp) == 0);
	fclose(fp);
	CHECK(strstr(buf, "| \\[link\\](http://x) \\*b\\* \\|pipe\\| | 1 |") != NULL);
	CHECK(strstr(buf, "a \\<script\\>alert(1)\\</script\\> \\& 'q'") != NULL);
	CHECK(strstr(buf, "| --- | ---: |") != NULL);
	free(buf);
	rdoc_release(&d);
}

static void test_parts(void)
{
	CHECK_EQ_LL(report_parts_parse("html"), RF_HTML);
	CHECK_EQ_LL(report_parts_parse("md,csv"), RF_MD | RF_CSV);
	CHECK_EQ_LL(report_parts_parse("charts,html,md,csv"), RF_ALL);
	CHECK_EQ_LL(report_parts_parse("all"), RF_ALL);
	CHECK_EQ_LL(report_parts_parse("pdf"), 0);
	CHECK_EQ_LL(report_parts_parse("html,"), 0);
	CHECK_EQ_LL(report_parts_parse("htm"), 0);
}

int main(void)
{
	unit_name = "test_report";
	test_table();
	test_lang();
	test_numbers();
	test_gnuplot_escaping();
	test_script();
	test_svg_inline();
	test_writers();
	test_parts();
	return unit_end();
}
