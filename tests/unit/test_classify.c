/* test_classify.c: the classifier's normalisation, each rule, the language, the model file
 * (round trip and rejections with their line), the gold label sets, and the Wilson interval
 * against values computed by hand. */
#include "unit.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "classify.h"
#include "diag.h"
#include "labels.h"
#include "nbayes.h"
#include "stats.h"

static struct classifier *cl;
static struct classification cf;

static const char *norm_of(const char *text)
{
	static struct strbuf sb;
	struct norm n;

	strbuf_release(&sb);
	strbuf_init(&sb);
	norm_init(&n);
	classify_normalize(text, &n);
	norm_join(&n, &sb);
	norm_release(&n);
	return sb.buf;
}

static const char *cls_of(const char *text)
{
	classify_message(cl, text, &cf);
	return class_name(cf.cls);
}

static int fired(const char *text, const char *name)
{
	size_t i;

	classify_message(cl, text, &cf);
	for (i = 0; i < cf.n_hits; i++)
		if (!strcmp(cf.hits[i].name, name))
			return 1;
	return 0;
}

static int negated_hit(const char *text, const char *name)
{
	size_t i;

	classify_message(cl, text, &cf);
	for (i = 0; i < cf.n_hits; i++)
		if (!strcmp(cf.hits[i].name, name))
			return (cf.hits[i].flags & HIT_NEGATED) != 0;
	return -1;
}

static void test_normalize(void)
{
	struct norm n;

	CHECK_EQ_STR(norm_of("GRÀCIES, Àngels!"), "gracies angels");
	CHECK_EQ_STR(norm_of("graciaaas"), "gracias");
	CHECK_EQ_STR(norm_of("Nooooo"), "no");
	CHECK_EQ_STR(norm_of("llevo"), "llevo"); /* doubled letters are spelling */
	CHECK_EQ_STR(norm_of("xq no me contestais q pasa"), "porque no me contestais que pasa");
	CHECK_EQ_STR(norm_of("tb porfa thx pls"), "tambien por favor thanks please");
	CHECK_EQ_STR(norm_of("dsd ayer xfa"), "desde ayer por favor");
	CHECK_EQ_STR(norm_of("jajajaja q bueno"), "jaja que bueno");
	CHECK_EQ_STR(norm_of("hijas"), "hijas"); /* not laughter */
	CHECK_EQ_STR(norm_of("mira https://gva.example/x?a=1 y @ocupacio_val ya"), "mira y ya");
	CHECK_EQ_STR(norm_of("instal·lacions d'oficina"), "installacions d oficina");
	CHECK_EQ_STR(norm_of("👍🏽 genial 🙏"), "👍 genial 🙏"); /* skin tone dropped, emoji kept */
	CHECK_EQ_STR(norm_of("vale :) y :( "), "vale 🙂 y 🙁");
	CHECK_EQ_STR(norm_of("a las 8:30"), "a las 8 30");
	CHECK_EQ_STR(norm_of("ｇｒａｃｉａｓ"), "gracias"); /* NFKC: full-width letters */
	CHECK_EQ_STR(norm_of("Cafe\xCC\x81"), "cafe");      /* decomposed accent */
	CHECK_EQ_STR(norm_of("bad \xff byte"), "bad byte");
	CHECK_EQ_STR(norm_of(""), "");
	norm_init(&n);
	classify_normalize("¿Cuándo? Ya. Hola, qué tal", &n);
	CHECK_EQ_LL(n.qmarks, 2);
	CHECK_EQ_LL(n.n, 5);
	CHECK(n.tok[0].flags & TOK_SENTENCE); /* cuando */
	CHECK(n.tok[1].flags & TOK_SENTENCE); /* ya */
	CHECK(n.tok[3].flags & TOK_CLAUSE);   /* que: after a comma */
	CHECK(!(n.tok[3].flags & TOK_SENTENCE));
	classify_normalize("Marta López mira esto", &n);
	CHECK_EQ_LL(n.names, 2);
	classify_normalize("ESTO ES UNA VERGÜENZA", &n);
	CHECK_EQ_LL(n.upper, n.letters);
	CHECK_EQ_LL(n.mentions, 0);
	norm_release(&n);
}

static void test_language(void)
{
	classify_message(cl, "Moltes gràcies per la informació", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "ca");
	classify_message(cl, "Muchas gracias por la información", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "es");
	classify_message(cl, "Thank you for the information", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "en");
	classify_message(cl, "👍👍", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "unknown");
	classify_message(cl, "", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "unknown");
	CHECK_EQ_STR(class_name(cf.cls), "other");
	/* Valencian forms, with and without accents */
	classify_message(cl, "Hui tampoc puc entrar", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "ca");
	classify_message(cl, "vull saber perque no em criden", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "ca");
	classify_message(cl, "Vostés tindran la resposta ací", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "ca");
	classify_message(cl, "Eixe curs està molt bé", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "ca");
	classify_message(cl, "Tan difícil es contestar un correo", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "es");
	/* letters only one language writes decide a message without listed words */
	classify_message(cl, "Què passà", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "ca");
	CHECK_EQ_LL(cf.norm.marks[LANG_CA], 2);
	classify_message(cl, "Señal rara", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "es");
	classify_message(cl, "Insc\xC3\xA0", &cf);
	CHECK_EQ_LL(cf.norm.marks[LANG_CA], 1);
	classify_message(cl, "Insca\xCC\x80", &cf); /* a + combining grave */
	CHECK_EQ_LL(cf.norm.marks[LANG_CA], 1);
	/* the spelling of unlisted words */
	classify_message(cl, "Quicker booking", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "en");
	classify_message(cl, "Inscripcions tancades", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "ca");
	classify_message(cl, "Inscripciones cerradas", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "es");
	/* "unknown" only when there is no word */
	classify_message(cl, "Xyz", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "es");
	classify_message(cl, "2026 👍", &cf);
	CHECK_EQ_STR(lang_name(cf.lang), "unknown");
	classify_message(cl, "\xD0\x94\xD0\xB0", &cf); /* another script */
	CHECK_EQ_STR(lang_name(cf.lang), "unknown");
}

static void test_rules(void)
{
	/* plain cues */
	CHECK_EQ_STR(cls_of("Muchas gracias!"), "thanks");
	CHECK_EQ_STR(cls_of("Moltes gràcies!!"), "thanks");
	CHECK_EQ_STR(cls_of("thx a lot"), "thanks");
	CHECK_EQ_STR(cls_of("🙏🙏"), "thanks");
	CHECK_EQ_STR(cls_of("Es una vergüenza"), "criticism");
	CHECK_EQ_STR(cls_of("Quina vergonya"), "criticism");
	CHECK_EQ_STR(cls_of("The website is broken"), "criticism");
	CHECK_EQ_STR(cls_of("Marta López mira esto"), "other");
	CHECK(fired("Pere Soler açò", "rule:tagged-name"));
	CHECK_EQ_STR(cls_of("jajaja"), "other");
	/* negation */
	CHECK_EQ_STR(cls_of("No me quejo, me atendieron muy bien"), "thanks");
	CHECK_EQ_LL(negated_hit("No me quejo, me atendieron muy bien", "me quejo"), 1);
	CHECK_EQ_LL(negated_hit("no está mal", "mal"), 1);
	CHECK_EQ_LL(negated_hit("No complaints, the staff were lovely", "complaints"), 1);
	CHECK_EQ_STR(cls_of("No complaints, the staff were lovely"), "thanks");
	CHECK_EQ_LL(negated_hit("No és per queixar-me, però ha anat de meravella", "queixar"), 1);
	CHECK_EQ_STR(cls_of("No és per queixar-me, però ha anat de meravella"), "thanks");
	CHECK_EQ_LL(negated_hit("no, no funciona", "no funciona"), 0);     /* a negation cue is never negated */
	CHECK_EQ_LL(negated_hit("No. Es lamentable", "es lamentable"), 0); /* not across a sentence */
	CHECK(fired("Not impressed", "rule:negated-praise"));
	CHECK_EQ_STR(cls_of("Not impressed"), "criticism");
	/* intensifiers */
	classify_message(cl, "muy mal", &cf);
	CHECK(cf.n_hits >= 1 && (cf.hits[0].flags & HIT_INTENSIFIED) && fabs(cf.hits[0].weight - 0.9) < 1e-9);
	CHECK_EQ_STR(class_name(cf.cls), "criticism");
	/* sarcasm: thanks in a negative context */
	CHECK_EQ_STR(cls_of("Gracias por nada"), "criticism");
	CHECK(fired("Gracias por nada", "rule:sarcasm"));
	CHECK_EQ_STR(cls_of("Thanks for nothing"), "criticism");
	CHECK_EQ_STR(cls_of("Moltes gràcies per res"), "criticism");
	CHECK_EQ_STR(cls_of("Otra vez caída la página. Genial 🙄"), "criticism");
	CHECK_EQ_STR(cls_of("Gracias eh, la web sigue sin funcionar"), "criticism");
	/* questions */
	CHECK_EQ_STR(cls_of("¿Hasta cuándo se puede presentar?"), "question");
	CHECK(fired("el link??", "rule:question-mark"));
	CHECK_EQ_STR(cls_of("alguien sabe si hay que estar inscrito"), "question");
	CHECK_EQ_STR(cls_of("Algú sap si cal estar empadronat"), "question");
	CHECK_EQ_STR(cls_of("How do I register"), "question");
	CHECK_EQ_STR(cls_of("Quan comencen els cursos"), "question");
	CHECK_EQ_STR(cls_of("Cuándo salen las listas"), "question");
	/* waiting: criticism even when asked as a question */
	CHECK_EQ_STR(cls_of("llevo 3 semanas esperando, ¿cuándo me llamáis?"), "criticism");
	CHECK(fired("llevo 3 semanas esperando, ¿cuándo me llamáis?", "rule:waiting"));
	CHECK_EQ_STR(cls_of("Porte tres setmanes esperant"), "criticism");
	CHECK_EQ_STR(cls_of("Still waiting, three weeks now"), "criticism");
	CHECK(!fired("Estoy inscrito desde enero, ¿puedo pedirla?", "rule:waiting"));
	/* precedence: criticism > question > thanks > other */
	CHECK_EQ_STR(cls_of("Gracias, pero sigo sin saber dónde me apunto"), "question");
	CHECK_EQ_STR(cls_of("Gracias por la info. ¿Y para los que estamos en ERTE?"), "question");
	CHECK_EQ_STR(cls_of("¿Por qué no funciona nada? Es lamentable"), "criticism");
	CHECK_EQ_STR(cls_of("Buenos días, gracias"), "thanks");
	/* prefer a reply when unsure */
	CHECK_EQ_STR(cls_of("Gracias, aunque no me llega el SMS"), "criticism");
	CHECK_EQ_STR(cls_of("Pedí cita por la app y me la dio en otro pueblo"), "criticism");
	CHECK(fired("Pedí cita por la app y me la dio en otro pueblo", "rule:no-cue"));
	CHECK_EQ_STR(cls_of("Hecho"), "other");
	/* shouting raises criticism */
	CHECK(fired("ME ECHA DE LA SEDE CADA VEZ QUE PONGO EL DNI", "rule:shouting"));
	CHECK_EQ_STR(cls_of("ME ECHA DE LA SEDE CADA VEZ QUE PONGO EL DNI"), "criticism");
	CHECK(!fired("MUCHAS GRACIAS A TODO EL EQUIPO", "rule:shouting"));
	/* sarcasm: thanks or praise with a negative fact, a delay or a repetition */
	CHECK_EQ_STR(cls_of("Muchas gracias por las dos horas de cola"), "criticism");
	CHECK(fired("Muchas gracias por las dos horas de cola", "rule:sarcasm"));
	CHECK_EQ_STR(cls_of("Bravo, otro curso por la mañana"), "criticism");
	CHECK_EQ_STR(cls_of("Great job, only two months to process a form"), "criticism");
	CHECK_EQ_STR(cls_of("Quina rapidesa, ja han passat dos mesos"), "criticism");
	CHECK_EQ_STR(cls_of("Gracias, lo intentaré otro día"), "thanks"); /* "otro" far from the thanks */
	CHECK_EQ_STR(cls_of("Otro año más colaborando, gracias por todo"), "thanks");
	CHECK_EQ_STR(cls_of("Gracias, tengo otra pregunta"), "question");
	CHECK_EQ_STR(cls_of("Qué rápido me habéis contestado, muchas gracias"), "thanks");
	/* a stretch of time with praise is sarcasm, unless said as short */
	CHECK(fired("Enhorabuena por la organización, tres horas para entregar un papel", "rule:sarcasm"));
	CHECK_EQ_STR(cls_of("Gracias, en dos días tenía la cita"), "thanks");
	CHECK_EQ_STR(cls_of("Thanks, they called me two days later"), "thanks");
	CHECK_EQ_STR(cls_of("Gracias, desde enero estoy trabajando"), "thanks"); /* a date */
	/* rhetorical questions are complaints */
	CHECK_EQ_STR(cls_of("¿De verdad hay que ir en persona?"), "criticism");
	CHECK_EQ_STR(cls_of("How hard can it be to answer an email?"), "criticism");
	CHECK_EQ_STR(cls_of("¿Tan difícil es contestar un correo?"), "criticism");
	CHECK(fired("¿Tan difícil es contestar un correo?", "rule:rhetorical"));
	CHECK_EQ_STR(cls_of("I qui em torna ara els diners?"), "criticism");
	CHECK_EQ_STR(cls_of("¿Para qué tenéis teléfono si nunca lo cogéis?"), "criticism");
	CHECK_EQ_STR(cls_of("¿Para qué es el certificado?"), "question");
	CHECK_EQ_STR(cls_of("Is it too much to ask for a reply?"), "criticism");
	/* complaints without negative words */
	CHECK_EQ_STR(cls_of("En la web pone que abren a las 9 y en la oficina me dicen que a las 10"), "criticism");
	CHECK(fired("En la web pone que abren a las 9 y en la oficina me dicen que a las 10", "rule:contrast"));
	CHECK_EQ_STR(cls_of("La pàgina només està en castellà"), "criticism");
	CHECK_EQ_STR(cls_of("Con los mismos papeles a ella se la aprobaron"), "criticism");
	/* terse requests and polite questions without '?' */
	CHECK_EQ_STR(cls_of("info 🙏"), "question");
	CHECK(fired("horario 🙏", "rule:request"));
	CHECK_EQ_STR(cls_of("horario 🙏"), "question");
	CHECK_EQ_STR(cls_of("Gracias 🙏"), "thanks");
	CHECK(!fired("Ànims a tots 🙏", "rule:request"));
	CHECK_EQ_STR(cls_of("🙏🙏"), "thanks");
	CHECK_EQ_STR(cls_of("Interesada"), "question");
	CHECK_EQ_STR(cls_of("enllaç per favor"), "question");
	CHECK_EQ_STR(cls_of("gracias por la info"), "thanks");
	CHECK_EQ_STR(cls_of("Quería preguntar si puedo apuntarme"), "question");
	CHECK_EQ_STR(cls_of("M'agradaria saber si hi ha places"), "question");
	CHECK_EQ_STR(cls_of("I was wondering whether the course is free"), "question");
	CHECK_EQ_STR(cls_of("Necesito el certificado, gracias de antemano"), "question");
	/* courtesy: a closing thank-you, or thanks before a "but", is not the message */
	CHECK_EQ_STR(cls_of("Buenas noches, les agradecería que revisaran el formulario de la ayuda, gracias"),
	             "question");
	CHECK(fired("Cambien el horario de la oficina de Burjassot que no llega nadie a tiempo, gracias",
	            "rule:courtesy"));
	CHECK_EQ_STR(cls_of("Gracias por responder, pero el certificado todavía no aparece"), "criticism");
	CHECK_EQ_STR(cls_of("Muchas gracias, pero ya lo he solucionado"), "thanks");
	CHECK_EQ_STR(cls_of("Ya me han llamado para la entrevista, gracias"), "thanks");
	/* a greeting is the message only when little else is said */
	CHECK_EQ_STR(cls_of("Bon dia a tots"), "other");
	CHECK_EQ_STR(cls_of("Buenos días, me llamo Ana y tengo cuarenta años y busco trabajo de cocinera"),
	             "criticism");
	/* weak other evidence in a long message: the reply class */
	CHECK(fired("Yo me apunté al de la mañana y nos dijeron que el aula cambia cada semana según el grupo que "
	            "toque ese día",
	            "rule:long-message"));
	CHECK_EQ_STR(cls_of("Yo lo hice el año pasado y me fue bien"), "other");
	/* a friend tagged by name is short */
	CHECK(!fired("Teach Ambulance attendants how to move patients without lifting or dragging them",
	             "rule:tagged-name"));
	/* confidence */
	classify_message(cl, "Muchas gracias", &cf);
	CHECK(cf.confidence > 0.5 && cf.confidence <= 0.99);
	classify_message(cl, "zzz qqq", &cf);
	CHECK(fabs(cf.confidence - 0.30) < 1e-9);
	CHECK(class_needs_reply(CLASS_CRITICISM) && class_needs_reply(CLASS_QUESTION));
	CHECK(!class_needs_reply(CLASS_THANKS) && !class_needs_reply(CLASS_OTHER));
}

static struct nbayes *parse_quiet(const char *text, struct strbuf *messages)
{
	struct diag_capture cap;
	struct nbayes *m;

	diag_capture_begin(&cap, 0);
	m = nbayes_parse("m.model", text, strlen(text));
	diag_capture_end();
	strbuf_reset(messages);
	strbuf_add(messages, cap.text.buf, cap.text.len);
	strbuf_release(&cap.text);
	return m;
}

static void test_model(void)
{
	static const char *const train[][2] = {
	    {"el tramite esta atascado otra vez", "criticism"},
	    {"tramite atascado", "criticism"},
	    {"cuando abre la ventanilla", "question"},
	    {"ventanilla horario", "question"},
	    {"mil besos equipo", "thanks"},
	    {"besos", "thanks"},
	    {"nos vemos en la feria", "other"},
	};
	struct nbayes *m = nbayes_new(), *back;
	struct classifier *with;
	struct strbuf file, msg;
	struct norm n;
	double p[CLASS_N];
	size_t i;

	strbuf_init(&file);
	strbuf_init(&msg);
	norm_init(&n);
	for (i = 0; i < sizeof(train) / sizeof(*train); i++) {
		classify_normalize(train[i][0], &n);
		nbayes_add(m, &n, (enum msg_class)class_parse(train[i][1]));
	}
	nbayes_finish(m);
	classify_normalize("besos", &n);
	CHECK_EQ_LL(nbayes_predict(m, &n, p), CLASS_THANKS);
	CHECK(fabs(p[0] + p[1] + p[2] + p[3] - 1) < 1e-9);
	nbayes_write(m, &file);
	back = parse_quiet(file.buf, &msg);
	CHECK(back != NULL);
	if (back) {
		struct strbuf again;
		strbuf_init(&again);
		nbayes_write(back, &again);
		CHECK_EQ_STR(again.buf, file.buf); /* a round trip keeps every byte */
		strbuf_release(&again);
		/* trusted (as a fit on enough labels would make it), the model decides where the
		 * rules have no firing class... (test_classify_model.c tests the combination) */
		nbayes_set_calib(back, &(struct nb_calib){.temperature = 1, .trust = 1, .flip = 2});
		with = classifier_new();
		classifier_set_model(with, back);
		classify_message(with, "ventanilla", &cf);
		CHECK_EQ_STR(class_name(cf.cls), "question");
		CHECK_EQ_STR(decided_name(cf.by), "model");
		/* ...never where a cue fired... */
		classify_message(with, "Muchas gracias, besos", &cf);
		CHECK_EQ_STR(decided_name(cf.by), "rules");
		/* ...and never turns weak criticism into thanks or other */
		classify_message(with, "besos, no me llega", &cf);
		CHECK_EQ_STR(class_name(cf.cls), "criticism");
		classifier_free(with);
		nbayes_free(back);
	}
	/* rejections, each with its line */
	CHECK(!parse_quiet("hello\n", &msg));
	CHECK(strstr(msg.buf, "m.model:1: error: not a replycov model") != NULL);
	CHECK(!parse_quiet("replycov-nbayes\t3\n", &msg));
	CHECK(strstr(msg.buf, "m.model:1: error: model version '3'") != NULL);
	CHECK(!parse_quiet("replycov-nbayes\t1\nclasses\tcriticism\tquestion\tthanks\n", &msg));
	CHECK(strstr(msg.buf, "m.model:2: error:") != NULL);
	CHECK(!parse_quiet("replycov-nbayes\t1\nclasses\tcriticism\tquestion\tthanks\tother\nalpha\t0\n", &msg));
	CHECK(strstr(msg.buf, "m.model:3: error: expected 'alpha'") != NULL);
	CHECK(!parse_quiet("replycov-nbayes\t1\nclasses\tcriticism\tquestion\tthanks\tother\nalpha\t1\n"
	                   "docs\t1\t-1\t0\t0\n",
	                   &msg));
	CHECK(strstr(msg.buf, "m.model:4: error: '-1' is not a count") != NULL);
	CHECK(!parse_quiet("replycov-nbayes\t1\nclasses\tcriticism\tquestion\tthanks\tother\nalpha\t1\n"
	                   "docs\t1\t0\t0\t0\ntokens\t2\t0\t0\t0\nf\tno\t1\t0\t0\t0\nf\tno\t1\t0\t0\t0\n",
	                   &msg));
	CHECK(strstr(msg.buf, "m.model:7: error: feature 'no' listed twice") != NULL);
	CHECK(!parse_quiet("replycov-nbayes\t1\nclasses\tcriticism\tquestion\tthanks\tother\nalpha\t1\n"
	                   "docs\t1\t0\t0\t0\ntokens\t5\t0\t0\t0\nf\tno\t1\t0\t0\t0\n",
	                   &msg));
	CHECK(strstr(msg.buf, "add up to 1, the tokens line says 5") != NULL);
	CHECK(!parse_quiet("replycov-nbayes\t1\nclasses\tcriticism\tquestion\tthanks\tother\n", &msg));
	CHECK(strstr(msg.buf, "ends before its 'alpha' line") != NULL);
	CHECK(!parse_quiet("replycov-nbayes\t1\nclasses\tcriticism\tquestion\tthanks\tother\nalpha\t1\n"
	                   "docs\t1\t0\t0\t0\ntokens\t1\t0\t0\t0\nf\tno\t1\t0\t0\n",
	                   &msg));
	CHECK(strstr(msg.buf, "m.model:6: error: expected a feature line") != NULL);
	strbuf_release(&file);
	strbuf_release(&msg);
	norm_release(&n);
	nbayes_free(m);
}

static void test_label_sets(void)
{
	struct strbuf sb;

	CHECK_EQ_LL(label_set_parse("criticism"), 1u << CLASS_CRITICISM);
	CHECK_EQ_LL(label_set_parse("question|other"), 1u << CLASS_QUESTION | 1u << CLASS_OTHER);
	CHECK_EQ_LL(label_set_parse("reply"), 1u << CLASS_CRITICISM | 1u << CLASS_QUESTION);
	CHECK_EQ_LL(label_set_parse("noreply"), 1u << CLASS_THANKS | 1u << CLASS_OTHER);
	CHECK_EQ_LL(label_set_parse("*"), LABEL_ALL);
	CHECK_EQ_LL(label_set_parse("complaint"), 0);
	CHECK_EQ_LL(label_set_parse("question|"), 0);
	CHECK_EQ_LL(label_set_parse(""), 0);
	strbuf_init(&sb);
	label_set_name(1u << CLASS_QUESTION | 1u << CLASS_THANKS, &sb);
	CHECK_EQ_STR(sb.buf, "question|thanks");
	strbuf_release(&sb);
}

static void test_wilson(void)
{
	double lo, hi;

	/* Hand-computed with z = 1.96: centre = (p + z²/2n) / (1 + z²/n), half-width =
	 * z·sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n). */
	wilson_interval(0, 10, 1.96, &lo, &hi); /* centre 0.138770, half 0.138770 */
	CHECK(lo == 0 && fabs(hi - 0.277540) < 1e-5);
	wilson_interval(5, 10, 1.96, &lo, &hi); /* centre 0.5, half 0.263410 */
	CHECK(fabs(lo - 0.236590) < 1e-5 && fabs(hi - 0.763410) < 1e-5);
	wilson_interval(10, 10, 1.96, &lo, &hi); /* centre 0.861230, half 0.138770 */
	CHECK(fabs(lo - 0.722460) < 1e-5 && hi == 1);
	wilson_interval(1, 4, 1.96, &lo, &hi); /* p 0.25: centre 0.372475, half 0.326889 */
	CHECK(fabs(lo - 0.045586) < 1e-5 && fabs(hi - 0.699364) < 1e-5);
	wilson_interval(82, 284, 1.96, &lo, &hi); /* p 0.288732: centre 0.291552, half 0.052429 */
	CHECK(fabs(lo - 0.239123) < 1e-5 && fabs(hi - 0.343981) < 1e-5);
	wilson_interval(0, 0, 1.96, &lo, &hi);
	CHECK(lo == 0 && hi == 1);
	wilson_interval(12, 10, 1.96, &lo, &hi); /* clamped to 10 of 10 */
	CHECK(hi == 1 && lo > 0.7);
}

/* classify_explain writes each weight as printf's "%+.1f" does, including values at a tie
 * (x.x5, where printf rounds the exact binary value), negative zero and large values. */
static void test_explain_weights(void)
{
	static const double fixed[] = {0,     -0.0, 0.05, -0.05, 0.25, 0.35,  -0.35,     1.25,    2.5,     0.04,
	                               -0.04, 0.95, 9.95, 99.95, 1e20, -1e20, 123456.75, 1.0 / 3, -2.0 / 3};
	struct classification x;
	struct cue_hit hit;
	struct strbuf got, want;
	unsigned long long r = 99991;
	int i, bad = 0;

	memset(&x, 0, sizeof(x));
	x.hits = &hit;
	x.n_hits = 1;
	hit.name = "w";
	hit.cls = CLASS_THANKS;
	hit.flags = 0;
	strbuf_init(&got);
	strbuf_init(&want);
	for (i = 0; i < 200000; i++) {
		double w;
		if (i < (int)(sizeof(fixed) / sizeof(*fixed)))
			w = fixed[i];
		else {
			r ^= r << 13;
			r ^= r >> 7;
			r ^= r << 17;
			w = i % 2 ? (double)(long long)(r % 4001 - 2000) / 100.0
			          : ((double)(r % 1000003) / 1000003.0 - 0.5) * 60;
		}
		hit.weight = w;
		strbuf_reset(&got);
		strbuf_reset(&want);
		classify_explain(&x, &got);
		strbuf_addf(&want, "%s:w %+.1f", class_name(CLASS_THANKS), w);
		if (strcmp(got.buf, want.buf) && bad++ < 3)
			printf("classify: weight %.17g explained as '%s', printf '%s'\n", w, got.buf, want.buf);
	}
	CHECK_EQ_LL(bad, 0);
	strbuf_release(&got);
	strbuf_release(&want);
}

/* A long hostile text full of cues costs time in proportion to its length: the rules look
 * at each cue's neighbours only (a 1 MiB comment took minutes when every rule compared every
 * pair of cues). The bound is loose enough for sanitizers and a loaded machine. */
static void test_long_text(void)
{
	static const char piece[] = "gracias pero otra vez no funciona jaja 🙏 ";
	size_t n = (1u << 20) / (sizeof(piece) - 1), i;
	char *text = malloc(n * (sizeof(piece) - 1) + 1), *p = text;
	clock_t t0;
	double secs;

	for (i = 0; i < n; i++, p += sizeof(piece) - 1)
		memcpy(p, piece, sizeof(piece) - 1);
	*p = '\0';
	t0 = clock();
	classify_message(cl, text, &cf);
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	CHECK_EQ_STR(class_name(cf.cls), "criticism");
	if (secs > 10)
		printf("classify: a 1 MiB text took %.1f s\n", secs);
	CHECK(secs <= 10);
	free(text);
}

int main(void)
{
	unit_name = "classify";
	cl = classifier_new();
	classification_init(&cf);
	test_normalize();
	test_language();
	test_rules();
	test_model();
	test_label_sets();
	test_wilson();
	test_explain_weights();
	test_long_text();
	classification_release(&cf);
	classifier_free(cl);
	norm_of("");
	return unit_end();
}
