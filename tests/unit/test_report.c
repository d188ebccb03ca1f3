/* test_report.c: the pieces of the reports that are arithmetic or escaping: the i18n table
 * (every entry in three languages, the same %s blanks in each, the language from the
 * environment), numbers and percentages per language, gnuplot string and data-file escaping
 * (nothing from the input can end a string or a line), the SVG prepared for HTML, the HTML
 * and Markdown writers' escaping, and the --format parser. */
#include "chart.h"
#include "i18n.h"
#include "doc.h"
#include "report_run.h"
#include "text.h"
#include "unit.h"
#include "util_tz.h"

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
	int i, l, k;

	for (k = 0; i18n_tables[k]; k++) {
		const struct i18n_table *tb = i18n_tables[k];
		for (i = 0; i < tb->n; i++) {
			int want = -1;
			for (l = 0; l < UI_N; l++) {
				const char *s = tb->e[i].s[l];
				if (!s || !*s) {
					printf("test_report: i18n %s entry %d has no text in language %d\n", tb->name,
					       i, l);
					CHECK(0);
					continue;
				}
				if (want < 0)
					want = count_conv(s);
				if (count_conv(s) != want)
					printf(
					    "test_report: i18n %s entry %d: '%s' has other blanks than the English\n",
					    tb->name, i, s);
				CHECK(count_conv(s) == want);
			}
		}
	}
	/* The ranges of the tables do not overlap. */
	for (k = 0; i18n_tables[k]; k++)
		for (l = k + 1; i18n_tables[l]; l++)
			CHECK(i18n_tables[k]->base + i18n_tables[k]->n <= i18n_tables[l]->base ||
			      i18n_tables[l]->base + i18n_tables[l]->n <= i18n_tables[k]->base);
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
	PCT(UI_ES, 98, 216, "45,4\u00a0%");
	PCT(UI_CA, 1, 1, "100,0\u00a0%");
	PCT(UI_EN, 1, 0, "-");
	PCT(UI_EN, 1, 8, "12.5%"); /* half up, as add_pct */
	strbuf_reset(&sb);
	tr_month_label(&sb, UI_EN, 2026 * 12 + 2);
	CHECK_EQ_STR(sb.buf, "Mar 2026");
#define FMT(call, want)                                                                                                \
	do {                                                                                                           \
		strbuf_reset(&sb);                                                                                     \
		call;                                                                                                  \
		CHECK_EQ_STR(sb.buf, want);                                                                            \
	} while (0)
	FMT(tr_dec(&sb, UI_EN, 0.03724, 4), "0.0372");
	FMT(tr_dec(&sb, UI_ES, 0.03724, 4), "0,0372");
	FMT(tr_dec(&sb, UI_CA, 12.5, 1), "12,5");
	FMT(tr_wait(&sb, UI_ES, 45), "45\u00a0s");
	FMT(tr_wait(&sb, UI_ES, 12 * 60 + 59), "12\u00a0min");
	FMT(tr_wait(&sb, UI_CA, 3600 + 5 * 60), "1\u00a0h 05\u00a0min");
	FMT(tr_wait(&sb, UI_EN, 3 * 86400 + 4 * 3600 + 59), "3\u00a0d 04\u00a0h");
	FMT(tr_wait(&sb, UI_EN, -1), "-");
	strbuf_release(&sb);
}

/* Dates and periods as Spanish and Valencian write them: 2026-03-02 was a Monday; Valencian
 * elides "de" before abril, agost, octubre and the article before the days 1 and 11. */
static void test_dates(void)
{
	struct strbuf sb;
	struct tz *madrid = tz_load("Europe/Madrid");
	long long t = 1772441880;    /* 2026-03-02T08:58:00Z, 09:58 in Madrid */
	long long apr2 = 1775088000; /* 2026-04-02T00:00:00Z */
	long long day = tz_days_from_civil(2026, 3, 2);

	strbuf_init(&sb);
	CHECK(madrid != NULL);
	FMT(tr_datetime(&sb, UI_ES, madrid, t), "lun 2 mar 2026, 09:58");
	FMT(tr_datetime(&sb, UI_CA, madrid, t), "dl. 2 març 2026, 09:58");
	FMT(tr_datetime(&sb, UI_EN, madrid, t), "Mon 2 Mar 2026, 09:58");
	FMT(tr_datetime(&sb, UI_EN, NULL, t), "Mon 2 Mar 2026, 08:58");
	FMT(tr_date(&sb, UI_ES, madrid, t), "2 de marzo de 2026");
	FMT(tr_date(&sb, UI_CA, madrid, t), "2 de març de 2026");
	FMT(tr_date(&sb, UI_EN, madrid, t), "2 March 2026");
	FMT(tr_date(&sb, UI_CA, NULL, apr2), "2 d'abril de 2026");
	FMT(tr_date_days(&sb, UI_CA, tz_days_from_civil(2026, 8, 15)), "15 d'agost de 2026");
	FMT(tr_date_days(&sb, UI_CA, tz_days_from_civil(2026, 10, 9)), "9 d'octubre de 2026");
	FMT(tr_date_days(&sb, UI_ES, tz_days_from_civil(2026, 10, 9)), "9 de octubre de 2026");
	FMT(tr_day_short(&sb, UI_CA, madrid, t), "2 març");
	FMT(tr_day_label(&sb, UI_ES, day, 0), "lun 2 mar");
	FMT(tr_day_label(&sb, UI_CA, day + 6, 1), "dg. 8 març 2026");
	/* 2026-03-29 01:30Z is 03:30 in Madrid (summer time began at 01:00Z) */
	FMT(tr_datetime(&sb, UI_ES, madrid, 1774747800), "dom 29 mar 2026, 03:30");
	FMT(tr_period(&sb, UI_ES, "2026Q1", 0), "primer trimestre de 2026");
	FMT(tr_period(&sb, UI_CA, "2026Q4", 1), "Quart trimestre de 2026");
	FMT(tr_period(&sb, UI_EN, "2026Q2", 0), "second quarter of 2026");
	FMT(tr_period(&sb, UI_ES, "2026-03", 0), "marzo de 2026");
	FMT(tr_period(&sb, UI_CA, "2026-04", 0), "abril de 2026");
	FMT(tr_period(&sb, UI_EN, "2026", 0), "the year 2026");
	FMT(tr_period(&sb, UI_ES, "2026-03-02..2026-04-15", 0), "del 2 de marzo de 2026 al 15 de abril de 2026");
	FMT(tr_period(&sb, UI_CA, "2026-03-02..2026-04-15", 0), "del 2 de març de 2026 al 15 d'abril de 2026");
	FMT(tr_period(&sb, UI_CA, "2026-03-01..2026-10-11", 0), "de l'1 de març de 2026 a l'11 d'octubre de 2026");
	FMT(tr_period(&sb, UI_CA, "2026-03-01..", 0), "des de l'1 de març de 2026");
	FMT(tr_period(&sb, UI_CA, "..2026-04-02", 0), "fins al 2 d'abril de 2026");
	FMT(tr_period(&sb, UI_ES, "..2026-04-02", 1), "Hasta el 2 de abril de 2026");
	FMT(tr_period(&sb, UI_ES, "2026-03-02..", 0), "desde el 2 de marzo de 2026");
	FMT(tr_period(&sb, UI_EN, "2026-03-02..2026-04-15", 0), "2 March 2026 to 15 April 2026");
	FMT(tr_period(&sb, UI_ES, NULL, 1), "Todas las fechas");
	{
		const char *v[] = {"crítica", "pregunta", "inglés"};
		FMT(tr_join(&sb, UI_ES, v, 3), "crítica, pregunta e inglés");
		FMT(tr_join(&sb, UI_CA, v, 2), "crítica i pregunta");
		FMT(tr_join(&sb, UI_EN, v, 2), "crítica and pregunta");
		FMT(tr_join(&sb, UI_EN, v, 1), "crítica");
	}
	FMT(tr_post_label(&sb, UI_CA, madrid, t, "Obrim la convocatòria ACTIVA 2026…", 0),
	    "2 març · Obrim la convocatòria ACTIVA 2026…");
	FMT(tr_post_label(&sb, UI_ES, madrid, t, NULL, 1), "2 mar · conversación privada");
	FMT(text_headline("🌍🇪🇺\n\n  Jornada EURES: trabajar en Europa\nsegunda línea", 60, &sb),
	    "Jornada EURES: trabajar en Europa");
	FMT(text_headline("👍👍", 60, &sb), "");
	FMT(text_headline("📢 Obrim la convocatòria ACTIVA 2026 | Abrimos", 60, &sb),
	    "Obrim la convocatòria ACTIVA 2026 | Abrimos");
	FMT(text_headline("🇪🇺 ¿Trabajar en Europa?", 60, &sb), "¿Trabajar en Europa?");
	strbuf_release(&sb);
	tz_free(madrid);
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
	CHECK(strstr(sb.buf, "set title 'Title with ''quote'' and a newline \\' } else { unset title }\n") != NULL);
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
	char *out = chart_svg_inline(svg, "c1-");

	CHECK(out != NULL);
	if (!out)
		return;
	CHECK(!strstr(out, "<?xml"));
	CHECK(!strstr(out, "http"));
	CHECK(!strstr(out, "<title>"));
	CHECK(!strstr(out, "<desc>"));
	CHECK(strstr(out, "<svg width=\"600\"") == out);
	CHECK(strstr(out, "id=\"c1-gnuplot_canvas\"") != NULL);
	CHECK(strstr(out, "id='c1-gpDot'") != NULL);
	CHECK(strstr(out, "href='#c1-gpDot'") != NULL);
	CHECK(strstr(out, "url(#c1-gpPat1)") != NULL);
	/* Text of a label is left as it is. */
	CHECK(strstr(out, "<text>id='x' href='#y' url(#z) &lt;b></text>") != NULL);
	CHECK(out[strlen(out) - 1] == '>');
	free(out);
	CHECK(chart_svg_inline("no svg here", "c1-") == NULL);
	out = chart_svg_inline("<svg width='1'><title>never closed", "c2-");
	CHECK(out != NULL); /* and it ends */
	free(out);
}

static void test_writers(void)
{
	struct doc d;
	struct doc_table *t;
	const char *h[2] = {"Name", "N"};
	FILE *fp;
	char *buf = NULL;
	size_t len = 0;

	doc_init(&d, "en");
	d.title = "T <x>";
	doc_section(&d, "s", "Section");
	doc_para(&d, "a <script>alert(1)</script> & 'q'");
	t = doc_table(&d, 2, 2, h);
	doc_cell(&d, t, "[link](http://x) *b* |pipe|");
	doc_cell(&d, t, "1");
	doc_cell(&d, t, "short row"); /* a row left with one cell is padded */
	{
		struct doc_chart *c = doc_chart(&d, "c", "A \"title\" & <more>", NULL);
		c->svg = "<svg width='1'></svg>";
	}
	fp = open_memstream(&buf, &len);
	CHECK(doc_html_write(&d, fp) == 0);
	fclose(fp);
	CHECK(strstr(buf, "<title>T &lt;x&gt;</title>") != NULL);
	CHECK(strstr(buf, "a &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;q&#39;") != NULL);
	CHECK(strstr(buf, "<td>short row</td><td class=\"num\"></td>") != NULL);
	/* the chart's label escaped by the writer */
	CHECK(strstr(buf, "<svg role=\"img\" aria-label=\"A &quot;title&quot; &amp; &lt;more&gt;\" width='1'></svg>") !=
	      NULL);
	CHECK(!strstr(buf, "<script"));
	free(buf);
	buf = NULL;
	fp = open_memstream(&buf, &len);
	CHECK(doc_md_write(&d, fp) == 0);
	fclose(fp);
	CHECK(strstr(buf, "| \\[link\\](http://x) \\*b\\* \\|pipe\\| | 1 |") != NULL);
	CHECK(strstr(buf, "a \\<script\\>alert(1)\\</script\\> \\& 'q'") != NULL);
	CHECK(strstr(buf, "| --- | ---: |") != NULL);
	free(buf);
	doc_release(&d);
}

static void test_parts(void)
{
	CHECK_EQ_LL(report_parts_parse("html"), RF_HTML);
	CHECK_EQ_LL(report_parts_parse("md,csv"), RF_MD | RF_CSV);
	CHECK_EQ_LL(report_parts_parse("charts,html,md,csv"), RF_HTML | RF_MD | RF_CSV | RF_CHARTS);
	CHECK_EQ_LL(report_parts_parse("charts,html,md,csv,xlsx"), RF_ALL);
	CHECK_EQ_LL(report_parts_parse("xlsx"), RF_XLSX | RF_CSV);
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
	test_dates();
	test_gnuplot_escaping();
	test_script();
	test_svg_inline();
	test_writers();
	test_parts();
	return unit_end();
}
