/* test_fairdoc.c: the fairness figures as a document, on a thread built by hand: the thread
 * named by its post (day and first words), the longest jump's time in the reader's zone and
 * language, the moderation log in words, --min-cell withholding the rates, the parts as
 * headings (not a second "Equal treatment") inside a report, and no English phrase of the
 * fairness table left in the Spanish and Valencian documents. */
#include "classify.h"
#include "doc.h"
#include "fairness.h"
#include "i18n.h"
#include "out_fairness.h"
#include "unit.h"
#include "util_tz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct thread *t;
static long long base = 1772438400; /* 2026-03-02T08:00:00Z, a Monday */

static void add(const char *id, const char *parent, const char *uid, long long dt, int cls, unsigned flags,
                const char *text)
{
	struct record r = {0};

	r.platform = "facebook";
	r.thread = "P_1";
	r.id = id;
	r.parent = parent;
	r.author_id = uid;
	r.author = !strcmp(uid, "P") ? "Servei" : uid;
	r.page = "P";
	r.text = text;
	r.created.utc = base + dt;
	r.created.has_offset = 1;
	r.flags = flags;
	r.cls = (signed char)cls;
	thread_add(t, &r, NULL);
}

/* As test_fairness.c: c3 is answered while c1 and c2 wait (the longest jump, 2, at 600 s);
 * c6 is hidden and answered; c8 is deleted and has no text. */
static void build(void)
{
	t = thread_new("facebook", "P_1");
	add("P_1", NULL, "P", 0, -1, REC_POST, "\n📢 Obrim la convocatòria ACTIVA 2026\nMés informació");
	add("c1", NULL, "u1", 60, CLASS_CRITICISM, 0, "ok");
	add("c2", NULL, "u2", 120, CLASS_CRITICISM, 0, "ok");
	add("c3", NULL, "u3", 180, CLASS_QUESTION, 0, "ok");
	add("c4", NULL, "u4", 240, CLASS_QUESTION, 0, "ok");
	add("r3", "c3", "P", 600, -1, 0, "ok");
	add("r1", "c1", "P", 900, -1, 0, "ok");
	add("r4", "c4", "P", 900, -1, 0, "ok");
	add("c5", NULL, "u1", 1000, CLASS_CRITICISM, 0, "ok");
	add("c6", NULL, "u5", 1100, CLASS_QUESTION, REC_HIDDEN, "una pregunta amagada");
	add("r6", "c6", "P", 1200, -1, 0, "ok");
	add("c7", NULL, "u6", 1300, CLASS_THANKS, 0, "gràcies");
	add("r7", "c7", "P", 1400, -1, 0, "ok");
	add("c8", NULL, "u7", 1500, -1, REC_DELETED, "");
	thread_build(t);
}

/* The document of the figures in language l, as text (or Markdown), in a malloc'd string. */
static char *render(const struct fairness *f, enum ui_lang l, const struct privacy *pv, const struct tz *zone,
                    enum doc_format fmt)
{
	struct fairness_figures fig;
	struct doc d;
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	fairness_figures(f, &fig);
	doc_init(&d, ui_lang_code(l));
	d.title = tr(l, TF_TITLE);
	fairness_doc(&d, l, &fig, f, pv, zone);
	CHECK(doc_write(&d, fmt, out) == 0);
	fclose(out);
	doc_release(&d);
	fairness_figures_release(&fig);
	return buf;
}

/* No English text of the fairness table (a literal run of 12 characters or more between the
 * blanks of an entry, not in the language's own text of that entry) appears in doc. */
static void no_english(const char *doc, enum ui_lang l)
{
	int id;

	for (id = TF_BASE; id < TF_END; id++) {
		const char *en = tr(UI_EN, id), *p = en;
		if (!strcmp(en, tr(l, id)))
			continue;
		while (*p) {
			const char *q = strchr(p, '%');
			size_t n = q ? (size_t)(q - p) : strlen(p);
			if (n >= 12) {
				char *run = strndup(p, n);
				if (!strstr(tr(l, id), run) && strstr(doc, run)) {
					printf("fairdoc: English '%s' in the %s document\n", run, ui_lang_code(l));
					CHECK(0);
				}
				free(run);
			}
			p += n;
			if (*p)
				p += p[1] ? 2 : 1; /* past %s or %% */
		}
	}
}

int main(void)
{
	struct coverage_opts o = {RULE_ALL, 0, NULL};
	struct thread_coverage c;
	struct fairness f;
	struct fairness_figures fig;
	struct privacy pv = {NULL, 0}, small = {NULL, 5};
	struct tz *madrid = tz_load("Europe/Madrid");
	struct doc d;
	const struct doc_block *b;
	char *s;
	int parts = 0;

	unit_name = "fairdoc";
	o.need_classes = (1u << CLASS_CRITICISM) | (1u << CLASS_QUESTION);
	build();
	coverage_thread(t, &o, &c);
	fairness_init(&f, &o, "2026Q1");
	fairness_add(&f, t, &c, 0);
	fairness_add(&f, t, &c, 1);

	/* What names the thread: the post's first line with words (the emoji before them left
	 * out), its time, not private. */
	fairness_figures(&f, &fig);
	CHECK_EQ_LL(fig.n_threads, 1);
	if (fig.n_threads) {
		CHECK_EQ_STR(fig.threads[0]->headline, "Obrim la convocatòria ACTIVA 2026");
		CHECK_EQ_LL(fig.threads[0]->post_time, base);
		CHECK(!fig.threads[0]->private_conv);
	}
	fairness_figures_release(&fig);

	/* Spanish, times in Madrid (UTC+1 in March): the longest jump at 08:10 UTC is 09:10.
	 * (Markdown: lines are not wrapped.) */
	s = render(&f, UI_ES, &pv, madrid, DOC_MD);
	CHECK(strstr(s, "«2 mar · Obrim la convocatòria ACTIVA 2026»") != NULL);
	CHECK(strstr(s, "el lun 2 mar 2026, 09:10") != NULL);
	CHECK(strstr(s, "Primer trimestre de 2026") != NULL);
	CHECK(strstr(s, "respondido por r6 (una respuesta al mensaje), aquí no cuenta como respondido") != NULL);
	CHECK(strstr(s, "oculto") != NULL);
	CHECK(strstr(s, "(sin texto)") != NULL);
	CHECK(strstr(s, "clase: pregunta") != NULL);
	CHECK(strstr(s, "sin clasificar") != NULL);
	CHECK(strstr(s, "no necesita respuesta: borrado") != NULL);
	CHECK(strstr(s, "p unilateral\u00a0=\u00a00,3000, p bilateral\u00a0=\u00a00,4000") != NULL);
	CHECK(strstr(s, "33,3\u00a0%") != NULL);
	no_english(s, UI_ES);
	free(s);

	/* Valencian, as text; UTC when no zone is given. */
	s = render(&f, UI_CA, &pv, NULL, DOC_TEXT);
	CHECK(strstr(s, "el dl. 2 març 2026, 08:10") != NULL);
	CHECK(strstr(s, "Registre de moderació") != NULL);
	CHECK(strstr(s, "no necessita resposta: esborrat") != NULL);
	no_english(s, UI_CA);
	free(s);

	/* --min-cell 5: every cell is below 5, so the counts show as <5 and rates are withheld. */
	s = render(&f, UI_CA, &small, NULL, DOC_MD);
	CHECK(strstr(s, "| \\<5 |") != NULL); /* Markdown escapes the < */
	CHECK(strstr(s, "no es mostra") != NULL);
	CHECK(strstr(s, "algun recompte és inferior a 5 (--min-cell)") != NULL);
	CHECK(strstr(s, "33,3\u00a0%") == NULL);
	no_english(s, UI_CA);
	free(s);

	/* English says it in English. */
	s = render(&f, UI_EN, &pv, NULL, DOC_MD);
	CHECK(strstr(s, "one-sided p\u00a0=\u00a00.3000, two-sided p\u00a0=\u00a00.4000") != NULL);
	CHECK(strstr(s, "on Mon 2 Mar 2026, 08:10") != NULL);
	free(s);

	/* Inside a report: the section is the report's; the parts are headings in it, and none
	 * repeats the section's title. */
	fairness_figures(&f, &fig);
	doc_init(&d, "es");
	doc_section(&d, "fairness", tr(UI_ES, T_SEC_FAIRNESS));
	d.depth = 1;
	fairness_doc(&d, UI_ES, &fig, &f, &pv, NULL);
	d.depth = 0;
	CHECK(d.first == d.last);
	for (b = d.first->first; b; b = b->next)
		if (b->kind == DB_HEADING) {
			CHECK(b->level >= 2);
			CHECK(strcmp(b->text, tr(UI_ES, T_SEC_FAIRNESS)) != 0);
			CHECK(strcmp(b->text, tr(UI_ES, TF_TITLE)) != 0);
			if (b->level == 2)
				parts++;
		}
	CHECK_EQ_LL(parts, 6); /* method, three comparisons, order, moderation */
	doc_release(&d);
	fairness_figures_release(&fig);

	fairness_release(&f);
	thread_coverage_release(&c);
	thread_free(t);
	tz_free(madrid);
	return unit_end();
}
