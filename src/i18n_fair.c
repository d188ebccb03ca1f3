/* i18n_fair.c: the words of the fairness, in English, Spanish and Valencian, side by side.
 * To change a text, change it here in all three columns; a format's %s blanks must stay the
 * same in number and meaning (test_report checks the number). Texts with a blank are printf
 * formats (a percent sign is written %%); the others are used as they are. A number and its
 * unit ("5 %") are joined by a no-break space (\u00a0), so that no line ends between them. */
#include "i18n.h"

static const struct i18n_entry words[TF_END - TF_BASE] = {
#define W(id) [id - TF_BASE]
    W(TF_TITLE) = {{"Equal treatment", "Igualdad de trato", "Igualtat de tracte"}},
    W(TF_INTRO) = {{"Were some citizens answered less than others? This part compares the share of comments answered "
                    "between criticism and the other comments, between citizens who criticise often and everyone else, "
                    "and between public comments and private messages; then it looks at the order in which comments "
                    "were answered, and lists the comments that were moderated.",
                    "¿Se respondió menos a unas personas que a otras? Esta parte compara la proporción de comentarios "
                    "respondidos entre las críticas y el resto de comentarios, entre las personas que critican a "
                    "menudo y el resto, y entre los comentarios públicos y los mensajes privados; después examina el "
                    "orden en que se respondieron los comentarios y enumera los comentarios moderados.",
                    "Es va respondre menys a unes persones que a altres? Aquesta part compara la proporció de "
                    "comentaris resposts entre les crítiques i la resta de comentaris, entre les persones que "
                    "critiquen sovint i la resta, i entre els comentaris públics i els missatges privats; després "
                    "examina l'ordre en què es van respondre els comentaris i enumera els comentaris moderats."}},

    /* how the comparison is made */
    W(TF_P_METHOD) = {{"How the comparison is made", "Cómo se hace la comparación", "Com es fa la comparació"}},
    W(TF_POLICY_TEXT) = {{"every citizen message with words", "todos los mensajes de la ciudadanía con palabras",
                          "tots els missatges de la ciutadania amb paraules"}},
    W(TF_COMPARED_TEXT) =
        {{"Compared are the citizens' comments of the period that need a reply under this policy, answered or not. "
          "Moderated comments are left out (they are listed at the end). An answered comment of a class that needs "
          "no reply (a “thanks” the page replied to) is left out too: the unanswered ones of its class are not "
          "counted, so keeping it would flatter its group.",
          "Se comparan los comentarios de la ciudadanía del periodo que necesitan respuesta según este criterio, "
          "respondidos o no. Los comentarios moderados quedan fuera (se enumeran al final). También queda fuera un "
          "comentario respondido de una clase que no necesita respuesta (un «gracias» al que la página contestó): "
          "los de su clase que no se respondieron no se cuentan, y mantenerlo favorecería a su grupo.",
          "Es comparen els comentaris de la ciutadania del període que necessiten resposta segons aquest criteri, "
          "resposts o no. Els comentaris moderats en queden fora (s'enumeren al final). També en queda fora un "
          "comentari respost d'una classe que no necessita resposta (un «gràcies» al qual la pàgina va contestar): "
          "els de la seua classe que no es van respondre no es compten, i mantindre'l afavoriria el seu grup."}},
    W(TF_N_COMPARED) = {{"Comments compared", "Comentarios comparados", "Comentaris comparats"}},
    W(TF_N_LEFT_CLASS) = {{"Left out: answered comments of a class that needs no reply",
                           "Excluidos: comentarios respondidos de una clase que no necesita respuesta",
                           "Exclosos: comentaris resposts d'una classe que no necessita resposta"}},
    W(TF_N_LEFT_MOD) = {{"Left out: moderated comments needing a reply",
                         "Excluidos: comentarios moderados que necesitaban respuesta",
                         "Exclosos: comentaris moderats que necessitaven resposta"}},
    W(TF_N_UNCLASSIFIED) = {{"Compared but not classified (not in the comparison by class)",
                             "Comparados pero sin clasificar (fuera de la comparación por clase)",
                             "Comparats però sense classificar (fora de la comparació per classe)"}},
    W(TF_TEST_TEXT) =
        {{"How to read the tables: each one counts, for two groups, the comments answered and those not answered. "
          "The rate is the share answered; the 95% interval is the range that, given how many comments there are, "
          "very probably holds the group's true answer rate (Wilson score interval): the fewer the comments, the "
          "wider it is. Fisher's exact test gives the p-value: how often a gap at least this large would appear by "
          "chance alone if both groups had been answered alike. The one-sided p asks whether the first group was "
          "answered less; the two-sided p asks whether there is a difference either way. Below 0.05 (less than once "
          "in 20), the gap is unlikely to be chance. The test takes each comment as independent, which several "
          "comments of one person are not: it is a guide, not a proof.",
          "Cómo leer las tablas: cada una cuenta, para dos grupos, los comentarios respondidos y los no "
          "respondidos. La tasa es la proporción respondida; el intervalo del 95\u00a0% es el margen que, dado el "
          "número "
          "de comentarios, muy probablemente contiene la tasa real de respuesta del grupo (intervalo de Wilson): "
          "cuantos menos comentarios, más amplio es. La prueba exacta de Fisher da el valor p: con qué frecuencia "
          "aparecería por puro azar una diferencia al menos tan grande si los dos grupos se hubieran respondido por "
          "igual. El valor p unilateral pregunta si el primer grupo se respondió menos; el bilateral, si hay "
          "diferencia en cualquier sentido. Por debajo de 0,05 (menos de una vez de cada 20), es poco probable que "
          "la diferencia se deba al azar. La prueba trata cada comentario como independiente, y varios comentarios "
          "de una misma persona no lo son: es una orientación, no una demostración.",
          "Com es lligen les taules: cadascuna compta, per a dos grups, els comentaris resposts i els no resposts. "
          "La taxa és la proporció resposta; l'interval del 95\u00a0% és el marge que, atés el nombre de comentaris, "
          "molt "
          "probablement conté la taxa real de resposta del grup (interval de Wilson): com menys comentaris, més "
          "ampli és. La prova exacta de Fisher dona el valor p: amb quina freqüència apareixeria per pur atzar una "
          "diferència almenys tan gran si els dos grups s'hagueren respost per igual. El valor p unilateral pregunta "
          "si el primer grup es va respondre menys; el bilateral, si hi ha diferència en qualsevol sentit. Per "
          "davall de 0,05 (menys d'una vegada de cada 20), és poc probable que la diferència siga fruit de l'atzar. "
          "La prova tracta cada comentari com a independent, i diversos comentaris d'una mateixa persona no ho són: "
          "és una orientació, no una demostració."}},
    W(TF_MIN_CELL) = {{"Counts below %s (other than zero) are shown as “<%s” (--min-cell) to protect the people "
                       "behind them; the rates and tests built on them are withheld.",
                       "Los recuentos inferiores a %s (salvo el cero) se muestran como «<%s» (--min-cell) para "
                       "proteger a las personas; las tasas y las pruebas calculadas con ellos no se muestran.",
                       "Els recomptes inferiors a %s (excepte el zero) es mostren com a «<%s» (--min-cell) per a "
                       "protegir les persones; les taxes i les proves calculades amb ells no es mostren."}},

    /* the comparisons */
    W(TF_P_CLASS) = {{"Criticism and the other comments", "Críticas y resto de comentarios",
                      "Crítiques i resta de comentaris"}},
    W(TF_P_FREQUENT) = {{"Citizens who criticise often and everyone else", "Personas que critican a menudo y el resto",
                         "Persones que critiquen sovint i la resta"}},
    W(TF_P_CHANNEL) = {{"Public comments and private messages", "Comentarios públicos y mensajes privados",
                        "Comentaris públics i missatges privats"}},
    W(TF_H_GROUP) = {{"Group", "Grupo", "Grup"}},
    W(TF_H_RATE) = {{"Rate answered", "Tasa de respuesta", "Taxa de resposta"}},
    W(TF_H_INTERVAL) = {{"95% interval", "Intervalo del 95\u00a0%", "Interval del 95\u00a0%"}},
    W(TF_G_CRITICISM) = {{"Criticism", "Críticas", "Crítiques"}},
    W(TF_G_REST) = {{"Other comments", "Resto de comentarios", "Resta de comentaris"}},
    W(TF_G_FREQUENT) = {{"Citizens who criticise often", "Personas que critican a menudo",
                         "Persones que critiquen sovint"}},
    W(TF_G_EVERYONE) = {{"Everyone else", "El resto de personas", "La resta de persones"}},
    W(TF_G_PUBLIC) = {{"Public comments", "Comentarios públicos", "Comentaris públics"}},
    W(TF_G_PRIVATE) = {{"Private messages", "Mensajes privados", "Missatges privats"}},
    W(TF_FREQUENT_DEF) = {{"A citizen counts as criticising often with %s criticisms or more in the period. Their "
                           "comments are compared with everyone else's.",
                           "Se considera que una persona critica a menudo si escribió %s críticas o más en el "
                           "periodo. Sus comentarios se comparan con los del resto.",
                           "Es considera que una persona critica sovint si va escriure %s crítiques o més en el "
                           "període. Els seus comentaris es comparen amb els de la resta."}},
    W(TF_FREQUENT_COUNTS) = {{"Citizens with comments compared or criticism: %s; of them, who criticised: %s; who "
                              "criticise often: %s.",
                              "Personas con comentarios comparados o críticas: %s; de ellas, criticaron: %s; critican "
                              "a menudo: %s.",
                              "Persones amb comentaris comparats o crítiques: %s; d'elles, van criticar: %s; "
                              "critiquen sovint: %s."}},
    W(TF_UNKNOWN_AUTHOR) = {{"Comments compared without a known author, not in this comparison: %s.",
                             "Comentarios comparados sin autoría conocida, que no entran en esta comparación: %s.",
                             "Comentaris comparats sense autoria coneguda, que no entren en aquesta comparació: "
                             "%s."}},
    W(TF_Q_CLASS) = {{"Were criticisms answered less than the other comments?",
                      "¿Se respondieron menos las críticas que el resto de comentarios?",
                      "Es van respondre menys les crítiques que la resta de comentaris?"}},
    W(TF_Q_FREQUENT) = {{"Were citizens who criticise often answered less than everyone else?",
                         "¿Se respondió menos a las personas que critican a menudo que al resto?",
                         "Es va respondre menys a les persones que critiquen sovint que a la resta?"}},
    W(TF_Q_CHANNEL) = {{"Were public comments and private messages answered at different rates?",
                        "¿Se respondieron en distinta proporción los comentarios públicos y los mensajes privados?",
                        "Es van respondre en una proporció diferent els comentaris públics i els missatges privats?"}},
    /* the answers: one-sided p first, then two-sided (TF_A_LESS_*); two-sided first (TF_A_DIFF_*);
     * each p is "= 0.0372" or "< 0.0001" */
    W(TF_A_LESS_YES) =
        {{"Yes, at the 5%% level (one-sided p\u00a0%s, two-sided p\u00a0%s): a gap this large would come by "
          "chance less than once in 20 if both groups had been answered alike.",
          "Sí, al nivel del 5\u00a0%% (p unilateral\u00a0%s, p bilateral\u00a0%s): una diferencia así aparecería por "
          "azar menos de una vez de cada 20 si los dos grupos se hubieran respondido por igual.",
          "Sí, al nivell del 5\u00a0%% (p unilateral\u00a0%s, p bilateral\u00a0%s): una diferència així apareixeria "
          "per atzar menys d'una vegada de cada 20 si els dos grups s'hagueren respost per igual."}},
    W(TF_A_LESS_NO) =
        {{"No evidence at the 5%% level (one-sided p\u00a0%s, two-sided p\u00a0%s), which does not prove that "
          "both groups were answered alike.",
          "No hay indicios al nivel del 5\u00a0%% (p unilateral\u00a0%s, p bilateral\u00a0%s), lo que no demuestra "
          "que los dos grupos se respondieran por igual.",
          "No hi ha indicis al nivell del 5\u00a0%% (p unilateral\u00a0%s, p bilateral\u00a0%s), la qual cosa no "
          "demostra que els dos grups es respongueren per igual."}},
    W(TF_A_DIFF_YES) =
        {{"Yes, a difference at the 5%% level (two-sided p\u00a0%s, one-sided p\u00a0%s): a difference this "
          "large would come by chance less than once in 20 if both groups had been answered alike.",
          "Sí, hay una diferencia al nivel del 5\u00a0%% (p bilateral\u00a0%s, p unilateral\u00a0%s): una diferencia "
          "así aparecería por azar menos de una vez de cada 20 si los dos grupos se hubieran "
          "respondido por igual.",
          "Sí, hi ha una diferència al nivell del 5\u00a0%% (p bilateral\u00a0%s, p unilateral\u00a0%s): una "
          "diferència així apareixeria per atzar menys d'una vegada de cada 20 si els dos grups "
          "s'hagueren respost per igual."}},
    W(TF_A_DIFF_NO) =
        {{"No evidence of a difference at the 5%% level (two-sided p\u00a0%s, one-sided p\u00a0%s), which does "
          "not prove that both groups were answered alike.",
          "No hay indicios de diferencia al nivel del 5\u00a0%% (p bilateral\u00a0%s, p unilateral\u00a0%s), lo que "
          "no demuestra que los dos grupos se respondieran por igual.",
          "No hi ha indicis de diferència al nivell del 5\u00a0%% (p bilateral\u00a0%s, p unilateral\u00a0%s), la "
          "qual cosa no demostra que els dos grups es respongueren per igual."}},
    W(TF_A_WITHHELD) = {{"Rates and test withheld: a count is below %s (--min-cell).",
                         "Tasas y prueba no mostradas: algún recuento es inferior a %s (--min-cell).",
                         "Taxes i prova no mostrades: algun recompte és inferior a %s (--min-cell)."}},
    W(TF_A_NOTHING) = {{"Nothing to compare: one of the groups has no comments.",
                        "No hay nada que comparar: uno de los grupos no tiene comentarios.",
                        "No hi ha res a comparar: un dels grups no té comentaris."}},
    W(TF_WITHHELD) = {{"withheld", "no se muestra", "no es mostra"}},

    /* the order of answers */
    W(TF_P_ORDER) = {{"Order of answers", "Orden de las respuestas", "Ordre de les respostes"}},
    W(TF_ORDER_RULE) = {{"An answer is out of order when an earlier comment of the same thread, among those "
                         "compared, was still waiting (answered later or never). A jump is how many waiting comments "
                         "one answer passed over.",
                         "Una respuesta está fuera de orden cuando un comentario anterior de la misma conversación, "
                         "de entre los comparados, seguía esperando (se respondió más tarde o nunca). Un salto es el "
                         "número de comentarios en espera que una respuesta dejó atrás.",
                         "Una resposta està fora d'ordre quan un comentari anterior de la mateixa conversa, d'entre "
                         "els comparats, encara esperava (es va respondre més tard o mai). Un salt és el nombre de "
                         "comentaris en espera que una resposta va deixar arrere."}},
    /* out of order, answered, [share,] threads with answers, threads with one out of order */
    W(TF_ORDER_SUMMARY) = {{"Answers out of order: %s of %s (%s). Threads with answers: %s; with an answer out of "
                            "order: %s.",
                            "Respuestas fuera de orden: %s de %s (%s). Conversaciones con respuestas: %s; con alguna "
                            "fuera de orden: %s.",
                            "Respostes fora d'ordre: %s de %s (%s). Converses amb respostes: %s; amb alguna fora "
                            "d'ordre: %s."}},
    W(TF_ORDER_SUMMARY_HIDDEN) = {{"Answers out of order: %s of %s. Threads with answers: %s; with an answer out of "
                                   "order: %s.",
                                   "Respuestas fuera de orden: %s de %s. Conversaciones con respuestas: %s; con alguna "
                                   "fuera de orden: %s.",
                                   "Respostes fora d'ordre: %s de %s. Converses amb respostes: %s; amb alguna fora "
                                   "d'ordre: %s."}},
    W(TF_ORDER_NONE) = {{"No compared comment was answered: there is no order to look at.",
                         "No se respondió ningún comentario comparado: no hay orden que examinar.",
                         "No es va respondre cap comentari comparat: no hi ha cap ordre a examinar."}},
    /* thread, count, answered comment, when, earliest comment passed over */
    W(TF_ORDER_LONGEST_ONE) = {{"The longest jump was in “%s”: %s waiting comment was passed over when comment %s was "
                                "answered on %s; it was %s.",
                                "El salto más largo fue en «%s»: se dejó atrás %s comentario en espera cuando se "
                                "respondió el comentario %s el %s; era el %s.",
                                "El salt més llarg va ser en «%s»: es va deixar arrere %s comentari en espera quan es "
                                "va respondre el comentari %s el %s; era el %s."}},
    W(TF_ORDER_LONGEST) = {{"The longest jump was in “%s”: %s waiting comments were passed over when comment %s was "
                            "answered on %s; the earliest of them was %s.",
                            "El salto más largo fue en «%s»: se dejaron atrás %s comentarios en espera cuando se "
                            "respondió el comentario %s el %s; el más antiguo de ellos era el %s.",
                            "El salt més llarg va ser en «%s»: es van deixar arrere %s comentaris en espera quan es "
                            "va respondre el comentari %s el %s; el més antic d'ells era el %s."}},
    W(TF_H_OUT) = {{"Out of order", "Fuera de orden", "Fora d'ordre"}},
    W(TF_H_SHARE) = {{"Share", "Proporción", "Proporció"}},
    W(TF_H_JUMP) = {{"Longest jump", "Salto más largo", "Salt més llarg"}},
    W(TF_ORDER_NOT_LISTED) = {{"Threads whose answers all came in order, not listed: %s.",
                               "Conversaciones con todas las respuestas en orden, no enumeradas: %s.",
                               "Converses amb totes les respostes en ordre, no enumerades: %s."}},
    W(TF_ORDER_MORE) =
        {{"threads with fewer answers out of order; every thread, with its figures, is in the JSON of "
          "replycov fairness --format json on the same inputs",
          "conversaciones con menos respuestas fuera de orden; todas, con sus cifras, están en el JSON de "
          "replycov fairness --format json sobre las mismas entradas",
          "converses amb menys respostes fora d'ordre; totes, amb les seues xifres, són en el JSON de "
          "replycov fairness --format json sobre les mateixes entrades"}},

    /* the moderation log */
    W(TF_P_MODERATION) = {{"Moderation log", "Registro de moderación", "Registre de moderació"}},
    W(TF_MOD_RULE) = {{"Hidden, deleted, spam-marked and unapproved citizen comments are listed here with the status "
                       "the coverage count gives them. They are left out of the rates above and never counted as "
                       "answered.",
                       "Aquí se enumeran los comentarios de la ciudadanía ocultos, borrados, marcados como spam o sin "
                       "aprobar, con el estado que les da el cálculo de cobertura. Quedan fuera de las tasas "
                       "anteriores y nunca cuentan como respondidos.",
                       "Ací s'enumeren els comentaris de la ciutadania ocults, esborrats, marcats com a spam o sense "
                       "aprovar, amb l'estat que els dona el càlcul de cobertura. Queden fora de les taxes anteriors "
                       "i no compten mai com a resposts."}},
    W(TF_N_MODERATED) = {{"Moderated comments", "Comentarios moderados", "Comentaris moderats"}},
    W(TF_N_HIDDEN) = {{"Hidden", "Ocultos", "Ocults"}},
    W(TF_N_DELETED) = {{"Deleted", "Borrados", "Esborrats"}},
    W(TF_N_SPAM) = {{"Marked as spam", "Marcados como spam", "Marcats com a spam"}},
    W(TF_N_UNAPPROVED) = {{"Not approved", "Sin aprobar", "Sense aprovar"}},
    W(TF_N_MOD_CRITICISM) = {{"Classified as criticism", "Clasificados como crítica", "Classificats com a crítica"}},
    W(TF_N_MOD_NEED) = {{"Needing a reply", "Necesitaban respuesta", "Necessitaven resposta"}},
    W(TF_MOD_SEVERAL) = {{"A comment may carry several marks.", "Un comentario puede tener varias marcas.",
                          "Un comentari pot tindre diverses marques."}},
    W(TF_MOD_MORE) = {{"…and %s more moderated comments: every one is in the JSON of replycov fairness --format json "
                       "on the same inputs.",
                       "…y %s comentarios moderados más: todos están en el JSON de replycov fairness --format json "
                       "sobre las mismas entradas.",
                       "…i %s comentaris moderats més: tots són en el JSON de replycov fairness --format json sobre "
                       "les mateixes entrades."}},
    W(TF_MOD_NONE) = {{"No citizen comment was moderated.", "No se moderó ningún comentario de la ciudadanía.",
                       "No es va moderar cap comentari de la ciutadania."}},
    W(TF_FLAG_HIDDEN) = {{"hidden", "oculto", "ocult"}},
    W(TF_FLAG_DELETED) = {{"deleted", "borrado", "esborrat"}},
    W(TF_FLAG_SPAM) = {{"marked as spam", "marcado como spam", "marcat com a spam"}},
    W(TF_FLAG_UNAPPROVED) = {{"not approved", "sin aprobar", "sense aprovar"}},
    /* the answering message, the answer rule in words (T_RULE_*) */
    W(TF_ST_ANSWERED) = {{"answered by %s (%s), not counted as answered here",
                          "respondido por %s (%s), aquí no cuenta como respondido",
                          "respost per %s (%s), ací no compta com a respost"}},
    W(TF_ST_UNANSWERED) = {{"unanswered", "sin respuesta", "sense resposta"}},
    W(TF_ST_NOT_NEEDED) = {{"needs no reply", "no necesita respuesta", "no necessita resposta"}},
    W(TF_ST_NOT_NEEDED_WHY) = {{"needs no reply: %s", "no necesita respuesta: %s", "no necessita resposta: %s"}},
    W(TF_WHY_EMPTY) = {{"empty", "vacío", "buit"}},
    W(TF_WHY_NO_WORDS) = {{"no words, only emoji or symbols", "sin palabras, solo emojis o símbolos",
                           "sense paraules, només emojis o símbols"}},
    W(TF_WHY_SPAM) = {{"spam", "spam", "spam"}},
    W(TF_WHY_DELETED) = {{"deleted", "borrado", "esborrat"}},
    W(TF_WHY_CLASS) = {{"because of its class", "por su clase", "per la seua classe"}},
    W(TF_CLASS_IS) = {{"class: %s", "clase: %s", "classe: %s"}},
    W(TF_NOT_CLASSIFIED) = {{"not classified", "sin clasificar", "sense classificar"}},
    W(TF_AUTHOR_UNKNOWN) = {{"author unknown", "autoría desconocida", "autoria desconeguda"}},
    W(TF_MSG_ID) = {{"message %s", "mensaje %s", "missatge %s"}},
    W(TF_NO_TEXT) = {{"(no text)", "(sin texto)", "(sense text)"}},
#undef W
};

const struct i18n_table i18n_fair = {"fair", TF_BASE, TF_END - TF_BASE, words};
