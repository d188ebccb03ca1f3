/* i18n_report.c: the words of the period report and the post-mortem of a thread (and of the
 * words every document shares: classes, channels, figures), in English, Spanish and Valencian,
 * side by side. To change a text, change it here in all three columns; a format's %s blanks
 * must stay the same in number and meaning (test_i18n checks the number). */
#include "i18n.h"

static const struct i18n_entry words[T_N] = {
    /* titles */
    [T_REPORT_TITLE] = {{"Reply coverage report", "Informe de cobertura de respuestas",
                         "Informe de cobertura de respostes"}},
    [T_THREAD_TITLE] = {{"Post-mortem of a thread", "Análisis de una conversación", "Anàlisi d'una conversa"}},
    [T_SUB_PERIOD] = {{"%s · times in %s", "%s · horas en %s", "%s · hores en %s"}},
    [T_SUB_THREAD] = {{"Times in %s", "Horas en %s", "Hores en %s"}},
    [T_TOC] = {{"Contents", "Contenido", "Contingut"}},
    [T_FOOTER] = {{"Made by replycov from the files listed under “Evidence”. The same inputs and options give the "
                   "same report, byte for byte.",
                   "Elaborado por replycov a partir de los archivos de «Procedencia de los datos». Las mismas entradas "
                   "y opciones dan el mismo informe, byte a byte.",
                   "Elaborat per replycov a partir dels fitxers de «Procedència de les dades». Les mateixes entrades i "
                   "opcions donen el mateix informe, byte a byte."}},

    /* sections */
    [T_SEC_SUMMARY] = {{"Summary", "Resumen", "Resum"}},
    [T_SEC_MESSAGES] = {{"Messages", "Mensajes", "Missatges"}},
    [T_SEC_COVERAGE] = {{"Coverage", "Cobertura", "Cobertura"}},
    [T_SEC_WAITS] = {{"Waits", "Esperas", "Esperes"}},
    [T_SEC_CLASSES] = {{"Criticism and thanks", "Críticas y agradecimientos", "Crítiques i agraïments"}},
    [T_SEC_HEAT] = {{"When waits are longest", "Cuándo se espera más", "Quan s'espera més"}},
    [T_SEC_THREADS] = {{"Threads", "Conversaciones", "Converses"}},
    [T_SEC_PLATFORMS] = {{"Platforms and channels", "Plataformas y canales", "Plataformes i canals"}},
    [T_SEC_NEVER] = {{"Citizens never answered", "Personas que nunca recibieron respuesta",
                      "Persones que no van rebre mai resposta"}},
    [T_SEC_METHOD] = {{"How these figures are made", "Cómo se calculan estas cifras",
                       "Com es calculen aquestes xifres"}},
    [T_SEC_FILES] = {{"Files of this report", "Archivos de este informe", "Fitxers d'aquest informe"}},
    [T_SEC_INPUTS] = {{"Inputs", "Entradas", "Entrades"}},
    [T_SEC_FAIRNESS] = {{"Equal treatment", "Igualdad de trato", "Igualtat de tracte"}},
    [T_SEC_PROOF] = {{"One citizen's record", "El historial de una persona", "L'historial d'una persona"}},
    [T_SEC_TIMELINE] = {{"Timeline", "Cronología", "Cronologia"}},
    [T_SEC_BACKLOG] = {{"Backlog", "Pendientes", "Pendents"}},
    [T_SEC_STATUS] = {{"Status by class", "Estado por clase", "Estat per classe"}},
    [T_SEC_ACTIVE] = {{"Most active citizens", "Personas más activas", "Persones més actives"}},
    [T_SEC_UNANSWERED] = {{"Unanswered comments", "Comentarios sin respuesta", "Comentaris sense resposta"}},

    /* figures */
    [T_FIGURE] = {{"Figure", "Indicador", "Indicador"}},
    [T_VALUE] = {{"Value", "Valor", "Valor"}},
    [T_THREADS] = {{"Threads (posts and conversations)", "Conversaciones (publicaciones y mensajes privados)",
                    "Converses (publicacions i missatges privats)"}},
    [T_MESSAGES] = {{"Messages", "Mensajes", "Missatges"}},
    [T_CITIZEN_MESSAGES] = {{"Citizen messages", "Mensajes de la ciudadanía", "Missatges de la ciutadania"}},
    [T_CITIZEN_COMMENTS] = {{"Citizen comments", "Comentarios de la ciudadanía", "Comentaris de la ciutadania"}},
    [T_OFFICIAL_REPLIES] = {{"Official replies", "Respuestas oficiales", "Respostes oficials"}},
    [T_NEED_REPLY] = {{"Needing a reply", "Necesitan respuesta", "Necessiten resposta"}},
    [T_ANSWERED] = {{"Answered", "Respondidos", "Resposts"}},
    [T_UNANSWERED] = {{"Unanswered", "Sin respuesta", "Sense resposta"}},
    [T_NOT_NEEDED] = {{"No reply needed", "No necesitan respuesta", "No necessiten resposta"}},
    [T_COVERAGE] = {{"Coverage", "Cobertura", "Cobertura"}},
    [T_COVERAGE_STRICT] = {{"Coverage of every citizen message (strict)", "Cobertura de todos los mensajes (estricta)",
                            "Cobertura de tots els missatges (estricta)"}},
    [T_CITIZENS] = {{"Citizens who wrote", "Personas que escribieron", "Persones que van escriure"}},
    [T_NEVER_ANSWERED] = {{"Citizens never answered", "Personas nunca respondidas", "Persones mai respostes"}},
    [T_MEDIAN_CAL] = {{"Median wait (calendar time)", "Espera mediana (tiempo natural)",
                       "Espera mediana (temps natural)"}},
    [T_P90_CAL] = {{"90th percentile wait (calendar time)", "Percentil 90 de la espera (tiempo natural)",
                    "Percentil 90 de l'espera (temps natural)"}},
    [T_MEDIAN_SVC] = {{"Median wait (service hours)", "Espera mediana (horario de atención)",
                       "Espera mediana (horari d'atenció)"}},
    [T_P90_SVC] = {{"90th percentile wait (service hours)", "Percentil 90 de la espera (horario de atención)",
                    "Percentil 90 de l'espera (horari d'atenció)"}},
    [T_SCHEDULE] = {{"Service hours", "Horario de atención", "Horari d'atenció"}},
    [T_NO_SCHEDULE] = {{"none given: service time is calendar time",
                        "no indicado: el tiempo de servicio es el tiempo natural",
                        "no indicat: el temps de servei és el temps natural"}},
    [T_POLICY] = {{"Messages that need a reply", "Mensajes que necesitan respuesta",
                   "Missatges que necessiten resposta"}},
    [T_POLICY_ALL] = {{"every citizen message", "todos los mensajes de la ciudadanía",
                       "tots els missatges de la ciutadania"}},
    [T_POLICY_CLASSES] = {{"%s (empty and emoji-only messages, spam and deleted ones never)",
                           "%s (nunca los vacíos o solo con emojis, el spam ni los borrados)",
                           "%s (mai els buits o només amb emojis, l'spam ni els esborrats)"}},
    [T_RULES] = {{"Answer rules", "Reglas de respuesta", "Regles de resposta"}},
    [T_RULE_DIRECT] = {{"a reply to the message", "una respuesta al mensaje", "una resposta al missatge"}},
    [T_RULE_BRANCH] = {{"the next official message in the same reply list",
                        "el siguiente mensaje oficial de la misma lista de respuestas",
                        "el següent missatge oficial de la mateixa llista de respostes"}},
    [T_RULE_MENTION] = {{"a later official message that names the author",
                         "un mensaje oficial posterior que nombra al autor",
                         "un missatge oficial posterior que nomena l'autor"}},
    [T_PERIOD] = {{"Period", "Periodo", "Període"}},
    [T_ZONE] = {{"Time zone", "Zona horaria", "Zona horària"}},
    [T_OFFICIAL_ACCOUNT] = {{"Official account", "Cuenta oficial", "Compte oficial"}},
    [T_NO_OFFICIAL] = {{"none known", "ninguna conocida", "cap de conegut"}},
    [T_FIRST_MESSAGE] = {{"First message", "Primer mensaje", "Primer missatge"}},
    [T_LAST_MESSAGE] = {{"Last message", "Último mensaje", "Últim missatge"}},
    [T_POST] = {{"Post", "Publicación", "Publicació"}},
    [T_OUT_OF_HOURS] = {{"Arrived out of service hours", "Llegaron fuera del horario de atención",
                         "Van arribar fora de l'horari d'atenció"}},
    [T_SAME_DAY] = {{"Answered the same service day", "Respondidos el mismo día de servicio",
                     "Resposts el mateix dia de servei"}},

    /* sentences */
    [T_SUMMARY_SENTENCE] = {{"Answered: %s of %s citizen messages needing a reply (coverage %s). Never answered: %s of "
                             "%s citizens who wrote.",
                             "Respondidos: %s de %s mensajes de la ciudadanía que necesitaban respuesta (cobertura del "
                             "%s). Nunca respondidas: %s de %s personas que escribieron.",
                             "Resposts: %s de %s missatges de la ciutadania que necessitaven resposta (cobertura del "
                             "%s). Mai respostes: %s de %s persones que van escriure."}},
    [T_SUMMARY_WAIT] = {{"Half of the answered messages waited %s or less (%s in service hours); nine in ten waited %s "
                         "or less (%s in service hours).",
                         "La mitad de los mensajes respondidos esperó %s o menos (%s en horario de atención); nueve de "
                         "cada diez, %s o menos (%s en horario de atención).",
                         "La meitat dels missatges resposts va esperar %s o menys (%s en horari d'atenció); nou de "
                         "cada deu, %s o menys (%s en horari d'atenció)."}},
    [T_SUMMARY_NOTHING] = {{"No citizen message needed a reply.",
                            "Ningún mensaje de la ciudadanía necesitaba respuesta.",
                            "Cap missatge de la ciutadania no necessitava resposta."}},
    [T_SUMMARY_PRIVATE_PUBLIC] =
        {{"Coverage was %s in public comments and %s in private messages.",
          "La cobertura fue del %s en los comentarios públicos y del %s en los mensajes privados.",
          "La cobertura va ser del %s en els comentaris públics i del %s en els missatges privats."}},
    [T_WITHIN_1H] = {{"Answered within 1 hour", "Respondidos en 1 hora o menos", "Resposts en 1 hora o menys"}},
    [T_WITHIN_24H] = {{"Answered within 24 hours", "Respondidos en 24 horas o menos", "Resposts en 24 hores o menys"}},

    /* classes, channels */
    [T_CLASS_CRITICISM] = {{"Criticism", "Crítica", "Crítica"}},
    [T_CLASS_QUESTION] = {{"Question", "Pregunta", "Pregunta"}},
    [T_CLASS_THANKS] = {{"Thanks", "Agradecimiento", "Agraïment"}},
    [T_CLASS_OTHER] = {{"Other", "Otros", "Altres"}},
    [T_CLASS_NONE] = {{"Not classified", "Sin clasificar", "Sense classificar"}},
    [T_PUBLIC] = {{"public", "público", "públic"}},
    [T_PRIVATE] = {{"private", "privado", "privat"}},
    [T_KEY_PUBLIC] = {{"Public", "Público", "Públic"}},
    [T_KEY_PRIVATE] = {{"Private", "Privado", "Privat"}},
    [T_ALL] = {{"All", "Todos", "Tots"}},
    [T_OTHER_SERIES] = {{"others", "otros", "altres"}},

    /* charts */
    [T_CH_MESSAGES] = {{"Citizen messages per month, by platform and channel",
                        "Mensajes de la ciudadanía por mes, por plataforma y canal",
                        "Missatges de la ciutadania per mes, per plataforma i canal"}},
    [T_CH_MESSAGES_DESC] = {{"Each bar is a month, with its total above it; its parts are the platforms and channels "
                             "(public comments, private messages). A part of very few messages is drawn a little "
                             "taller, so that it shows.",
                             "Cada barra es un mes, con su total encima; sus partes son las plataformas y los canales "
                             "(comentarios públicos, mensajes privados). Una parte de muy pocos mensajes se dibuja "
                             "algo más alta para que se vea.",
                             "Cada barra és un mes, amb el total damunt; les seues parts són les plataformes i els "
                             "canals (comentaris públics, missatges privats). Una part de molt pocs missatges es "
                             "dibuixa una mica més alta perquè es veja."}},
    [T_CH_COVERAGE] = {{"Coverage per month", "Cobertura por mes", "Cobertura per mes"}},
    [T_CH_COVERAGE_DESC] =
        {{"Share of the messages needing a reply that were answered, by the month they were written in; under each "
          "month, in brackets, how many needed a reply. A month with fewer than 10 is a grey point apart from the "
          "line, with its number: so few messages say nothing about a trend.",
          "Proporción de los mensajes que necesitaban respuesta que se respondieron, por el mes en que se escribieron; "
          "bajo cada mes, entre paréntesis, cuántos necesitaban respuesta. Un mes con menos de 10 es un punto gris "
          "fuera de la línea, con su número: tan pocos mensajes no dicen nada de una tendencia.",
          "Proporció dels missatges que necessitaven resposta que es van respondre, pel mes en què es van escriure; "
          "davall de cada mes, entre parèntesis, quants necessitaven resposta. Un mes amb menys de 10 és un punt gris "
          "fora de la línia, amb el seu número: tan pocs missatges no diuen res d'una tendència."}},
    [T_CH_WAITS_MONTH] = {{"Median and 90th percentile wait per month (service hours)",
                           "Espera mediana y percentil 90 por mes (horario de atención)",
                           "Espera mediana i percentil 90 per mes (horari d'atenció)"}},
    [T_CH_WAITS_MONTH_DESC] =
        {{"Half of the answered messages waited less than the median; nine in ten less than the 90th percentile. Only "
          "the hours the service is open count. Under each month, in brackets, how many were answered; a month with "
          "fewer than 10 is grey and apart from the line.",
          "La mitad de los mensajes respondidos esperó menos que la mediana; nueve de cada diez, menos que el "
          "percentil 90. Solo cuentan las horas en que el servicio está abierto. Bajo cada mes, entre paréntesis, "
          "cuántos se respondieron; un mes con menos de 10 es gris y queda fuera de la línea.",
          "La meitat dels missatges resposts va esperar menys que la mediana; nou de cada deu, menys que el percentil "
          "90. Només compten les hores en què el servei està obert. Davall de cada mes, entre parèntesis, quants es "
          "van respondre; un mes amb menys de 10 és gris i queda fora de la línia."}},
    [T_CH_CLASSES] = {{"Classes of citizen messages, public versus private, per month",
                       "Clases de los mensajes de la ciudadanía, públicos frente a privados, por mes",
                       "Classes dels missatges de la ciutadania, públics davant de privats, per mes"}},
    [T_CH_CLASSES_DESC] = {{"Public comments on the left, private messages on the right; each bar is a month, as 100%, "
                            "with its number of messages under it. A month with fewer than 10 is a grey bar: so few "
                            "messages say nothing about its shares.",
                            "Comentarios públicos a la izquierda, mensajes privados a la derecha; cada barra es un "
                            "mes, sobre el 100 %, con su número de mensajes debajo. Un mes con menos de 10 es una "
                            "barra gris: tan pocos mensajes no dicen nada de sus proporciones.",
                            "Comentaris públics a l'esquerra, missatges privats a la dreta; cada barra és un mes, "
                            "sobre el 100 %, amb el seu nombre de missatges davall. Un mes amb menys de 10 és una "
                            "barra grisa: tan pocs missatges no diuen res de les seues proporcions."}},
    [T_CH_HEAT] = {{"Median wait by weekday and hour of arrival",
                    "Espera mediana por día de la semana y hora de llegada",
                    "Espera mediana per dia de la setmana i hora d'arribada"}},
    [T_CH_HEAT_DESC] =
        {{"Darker cells waited longer (calendar time, day and night); the table below gives each median. A grey cell "
          "had fewer than 10 answered messages and says how many (0: none was answered); an empty cell had none "
          "needing a reply.",
          "Las casillas más oscuras esperaron más (tiempo natural, de día y de noche); la tabla de abajo da cada "
          "mediana. Una casilla gris tuvo menos de 10 mensajes respondidos y dice cuántos (0: no se respondió "
          "ninguno); una casilla vacía no tuvo ninguno que necesitara respuesta.",
          "Les caselles més fosques van esperar més (temps natural, de dia i de nit); la taula de davall dona cada "
          "mediana. Una casella grisa va tindre menys de 10 missatges resposts i diu quants (0: no se'n va respondre "
          "cap); una casella buida no en va tindre cap que necessitara resposta."}},
    [T_CH_TIMELINE] = {{"Citizen comments and official replies per hour",
                        "Comentarios de la ciudadanía y respuestas oficiales por hora",
                        "Comentaris de la ciutadania i respostes oficials per hora"}},
    [T_CH_TIMELINE_DAY] = {{"Citizen comments and official replies per day",
                            "Comentarios de la ciudadanía y respuestas oficiales por día",
                            "Comentaris de la ciutadania i respostes oficials per dia"}},
    [T_CH_TIMELINE_DESC] = {{"Citizen comments above the axis, official replies below it. A bar of one message is "
                             "drawn a little taller, so that it shows.",
                             "Comentarios de la ciudadanía por encima del eje y respuestas oficiales por debajo. Una "
                             "barra de un solo mensaje se dibuja algo más alta para que se vea.",
                             "Comentaris de la ciutadania damunt de l'eix i respostes oficials davall. Una barra d'un "
                             "sol missatge es dibuixa una mica més alta perquè es veja."}},
    [T_CH_BACKLOG] = {{"Comments waiting for a reply", "Comentarios pendientes de respuesta",
                       "Comentaris pendents de resposta"}},
    [T_CH_BACKLOG_DESC] = {{"Comments needing a reply that had arrived and were not yet answered, at the end of each "
                            "hour. Comments never answered stay open.",
                            "Comentarios que necesitaban respuesta, ya llegados y aún sin responder, al final de cada "
                            "hora. Los que nunca se respondieron siguen pendientes.",
                            "Comentaris que necessitaven resposta, ja arribats i encara sense resposta, al final de "
                            "cada hora. Els que no es van respondre mai continuen pendents."}},
    [T_CH_WAITS] = {{"Share answered within a given wait", "Proporción respondida dentro de cada espera",
                     "Proporció resposta dins de cada espera"}},
    [T_CH_WAITS_DESC] =
        {{"Read across from a wait to the share of comments answered within it; the curve stops at the coverage. "
          "Solid: calendar time; dashed: service hours. Waits under a minute are drawn at one minute.",
          "Desde una espera, se lee la proporción de comentarios respondidos dentro de ella; la curva se detiene en la "
          "cobertura. Continua: tiempo natural; discontinua: horario de atención. Las esperas de menos de un minuto se "
          "dibujan en un minuto.",
          "Des d'una espera, es llig la proporció de comentaris resposts dins d'ella; la corba s'atura en la "
          "cobertura. Contínua: temps natural; discontínua: horari d'atenció. Les esperes de menys d'un minut es "
          "dibuixen en un minut."}},
    [T_CH_STATUS] = {{"Status of every comment by class", "Estado de cada comentario por clase",
                      "Estat de cada comentari per classe"}},
    [T_CH_STATUS_DESC] =
        {{"Solid: answered; empty: no reply needed; hatched: unanswered. The number above each bar is "
          "how many comments it holds; a part of very few comments is drawn a little taller, so that it shows.",
          "Lleno: respondido; vacío: no necesita respuesta; rayado: sin respuesta. El número sobre "
          "cada barra es cuántos comentarios tiene; una parte de muy pocos comentarios se dibuja algo más alta para "
          "que se vea.",
          "Ple: respost; buit: no necessita resposta; ratllat: sense resposta. El número damunt de "
          "cada barra és quants comentaris té; una part de molt pocs comentaris es dibuixa una mica més alta perquè es "
          "veja."}},
    [T_CH_CITIZENS] = {{"Most active citizens and how many of their comments were answered",
                        "Personas más activas y cuántos de sus comentarios se respondieron",
                        "Persones més actives i quants dels seus comentaris es van respondre"}},
    [T_CH_CITIZENS_DESC] =
        {{"Hatched bars: comments written; solid bars: comments answered; each bar says its number.",
          "Barras rayadas: comentarios escritos; barras llenas: comentarios respondidos; cada barra dice su número.",
          "Barres ratllades: comentaris escrits; barres plenes: comentaris resposts; cada barra diu el seu número."}},
    [T_AX_MONTH] = {{"Month", "Mes", "Mes"}},
    [T_AX_MESSAGES] = {{"Messages", "Mensajes", "Missatges"}},
    [T_AX_COVERAGE] = {{"Coverage (%)", "Cobertura (%)", "Cobertura (%)"}},
    [T_AX_WAIT_SVC_H] = {{"Wait in service hours", "Espera en horario de atención", "Espera en horari d'atenció"}},
    [T_AX_SHARE] = {{"Share of citizen messages (%)", "Proporción de mensajes (%)", "Proporció de missatges (%)"}},
    [T_AX_HOUR] = {{"Hour of arrival (%s)", "Hora de llegada (%s)", "Hora d'arribada (%s)"}},
    [T_AX_HEAT_CB] = {{"Median wait (calendar time)", "Espera mediana (tiempo natural)",
                       "Espera mediana (temps natural)"}},
    [T_AX_TIME] = {{"Date and time (%s)", "Fecha y hora (%s)", "Data i hora (%s)"}},
    [T_AX_PER_HOUR] = {{"Messages per hour", "Mensajes por hora", "Missatges per hora"}},
    [T_AX_PER_DAY] = {{"Messages per day", "Mensajes por día", "Missatges per dia"}},
    [T_AX_OPEN] = {{"Comments waiting", "Comentarios pendientes", "Comentaris pendents"}},
    [T_AX_WAIT_LOG] = {{"Wait (logarithmic scale)", "Espera (escala logarítmica)", "Espera (escala logarítmica)"}},
    [T_AX_WITHIN] = {{"Answered within the wait (%)", "Respondidos dentro de la espera (%)",
                      "Resposts dins de l'espera (%)"}},
    [T_AX_COMMENTS] = {{"Comments", "Comentarios", "Comentaris"}},
    [T_CH_THIN] = {{"Fewer than %s messages", "Menos de %s mensajes", "Menys de %s missatges"}},
    [T_CH_THIN_CELL] = {{"Fewer than %s answered: the number says how many",
                         "Menos de %s respondidos: el número dice cuántos",
                         "Menys de %s resposts: el número diu quants"}},
    [T_CH_PERSON] = {{"Person %s", "Persona %s", "Persona %s"}},
    [T_CH_SERIES_PUBLIC] = {{"%s, public comments", "%s, comentarios públicos", "%s, comentaris públics"}},
    [T_CH_SERIES_PRIVATE] = {{"%s, private messages", "%s, mensajes privados", "%s, missatges privats"}},
    [T_CH_OTHERS] = {{"Other platforms", "Otras plataformas", "Altres plataformes"}},
    [T_CH_PLATFORM_OTHER] = {{"Other platform", "Otra plataforma", "Altra plataforma"}},
    [T_CH_GROUP_PUBLIC] = {{"Public comments", "Comentarios públicos", "Comentaris públics"}},
    [T_CH_GROUP_PRIVATE] = {{"Private messages", "Mensajes privados", "Missatges privats"}},
    [T_CH_OF_NEED] = {{"Of the %s comments needing a reply", "De los %s comentarios que necesitan respuesta",
                       "Dels %s comentaris que necessiten resposta"}},
    [T_CH_WITHHELD] = {{"Parts withheld for privacy", "Partes ocultas por privacidad", "Parts ocultes per privacitat"}},
    [T_CH_NOT_SHOWN] = {{"Not shown: fewer than %s, or it would reveal one",
                         "No se muestra: menos de %s, o revelaría uno",
                         "No es mostra: menys de %s, o en revelaria un"}},
    [T_AX_OPEN_ROUNDED] = {{"Comments waiting (rounded down to a multiple of %s)",
                            "Comentarios pendientes (redondeado a la baja a un múltiplo de %s)",
                            "Comentaris pendents (arredonit a la baixa a un múltiple de %s)"}},
    [T_MEDIAN] = {{"Median", "Mediana", "Mediana"}},
    [T_P90] = {{"90th percentile", "Percentil 90", "Percentil 90"}},
    [T_CALENDAR] = {{"Calendar time", "Tiempo natural", "Temps natural"}},
    [T_SERVICE] = {{"Service hours", "Horario de atención", "Horari d'atenció"}},
    [T_COMMENTS] = {{"Comments", "Comentarios", "Comentaris"}},

    /* table headers */
    [T_H_MONTH] = {{"Month", "Mes", "Mes"}},
    [T_H_DAY] = {{"Day", "Día", "Dia"}},
    [T_H_HOUR] = {{"Hour", "Hora", "Hora"}},
    [T_H_THREAD] = {{"Thread", "Conversación", "Conversa"}},
    [T_H_PLATFORM] = {{"Platform", "Plataforma", "Plataforma"}},
    [T_H_CHANNEL] = {{"Channel", "Canal", "Canal"}},
    [T_H_NAME] = {{"Name", "Nombre", "Nom"}},
    [T_H_TIME] = {{"Time", "Hora", "Hora"}},
    [T_H_CLASS] = {{"Class", "Clase", "Classe"}},
    [T_H_TEXT] = {{"Text", "Texto", "Text"}},
    [T_H_OPEN_END] = {{"Open at the end of the day", "Pendientes al final del día", "Pendents al final del dia"}},
    [T_H_MAX_OPEN] = {{"Most open at once", "Máximo de pendientes", "Màxim de pendents"}},
    [T_H_WITHIN] = {{"Within", "En", "En"}},
    [T_H_OFFICIAL] = {{"Official account", "Cuenta oficial", "Compte oficial"}},
    [T_H_FILE] = {{"File", "Archivo", "Fitxer"}},
    [T_H_FORMAT] = {{"Format", "Formato", "Format"}},
    [T_H_READ] = {{"Messages read", "Mensajes leídos", "Missatges llegits"}},
    [T_H_REJECTED] = {{"Rejected", "Rechazados", "Rebutjats"}},
    [T_H_STATUS] = {{"Status", "Estado", "Estat"}},
    [T_H_WAIT] = {{"Wait", "Espera", "Espera"}},
    [T_H_ID] = {{"Message", "Mensaje", "Missatge"}},

    /* notices */
    [T_NO_GNUPLOT] =
        {{"The charts were not drawn because gnuplot is not installed. Install it (apt-get install gnuplot-nox) and "
          "run replycov again. The tables hold the same figures, and every chart's script and data are in charts/.",
          "Los gráficos no se han dibujado porque gnuplot no está instalado. Instálelo (apt-get install gnuplot-nox) y "
          "vuelva a ejecutar replycov. Las tablas contienen las mismas cifras, y el guion y los datos de cada gráfico "
          "están en charts/.",
          "Els gràfics no s'han dibuixat perquè gnuplot no està instal·lat. Instal·leu-lo (apt-get install "
          "gnuplot-nox) i torneu a executar replycov. Les taules contenen les mateixes xifres, i el guió i les dades "
          "de cada gràfic són a charts/."}},
    [T_NO_GNUPLOT_NODIR] =
        {{"The charts were not drawn because gnuplot is not installed. Install it (apt-get install gnuplot-nox) and "
          "run replycov again. The tables hold the same figures.",
          "Los gráficos no se han dibujado porque gnuplot no está instalado. Instálelo (apt-get install gnuplot-nox) y "
          "vuelva a ejecutar replycov. Las tablas contienen las mismas cifras.",
          "Els gràfics no s'han dibuixat perquè gnuplot no està instal·lat. Instal·leu-lo (apt-get install "
          "gnuplot-nox) i torneu a executar replycov. Les taules contenen les mateixes xifres."}},
    [T_CHART_MISSING_NODIR] = {{"Chart not drawn: gnuplot is not installed (apt-get install gnuplot-nox). Its figures "
                                "are in the table below.",
                                "Gráfico no dibujado: gnuplot no está instalado (apt-get install gnuplot-nox). Sus "
                                "cifras están en la tabla siguiente.",
                                "Gràfic no dibuixat: gnuplot no està instal·lat (apt-get install gnuplot-nox). Les "
                                "seues xifres són en la taula següent."}},
    [T_CHART_MISSING] = {{"Chart not drawn: gnuplot is not installed (apt-get install gnuplot-nox). Its figures are in "
                          "the table below and in charts/%s.dat.",
                          "Gráfico no dibujado: gnuplot no está instalado (apt-get install gnuplot-nox). Sus cifras "
                          "están en la tabla siguiente y en charts/%s.dat.",
                          "Gràfic no dibuixat: gnuplot no està instal·lat (apt-get install gnuplot-nox). Les seues "
                          "xifres són en la taula següent i en charts/%s.dat."}},
    [T_CHART_FAILED] =
        {{"gnuplot could not draw this chart. Its figures are in the table below and in charts/%s.dat.",
          "gnuplot no pudo dibujar este gráfico. Sus cifras están en la tabla siguiente y en charts/%s.dat.",
          "gnuplot no va poder dibuixar aquest gràfic. Les seues xifres són en la taula següent i en charts/%s.dat."}},
    [T_CHART_FAILED_NODIR] =
        {{"gnuplot could not draw this chart. Its figures are in the table below.",
          "gnuplot no pudo dibujar este gráfico. Sus cifras están en la tabla siguiente.",
          "gnuplot no va poder dibuixar aquest gràfic. Les seues xifres són en la taula següent."}},
    [T_CHART_EMPTY] = {{"Nothing to draw: no data for this chart.", "Nada que dibujar: no hay datos para este gráfico.",
                        "Res a dibuixar: no hi ha dades per a aquest gràfic."}},
    [T_SHOWN_OF] = {{"%s of %s shown; the full list is in data/%s.",
                     "Se muestran %s de %s; la lista completa está en data/%s.",
                     "Se'n mostren %s de %s; la llista completa és a data/%s."}},
    [T_NO_OFFICIAL_NOTICE] = {{"No official account is known in %s threads: their comments count as unanswered. Name "
                               "the account with --official.",
                               "En %s conversaciones no se conoce la cuenta oficial: sus comentarios cuentan como sin "
                               "respuesta. Indique la cuenta con --official.",
                               "En %s converses no es coneix el compte oficial: els seus comentaris compten com a "
                               "sense resposta. Indiqueu el compte amb --official."}},
    [T_HEAT_BLANK] = {{"A dash: no answered comment arrived at that hour.",
                       "Un guion: ningún comentario respondido llegó a esa hora.",
                       "Un guió: cap comentari respost no va arribar a aquella hora."}},
    [T_UNDER_MINUTE] = {{"under a minute", "menos de un minuto", "menys d'un minut"}},
    [T_NOTHING_UNANSWERED] = {{"Every comment needing a reply was answered.",
                               "Se respondieron todos los comentarios que necesitaban respuesta.",
                               "Es van respondre tots els comentaris que necessitaven resposta."}},
    [T_NOTHING_READ] = {{"No message was read from the inputs (see “Evidence”), so this report counts none.",
                         "No se ha leído ningún mensaje de las entradas (véase «Procedencia de los datos»), así que "
                         "este informe no cuenta ninguno.",
                         "No s'ha llegit cap missatge de les entrades (vegeu «Procedència de les dades»), així que "
                         "aquest informe no en compta cap."}},
    [T_NOTHING_READ_STDERR] = {{"No message was read from the inputs (the error on standard error says why), so "
                                "this report counts none.",
                                "No se ha leído ningún mensaje de las entradas (el error de la salida de errores "
                                "dice por qué), así que este informe no cuenta ninguno.",
                                "No s'ha llegit cap missatge de les entrades (l'error de l'eixida d'errors diu per "
                                "què), així que aquest informe no en compta cap."}},
    [T_NOTHING_IN_PERIOD] = {{"No message is dated in the period of this report (%s): the messages read are dated "
                              "%s, so this report counts none. Choose a period the inputs cover.",
                              "Ningún mensaje tiene fecha en el periodo de este informe (%s): los mensajes leídos son "
                              "%s, así que este informe no cuenta ninguno. Elija un periodo que cubran las entradas.",
                              "Cap missatge no té data en el període d'aquest informe (%s): els missatges llegits són "
                              "%s, així que aquest informe no en compta cap. Trieu un període que cobrisquen les "
                              "entrades."}},
    [T_NOTHING_IN_PERIOD_DAY] = {{"No message is dated in the period of this report (%s): the messages read are all "
                                  "dated %s, so this report counts none. Choose a period the inputs cover.",
                                  "Ningún mensaje tiene fecha en el periodo de este informe (%s): todos los mensajes "
                                  "leídos tienen la fecha %s, así que este informe no cuenta ninguno. Elija un periodo "
                                  "que cubran las entradas.",
                                  "Cap missatge no té data en el període d'aquest informe (%s): tots els missatges "
                                  "llegits tenen la data %s, així que aquest informe no en compta cap. Trieu un "
                                  "període que cobrisquen les entrades."}},
    /* privacy: nobody named, small counts hidden */
    [T_UNNAMED] = {{"another person", "otra persona", "una altra persona"}},
    [T_NEVER_UNNAMED_ONE] = {{"%s citizen had comments needing a reply and none was answered. This document names "
                              "nobody: the row below is that person.",
                              "%s persona tenía comentarios que necesitaban respuesta y no se respondió ninguno. "
                              "Este documento no nombra a nadie: la fila de abajo es esa persona.",
                              "%s persona tenia comentaris que necessitaven resposta i no se'n va respondre cap. "
                              "Aquest document no nomena ningú: la fila de davall és aquesta persona."}},
    [T_NEVER_UNNAMED_MANY] = {{"%s citizens had comments needing a reply and none was answered. This document names "
                               "nobody: each row below is one of them.",
                               "%s personas tenían comentarios que necesitaban respuesta y no se respondió ninguno. "
                               "Este documento no nombra a nadie: cada fila de abajo es una de ellas.",
                               "%s persones tenien comentaris que necessitaven resposta i no se'n va respondre cap. "
                               "Aquest document no nomena ningú: cada fila de davall és una d'elles."}},
    [T_NOTE_UNNAMED] = {{"This document names nobody: people are numbered in the order of this table.",
                         "Este documento no nombra a nadie: las personas se numeran en el orden de esta tabla.",
                         "Aquest document no nomena ningú: les persones es numeren en l'ordre d'aquesta taula."}},
    [T_NOTE_REDACTED] = {{"Names of people in the texts are replaced by %s.",
                          "Los nombres de personas de los textos se sustituyen por %s.",
                          "Els noms de persones dels textos se substitueixen per %s."}},
    [T_M_UNNAMED] = {{"Other people are not named: they are counted, or called “another person”, and names of people "
                      "in the quoted texts are replaced by %s; this person appears by name.",
                      "Las demás personas no se nombran: se cuentan, o se las llama «otra persona», y los nombres de "
                      "personas de los textos citados se sustituyen por %s; esta persona aparece con su nombre.",
                      "Les altres persones no es nomenen: es compten, o se les anomena «una altra persona», i els noms "
                      "de persones dels textos citats se substitueixen per %s; aquesta persona apareix amb el seu "
                      "nom."}},
    [T_CELL_WITHHELD] = {{"c", "c", "c"}},
    [T_NOTE_MIN_CELL] =
        {{"Counts about people from 1 to %s are shown as “<%s”, and the percentages and waits computed "
          "from them are withheld; the cells marked “%s” are withheld too, so that a hidden count cannot "
          "be worked out from the totals.",
          "Las cifras sobre personas de 1 a %s se muestran como «<%s», y se omiten los porcentajes y "
          "las esperas calculados con ellas; las celdas marcadas con «%s» también se omiten, para que "
          "una cifra oculta no se pueda deducir de los totales.",
          "Les xifres sobre persones d'1 a %s es mostren com a «<%s», i s'ometen els percentatges i les "
          "esperes calculats amb elles; les cel·les marcades amb «%s» també s'ometen, perquè una xifra "
          "oculta no es puga deduir dels totals."}},
    [T_EVIDENCE_UNNAMED] =
        {{"citizens not named (counted, or numbered in a table); their names in texts replaced by %s",
          "las personas no se nombran (se cuentan, o se numeran en una tabla); sus nombres en los "
          "textos se sustituyen por %s",
          "les persones no es nomenen (es compten, o es numeren en una taula); els seus noms en els "
          "textos se substitueixen per %s"}},

    /* how the figures are made */
    [T_M_ANSWERED] =
        {{"A citizen message counts as answered by the earliest official message sent after it that is a reply to it "
          "(at any depth), the next official message in the same reply list, or a later official message naming its "
          "author. The rules in force: %s.",
          "Un mensaje de la ciudadanía cuenta como respondido por el primer mensaje oficial enviado después que sea "
          "una respuesta a él (a cualquier profundidad), el siguiente mensaje oficial de la misma lista de respuestas "
          "o un mensaje oficial posterior que nombre a su autor. Reglas aplicadas: %s.",
          "Un missatge de la ciutadania compta com a respost pel primer missatge oficial enviat després que siga una "
          "resposta a ell (a qualsevol profunditat), el següent missatge oficial de la mateixa llista de respostes o "
          "un missatge oficial posterior que nomene el seu autor. Regles aplicades: %s."}},
    [T_M_NEED] =
        {{"Messages that need a reply: %s. Every message left out is listed, with its class, in data/comments.csv.",
          "Mensajes que necesitan respuesta: %s. Cada mensaje excluido figura, con su clase, en data/comments.csv.",
          "Missatges que necessiten resposta: %s. Cada missatge exclòs figura, amb la seua classe, en "
          "data/comments.csv."}},
    [T_M_COVERAGE] =
        {{"Coverage is the number of answered messages divided by the number of messages needing a reply.",
          "La cobertura es el número de mensajes respondidos dividido por el de mensajes que necesitan respuesta.",
          "La cobertura és el nombre de missatges resposts dividit pel de missatges que necessiten resposta."}},
    [T_M_WAITS] = {{"A wait runs from the message to its answer, in calendar time (day and night) and in service hours "
                    "(only while the service is open: %s). Medians and 90th percentiles are computed as a "
                    "spreadsheet's PERCENTILE.INC.",
                    "Una espera va del mensaje a su respuesta, en tiempo natural (de día y de noche) y en horario de "
                    "atención (solo mientras el servicio está abierto: %s). Medianas y percentiles 90 se calculan como "
                    "PERCENTIL.INC de una hoja de cálculo.",
                    "Una espera va del missatge a la seua resposta, en temps natural (de dia i de nit) i en horari "
                    "d'atenció (només mentre el servei està obert: %s). Medianes i percentils 90 es calculen com "
                    "PERCENTIL.INC d'un full de càlcul."}},
    [T_M_WAITS_NONE] = {{"A wait runs from the message to its answer, in calendar time (day and night). No service "
                         "hours were given, so the service-hour figures are calendar time too. Medians and 90th "
                         "percentiles are computed as a spreadsheet's PERCENTILE.INC.",
                         "Una espera va del mensaje a su respuesta, en tiempo natural (de día y de noche). No se "
                         "indicó un horario de atención, así que las cifras en horario de atención son también "
                         "tiempo natural. Medianas y percentiles 90 se calculan como PERCENTIL.INC de una hoja de "
                         "cálculo.",
                         "Una espera va del missatge a la seua resposta, en temps natural (de dia i de nit). No es va "
                         "indicar cap horari d'atenció, així que les xifres en horari d'atenció també són temps "
                         "natural. Medianes i percentils 90 es calculen com PERCENTIL.INC d'un full de càlcul."}},
    [T_M_ZONE] = {{"Dates and hours are in the time zone %s.", "Fechas y horas en la zona horaria %s.",
                   "Dates i hores en la zona horària %s."}},
    [T_M_PERIOD] =
        {{"Only messages written in the period of this report (%s) are judged; their answers count whenever they "
          "came.",
          "Solo se juzgan los mensajes escritos en el periodo de este informe (%s); sus respuestas cuentan lleguen "
          "cuando lleguen.",
          "Només es jutgen els missatges escrits en el període d'aquest informe (%s); les seues respostes compten "
          "arriben quan arriben."}},
    [T_M_NO_PERIOD] = {{"Every message of the inputs is judged.", "Se juzgan todos los mensajes de las entradas.",
                        "Es jutgen tots els missatges de les entrades."}},
    [T_M_CLASSES] = {{"Classes (criticism, question, thanks, other) come from replycov's classifier, which reads "
                      "Spanish, Valencian and English; a model or human labels refine it when given.",
                      "Las clases (crítica, pregunta, agradecimiento, otros) las asigna el clasificador de replycov, "
                      "que lee castellano, valenciano e inglés; un modelo o etiquetas humanas lo afinan si se indican.",
                      "Les classes (crítica, pregunta, agraïment, altres) les assigna el classificador de replycov, "
                      "que llig castellà, valencià i anglés; un model o etiquetes humanes l'afinen si s'indiquen."}},

    /* the files */
    [T_F_HTML] =
        {{"report.html: this report in one file, which opens in any browser and prints on A4.",
          "report.html: este informe en un solo archivo, que se abre en cualquier navegador y se imprime en A4.",
          "report.html: aquest informe en un sol fitxer, que s'obri en qualsevol navegador i s'imprimeix en A4."}},
    [T_F_MD] = {{"report.md: the same report in Markdown.", "report.md: el mismo informe en Markdown.",
                 "report.md: el mateix informe en Markdown."}},
    [T_F_CHARTS] =
        {{"charts/: each chart as SVG and PNG, next to the gnuplot script (.gp) and the data (.dat) that draw it.",
          "charts/: cada gráfico en SVG y PNG, junto al guion de gnuplot (.gp) y los datos (.dat) que lo dibujan.",
          "charts/: cada gràfic en SVG i PNG, al costat del guió de gnuplot (.gp) i les dades (.dat) que el "
          "dibuixen."}},
    [T_F_COMMENTS] =
        {{"data/comments.csv: one row per citizen message: status, rule, answer, waits, class.",
          "data/comments.csv: una fila por mensaje de la ciudadanía: estado, regla, respuesta, esperas, clase.",
          "data/comments.csv: una fila per missatge de la ciutadania: estat, regla, resposta, esperes, classe."}},
    [T_F_CITIZENS] = {{"data/citizens.csv: one row per citizen: messages, answered, never answered.",
                       "data/citizens.csv: una fila por persona: mensajes, respondidos, nunca respondida.",
                       "data/citizens.csv: una fila per persona: missatges, resposts, mai resposta."}},
    [T_F_THREADS] = {{"data/threads.csv: one row per thread: messages, coverage, waits.",
                      "data/threads.csv: una fila por conversación: mensajes, cobertura, esperas.",
                      "data/threads.csv: una fila per conversa: missatges, cobertura, esperes."}},
    [T_F_MONTHS] = {{"data/months.csv: one row per month: messages by channel, coverage, waits, classes.",
                     "data/months.csv: una fila por mes: mensajes por canal, cobertura, esperas, clases.",
                     "data/months.csv: una fila per mes: missatges per canal, cobertura, esperes, classes."}},
    [T_F_XLSX] = {{"data/report.xlsx: the four CSV files as one workbook, a sheet each: ids as text, times as dates in "
                   "the report's zone, waits as hours:minutes:seconds, percentages as numbers.",
                   "data/report.xlsx: los cuatro CSV en un libro, una hoja cada uno: identificadores como texto, horas "
                   "como fechas en la zona del informe, esperas como horas:minutos:segundos, porcentajes como números.",
                   "data/report.xlsx: els quatre CSV en un llibre, un full cadascun: identificadors com a text, hores "
                   "com a dates en la zona de l'informe, esperes com a hores:minuts:segons, percentatges com a "
                   "nombres."}},
    [T_F_CSV_NOTE] =
        {{"The CSV files keep English column names and values in every language, so that the same scripts read them.",
          "Los CSV mantienen los nombres de columna y los valores en inglés en todos los idiomas, para que los lean "
          "los mismos programas.",
          "Els CSV mantenen els noms de columna i els valors en anglés en tots els idiomes, perquè els lligen els "
          "mateixos programes."}},
    [T_MORE_ROWS] = {{"…and %s more: %s.", "…y %s más: %s.", "…i %s més: %s."}},
    [T_PAGE_OF] = {{"Page %s of %s", "Página %s de %s", "Pàgina %s de %s"}},
    /* the schedule's name (its file's, without folders), its zone and how many holidays it lists */
    [T_SCHEDULE_DESC_ONE] = {{"%s, time zone %s, %s holiday", "%s, zona horaria %s, %s festivo",
                              "%s, zona horària %s, %s festiu"}},
    [T_SCHEDULE_DESC] = {{"%s, time zone %s, %s holidays", "%s, zona horaria %s, %s festivos",
                          "%s, zona horària %s, %s festius"}},

    /* standard output */
    [T_OUT_WROTE] = {{"Report written to %s", "Informe escrito en %s", "Informe escrit en %s"}},
    [T_OUT_OPEN] = {{"Open %s", "Abra %s", "Obriu %s"}},
    [T_OUT_NO_CHARTS] = {{"Charts not drawn: gnuplot is not installed (apt-get install gnuplot-nox).",
                          "Gráficos no dibujados: gnuplot no está instalado (apt-get install gnuplot-nox).",
                          "Gràfics no dibuixats: gnuplot no està instal·lat (apt-get install gnuplot-nox)."}},
    [T_OUT_CHARTS_FAILED] = {{"%s charts could not be drawn (see the warnings above).",
                              "%s gráficos no se pudieron dibujar (vea los avisos anteriores).",
                              "%s gràfics no s'han pogut dibuixar (vegeu els avisos anteriors)."}},
    [T_USER_SEVERAL] = {{"“%s” names %s people; run replycov user with the id of the one you mean:",
                         "«%s» corresponde a %s personas; ejecute replycov user con el identificador de la que "
                         "busca:",
                         "«%s» correspon a %s persones; executeu replycov user amb l'identificador de la que "
                         "busqueu:"}},
    [T_USER_NOBODY] = {{"“%s” names nobody who wrote in these files, by id or by name.",
                        "«%s» no corresponde a nadie que escribiera en estos archivos, ni por identificador ni por "
                        "nombre.",
                        "«%s» no correspon a ningú que escriguera en aquests fitxers, ni per identificador ni per "
                        "nom."}},
    [T_USER_CANDIDATE] = {{"%s (%s), %s messages", "%s (%s), %s mensajes", "%s (%s), %s missatges"}},
    [T_USER_CANDIDATE_ONE] = {{"%s (%s), %s message", "%s (%s), %s mensaje", "%s (%s), %s missatge"}},
    [T_PRIVATE_CONV] = {{"private conversation", "conversación privada", "conversa privada"}},
    [T_POST_NO_TEXT] = {{"post without text", "publicación sin texto", "publicació sense text"}},
    [T_CLASSES_RAW] =
        {{"These shares are the classifier's (a person's label wins where there is one), not corrected for its "
          "errors: replycov ratio corrects them with a sample of 10 or more labeled messages of each class.",
          "Estas proporciones son las del clasificador (donde una persona puso etiqueta, vale la etiqueta), sin "
          "corregir sus errores: replycov ratio las corrige con una muestra de 10 o más mensajes etiquetados de "
          "cada clase.",
          "Aquestes proporcions són les del classificador (on una persona va posar etiqueta, val l'etiqueta), "
          "sense corregir-ne els errors: replycov ratio les corregeix amb una mostra de 10 o més missatges "
          "etiquetats de cada classe."}},
    [T_CLASSES_CORRECTED] =
        {{"The table shows the shares as classified. Corrected for the classifier's errors with %s labeled "
          "messages, criticism is %s of public messages (95%% interval: %s to %s) and thanks %s of private "
          "messages (%s to %s).",
          "La tabla muestra las proporciones tal como se clasificaron. Corregidas con %s mensajes etiquetados, "
          "las críticas son el %s de los mensajes públicos (intervalo del 95 %%: %s a %s) y los agradecimientos "
          "el %s de los privados (%s a %s).",
          "La taula mostra les proporcions tal com es van classificar. Corregides amb %s missatges etiquetats, "
          "les crítiques són el %s dels missatges públics (interval del 95 %%: %s a %s) i els agraïments el %s "
          "dels privats (%s a %s)."}},
};

const struct i18n_table i18n_report = {"report", 0, T_N, words};
