/* i18n_proof.c: the words of the proof sheet (the record of one person's messages and their
 * replies), in English, Spanish and Valencian, side by side. To change a text, change it here
 * in all three columns; a format's %s blanks must stay the same in number and meaning (test_report
 * checks the number). The person is named as the subject of a sentence, never after "de": Valencian
 * elides it before a vowel ("d'Elena"), which a format cannot know. */
#include "i18n.h"

static const struct i18n_entry words[TP_END - TP_BASE] = {
#define W(id) [id - TP_BASE]
    /* titles and parts */
    W(TP_TITLE) = {{"Record of replies", "Historial de atención", "Historial d'atenció"}},
    W(TP_TITLE_OF) = {{"Record of replies: %s", "Historial de atención: %s", "Historial d'atenció: %s"}},
    W(TP_SEC_LATER) = {{"Answered after this person's unanswered messages",
                        "Respondidos después de los mensajes sin respuesta de esta persona",
                        "Resposts després dels missatges sense resposta d'aquesta persona"}},
    W(TP_SEC_METHOD) = {{"How this record is made", "Cómo se elabora este historial",
                         "Com s'elabora aquest historial"}},

    /* the summary, in sentences */
    W(TP_SUM_NO_MESSAGES) = {{"%s wrote no message in the period.", "%s no escribió ningún mensaje en el periodo.",
                              "%s no va escriure cap missatge en el període."}},
    W(TP_SUM_NO_NEED_ONE) = {{"%s wrote one message in the period, and it needed no reply.",
                              "%s escribió un mensaje en el periodo, que no necesitaba respuesta.",
                              "%s va escriure un missatge en el període, que no necessitava resposta."}},
    W(TP_SUM_NO_NEED_MANY) = {{"%s wrote %s messages in the period; none of them needed a reply.",
                               "%s escribió %s mensajes en el periodo; ninguno necesitaba respuesta.",
                               "%s va escriure %s missatges en el període; cap no necessitava resposta."}},
    W(TP_SUM_ONE_ANSWERED) =
        {{"%s wrote one message that needed a reply, and it was answered after %s.",
          "%s escribió un mensaje que necesitaba respuesta, y se respondió tras %s.",
          "%s va escriure un missatge que necessitava resposta, i es va respondre després de %s."}},
    W(TP_SUM_ONE_UNANSWERED) = {{"%s wrote one message that needed a reply, and it was not answered.",
                                 "%s escribió un mensaje que necesitaba respuesta, y no se respondió.",
                                 "%s va escriure un missatge que necessitava resposta, i no es va respondre."}},
    W(TP_SUM_ALL_ANSWERED) = {{"%s wrote %s messages that needed a reply, and all of them were answered (median wait "
                               "%s).",
                               "%s escribió %s mensajes que necesitaban respuesta, y se respondieron todos (espera "
                               "mediana: %s).",
                               "%s va escriure %s missatges que necessitaven resposta, i es van respondre tots (espera "
                               "mediana: %s)."}},
    W(TP_SUM_NONE_ANSWERED) = {{"%s wrote %s messages that needed a reply, and none of them was answered.",
                                "%s escribió %s mensajes que necesitaban respuesta, y no se respondió ninguno.",
                                "%s va escriure %s missatges que necessitaven resposta, i no se'n va respondre cap."}},
    W(TP_SUM_SOME_ONE) =
        {{"%s wrote %s messages that needed a reply: %s was answered (wait %s) and %s went unanswered.",
          "%s escribió %s mensajes que necesitaban respuesta: se respondió %s (espera: %s) y %s no.",
          "%s va escriure %s missatges que necessitaven resposta: se'n va respondre %s (espera: %s) "
          "i %s no."}},
    W(TP_SUM_SOME_MANY) = {{"%s wrote %s messages that needed a reply: %s were answered (median wait %s) and %s went "
                            "unanswered.",
                            "%s escribió %s mensajes que necesitaban respuesta: se respondieron %s (espera mediana: "
                            "%s) y %s no.",
                            "%s va escriure %s missatges que necessitaven resposta: se'n van respondre %s (espera "
                            "mediana: %s) i %s no."}},
    W(TP_SUM_OTHERS_ONE) = {{"In the same period, of the %s messages of other people that needed a reply, %s was "
                             "answered%s.",
                             "En el mismo periodo, de los %s mensajes de otras personas que necesitaban respuesta, se "
                             "respondió %s%s.",
                             "En el mateix període, dels %s missatges d'altres persones que necessitaven resposta, "
                             "se'n va respondre %s%s."}},
    W(TP_SUM_OTHERS_MANY) = {{"In the same period, of the %s messages of other people that needed a reply, %s were "
                              "answered%s.",
                              "En el mismo periodo, de los %s mensajes de otras personas que necesitaban respuesta, "
                              "se respondieron %s%s.",
                              "En el mateix període, dels %s missatges d'altres persones que necessitaven resposta, "
                              "se'n van respondre %s%s."}},
    W(TP_SUM_OTHERS_SINGLE_ANS) = {{"In the same period, one message of another person needed a reply, and it was "
                                    "answered%s.",
                                    "En el mismo periodo, un mensaje de otra persona necesitaba respuesta, y se "
                                    "respondió%s.",
                                    "En el mateix període, un missatge d'una altra persona necessitava resposta, i es "
                                    "va respondre%s."}},
    W(TP_SUM_OTHERS_SINGLE_UNANS) = {{"In the same period, one message of another person needed a reply, and it was "
                                      "not answered.",
                                      "En el mismo periodo, un mensaje de otra persona necesitaba respuesta, y no se "
                                      "respondió.",
                                      "En el mateix període, un missatge d'una altra persona necessitava resposta, i "
                                      "no es va respondre."}},
    W(TP_SUM_OTHERS_NONE) = {{"In the same period, no message of other people needed a reply.",
                              "En el mismo periodo, ningún mensaje de otras personas necesitaba respuesta.",
                              "En el mateix període, cap missatge d'altres persones no necessitava resposta."}},
    W(TP_TAIL_PCT_WAIT) = {{" (%s; median wait %s)", " (%s; espera mediana: %s)", " (%s; espera mediana: %s)"}},
    W(TP_TAIL_WAIT) = {{" (median wait %s)", " (espera mediana: %s)", " (espera mediana: %s)"}},
    W(TP_TAIL_ONE_WAIT) = {{" (wait %s)", " (espera: %s)", " (espera: %s)"}},
    W(TP_WAIT_SVC_PAREN) = {{"%s (%s in service hours)", "%s (%s en horario de atención)",
                             "%s (%s en horari d'atenció)"}},
    W(TP_WAIT_SVC_SEMI) = {{"%s; %s in service hours", "%s; %s en horario de atención", "%s; %s en horari d'atenció"}},

    /* the key figures */
    W(TP_F_PERSON) = {{"Person", "Persona", "Persona"}},
    W(TP_F_ACCOUNT) = {{"Account", "Cuenta", "Compte"}},
    W(TP_V_ACCOUNT) = {{"%s, id %s", "%s, identificador %s", "%s, identificador %s"}},
    W(TP_F_MESSAGES) = {{"Messages in the period", "Mensajes del periodo", "Missatges del període"}},
    W(TP_F_PUBLIC) = {{"Public comments", "Comentarios públicos", "Comentaris públics"}},
    W(TP_F_PRIVATE) = {{"Private messages", "Mensajes privados", "Missatges privats"}},
    W(TP_F_THREADS) = {{"Threads", "Conversaciones", "Converses"}},
    W(TP_F_OUTSIDE) = {{"Outside the period, not shown", "Fuera del periodo, no mostrados",
                        "Fora del període, no mostrats"}},
    W(TP_F_NEED) = {{"Needed a reply", "Necesitaban respuesta", "Necessitaven resposta"}},
    W(TP_F_NOT_NEEDED) = {{"Needed no reply", "No necesitaban respuesta", "No necessitaven resposta"}},
    W(TP_F_MEDIAN) = {{"Their median wait", "Su espera mediana", "La seua espera mediana"}},
    W(TP_V_NO_WAIT) = {{"none: no message was answered", "ninguna: no se respondió ningún mensaje",
                        "cap: no es va respondre cap missatge"}},
    W(TP_F_SAME) = {{"Others, same threads", "Otros, mismas conversaciones", "Altres, mateixes converses"}},
    W(TP_F_ALL) = {{"Others, whole period", "Otros, todo el periodo", "Altres, tot el període"}},
    W(TP_V_SCOPE) = {{"answered: %s of %s%s; median wait: %s", "respondidos: %s de %s%s; espera mediana: %s",
                      "resposts: %s de %s%s; espera mediana: %s"}},
    W(TP_V_SCOPE_NOWAIT) = {{"answered: %s of %s%s", "respondidos: %s de %s%s", "resposts: %s de %s%s"}},
    W(TP_V_SCOPE_NONE) = {{"no message needed a reply", "ningún mensaje necesitaba respuesta",
                           "cap missatge no necessitava resposta"}},
    W(TP_F_PERCENTILE) = {{"Percentile", "Percentil", "Percentil"}},
    W(TP_V_PERCENTILE) = {{"the share of the other people's answered messages that waited less than one of this "
                           "person's, counting ties as half: 0 is the fastest, 100 the slowest",
                           "la proporción de los mensajes respondidos de otras personas que esperaron menos que uno "
                           "de esta persona, contando los empates como la mitad: 0 es el más rápido y 100 el más "
                           "lento",
                           "la proporció dels missatges resposts d'altres persones que van esperar menys que un "
                           "d'aquesta persona, comptant els empats com la meitat: 0 és el més ràpid i 100 el més "
                           "lent"}},

    /* each message */
    W(TP_MSG_HEADING) = {{"%s. %s · %s", "%s. %s · %s", "%s. %s · %s"}},
    W(TP_KIND_PUBLIC) = {{"Public comment", "Comentario público", "Comentari públic"}},
    W(TP_KIND_PRIVATE) = {{"Private message", "Mensaje privado", "Missatge privat"}},
    W(TP_NO_MESSAGES) = {{"No message of this person in the period.", "Ningún mensaje de esta persona en el periodo.",
                          "Cap missatge d'aquesta persona en el període."}},
    W(TP_ST_ANSWERED) = {{"Answered by %s on %s, through %s.", "Respondido por %s el %s, mediante %s.",
                          "Respost per %s el %s, mitjançant %s."}},
    W(TP_AGENT) = {{"%s (agent: %s)", "%s (agente: %s)", "%s (agent: %s)"}},
    W(TP_OFFICIAL) = {{"the official account", "la cuenta oficial", "el compte oficial"}},
    W(TP_ST_UNANSWERED) = {{"Not answered: this message needed a reply and got none.",
                            "Sin respuesta: este mensaje necesitaba respuesta y no la recibió.",
                            "Sense resposta: aquest missatge necessitava resposta i no la va rebre."}},
    W(TP_ST_NOT_NEEDED) = {{"No reply needed: %s.", "No necesitaba respuesta: %s.", "No necessitava resposta: %s."}},
    W(TP_NN_EMPTY) = {{"the message is empty", "el mensaje está vacío", "el missatge és buit"}},
    W(TP_NN_NO_WORDS) = {{"it holds only emoji or signs, no words", "solo contiene emojis o signos, sin palabras",
                          "només conté emojis o signes, sense paraules"}},
    W(TP_NN_SPAM) = {{"it was marked as spam", "se marcó como spam", "es va marcar com a spam"}},
    W(TP_NN_DELETED) = {{"it was deleted", "se borró", "es va esborrar"}},
    W(TP_NN_CLASS) = {{"its class, “%s”, needs no reply under the policy in force",
                       "su clase, «%s», no necesita respuesta según la política aplicada",
                       "la seua classe, «%s», no necessita resposta segons la política aplicada"}},
    W(TP_V_CLASS) = {{"%s (decided by %s; confidence %s)", "%s (según %s; confianza: %s)",
                      "%s (segons %s; confiança: %s)"}},
    W(TP_V_CLASS_HUMAN) = {{"%s (decided by a person, in the labels file)",
                            "%s (según una persona, en el archivo de etiquetas)",
                            "%s (segons una persona, en el fitxer d'etiquetes)"}},
    W(TP_BY_RULES) = {{"the classifier's rules", "las reglas del clasificador", "les regles del classificador"}},
    W(TP_BY_MODEL) = {{"the trained model", "el modelo entrenado", "el model entrenat"}},
    W(TP_F_NOTES) = {{"Notes", "Observaciones", "Observacions"}},
    W(TP_FLAG_HIDDEN) = {{"hidden by the page", "ocultado por la página", "ocultat per la pàgina"}},
    W(TP_FLAG_DELETED) = {{"deleted", "borrado", "esborrat"}},
    W(TP_FLAG_SPAM) = {{"marked as spam", "marcado como spam", "marcat com a spam"}},
    W(TP_FLAG_UNAPPROVED) = {{"awaiting moderation", "pendiente de moderación", "pendent de moderació"}},
    W(TP_FLAG_EDITED) = {{"edited", "editado", "editat"}},
    W(TP_FLAG_ORPHAN) = {{"the message it replies to is missing from the export",
                          "falta en la exportación el mensaje al que responde",
                          "falta en l'exportació el missatge al qual respon"}},
    W(TP_FLAG_APPROX) = {{"approximate time", "hora aproximada", "hora aproximada"}},
    W(TP_V_WAIT_CAL_SVC) = {{"%s in calendar time; %s in service hours",
                             "%s en tiempo natural; %s en horario de atención",
                             "%s en temps natural; %s en horari d'atenció"}},
    W(TP_V_OUT_OF_HOURS) = {{"%s (it arrived out of service hours)", "%s (llegó fuera del horario de atención)",
                             "%s (va arribar fora de l'horari d'atenció)"}},
    W(TP_F_REPLY) = {{"Reply", "Respuesta", "Resposta"}},
    W(TP_V_QUOTED) = {{"“%s”", "«%s»", "«%s»"}},
    W(TP_F_RANK) = {{"Percentile", "Percentil", "Percentil"}},
    W(TP_F_RANK_CAL) = {{"Percentile (calendar time)", "Percentil (tiempo natural)", "Percentil (temps natural)"}},
    W(TP_F_RANK_SVC) = {{"Percentile (service hours)", "Percentil (horario de atención)",
                         "Percentil (horari d'atenció)"}},
    W(TP_V_RANK) = {{"%s %s (other answered messages: %s; waited less: %s; as long: %s; longer: %s)",
                     "%s %s (otros mensajes respondidos: %s; esperaron menos: %s; lo mismo: %s; más: %s)",
                     "%s %s (altres missatges resposts: %s; van esperar menys: %s; el mateix: %s; més: %s)"}},
    W(TP_V_RANK_NONE) = {{"%s: no other answered message to compare with",
                          "%s: ningún otro mensaje respondido con el que comparar",
                          "%s: cap altre missatge respost amb què comparar"}},
    W(TP_V_RANK_HIDDEN) = {{"%s: not shown, fewer than %s others (--min-cell)",
                            "%s: no se muestra, menos de %s (--min-cell)",
                            "%s: no es mostra, menys de %s (--min-cell)"}},
    W(TP_SCOPE_SAME) = {{"in the same threads", "en las mismas conversaciones", "en les mateixes converses"}},
    W(TP_SCOPE_ALL) = {{"in every thread of the period", "en todas las conversaciones del periodo",
                        "en totes les converses del període"}},
    W(TP_F_OVERTAKEN) = {{"Later comments answered first", "Posteriores respondidos antes",
                          "Posteriors resposts abans"}},
    W(TP_F_LATER) = {{"Answered after it", "Respondidos después", "Resposts després"}},
    W(TP_V_LATER) = {{"%s (%s); see “%s”", "%s (%s); véase «%s»", "%s (%s); vegeu «%s»"}},
    W(TP_N_COMMENT) = {{"%s comment", "%s comentario", "%s comentari"}},
    W(TP_N_COMMENTS) = {{"%s comments", "%s comentarios", "%s comentaris"}},
    W(TP_N_PERSON) = {{"%s person", "%s persona", "%s persona"}},
    W(TP_N_PEOPLE) = {{"%s people", "%s personas", "%s persones"}},
    W(TP_V_LATER_NONE) = {{"none: no later comment in this thread was answered",
                           "ninguno: no se respondió ningún comentario posterior de esta conversación",
                           "cap: no es va respondre cap comentari posterior d'aquesta conversa"}},
    W(TP_F_REPLY_TO) = {{"In reply to", "En respuesta a", "En resposta a"}},
    W(TP_F_BEFORE) = {{"Just before", "Justo antes", "Just abans"}},
    W(TP_F_AFTER) = {{"Just after", "Justo después", "Just després"}},
    W(TP_V_CTX) = {{"%s, %s: “%s”", "%s, %s: «%s»", "%s, %s: «%s»"}},
    W(TP_SAME_PERSON) = {{"%s (this person)", "%s (esta persona)", "%s (aquesta persona)"}},

    /* the comments answered after the person's */
    W(TP_LATER_INTRO) = {{"Comments of other people in the same threads that were written after an unanswered "
                          "message of this person and were answered themselves. The last column gives the numbers "
                          "of those messages under “%s”.",
                          "Comentarios de otras personas en las mismas conversaciones que se escribieron después de "
                          "un mensaje sin respuesta de esta persona y que sí se respondieron. La última columna "
                          "indica los números de esos mensajes en «%s».",
                          "Comentaris d'altres persones en les mateixes converses que es van escriure després d'un "
                          "missatge sense resposta d'aquesta persona i que sí que es van respondre. L'última columna "
                          "indica els números d'aquests missatges en «%s»."}},
    W(TP_H_WRITTEN) = {{"Written", "Escrito", "Escrit"}},
    W(TP_H_BY) = {{"Person", "Persona", "Persona"}},
    W(TP_H_ANSWERED) = {{"Answered", "Respondido", "Respost"}},
    W(TP_H_RULE) = {{"Rule", "Regla", "Regla"}},
    W(TP_H_AFTER) = {{"After no.", "Tras el n.º", "Després del núm."}},
    W(TP_RULE_DIRECT) = {{"direct reply", "respuesta directa", "resposta directa"}},
    W(TP_RULE_BRANCH) = {{"same reply list", "misma lista de respuestas", "mateixa llista de respostes"}},
    W(TP_RULE_MENTION) = {{"mention", "mención", "menció"}},

    /* how the record is made */
    W(TP_M_WAITS) = {{"A wait runs from the message to its answer, in calendar time (day and night) and in service "
                      "hours (only while the service is open, as %s says). Medians are computed as a spreadsheet's "
                      "PERCENTILE.INC.",
                      "Una espera va del mensaje a su respuesta, en tiempo natural (de día y de noche) y en horario "
                      "de atención (solo mientras el servicio está abierto, según %s). Las medianas se calculan como "
                      "PERCENTIL.INC de una hoja de cálculo.",
                      "Una espera va del missatge a la seua resposta, en temps natural (de dia i de nit) i en horari "
                      "d'atenció (només mentre el servei està obert, segons %s). Les medianes es calculen com "
                      "PERCENTIL.INC d'un full de càlcul."}},
    W(TP_M_WAITS_CAL) = {{"A wait runs from the message to its answer, in calendar time (day and night); no service "
                          "hours were given. Medians are computed as a spreadsheet's PERCENTILE.INC.",
                          "Una espera va del mensaje a su respuesta, en tiempo natural (de día y de noche); no se "
                          "indicó ningún horario de atención. Las medianas se calculan como PERCENTIL.INC de una hoja "
                          "de cálculo.",
                          "Una espera va del missatge a la seua resposta, en temps natural (de dia i de nit); no es va "
                          "indicar cap horari d'atenció. Les medianes es calculen com PERCENTIL.INC d'un full de "
                          "càlcul."}},
    W(TP_M_RANKS) = {{"Each wait of this person is compared with the waits of the other people's answered messages, "
                      "in the same threads and in every thread of the period; this person's own messages are left "
                      "out of the comparison.",
                      "Cada espera de esta persona se compara con las de los mensajes respondidos de otras personas, "
                      "en las mismas conversaciones y en todas las del periodo; los mensajes de esta persona quedan "
                      "fuera de la comparación.",
                      "Cada espera d'aquesta persona es compara amb les dels missatges resposts d'altres persones, "
                      "en les mateixes converses i en totes les del període; els missatges d'aquesta persona queden "
                      "fora de la comparació."}},
    W(TP_M_PRIVACY) = {{"Other people appear under pseudonyms (HMAC-SHA256 with a key); this person appears by name.",
                        "Las demás personas aparecen con seudónimos (HMAC-SHA256 con una clave); esta persona, con su "
                        "nombre.",
                        "Les altres persones apareixen amb pseudònims (HMAC-SHA256 amb una clau); aquesta persona, amb "
                        "el seu nom."}},
    W(TP_FOOTER) = {{"Made by replycov. The same inputs and options give the same record, byte for byte; “%s” lists "
                     "them.",
                     "Elaborado por replycov. Las mismas entradas y opciones dan el mismo historial, byte a byte; "
                     "«%s» las enumera.",
                     "Elaborat per replycov. Les mateixes entrades i opcions donen el mateix historial, byte a byte; "
                     "«%s» les enumera."}},

    /* a name several people share */
    W(TP_CAND_INTRO) = {{"“%s” matches %s people; give the one you mean by id:",
                         "«%s» corresponde a %s personas; indique por su identificador a cuál se refiere:",
                         "«%s» correspon a %s persones; indiqueu pel seu identificador a quina us referiu:"}},
    W(TP_H_ID) = {{"Id", "Identificador", "Identificador"}},
    W(TP_CAND_OFFICIAL) = {{"%s (and official ones)", "%s (y otros como cuenta oficial)",
                            "%s (i altres com a compte oficial)"}},
    W(TP_CAND_RUN) = {{"The record of each of them:", "El historial de cada una:", "L'historial de cadascuna:"}},

    /* standard output */
    W(TP_OUT_WROTE) = {{"Record written to %s", "Historial escrito en %s", "Historial escrit en %s"}},
#undef W
};

const struct i18n_table i18n_proof = {"proof", TP_BASE, TP_END - TP_BASE, words};
