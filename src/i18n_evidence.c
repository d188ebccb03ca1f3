/* i18n_evidence.c: the words of the evidence (what a document was computed from, and how to
 * check it), in English, Spanish and Valencian, side by side. To change a text, change it here
 * in all three columns; a format's %s blanks must stay the same in number and meaning
 * (test_report checks the number). */
#include "i18n.h"

static const struct i18n_entry words[TE_END - TE_BASE] = {
#define W(id) [id - TE_BASE]
    W(TE_TITLE) = {{"Evidence", "Procedencia de los datos", "Procedència de les dades"}},
    W(TE_MADE_BY) = {{"Made with replycov by the command below, where INPUT stands for the files listed after it.",
                      "Elaborado con replycov mediante la orden siguiente, en la que INPUT representa los archivos "
                      "que se enumeran a continuación.",
                      "Elaborat amb replycov mitjançant l'ordre següent, en què INPUT representa els fitxers que "
                      "s'enumeren a continuació."}},
    W(TE_VERSION) = {{"Version", "Versión", "Versió"}},
    W(TE_COMMAND) = {{"Command", "Orden", "Ordre"}},
    W(TE_SAME_BYTES) = {{"The same files and options give the same document, byte for byte: 'replycov verify' "
                         "computes a report folder again from its manifest.json and names the first difference. "
                         "Each file is identified by its SHA-256 fingerprint.",
                         "Los mismos archivos y opciones dan el mismo documento, byte a byte: «replycov verify» "
                         "vuelve a calcular una carpeta de informe a partir de su manifest.json e indica la primera "
                         "diferencia. Cada archivo se identifica por su huella SHA-256.",
                         "Els mateixos fitxers i opcions donen el mateix document, byte a byte: «replycov verify» "
                         "torna a calcular una carpeta d'informe a partir del seu manifest.json i indica la primera "
                         "diferència. Cada fitxer s'identifica per la seua empremta SHA-256."}},
    W(TE_H_FILE) = {{"File", "Archivo", "Fitxer"}},
    W(TE_H_KIND) = {{"Read as", "Leído como", "Llegit com a"}},
    W(TE_H_MESSAGES) = {{"Messages", "Mensajes", "Missatges"}},
    W(TE_H_BYTES) = {{"Size (bytes)", "Tamaño (bytes)", "Mida (bytes)"}},
    W(TE_SHA) = {{"SHA-256 %s", "SHA-256 %s", "SHA-256 %s"}},
    W(TE_NOT_READ) = {{"could not be read", "no se pudo leer", "no s'ha pogut llegir"}},
    W(TE_ROLE_SCHEDULE) = {{"service hours", "horario de atención", "horari d'atenció"}},
    W(TE_ROLE_IMPORT) = {{"holidays imported by the service hours", "festivos importados por el horario",
                          "festius importats per l'horari"}},
    W(TE_ROLE_LABELS) = {{"human labels", "etiquetas humanas", "etiquetes humanes"}},
    W(TE_ROLE_MODEL) = {{"classification model", "modelo de clasificación", "model de classificació"}},
    W(TE_ROLE_UNREADABLE) = {{"not readable", "ilegible", "il·legible"}},
    W(TE_ROLE_UNKNOWN) = {{"format not recognised", "formato no reconocido", "format no reconegut"}},
    W(TE_RECORDS) = {{"What was read", "Lo que se leyó", "El que es va llegir"}},
    W(TE_FILES_READ) = {{"Files read", "Archivos leídos", "Fitxers llegits"}},
    W(TE_FILES_SKIPPED) = {{"Files skipped (hidden or not exports)",
                            "Archivos omitidos (ocultos o que no son exportaciones)",
                            "Fitxers omesos (ocults o que no són exportacions)"}},
    W(TE_FILES_FAILED) = {{"Files that could not be read", "Archivos que no se pudieron leer",
                           "Fitxers que no s'han pogut llegir"}},
    W(TE_MESSAGES_READ) = {{"Messages read", "Mensajes leídos", "Missatges llegits"}},
    W(TE_ACCEPTED) = {{"Accepted", "Aceptados", "Acceptats"}},
    W(TE_REJECTED) = {{"Rejected (with the reason, on the command's error output)",
                       "Rechazados (con el motivo, en la salida de errores de la orden)",
                       "Rebutjats (amb el motiu, en l'eixida d'errors de l'ordre)"}},
    W(TE_LEFT_OUT) = {{"Left out by rule", "Excluidos por regla", "Exclosos per regla"}},
    W(TE_DUPLICATES) = {{"Duplicates merged", "Duplicados fusionados", "Duplicats fusionats"}},
    W(TE_CHANGED) = {{"Edited messages (the latest version kept)", "Mensajes editados (se conserva la última versión)",
                      "Missatges editats (es conserva l'última versió)"}},
    W(TE_ORPHANS) = {{"Replies whose parent is missing", "Respuestas cuyo mensaje original falta",
                      "Respostes el missatge original de les quals falta"}},
    W(TE_CYCLES) = {{"Reply loops broken", "Bucles de respuestas deshechos", "Bucles de respostes desfets"}},
    W(TE_THREADS) = {{"Threads", "Conversaciones", "Converses"}},
    W(TE_RULES) = {{"Rules in force", "Reglas aplicadas", "Regles aplicades"}},
    W(TE_CLASSIFIER) = {{"Classifier", "Clasificador", "Classificador"}},
    W(TE_CLASSIFIER_RULES) = {{"the rules and cue lists of this version",
                               "las reglas y listas de indicios de esta versión",
                               "les regles i llistes d'indicis d'aquesta versió"}},
    W(TE_CLASSIFIER_MODEL) = {{"with the model given", "con el modelo indicado", "amb el model indicat"}},
    W(TE_CLASSIFIER_LABELS) = {{"human labels take precedence", "las etiquetas humanas prevalecen",
                                "les etiquetes humanes prevalen"}},
    W(TE_OFFICIAL_GIVEN) = {{"as the export marks it or its ids name it, and the accounts given with --official; "
                             "without either, the --official accounts alone",
                             "la que marca la exportación o nombran sus identificadores, y las cuentas indicadas con "
                             "--official; sin ninguna de las dos, solo las de --official",
                             "el que marca l'exportació o nomenen els seus identificadors, i els comptes indicats amb "
                             "--official; sense cap de les dues coses, només els de --official"}},
    W(TE_OFFICIAL_AUTO) = {{"as the export marks it, its ids name it, the post's author, or the page's accounts",
                            "la que marca la exportación, nombran sus identificadores, el autor de la publicación o "
                            "las cuentas de la página",
                            "el que marca l'exportació, nomenen els seus identificadors, l'autor de la publicació o "
                            "els comptes de la pàgina"}},
    W(TE_PERIOD_VALUE) = {{"%s: messages written from %s up to %s (not included) are judged; their answers count "
                           "whenever they came",
                           "%s: se juzgan los mensajes escritos desde %s hasta %s (sin incluir); sus "
                           "respuestas cuentan lleguen cuando lleguen",
                           "%s: es jutgen els missatges escrits des de %s fins a %s (sense incloure-hi aquest "
                           "moment); les seues respostes compten arriben quan arriben"}},
    W(TE_SCHEDULE_VALUE) = {{"%s (time zone %s); a reply before the service opened waited %s",
                             "%s (zona horaria %s); una respuesta anterior a la apertura del servicio esperó %s",
                             "%s (zona horària %s); una resposta anterior a l'obertura del servei va esperar %s"}},
    W(TE_BEFORE_ZERO) = {{"no service time", "cero tiempo de servicio", "zero temps de servei"}},
    W(TE_BEFORE_ELAPSED) = {{"its calendar time", "su tiempo natural", "el seu temps natural"}},
    W(TE_PRIVACY) = {{"Privacy", "Privacidad", "Privadesa"}},
    W(TE_NAMES_SHOWN) = {{"names shown", "se muestran los nombres", "es mostren els noms"}},
    W(TE_PSEUDONYMS) = {{"citizens shown as keyed pseudonyms (HMAC-SHA256, key %s)",
                         "las personas se muestran con seudónimos cifrados (HMAC-SHA256, clave %s)",
                         "les persones es mostren amb pseudònims xifrats (HMAC-SHA256, clau %s)"}},
    W(TE_MIN_CELL) = {{"counts below %s (other than 0) shown as “<%s”, and the rates built on them withheld",
                       "los recuentos inferiores a %s (salvo el 0) se muestran como «<%s» y no se dan las tasas "
                       "calculadas con ellos",
                       "els recomptes inferiors a %s (llevat del 0) es mostren com a «<%s» i no es donen les taxes "
                       "calculades amb ells"}},
    W(TE_MORE_INPUTS) = {{"the complete list, with each file's SHA-256, is in manifest.json, which replycov verify "
                          "checks",
                          "la lista completa, con el SHA-256 de cada archivo, está en manifest.json, que comprueba "
                          "replycov verify",
                          "la llista completa, amb el SHA-256 de cada fitxer, és a manifest.json, que comprova "
                          "replycov verify"}},
#undef W
};

const struct i18n_table i18n_evidence = {"evidence", TE_BASE, TE_END - TE_BASE, words};
