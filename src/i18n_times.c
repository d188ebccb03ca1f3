/* i18n_times.c: the words of the response times, in English, Spanish and Valencian, side by side.
 * To change a text, change it here in all three columns; a format's %s blanks must stay the
 * same in number and meaning (test_report checks the number). Texts without blanks are not
 * formats: their "%" is a percent sign, as many in each language. */
#include "i18n.h"

static const struct i18n_entry words[TT_END - TT_BASE] = {
#define W(id) [id - TT_BASE]
    W(TT_TITLE) = {{"Response times", "Tiempos de respuesta", "Temps de resposta"}},

    /* sections */
    W(TT_SEC_WAITS) = {{"Waits in calendar time and in service hours",
                        "Esperas en tiempo natural y en horario de atención",
                        "Esperes en temps natural i en horari d'atenció"}},
    W(TT_SEC_BY_THREAD) = {{"Waits by thread", "Esperas por conversación", "Esperes per conversa"}},
    W(TT_SEC_BY_PLATFORM) = {{"Waits by platform", "Esperas por plataforma", "Esperes per plataforma"}},
    W(TT_SEC_BY_CHANNEL) = {{"Waits by channel", "Esperas por canal", "Esperes per canal"}},
    W(TT_SEC_BY_MONTH) = {{"Waits by month", "Esperas por mes", "Esperes per mes"}},
    W(TT_SEC_BY_AGENT) = {{"Waits by agent", "Esperas por agente", "Esperes per agent"}},
    /* scripts/demo.sh prints the English section from this title to the line holding "Each
     * step keeps" (TT_STEPS_KEEP) */
    W(TT_SEC_PLATFORM) = {{"Private messages: the platform's figure, and what each rule changes",
                           "Mensajes privados: la cifra de la plataforma y lo que cambia cada regla",
                           "Missatges privats: la xifra de la plataforma i el que canvia cada regla"}},
    W(TT_SEC_HOLIDAYS) = {{"Holidays from the first comment to the last answer",
                           "Festivos desde el primer comentario hasta la última respuesta",
                           "Festius des del primer comentari fins a l'última resposta"}},

    /* summary */
    W(TT_F_NEED) = {{"Comments needing a reply", "Comentarios que necesitan respuesta",
                     "Comentaris que necessiten resposta"}},
    W(TT_F_FIRST) = {{"First comment needing a reply", "Primer comentario que necesita respuesta",
                      "Primer comentari que necessita resposta"}},
    W(TT_F_LAST) = {{"Last comment needing a reply", "Último comentario que necesita respuesta",
                     "Últim comentari que necessita resposta"}},
    W(TT_F_OUTSIDE) = {{"Comments outside the period (left out)", "Comentarios fuera del periodo (excluidos)",
                        "Comentaris fora del període (exclosos)"}},
    W(TT_N_OF) = {{"%s of %s", "%s de %s", "%s de %s"}},
    W(TT_N_OF_PCT) = {{"%s of %s (%s)", "%s de %s (%s)", "%s de %s (%s)"}},
    W(TT_SCHEDULE_ZERO) = {{"%s. The clock starts when the comment arrives if the service is open, else at the next "
                            "opening; an answer before that opening counts as a wait of 0.",
                            "%s. El reloj empieza a contar cuando llega el comentario si el servicio está abierto y, "
                            "si no, en la siguiente apertura; una respuesta anterior a esa apertura cuenta como una "
                            "espera de 0.",
                            "%s. El rellotge comença a comptar quan arriba el comentari si el servei està obert i, si "
                            "no, en l'obertura següent; una resposta anterior a aquesta obertura compta com una "
                            "espera de 0."}},
    W(TT_SCHEDULE_ELAPSED) = {{"%s. The clock starts when the comment arrives if the service is open, else at the "
                               "next opening; an answer before that opening counts the time elapsed since the "
                               "comment.",
                               "%s. El reloj empieza a contar cuando llega el comentario si el servicio está abierto "
                               "y, si no, en la siguiente apertura; una respuesta anterior a esa apertura cuenta el "
                               "tiempo transcurrido desde el comentario.",
                               "%s. El rellotge comença a comptar quan arriba el comentari si el servei està obert i, "
                               "si no, en l'obertura següent; una resposta anterior a aquesta obertura compta el "
                               "temps transcorregut des del comentari."}},
    W(TT_NO_SCHEDULE) = {{"none given (--schedule): every hour counts, so service time is calendar time.",
                          "no indicado (--schedule): cuentan todas las horas, así que las esperas en horario de "
                          "atención son las de tiempo natural.",
                          "no indicat (--schedule): compten totes les hores, així que les esperes en horari "
                          "d'atenció són les de temps natural."}},
    W(TT_BEFORE_FIRST_ONE) = {{"%s comment was asked before the first timetable of the schedule: it is measured "
                               "with that timetable.",
                               "%s comentario se recibió antes del primer horario del archivo de horarios: se mide "
                               "con ese horario.",
                               "%s comentari es va rebre abans del primer horari del fitxer d'horaris: es mesura "
                               "amb aquest horari."}},
    W(TT_BEFORE_FIRST_MANY) = {{"%s comments were asked before the first timetable of the schedule: they are "
                                "measured with that timetable.",
                                "%s comentarios se recibieron antes del primer horario del archivo de horarios: se "
                                "miden con ese horario.",
                                "%s comentaris es van rebre abans del primer horari del fitxer d'horaris: es "
                                "mesuren amb aquest horari."}},

    /* waits */
    W(TT_MEAN) = {{"Mean", "Media", "Mitjana"}},
    W(TT_FASTEST90) = {{"Mean of the fastest 90%", "Media del 90 % más rápido", "Mitjana del 90 % més ràpid"}},
    W(TT_WAITS_NOTE) =
        {{"Calendar time counts every hour, day and night, from the comment to its answer; service time counts only "
          "the hours the service is open, from the moment the clock starts. Shares are of the comments needing a "
          "reply, answered or not. The mean of the fastest 90% leaves out the slowest tenth of the answered "
          "comments (rounded down). Answered the same service day: before the end of the service day on which the "
          "clock started.",
          "El tiempo natural cuenta todas las horas, de día y de noche, desde el comentario hasta su respuesta; el "
          "horario de atención cuenta solo las horas en que el servicio está abierto, desde que empieza a contar el "
          "reloj. Las proporciones son sobre los comentarios que necesitan respuesta, respondidos o no. La media del "
          "90 % más rápido deja fuera la décima parte más lenta de los comentarios respondidos (redondeada hacia "
          "abajo). Respondidos el mismo día de servicio: antes de que termine el día de servicio en que empezó a "
          "contar el reloj.",
          "El temps natural compta totes les hores, de dia i de nit, des del comentari fins a la resposta; l'horari "
          "d'atenció compta només les hores en què el servei està obert, des que el rellotge comença a comptar. Les "
          "proporcions són sobre els comentaris que necessiten resposta, resposts o no. La mitjana del 90 % més "
          "ràpid deixa fora la desena part més lenta dels comentaris resposts (arrodonida cap avall). Resposts el "
          "mateix dia de servei: abans que acabe el dia de servei en què el rellotge va començar a comptar."}},
    W(TT_GROUPS_NOTE) =
        {{"In the tables by thread, platform, channel, month and agent, the calendar median and P90 count every "
          "hour; the other waits count service hours only: median, P90 (the 90th percentile: nine in ten waited "
          "that long or less), mean, fastest 90% (the mean of the fastest 90%), within 1 h (the share answered "
          "within one hour of service time) and same day (the share answered the same service day).",
          "En las tablas por conversación, plataforma, canal, mes y agente, la mediana y el P90 naturales cuentan "
          "todas las horas; las demás esperas cuentan solo el horario de atención: mediana, P90 (el percentil 90: "
          "nueve de cada diez esperaron eso o menos), media, 90 % más rápido (la media del 90 % más rápido), en 1 h "
          "(la proporción respondida en una hora de horario de atención o menos) y mismo día (la proporción "
          "respondida el mismo día de servicio).",
          "En les taules per conversa, plataforma, canal, mes i agent, la mediana i el P90 naturals compten totes "
          "les hores; les altres esperes compten només l'horari d'atenció: mediana, P90 (el percentil 90: nou de "
          "cada deu van esperar això o menys), mitjana, 90 % més ràpid (la mitjana del 90 % més ràpid), en 1 h (la "
          "proporció resposta en una hora d'horari d'atenció o menys) i mateix dia (la proporció resposta el mateix "
          "dia de servei)."}},
    W(TT_H_AGENT) = {{"Agent", "Agente", "Agent"}},
    W(TT_H_MEDIAN_CAL) = {{"Calendar median", "Mediana natural", "Mediana natural"}},
    W(TT_H_P90_CAL) = {{"Calendar P90", "P90 natural", "P90 natural"}},
    W(TT_H_MEDIAN) = {{"Median", "Mediana", "Mediana"}},
    W(TT_H_P90) = {{"P90", "P90", "P90"}},
    W(TT_H_MEAN) = {{"Mean", "Media", "Mitjana"}},
    W(TT_H_FASTEST90) = {{"Fastest 90%", "90 % más rápido", "90 % més ràpid"}},
    W(TT_H_WITHIN_1H) = {{"Within 1 h", "En 1 h", "En 1 h"}},
    W(TT_H_SAME_DAY) = {{"Same day", "Mismo día", "Mateix dia"}},
    W(TT_AGENT_NOTE) =
        {{"Answered: the comments whose answer the agent signed (by --agent-signature; a comment's answer is the "
          "first official message that answers it). Official replies: the official messages of the period the "
          "agent signed (Unsigned: those no signature matched). The waits and shares are those of the comments the "
          "agent answered.",
          "Respondidos: los comentarios cuya respuesta firmó el agente (según --agent-signature; la respuesta de un "
          "comentario es el primer mensaje oficial que lo responde). Respuestas oficiales: los mensajes oficiales "
          "del periodo que firmó el agente (Sin firma: los que no coinciden con ninguna firma). Las esperas y "
          "proporciones son las de los comentarios que respondió el agente.",
          "Resposts: els comentaris la resposta dels quals va signar l'agent (segons --agent-signature; la resposta "
          "d'un comentari és el primer missatge oficial que el respon). Respostes oficials: els missatges oficials "
          "del període que va signar l'agent (Sense signatura: els que no coincideixen amb cap signatura). Les "
          "esperes i proporcions són les dels comentaris que va respondre l'agent."}},
    W(TT_UNSIGNED) = {{"Unsigned", "Sin firma", "Sense signatura"}},

    /* the platform's figure */
    W(TT_PLATFORM_NONE) = {{"No private messages in the input: the platform's figures count only private messages.",
                            "No hay mensajes privados en las entradas: las cifras de la plataforma solo cuentan "
                            "mensajes privados.",
                            "No hi ha missatges privats en les entrades: les xifres de la plataforma només compten "
                            "missatges privats."}},
    W(TT_PLATFORM_VARIANT) =
        {{"Step 0 emulates one documented variant, Meta's Page responsiveness as its older Help Center text "
          "describes it (README, “The platform's figure”): a message counts when it opens a conversation after 24 h "
          "without messages; any later page message answers it; waits run day and night; the rate is the share of "
          "the counted messages answered and the time the mean of the fastest 90% of the first replies, both over "
          "the 30 days up to the last counted message.",
          "El paso 0 emula una variante documentada, la capacidad de respuesta de las páginas de Meta tal como la "
          "describía el texto antiguo de su servicio de ayuda (README, «The platform's figure»): un mensaje cuenta "
          "cuando abre una conversación tras 24 h sin mensajes; cualquier mensaje posterior de la página lo "
          "responde; las esperas corren de día y de noche; la tasa es la proporción de los mensajes contados que se "
          "respondieron y el tiempo, la media del 90 % más rápido de las primeras respuestas, ambas en los 30 días "
          "hasta el último mensaje contado.",
          "El pas 0 emula una variant documentada, la capacitat de resposta de les pàgines de Meta tal com la "
          "descrivia el text antic del seu servei d'ajuda (README, «The platform's figure»): un missatge compta quan "
          "obri una conversa després de 24 h sense missatges; qualsevol missatge posterior de la pàgina el respon; "
          "les esperes corren de dia i de nit; la taxa és la proporció dels missatges comptats que es van respondre "
          "i el temps, la mitjana del 90 % més ràpid de les primeres respostes, totes dues en els 30 dies fins a "
          "l'últim missatge comptat."}},
    W(TT_PLATFORM_NOT_META) =
        {{"It is not Meta's current figure: automatic replies, away mode and “mark as done” are not in the exports, "
          "and the definitions have changed over the years.",
          "No es la cifra actual de Meta: las respuestas automáticas, el modo ausente y «marcar como finalizado» no "
          "constan en las exportaciones, y las definiciones han cambiado con los años.",
          "No és la xifra actual de Meta: les respostes automàtiques, el mode absent i «marcar com a finalitzat» no "
          "consten en les exportacions, i les definicions han canviat amb els anys."}},
    W(TT_WINDOW_ONE) = {{"30-day window: %s, %s counted message.", "Ventana de 30 días: %s, %s mensaje contado.",
                         "Finestra de 30 dies: %s, %s missatge comptat."}},
    W(TT_WINDOW_MANY) = {{"30-day window: %s, %s counted messages.", "Ventana de 30 días: %s, %s mensajes contados.",
                          "Finestra de 30 dies: %s, %s missatges comptats."}},
    W(TT_WINDOW_LAST10) = {{"Fewer than 10 in the window: step 0 uses the last 10 counted messages (all of them when "
                            "there are fewer).",
                            "Menos de 10 en la ventana: el paso 0 usa los 10 últimos mensajes contados (todos, si "
                            "hay menos).",
                            "Menys de 10 en la finestra: el pas 0 usa els 10 últims missatges comptats (tots, si "
                            "n'hi ha menys)."}},
    W(TT_H_STEP) = {{"Step", "Paso", "Pas"}},
    W(TT_H_RULE) = {{"What changes", "Qué cambia", "Què canvia"}},
    W(TT_H_RATE) = {{"Rate", "Tasa", "Taxa"}},
    W(TT_H_CHANGE) = {{"Change", "Variación", "Variació"}},
    W(TT_H_TIME) = {{"Time", "Tiempo", "Temps"}},
    W(TT_STEP_0) = {{"The platform's variant, emulated (see above)",
                     "Variante de la plataforma, emulada (véase arriba)",
                     "Variant de la plataforma, emulada (vegeu més amunt)"}},
    W(TT_STEP_1) = {{"The whole period, not the 30-day window", "Todo el periodo, no la ventana de 30 días",
                     "Tot el període, no la finestra de 30 dies"}},
    W(TT_STEP_2) = {{"replycov's answer rules, not any later page message",
                     "Reglas de respuesta de replycov, no cualquier mensaje de la página",
                     "Regles de resposta de replycov, no qualsevol missatge de la pàgina"}},
    W(TT_STEP_3) = {{"Every message needing a reply, not only 24 h openers",
                     "Todos los que necesitan respuesta, no solo los que abren conversación",
                     "Tots els que necessiten resposta, no només els que obrin conversa"}},
    W(TT_STEP_4) = {{"The plain mean, not the mean of the fastest 90%", "Media simple, no la del 90 % más rápido",
                     "Mitjana simple, no la del 90 % més ràpid"}},
    W(TT_STEP_5) = {{"The median, not the mean", "Mediana, no media", "Mediana, no mitjana"}},
    W(TT_STEP_6) = {{"Service hours, not day and night: replycov's figure",
                     "Horario de atención, no de día y de noche: la cifra de replycov",
                     "Horari d'atenció, no de dia i de nit: la xifra de replycov"}},
    W(TT_PP) = {{"%s pp", "%s p. p.", "%s p. p."}},
    W(TT_STEPS_NOTE) =
        {{"Times: steps 0 to 3 the mean of the fastest 90%, step 4 the mean, steps 5 and 6 the median; steps 0 to 5 "
          "day and night, step 6 service hours. Rate: the share of the messages answered. Each change is against "
          "the step above, in percentage points (pp) or in time.",
          "Tiempos: pasos del 0 al 3, la media del 90 % más rápido; paso 4, la media; pasos 5 y 6, la mediana; "
          "pasos del 0 al 5, de día y de noche; paso 6, en horario de atención. Tasa: la proporción de los mensajes "
          "que se respondieron. Cada variación es respecto al paso anterior, en puntos porcentuales (p. p.) o en "
          "tiempo.",
          "Temps: passos del 0 al 3, la mitjana del 90 % més ràpid; pas 4, la mitjana; passos 5 i 6, la mediana; "
          "passos del 0 al 5, de dia i de nit; pas 6, en horari d'atenció. Taxa: la proporció dels missatges que es "
          "van respondre. Cada variació és respecte al pas anterior, en punts percentuals (p. p.) o en temps."}},
    /* one short line: scripts/demo.sh ends its excerpt at the English one */
    W(TT_STEPS_KEEP) = {{"Each step keeps the changes above it.", "Cada paso conserva los cambios de los anteriores.",
                         "Cada pas conserva els canvis dels anteriors."}},
    W(TT_STEPS_NO_SCHEDULE) = {{"No --schedule: service hours are day and night, so the last step changes nothing.",
                                "Sin --schedule: el horario de atención es de día y de noche, así que el último "
                                "paso no cambia nada.",
                                "Sense --schedule: l'horari d'atenció és de dia i de nit, així que l'últim pas no "
                                "canvia res."}},

    /* holidays */
    W(TT_H_HOLIDAY) = {{"Holiday", "Festivo", "Festiu"}},
    W(TT_H_SCOPE) = {{"Scope", "Ámbito", "Àmbit"}},
    W(TT_SCOPE_NATIONAL) = {{"national", "nacional", "nacional"}},
    W(TT_SCOPE_REGIONAL) = {{"regional", "autonómico", "autonòmic"}},
    W(TT_SCOPE_LOCAL) = {{"local", "local", "local"}},
    W(TT_SCOPE_OTHER) = {{"other", "otro", "altre"}},
#undef W
};

const struct i18n_table i18n_times = {"times", TT_BASE, TT_END - TT_BASE, words};
