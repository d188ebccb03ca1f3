#!/usr/bin/env python3
"""make-samples.py: build replycov's fictional sample data under samples/.

Everything written here was invented by the replycov project: the page
"Ocupació Valenciana", its programme "ACTIVA 2026", the people and every
message.  Standard library only, fixed seed, no network: run it from the
repository root and it rewrites the same bytes every time.

    python3 scripts/make-samples.py

It writes samples/facebook/*.json (Graph API post objects with nested
comments), samples/csv/comments.csv (the same records as generic CSV, Madrid
local time), samples/labels.csv (the intended class of every citizen comment),
samples/expected-coverage.csv (who was answered, by the rules below) and
samples/README.md, then reads everything back and checks it.
"""

import csv
import datetime
import io
import json
import math
import os
import random
import re
import statistics
import sys
import unicodedata

SEED = 20260302
PAGE_ID = "104520000000001"
PAGE_NAME = "Ocupació Valenciana"
PAGE_FROM = {"id": PAGE_ID, "name": PAGE_NAME,
             "category": "Government organization"}
UTC = datetime.timezone.utc
OUT = "samples"

# ---------------------------------------------------------------------------
# Hand-written citizen messages.
# Entry: (label, topic, text[, tailored page answer]).  label: c = criticism,
# q = question, t = thanks, o = other.  "{f}" and "{f2}" are friends' names.
# ---------------------------------------------------------------------------

AYUDAS_ES = [
    # criticism
    ("c", "web", "La web no funciona, llevo desde las 9 intentandolo"),
    ("c", "web", "Error 503 cada vez que le doy a enviar. Así no hay manera"),
    ("c", "web", "no carga la pagina de la sede, como siempre"),
    ("c", "web", "Otra vez la web caída el primer día. Todos los años lo mismo"),
    ("c", "web", "ME ECHA DE LA SEDE CADA VEZ QUE PONGO EL DNI!!!"),
    ("c", "web", "la web se queda pensando y al final pone \"sesión caducada\". 4 veces ya"),
    ("c", "web", "Tercera vez que relleno el formulario entero y al darle a enviar se borra todo 🙄"),
    ("c", "web", "Enhorabuena, la web se ha caído a los cinco minutos de abrir el plazo. Eso es eficiencia"),
    ("c", "web", "Para qué anunciáis nada si luego la página no va"),
    ("c", "clave", "Con Cl@ve no entra, con certificado tampoco... y los que no tenemos ordenador qué, a pedir favores a los vecinos"),
    ("c", "web", "pues ahora me dice q mi DNI no existe. Será q no existo yo tampoco 🙃"),
    ("c", "phone", "Llamo al teléfono que ponéis y no lo coge nadie, dos días llamando"),
    ("c", "phone", "He llamado 27 veces esta mañana. VEINTISIETE. Nadie contesta"),
    ("c", "phone", "El teléfono de información da tono y se corta. Muy útil todo"),
    ("c", "phone", "y pq no cogeis el telefono? es q no hay nadie?"),
    ("c", "phone", "no cogéis el teléfono, no contestáis los correos y aquí tampoco. Para que está esta página??"),
    ("c", "resolucion", "Llevo tres semanas esperando a que me llaméis por lo del curso de diciembre, ¿cuándo pensáis llamar?"),
    ("c", "resolucion", "Yo pedí la del año pasado y todavía no he cobrado ni un euro. Vergüenza"),
    ("c", "resolucion", "Abrís convocatorias nuevas y las de 2025 sin resolver. Muy bien, muy bien"),
    ("c", "resolucion", "gracias por nada, sigo esperando la resolución desde noviembre"),
    ("c", "resolucion", "Mi expediente lleva \"en trámite\" desde octubre y nadie me explica por qué"),
    ("c", "resolucion", "Mucho cartel bonito pero a la hora de pagar nunca hay dinero"),
    ("c", "cita", "En mi oficina no dan cita hasta abril, para cuando me atiendan ya se ha cerrado el plazo"),
    ("c", "cita", "Fui ayer a la oficina y sin cita no me atienden, y la cita por web no funciona. Un círculo perfecto"),
    ("c", "cita", "tres horas de cola para que me digan que es todo por internet"),
    ("c", "requisitos", "Otra vez dejáis fuera a los mayores de 55, como siempre"),
    ("c", "requisitos", "Los autonomos que hemos tenido que cerrar no contamos para nada"),
    ("c", "curso", "Los cursos siempre en Valencia capital, los de los pueblos que nos apañemos"),
    ("c", "curso", "Cursos de 300 horas por la mañana. Los que trabajamos a media jornada ni soñarlo"),
    ("c", "plazo", "18 días de plazo para algo que anunciáis el mismo día. Genial, así da tiempo a organizarse",
     "Entendemos la queja. El plazo es de días naturales y la sede está abierta las 24 horas; además, habrá una segunda convocatoria en otoño."),
    ("c", "general", "Menudo cachondeo"),
    ("c", "general", "Vergüenza de servicio público"),
    ("c", "general", "ESTO ES UNA VERGÜENZA, LLEVO MESES SIN COBRAR Y NADIE DA LA CARA"),
    ("c", "general", "Con todo el respeto, el servicio es pésimo.\nY no es culpa de los de la oficina, que hacen lo que pueden, es que no hay gente"),
    ("c", "general", "Cuánta foto y cuánto anuncio, y luego a la hora de la verdad nada de nada"),
    ("c", "general", "Qué pena. Mi hija lleva dos años apuntada y ni una sola oferta"),
    # questions
    ("q", "plazo", "¿Hasta cuándo está abierto el plazo?",
     "El plazo está abierto hasta el 20 de marzo, incluido."),
    ("q", "plazo", "hasta q dia se puede presentar?",
     "Hasta el 20 de marzo, y la sede está abierta las 24 horas."),
    ("q", "requisitos", "Alguien sabe si hay que estar inscrito como demandante o vale con estar en ERTE?",
     "Las personas en ERTE pueden apuntarse a los cursos, pero la ayuda económica es solo para demandantes de empleo desempleados."),
    ("q", "requisitos", "¿Los que cobramos el subsidio de mayores de 52 podemos pedirla?",
     "Sí, la ayuda es compatible con el subsidio para mayores de 52 años."),
    ("q", "requisitos", "Hola, tengo 29 años, ¿entro en lo de jóvenes o eso es hasta los 25?",
     "La línea joven llega hasta los 29 años incluidos, así que sí entras."),
    ("q", "requisitos", "Una pregunta, ¿es compatible con el ingreso mínimo vital?",
     "Sí, es compatible con el IMV. Lo que no se puede es cobrar otra ayuda para el mismo curso."),
    ("q", "requisitos", "y si soy autonomo y me di de baja hace 2 meses puedo?",
     "Sí, si ahora estás inscrito como demandante de empleo puedes pedirla."),
    ("q", "cita", "Se puede presentar en papel? Mi madre no tiene ordenador ni sabe usarlo",
     "Sí, puede presentarla en cualquier oficina con cita previa y el personal le ayuda a rellenarla."),
    ("q", "link", "¿Dónde está el enlace? En la web no lo encuentro por ningún lado",
     "El enlace está en la propia publicación: ocupaciovalenciana.example/activa2026. Ahí tienes el botón «Sol·licitar / Solicitar»."),
    ("q", "link", "el link??",
     "Aquí lo tienes: ocupaciovalenciana.example/activa2026"),
    ("q", "cita", "Hay que pedir cita para presentarlo o es todo online?",
     "Es todo online, no hace falta cita. Si prefieres que te ayuden, en las oficinas se puede presentar con cita previa."),
    ("q", "documentos", "¿Qué documentos hacen falta? ¿Vale con el DNI aunque esté caducado?",
     "Hace falta el DNI o NIE en vigor, así que tendrás que renovarlo. El resto de datos los consultamos nosotros."),
    ("q", "documentos", "Buenos días, ¿el certificado de empadronamiento tiene que ser de este mes?",
     "No hace falta aportarlo: el empadronamiento lo consultamos de oficio."),
    ("q", "curso", "Los cursos son presenciales u online? Vivo en Requena y no tengo coche",
     "Hay de las dos modalidades. En el buscador puedes filtrar por «en línea» o por municipio."),
    ("q", "curso", "Hay algún curso de carretillero? Llevo tiempo buscando uno",
     "Sí, hay varios de carretillas elevadoras dentro de la familia de logística. Búscalos por «carretillas» en el buscador."),
    ("q", "curso", "¿Cuántas plazas hay por curso más o menos?",
     "Normalmente 15 plazas por curso, algunos en línea llegan a 25."),
    ("q", "curso", "Me apunté al de atención sociosanitaria, ¿cuándo sabré si me han cogido?",
     "El centro te llamará unos diez días antes de empezar el curso."),
    ("q", "curso", "alguien sabe si pagan algo por ir a los cursos? aunque sea el transporte",
     "Los cursos presenciales tienen ayuda de transporte si vives a más de 5 km del centro, y además está la ayuda ACTIVA."),
    ("q", "curso", "Si ya hice un curso el año pasado, ¿puedo hacer otro este año?",
     "Sí, siempre que no sea el mismo curso."),
    ("q", "link", "Gracias, pero sigo sin saber dónde me apunto",
     "En ocupaciovalenciana.example/activa2026, botón «Solicitar». Si te da problemas, escríbenos por privado."),
    ("q", "requisitos", "¿Y los que tenemos la demanda caducada? ¿Hay que renovarla antes de pedirla?",
     "Sí, hay que renovarla antes. Puedes hacerlo en la web o en el autoservicio de tu oficina."),
    ("q", "plazo", "Hola buenas, el plazo son días hábiles o naturales?",
     "Son días naturales: del 2 al 20 de marzo, ambos incluidos."),
    ("q", "requisitos", "Pregunta: ¿puedo solicitarla si estoy trabajando a media jornada?",
     "La ayuda es para personas desempleadas, pero los cursos están abiertos también a personas ocupadas."),
    ("q", "web", "me sale un error \"NIF no válido\" y lo he puesto bien, q hago?",
     "Comprueba que pones la letra sin espacios ni guiones. Si aun así falla, mándanos una captura por privado."),
    ("q", "web", "Alguien ha conseguido entrar? A mí me da error todo el rato"),
    ("q", "confirm", "¿Es normal que no me llegue el correo de confirmación? Ya ha pasado una hora",
     "A veces tarda; mira también en la carpeta de spam. El justificante en PDF que descargas al final vale igual."),
    ("q", "resolucion", "Cuando se cobra la ayuda? al mes? a los 6 meses?",
     "El primer pago se hace al empezar el curso y el resto a mitad y al final."),
    ("q", "requisitos", "para extranjeros con NIE tb vale?",
     "Sí, con NIE en vigor y autorización para trabajar."),
    ("q", "requisitos", "¿La renta que cuenta es la de 2024 o la de 2025?",
     "No se tiene en cuenta la renta: basta con estar inscrito como demandante desempleado."),
    ("q", "curso", "Hola, ¿se puede pedir la ayuda y el curso a la vez o es una cosa u otra?",
     "Se hace todo en la misma solicitud: eliges el curso y marcas que quieres la ayuda."),
    ("q", "requisitos", "Tengo una discapacidad del 45%, ¿hay plazas reservadas?",
     "Sí, el 10 % de las plazas se reservan para personas con discapacidad igual o superior al 33 %."),
    ("q", "phone", "¿Alguien sabe a qué teléfono hay que llamar? El que pone en la web da apagado"),
    ("q", "documentos", "Porfa, ¿me podéis decir si hay que imprimir el justificante o vale con el pdf?",
     "Vale con guardar el PDF, no hace falta imprimirlo."),
    ("q", "documentos", "Buenas tardes. Si me equivoqué en el número de cuenta, ¿cómo lo cambio? Ya lo había enviado",
     "Presenta una solicitud nueva con el dato correcto: se tiene en cuenta la última presentada dentro de plazo."),
    ("q", "curso", "¿Los cursos dan certificado de profesionalidad o solo un diploma?",
     "La mayoría son certificados de profesionalidad; en la ficha de cada curso lo indica."),
    ("q", "requisitos", "Mi marido está en paro pero yo trabajo, ¿cuenta la renta de los dos?",
     "No se mira la renta familiar. Tu marido puede pedirla si está inscrito como demandante."),
    ("q", "futuro", "¿Se sabe si habrá otra convocatoria en septiembre? Ahora no puedo",
     "Está prevista una segunda convocatoria en otoño. La anunciaremos aquí."),
    ("q", "web", "Me pide un código que me tiene que llegar por SMS pero no llega, ¿alguien más?",
     "Revisa que el móvil sea el que consta en tu demanda de empleo. Si no, actualízalo en tu oficina o por la web."),
    ("q", "cita", "¿En la oficina de Sagunto ayudan a rellenarlo? Gracias de antemano",
     "Sí, en todas las oficinas te ayudan con cita previa."),
    ("q", "requisitos", "hola, si estoy cobrando el paro todavía puedo pedirla o solo los q ya no cobran?",
     "También si cobras la prestación: es compatible."),
    ("q", "requisitos", "Hola, varias preguntas:\n1) ¿hay que estar en paro?\n2) ¿cuenta la renta de mis padres si vivo con ellos?\n3) ¿el curso tiene que ser de la lista o vale cualquiera?\nGracias",
     "1) Sí, inscrito como demandante desempleado. 2) No se mira la renta. 3) Tiene que ser uno de los cursos de la lista ACTIVA."),
    # thanks
    ("t", None, "Gracias!!"),
    ("t", None, "graciaaas por la info"),
    ("t", None, "Muchas gracias, ya lo he presentado 👌"),
    ("t", None, "Mil gracias a la chica de la oficina de Gandia que me ayudó a rellenarlo todo"),
    ("t", None, "Hecho! Me ha costado pero lo he conseguido. Gracias por avisar"),
    ("t", None, "Gracias por contestar tan rápido 🙏"),
    ("t", None, "Muchísimas gracias, por fin una buena noticia"),
    ("t", None, "gracias x la info, muy amable"),
    ("t", None, "Gracias! Justo lo que estaba buscando"),
    ("t", None, "Gracias por la información, se lo paso a mi hijo"),
    ("t", None, "Mil gracias 🙏🙏"),
    ("t", None, "gracias equipo, sé que estáis desbordados"),
    # other
    ("o", None, "{f} mira esto 👀"),
    ("o", None, "{f} lo que te dije ayer"),
    ("o", None, "{f} {f2} corred que se acaba"),
    ("o", None, "Compartido"),
    ("o", "tip", "Yo lo he presentado esta mañana a las 8 y media y sin problema, para quien le sirva"),
    ("o", "tip", "Para los que preguntáis: el enlace está abajo del todo, donde pone \"Tràmits\""),
    ("o", None, "Se vende bici estática casi nueva, interesados por privado"),
    ("o", None, "Madre mía qué frío hace hoy en Alcoy"),
    ("o", None, "Buenos días a todos"),
    ("o", None, "Ahí lo dejo"),
    ("o", None, "{f} para tu hermano"),
    ("o", None, "A ver si esta vez hay suerte 🤞"),
    ("o", None, "Feliz lunes 🌞"),
    ("o", "tip", "Consejo: hacedlo por la tarde o de noche, por la mañana la web va fatal"),
    ("o", None, "{f} esto es lo del curso de cocina"),
]

AYUDAS_CA = [
    ("c", "web", "La web no va. Porte des de les 9 intentant-ho"),
    ("c", "phone", "No em contesten ni per telèfon ni per correu, porte un mes esperant"),
    ("c", "general", "Quina vergonya, sempre igual"),
    ("c", "resolucion", "Moltes gràcies per res, encara espere la resolució de l'any passat"),
    ("c", "cita", "Per què s'ha de fer tot per internet? La meua mare no sap ni encendre l'ordinador"),
    ("c", "curso", "em vaig apuntar al curs de soldadura al novembre i ningú m'ha cridat"),
    ("c", "curso", "Tots els cursos a València ciutat, els de la Marina que ens apanyem"),
    ("c", "web", "Enhorabona, la web ha caigut en cinc minuts. Tot un rècord"),
    ("c", "web", "NO HI HA MANERA D'ENTRAR!!! ERROR, ERROR I ERROR"),
    ("c", "cita", "Tres setmanes per a una cita. Açò no és un servei públic"),
    ("c", "resolucion", "Fa dos mesos que vaig demanar el certificat i res de res"),
    ("c", "phone", "Es veu que el telèfon és decoratiu"),
    ("c", "general", "no es culpa dels treballadors pero falten mans, aixi no es pot"),
    ("c", "web", "El formulari en valencià dona error i en castellà no. Molt bé"),
    ("c", "plazo", "Posar el termini en plenes Falles... molt encertat tot",
     "Entenem la queixa. Per això el termini és de dies naturals i la seu està oberta les 24 hores, també durant les Falles."),
    ("c", "resolucion", "Porte des de gener esperant que em diguen alguna cosa de l'expedient. Ningú sap res"),
    ("c", "general", "Cada any la mateixa pel·lícula: anunci, web caiguda i després silenci"),
    ("c", "general", "Porte un any buscant treball i l'única cosa que em proposeu són cursos que no puc fer"),
    ("q", "plazo", "Fins quan es pot presentar?",
     "Fins al 20 de març, inclòs."),
    ("q", "requisitos", "Algú sap si cal estar inscrit com a demandant d'ocupació?",
     "Sí, cal estar inscrit com a demandant d'ocupació el dia que presentes la sol·licitud."),
    ("q", "resolucion", "Quan es sabrà qui entra als cursos?",
     "Cada centre crida les persones admeses uns deu dies abans de començar el curs."),
    ("q", "link", "On es fa la inscripció? No trobe l'enllaç",
     "A ocupaciovalenciana.example/activa2026, botó «Sol·licitar»."),
    ("q", "requisitos", "Hola, tinc 58 anys, puc demanar l'ajuda?",
     "Sí, no hi ha límit d'edat."),
    ("q", "curso", "Els cursos són presencials o en línia?",
     "N'hi ha de les dues modalitats; al cercador pots filtrar per modalitat i per municipi."),
    ("q", "clave", "Es pot fer amb Cl@ve o cal certificat digital?",
     "Pots fer-la amb Cl@ve o amb certificat digital, qualsevol dels dos val."),
    ("q", "documentos", "Bon dia, el certificat d'empadronament ha de ser recent?",
     "No cal aportar-lo: l'empadronament el consultem d'ofici."),
    ("q", "curso", "algú sap si donen alguna beca per al transport?",
     "Els cursos presencials tenen ajuda de transport si vius a més de 5 km del centre."),
    ("q", "web", "Per què em diu que el meu DNI no és vàlid? L'he posat bé",
     "Prova a escriure la lletra sense espais ni guions. Si continua, envia'ns una captura per privat."),
    ("q", "resolucion", "Quan pagueu? Ho dic per a organitzar-me",
     "El primer pagament es fa quan comença el curs, i la resta a la meitat i al final."),
    ("q", "requisitos", "i els que estem en ERTO podem?",
     "Podeu apuntar-vos als cursos, però l'ajuda econòmica és només per a persones desocupades."),
    ("q", "curso", "Hi ha cursos de valencià per a adults també?",
     "Dins d'ACTIVA no, però hi ha cursos de valencià a les escoles d'adults del teu municipi."),
    ("q", "curso", "moltes gràcies, però on em puc apuntar al de carretoner?",
     "Busca «carretons» al cercador de cursos; n'hi ha a Riba-roja, Silla i Castelló."),
    ("q", "documentos", "Bones, s'ha de portar el justificant a l'oficina o no cal?",
     "No cal, amb el justificant en PDF n'hi ha prou."),
    ("q", "requisitos", "Soc autònoma i vaig tancar al desembre, hi entre jo també?",
     "Sí, si ara estàs inscrita com a demandant d'ocupació."),
    ("q", "plazo", "El termini és de dies hàbils o naturals? Per les Falles, dic",
     "Són dies naturals, i la seu està oberta també durant les Falles."),
    ("q", "cita", "A l'oficina d'Alzira ajuden a fer-ho? No tinc ordinador",
     "Sí, amb cita prèvia et fan la sol·licitud a l'oficina."),
    ("q", "web", "algú ha pogut acabar la sol·licitud? a mi es queda penjada al pas 3"),
    ("q", "requisitos", "Si trobe treball a mitjan curs, perd l'ajuda?",
     "No la perds: cobres la part corresponent fins al dia que comences a treballar."),
    ("t", None, "Moltes gràcies!"),
    ("t", None, "Gràcies per la informació 🙏"),
    ("t", None, "Ja està presentada, gràcies per avisar!"),
    ("t", None, "Gràcies a la xica de l'oficina de Xàtiva, és un sol"),
    ("t", None, "Moltíssimes gràcies, m'heu salvat el dia"),
    ("t", None, "gracies!!"),
    ("t", None, "Gràcies per posar-ho també en valencià"),
    ("o", None, "{f} mira açò"),
    ("o", None, "{f} el que et vaig dir"),
    ("o", None, "Compartit 👍"),
    ("o", None, "Bon dia a tots i totes"),
    ("o", "tip", "Jo ho vaig presentar ahir de vesprada i sense problemes"),
    ("o", None, "Quin vent fa hui a Castelló, mare meua"),
    ("o", None, "{f} {f2} açò és el que buscàveu"),
    ("o", "tip", "Bon consell: feu-ho de nit, que la web va més lleugera"),
]

AYUDAS_EN = [
    ("c", "web", "Website has been down all morning. Ridiculous"),
    ("c", "phone", "Nobody answers the phone, I've been trying for two weeks"),
    ("q", "clave", "How do I register if I don't have a digital certificate?",
     "You can also apply with Cl@ve PIN, which you can get at any of our offices. A digital certificate is not required."),
    ("q", "web", "Is there an English version of the form? My Spanish is not great",
     "The form is only in Spanish and Valencian, sorry. Send us a private message and we'll help you fill it in."),
    ("q", "requisitos", "Hi, can I apply with a NIE or do I need a residence card?",
     "A valid NIE with permission to work is enough, as long as you are registered as a job seeker."),
    ("q", "curso", "Does anyone know if the courses are taught only in Spanish?",
     "Most courses are taught in Spanish; a few online ones are bilingual Spanish/Valencian."),
    ("t", None, "thx!"),
    ("t", None, "Thank you, done 🙏"),
    ("o", None, "{f} check this"),
]

CURSOS_CA = [
    ("c", "curso", "Cap curs a la comarca dels Serrans, com sempre"),
    ("c", "curso", "Fa un any que em vaig apuntar al d'instal·lacions solars i encara res"),
    ("c", "web", "El formulari d'inscripció només està en castellà. Molt bé",
     "Tens raó, disculpa. La versió en valencià del formulari estarà disponible aquesta setmana."),
    ("c", "curso", "m'he apuntat tres vegades i sempre em diuen que ja està ple"),
    ("c", "curso", "Per què no feu cursos de vesprada? Els que treballem de matí no en podem fer cap"),
    ("c", "curso", "Quatre cursos per a tota la Vall d'Albaida. Ens preneu el pèl"),
    ("c", "phone", "He cridat tres dies seguits al centre de formació i no l'agafa ningú",
     "Sentim les molèsties. Escriu-nos per privat el nom del curs i ens posem en contacte amb el centre."),
    ("q", "curso", "Quan comença el de cuina? Em vaig apuntar la setmana passada",
     "El de cuina de Gandia comença el 13 d'abril; el centre et cridarà uns dies abans."),
    ("q", "requisitos", "Hi ha límit d'edat per als cursos?",
     "No, a partir de 16 anys i sense límit per dalt."),
    ("q", "curso", "Algú sap si el de monitor de temps lliure dona títol oficial?",
     "Sí, en acabar obtens el títol oficial de monitor o monitora d'activitats de temps lliure."),
    ("q", "curso", "Es poden fer dos cursos alhora?",
     "Sí, sempre que els horaris no coincidisquen."),
    ("q", "curso", "quan tindreu els horaris?",
     "Els horaris ja estan a la fitxa de cada curs, al cercador."),
    ("q", "curso", "La inscripció és per ordre d'arribada o per sorteig?",
     "Per ordre d'inscripció, amb prioritat per a persones desocupades."),
    ("q", "curso", "Bon dia, el curs d'atenció sociosanitària de Gandia és de matí o de vesprada?",
     "És de matí, de 9 a 14 h."),
    ("q", "requisitos", "Cal tindre l'ESO per al de logística?",
     "Per al de nivell 1 no cal; per al de nivell 2 sí."),
    ("q", "requisitos", "Si no soc de la comarca em puc apuntar igual?",
     "Sí, et pots apuntar a qualsevol curs de la Comunitat Valenciana."),
    ("q", "curso", "Algú sap on es fa el de jardineria de Llíria? A l'escola vella o al polígon?",
     "Es fa al centre de formació del polígon; tens l'adreça exacta a la fitxa del curs."),
    ("t", None, "Moltes gràcies, m'he apuntat al de dependència!"),
    ("t", None, "Gràcies per posar-ho en valencià 👏"),
    ("t", None, "Gràcies! Molt bona notícia per als joves del poble"),
    ("o", None, "{f} t'interessa el de jardineria"),
    ("o", None, "Jo el vaig fer l'any passat i el recomane molt, la professora era genial"),
    ("o", None, "{f} mira, el de pastisseria que deies"),
    ("o", None, "Compartit al grup del poble"),
]

CURSOS_ES = [
    ("q", "curso", "¿Los cursos se pueden hacer en castellano? Soy de fuera y no entiendo bien el valenciano",
     "Sí, casi todos se imparten en castellano o en las dos lenguas."),
    ("c", "curso", "Otro año sin cursos de electricidad en la Safor"),
    ("t", None, "Gracias, me he apuntado a dos"),
    ("q", "curso", "hay alguno de informatica basica para mayores?",
     "Sí, hay cursos de competencias digitales básicas en muchos municipios; busca «competencias digitales»."),
]

CURSOS_EN = [
    ("q", "requisitos", "Are the courses open to people on a student visa?",
     "Only people registered as job seekers can enrol, and that requires a work permit, sorry."),
]

EURES_ES = [
    ("q", "eures", "¿Hay que inscribirse antes o se puede ir directamente?",
     "Es recomendable inscribirse para que las empresas vean tu CV antes, pero también puedes venir directamente."),
    ("q", "eures", "¿Vienen empresas de Alemania? Mi hijo es enfermero",
     "Sí, vienen dos hospitales alemanes que buscan enfermería."),
    ("q", "eures", "¿Piden nivel B2 de inglés o con lo básico vale?",
     "Depende de la oferta: en hostelería suele bastar un nivel básico, en sanidad piden B2 del idioma del país."),
    ("o", "eures", "Yo fui el año pasado y muy bien, salí con una entrevista en Noruega"),
    ("c", "general", "Para qué, si luego no te llama nadie"),
    ("q", "eures", "Se puede llevar el CV en castellano o tiene que ser en inglés?",
     "Mejor en inglés; en la sesión en línea del día 16 te ayudamos a prepararlo."),
    ("q", "eures", "¿Es presencial u online? Vivo en Ontinyent",
     "Las dos cosas: presencial en València y con entrevistas en línea."),
    ("c", "general", "Ojalá hubiera algo así para los que no nos queremos ir fuera"),
    ("t", None, "Gracias por organizarlo, el año pasado me fue muy útil"),
    ("o", None, "{f} esto es lo de Holanda que te conté"),
    ("c", "general", "Fuera sí hay trabajo, aquí no. Qué pena de país"),
    ("q", "eures", "¿Pagan el viaje si te cogen?",
     "Algunas empresas sí; además existe la ayuda europea de movilidad, te informamos en la jornada."),
    ("q", "confirm", "mi hija se inscribió el martes y no le ha llegado nada, xq?",
     "El correo de confirmación puede tardar; que mire en spam. Si no, que nos escriba por privado."),
    ("q", "eures", "hora??",
     "De 10:00 a 14:00 😊"),
    ("q", "eures", "¿Habrá traducción para los que no hablamos inglés?",
     "Habrá personal de EURES que habla castellano y valenciano en todos los puestos."),
    ("t", None, "Muchas gracias, allí estaré"),
    ("c", "general", "Que vergüenza que nuestros jóvenes se tengan que ir para poder trabajar"),
    ("q", "eures", "¿Sirve para camareros con experiencia o solo piden titulados?",
     "Sí, hay muchas ofertas de hostelería con experiencia y sin título."),
    ("c", "web", "La inscripción pide 15 datos y al final da error. Como siempre",
     "Sentimos las molestias: hubo un fallo en el formulario esta mañana y ya está corregido. Prueba de nuevo, por favor."),
    ("o", None, "{f} {f2} el 18 quedamos y vamos?"),
    ("q", "eures", "¿Hay algo para conductores de camión? Tengo el C+E y el CAP",
     "Sí, una empresa noruega y otra neerlandesa buscan conductores con C+E."),
]

EURES_EN = [
    ("q", "eures", "Is the fair open to non-EU citizens living in Spain?",
     "Yes, if you have a residence permit that allows you to work."),
    ("q", "web", "how do I register for the online session??",
     "Use the same form at ocupaciovalenciana.example/eures and tick «online»."),
    ("q", "eures", "Will there be employers from Ireland? Asking for my son",
     "Yes, two Irish employers in hospitality and logistics."),
    ("q", "eures", "Do I need to bring a printed CV or is a digital one ok?",
     "Both are fine; bring a couple of printed copies just in case."),
    ("q", "eures", "Is it free?",
     "Yes, it's completely free."),
    ("c", "confirm", "I registered last week but never got the confirmation email. Second time this happens",
     "Sorry about that. It sometimes lands in spam; if it isn't there, send us a private message and we'll confirm your registration."),
    ("c", "web", "The registration link gives a 404",
     "Thanks for letting us know! The link is fixed now, please try again."),
    ("t", None, "Great initiative, thanks!"),
    ("c", "general", "Last year's fair was a waste of time, three companies and all of them looking for nurses"),
    ("q", "eures", "What level of English do they ask for hospitality jobs in Malta?",
     "Usually B1 is enough for hospitality in Malta."),
    ("t", None, "thank you, see you there"),
    ("c", "general", "I've sent three emails to EURES and nobody replied. Not impressed."),
    ("q", "eures", "Can I attend if I'm currently employed? I want to move to Germany",
     "Yes, the fair is open to anyone, employed or not."),
    ("o", None, "{f} this is the thing I told you about"),
    ("q", "eures", "Any IT companies this year?",
     "Yes, three: one from the Netherlands and two from Germany."),
    ("t", None, "Thanks for the info, really useful"),
    ("q", "eures", "Is there parking at the venue?",
     "Yes, there is free parking next to the venue."),
    ("c", "general", "When I went to my local office nobody spoke English. Not very European for a EURES event"),
    ("q", "eures", "Will the online session be recorded?",
     "Yes, we'll post the recording here the following week."),
    ("q", "eures", "Hi! Do you know if Dutch companies need a certified translation of my degree?"),
]

EURES_CA = [
    ("q", "eures", "Hi haurà empreses que busquen gent per a fer temporada a Suïssa?",
     "Enguany no, però hi ha ofertes de temporada a Àustria i Malta."),
    ("o", None, "{f} açò t'interessa"),
]

HORARIO_ES = [
    ("q", "oficinas", "¿El horario de tarde es en todas las oficinas o solo en Valencia?",
     "En 12 oficinas de las tres provincias; la lista está en el enlace de la publicación."),
    ("c", "cita", "Y la cita previa para cuándo? No hay huecos hasta mayo"),
    ("t", None, "Genial, gracias. Así podré ir al salir de trabajar"),
    ("q", "cita", "Los viernes por la tarde también?",
     "No, de lunes a jueves."),
    ("o", None, "Cambio de hora y cambio de horario, qué lío 😅"),
    ("c", "cita", "A mí me anularon la cita por SMS a las 2 de la mañana. Muy bonito"),
    ("q", "cita", "¿Se puede pedir cita por WhatsApp?",
     "Por ahora no; la cita se pide en la web, en la app o por teléfono."),
    ("c", "cita", "Pedí cita por la app y me la dio en Almussafes. Vivo en Alzira"),
    ("q", "oficinas", "¿Cuáles son las 12 oficinas? En el enlace no sale la lista",
     "Tienes razón, el enlace estaba mal. Ya está corregido."),
    ("c", "general", "Abrir por la tarde con la misma gente que hay por la mañana... ya veremos cuánto dura"),
    ("o", None, "{f} ya puedes ir por la tarde"),
    ("t", None, "Por fin! Gracias"),
]

HORARIO_CA = [
    ("q", "oficinas", "Horari de vesprada a l'oficina de Sueca també?",
     "Sí, Sueca és una de les dotze oficines."),
    ("t", None, "Gràcies! Molt millor així"),
    ("c", "general", "De què serveix obrir més hores si no hi ha personal?"),
    ("q", "cita", "Amb el canvi d'hora, la cita de dilluns a les 8:30 és l'hora nova, no?",
     "Sí, sempre l'hora oficial del dia de la cita."),
    ("o", None, "Bon cap de setmana!"),
]

# Citizens answering citizens: (label, fits, text[, page answer]).  `fits`
# lists the parent labels or topics under which the reply makes sense.
REPLY_ES = [
    ("c", ("c/web", "c/phone", "c/cita"), "A mí igual, no hay manera"),
    ("c", ("resolucion",), "Yo llevo desde enero esperando, así que imagínate"),
    ("c", ("c/web", "q/web", "c/phone"), "Mismo problema aquí"),
    ("c", ("phone",), "jajaja el teléfono dice, ese no lo coge nadie desde 2019"),
    ("c", ("resolucion", "phone"), "Ojalá te contesten, yo sigo esperando desde el mes pasado"),
    ("c", ("q",), "Eso mismo pregunté yo hace una semana y nada"),
    ("c", ("c/phone", "c/resolucion", "c/general"), "Exacto, aquí no responde nadie"),
    ("c", ("resolucion",), "Pues a mí me cerraron el expediente sin avisar, así que suerte"),
    ("c", ("c/cita", "c/resolucion", "c/general"), "Y encima te tratan como si fuera culpa tuya"),
    ("o", ("c/web", "c/resolucion", "c/general"), "Mucho ánimo, al final sale"),
    ("o", ("q",), "Pregunta en tu oficina, en la mía me lo explicaron bien"),
    ("o", ("c",), "Totalmente de acuerdo contigo"),
    ("o", ("q", "c"), "A mí me contestaron por privado a los dos días"),
    ("o", ("c", "q"), "+1"),
    ("o", ("q",), "Si te enteras de algo avisa porfa"),
    ("o", ("c/web", "c/resolucion", "c/cita", "c/phone"), "Paciencia..."),
    ("o", ("c",), "Qué razón tienes"),
    ("o", ("c",), "Eso es, tal cual"),
    ("q", ("resolucion", "cita", "phone"), "¿Y a ti te dijeron algo al final?"),
    ("q", ("confirm",), "¿Te llegó el correo de confirmación al final?"),
    ("t", ("tip",), "gracias guapa"),
]

REPLY_ES_AYUDAS = [
    ("c", ("c/web", "q/web"), "Mismo problema aquí, desde las 9"),
    ("o", ("link", "web"), "Tienes que entrar por la sede electrónica, no por la web normal"),
    ("o", ("link",), "Está abajo del todo, donde pone Trámites"),
    ("o", ("web",), "Prueba con otro navegador, a mí con Chrome no iba y con Firefox sí"),
    ("o", ("c/web", "q/web", "phone"), "A mí me pasó lo mismo y al final fui a la oficina"),
    ("o", ("web",), "Pues yo lo presenté ayer sin problema, igual es cosa del móvil"),
    ("o", ("q/plazo",), "Creo que es hasta el 20, pero no estoy seguro"),
    ("o", ("phone", "resolucion"), "Yo llamé al 012 y me dijeron que esperara"),
    ("o", ("web",), "Ojo, hay que marcar la casilla de abajo del todo, si no no se guarda"),
    ("o", ("clave",), "Con el DNI electrónico también se puede, yo lo hice así"),
    ("o", ("cita",), "A mí me ayudaron en la oficina de Torrent, muy majos"),
    ("o", ("clave",), "Yo me hice la Cl@ve por videollamada en 10 minutos, prueba"),
    ("o", ("q/requisitos",), "Yo estoy en la misma situación, a ver si contestan"),
    ("o", ("q/requisitos",), "En mi oficina me dijeron que sí, pero mejor que te lo confirmen"),
    ("o", ("q/curso",), "En el buscador salen por municipio, yo encontré uno al lado de casa"),
    ("o", ("q/curso",), "Yo hice uno online el año pasado y bien, vas a tu ritmo"),
    ("o", ("q/curso",), "Los presenciales se llenan en dos días, date prisa"),
    ("o", ("q/documentos",), "Yo no subí nada más que el DNI y me lo aceptaron"),
    ("c", ("resolucion",), "Mi vecina la pidió el año pasado y tardaron 5 meses en pagarle"),
    ("q", ("web", "q/requisitos"), "¿Estás inscrita como demandante? Porque si no, no te deja"),
    ("q", ("documentos", "q/requisitos"), "¿Y a ti te pidieron el empadronamiento?"),
    ("q", ("web", "clave"), "¿Tú lo has hecho desde el móvil o desde el ordenador?"),
    ("q", ("q",), "x cierto, sabéis si hay que imprimir algo?"),
    ("c", ("c/web",), "Y luego dicen que hay que formarse. Con qué, si no funciona ni la web"),
    ("t", ("tip",), "Gracias por el truco, me ha funcionado!"),
    ("c", ("tip",), "Pues yo lo he intentado así y nada"),
]

REPLY_CA = [
    ("c", ("c/web", "c/phone", "c/cita"), "A mi igual, no hi ha manera"),
    ("c", ("resolucion",), "Jo porte des de gener esperant"),
    ("c", ("c/cita", "c/resolucion", "c/phone"), "I tant, a mi em van dir el mateix fa un mes"),
    ("c", ("c/phone", "q"), "Ací ningú respon mai"),
    ("o", ("c",), "Ànim!"),
    ("o", ("c",), "Tens tota la raó"),
    ("o", ("c", "q"), "Ídem"),
    ("o", ("c/web",), "Jajaja és així"),
    ("q", ("q",), "Jo també vull saber-ho"),
    ("q", ("web", "clave"), "Tu ho has pogut fer amb el mòbil?"),
    ("t", ("tip",), "Gràcies pel consell!"),
]

REPLY_CA_AYUDAS = [
    ("o", ("link", "web"), "Has d'entrar per la seu electrònica, no per la web normal"),
    ("o", ("web",), "Prova amb un altre navegador, a mi amb el mòbil no anava"),
    ("o", ("web", "cita"), "A mi m'ho van resoldre a l'oficina de Gandia en deu minuts"),
    ("o", ("q/plazo",), "Crec que és fins al 20 de març"),
    ("o", ("link",), "Mira a la part de baix de la pàgina, on posa Tràmits"),
    ("o", ("q/requisitos",), "Jo estic igual, a vore si contesten"),
    ("o", ("q/curso",), "Al cercador ix per municipi, jo en vaig trobar un al costat de casa"),
    ("o", ("q/curso",), "La meua cunyada en va fer un en línia i molt bé"),
    ("q", ("confirm",), "algú ha rebut el correu de confirmació? jo no"),
    ("c", ("c/web",), "I després diuen que falta gent formada. Formada amb què, si no va ni la web"),
]

REPLY_EN = [
    ("c", ("c/web", "q/web"), "same here, can't even log in"),
    ("o", ("web", "link"), "Try the Spanish version of the page, the English one is broken"),
    ("q", ("q",), "Did you get an answer in the end?"),
    ("t", ("tip",), "Thanks, that worked!"),
]

REPLY_EURES = {
    "es": [("o", ("eures",), "Mi prima se fue a Irlanda con EURES y encantada"),
           ("o", ("q/eures", "c/general"), "Yo fui el año pasado, merece la pena aunque sea para practicar"),
           ("c", ("confirm", "c/web"), "A mí tampoco me llegó nada, y eso que me inscribí el primer día"),
           ("q", ("q/eures",), "¿Tú sabes si hay que llevar el título traducido?")],
    "en": [("o", ("q/eures", "c/general"), "I went last year, it's worth it even just for the contacts"),
           ("c", ("confirm",), "Same, never got mine either"),
           ("q", ("q",), "Did you find out? I'm wondering the same")],
}

REPLY_CURSOS = {
    "ca": [("o", ("q/curso",), "Jo el vaig fer i em va anar molt bé"),
           ("c", ("c/curso",), "A mi em passa igual, sempre ple o massa lluny"),
           ("o", ("q/curso",), "Jo també m'he apuntat, a vore si diuen alguna cosa")],
}

REPLY_HORARIO = {
    "es": [("o", ("oficinas",), "En Gandia sí, lo pone en la lista"),
           ("c", ("c/cita",), "En la mía igual, hasta mayo nada")],
}

# The friend tagged in a comment answering it.
TAGGED = {
    "es": [("t", ("tag",), "Gracias!! ya lo he visto"), ("o", ("tag",), "Ya me apunté ayer jaja"),
           ("t", ("tag",), "Uy gracias, ahora lo miro"), ("o", ("tag",), "Ya te digo yo que no llego, trabajo de mañanas 😩")],
    "ca": [("t", ("tag",), "Gràcies! ara ho mire"), ("o", ("tag",), "Ja m'hi vaig apuntar ahir 😉")],
    "en": [("t", ("tag",), "Thanks! I'll have a look")],
}

# The author of a comment coming back after the page answered.
FOLLOW = {
    "es": [("t", ("q", "c"), "Muchas gracias!"), ("t", ("q", "c"), "Vale, gracias"),
           ("t", ("web",), "gracias, ya me ha salido"),
           ("t", ("q",), "Perfecto, muchas gracias por la rapidez"),
           ("t", ("q",), "👍 gracias"), ("t", ("q",), "Genial, gracias por responder"),
           ("c", ("web",), "Ya lo he hecho y sigue sin funcionar"),
           ("c", ("q",), "Eso ya lo sé, lo que pregunto es otra cosa"),
           ("c", ("c",), "Os escribí por privado hace días y tampoco contestáis"),
           ("q", ("cita", "clave", "link"), "Vale, ¿y si no tengo certificado digital?",
            "Sin certificado puedes usar Cl@ve PIN; te la activan en cualquier oficina o por videollamada."),
           ("q", ("requisitos",), "¿Y si además estoy en ERTE, cambia algo?",
            "En ERTE puedes hacer el curso, pero la ayuda económica es solo para personas desempleadas.")],
    "ca": [("t", ("q", "c"), "Moltes gràcies!!"), ("t", ("q", "c"), "D'acord, gràcies"),
           ("t", ("q",), "Perfecte, gràcies per la resposta"),
           ("c", ("web",), "Ja ho he fet i continua igual"),
           ("q", ("cita", "link"), "I si no tinc Cl@ve?",
            "Pots activar Cl@ve PIN en qualsevol oficina o per videotrucada, és molt ràpid.")],
    "en": [("t", ("q", "c"), "Thanks!"), ("t", ("q",), "ok thx"),
           ("c", ("web",), "I did that already and it still fails")],
}

# ---------------------------------------------------------------------------
# What the page writes.  A greeting with the first name is added by code.
# ---------------------------------------------------------------------------

PAGE_TOPIC = {
    "es": {
        "web": ["Estamos teniendo incidencias en la sede por el volumen de accesos. Inténtalo de nuevo en unas horas; el plazo está abierto hasta el 20 de marzo, no hace falta hacerlo hoy.",
                "Ya está restablecido el acceso a la sede. Si te sigue dando error, escríbenos por privado con una captura de pantalla y lo revisamos.",
                "Sentimos las molestias. Prueba desde un ordenador y con el navegador actualizado; si persiste, mándanos una captura por privado."],
        "phone": ["Sentimos las molestias. Estos días las líneas están saturadas. Puedes escribirnos por privado tu consulta o pedir cita en tu oficina desde la web.",
                  "Entendemos tu enfado. Hemos reforzado la atención telefónica esta semana; mientras tanto, por mensaje privado te respondemos en el día."],
        "plazo": ["El plazo va del 2 al 20 de marzo, ambos incluidos. Son días naturales y la sede está abierta las 24 horas."],
        "resolucion": ["Sentimos el retraso. Escríbenos por privado con tu DNI y consultamos el estado de tu expediente con el servicio gestor.",
                       "La convocatoria anterior se está resolviendo por orden de presentación. Te escribimos por privado para revisar tu caso."],
        "cita": ["No hace falta cita: la solicitud es online. Si necesitas ayuda para rellenarla, en las oficinas te atienden con cita previa.",
                 "Sentimos la espera. Si nos escribes por privado te buscamos el primer hueco disponible en tu oficina."],
        "requisitos": ["Tienes todos los requisitos en la convocatoria (enlace en la publicación). Si tienes una duda concreta, escríbenos por privado y te lo miramos."],
        "c/requisitos": ["Tomamos nota. Esta convocatoria tiene una línea específica para personas mayores de 45 años; si nos das más datos por privado, te decimos si encajas."],
        "curso": ["En el buscador de cursos puedes filtrar por municipio, modalidad (presencial o en línea) y horario."],
        "c/curso": ["Entendemos la queja. Este año hay más cursos en línea precisamente para llegar a todos los municipios."],
        "documentos": ["Solo necesitas el DNI o NIE en vigor y un número de cuenta a tu nombre. La inscripción como demandante y el empadronamiento los consultamos nosotros."],
        "eures": ["Tienes toda la información de la jornada en ocupaciovalenciana.example/eures. Si no encuentras lo que buscas, escríbenos por privado."],
        "link": ["El enlace está en la publicación: ocupaciovalenciana.example/activa2026."],
        "clave": ["Puedes identificarte con Cl@ve PIN, Cl@ve permanente o certificado digital. Si no tienes ninguno, en las oficinas te activan Cl@ve PIN en el momento."],
        "confirm": ["El correo puede tardar unas horas; revisa también la carpeta de spam. El justificante en PDF que descargas al final vale igual."],
        "ask": ["Lo consultamos con el servicio y te respondemos por aquí.",
                "Escríbenos por privado con tus datos y te lo confirmamos."],
        "general": ["Sentimos tu malestar. Si nos cuentas tu caso por privado, lo revisamos.",
                    "Entendemos la queja y la trasladamos al servicio. Gracias por tu paciencia.",
                    "Gracias por escribirnos. Si nos das más datos por privado, te podemos ayudar mejor."],
    },
    "ca": {
        "web": ["Estem tenint incidències en la seu pel volum d'accessos. Torna-ho a provar d'ací a unes hores; el termini està obert fins al 20 de març.",
                "Ja s'ha restablit l'accés. Si continua donant-te error, escriu-nos per privat amb una captura de pantalla."],
        "phone": ["Sentim les molèsties. Aquests dies les línies estan saturades; escriu-nos per privat i et responem en el dia."],
        "plazo": ["El termini és del 2 al 20 de març, tots dos inclosos."],
        "resolucion": ["Sentim el retard. T'escrivim per privat per a revisar el teu expedient.",
                       "Escriu-nos per privat amb el teu DNI i consultem l'estat de l'expedient."],
        "cita": ["No cal cita: la sol·licitud es fa en línia. Si necessites ajuda, a les oficines t'atenen amb cita prèvia.",
                 "Sentim l'espera. Escriu-nos per privat i et busquem la primera cita lliure."],
        "requisitos": ["Tens tots els requisits a la convocatòria (enllaç a la publicació). Si tens un dubte concret, escriu-nos per privat."],
        "curso": ["Al cercador de cursos pots filtrar per municipi, modalitat i horari."],
        "c/curso": ["Ho entenem. Enguany hi ha més cursos en línia precisament per a arribar a tots els municipis, i en programarem més a la tardor."],
        "documentos": ["Només cal el DNI o NIE en vigor i un compte bancari a nom teu."],
        "eures": ["Tens tota la informació a ocupaciovalenciana.example/eures."],
        "link": ["L'enllaç és a la publicació: ocupaciovalenciana.example/activa2026."],
        "clave": ["Et pots identificar amb Cl@ve PIN, Cl@ve permanent o certificat digital. Si no en tens cap, a les oficines t'activen Cl@ve PIN en el moment."],
        "confirm": ["El correu pot tardar unes hores; mira també en la carpeta de correu brossa. El justificant en PDF val igual."],
        "ask": ["Ho consultem amb el servei i et responem per ací.",
                "Escriu-nos per privat amb les teues dades i t'ho confirmem."],
        "general": ["Sentim el malestar. Si ens contes el cas per privat, el revisem.",
                    "Entenem la queixa i la traslladem al servei. Gràcies per la paciència."],
    },
    "en": {
        "web": ["Sorry about that. The website was overloaded; it's working again now. If it still fails, send us a screenshot by private message.",
                "Sorry for the trouble. We had a problem with the website this morning and it's fixed now. Please try again."],
        "phone": ["Sorry, the phone lines are very busy this week. Send us a private message and we'll get back to you today."],
        "requisitos": ["You'll find all the requirements at the link in the post. If you have a specific question, send us a private message."],
        "curso": ["You can filter courses by town and by online/in person in the course finder."],
        "eures": ["You'll find all the details at ocupaciovalenciana.example/eures. If not, send us a private message and we'll check."],
        "clave": ["You can identify yourself with Cl@ve PIN, which any of our offices can activate for you on the spot. A digital certificate is not required."],
        "confirm": ["The confirmation email can take a few hours; please check your spam folder. If it doesn't arrive, send us a private message."],
        "ask": ["We're checking with the team and will get back to you here.",
                "Please send us a private message with your details and we'll confirm."],
        "general": ["Sorry to hear that. Please send us a private message with your details and we'll look into it.",
                    "Thanks for the feedback, we'll pass it on to the EURES team."],
    },
}

# Context-specific texts first, then PAGE_TOPIC.
PAGE_TOPIC_CTX = {
    ("horario", "es"): {
        "cita": ["Sentimos la espera. Con el horario de tarde abrimos más citas cada semana; prueba de nuevo a partir del lunes o escríbenos por privado y lo miramos.",
                 "Lo sentimos. Escríbenos por privado con tu DNI y revisamos qué ha pasado con tu cita."],
        "general": ["Entendemos la preocupación. El horario de tarde se cubre con personal de refuerzo, no con el de la mañana.",
                    "Gracias por la opinión, la trasladamos al servicio."],
    },
    ("horario", "ca"): {
        "cita": ["Sentim l'espera. Amb l'horari de vesprada obrim més cites cada setmana; torna-ho a provar a partir de dilluns o escriu-nos per privat."],
        "general": ["Entenem la preocupació. L'horari de vesprada es cobreix amb personal de reforç, no amb el del matí."],
    },
    ("eures", "es"): {
        "general": ["Entendemos lo que dices. EURES es una opción más: en la web también tienes todas las ofertas de empleo de la Comunitat.",
                    "Gracias por tu opinión, se la trasladamos al equipo EURES."],
    },
    ("cursos", "ca"): {
        "c/curso": ["Ho entenem. Enguany hi ha més cursos en línia per a arribar a tots els municipis, i a la tardor en programarem més a les comarques.",
                  "Gràcies per dir-ho: ho traslladem a la programació de la tardor."],
    },
    ("cursos", "es"): {
        "c/curso": ["Tomamos nota. En la programación de otoño habrá más cursos en las comarcas."],
    },
}

PAGE_THANKS_CTX = {
    ("eures", "es"): ["¡Te esperamos, {first}! 😊", "¡Gracias a ti, {first}! Nos vemos el 18."],
    ("eures", "en"): ["Thanks, {first}, see you there!", "Thank you, {first}! 😊"],
}

PAGE_THANKS = {
    "es": ["¡Gracias a ti, {first}! 😊", "Gracias por tus palabras, {first}. Se lo haremos llegar al equipo.",
           "¡Qué bien, {first}! Gracias por contárnoslo."],
    "ca": ["Gràcies a tu, {first}! 😊", "Moltes gràcies per les teues paraules, {first}."],
    "en": ["Thank you, {first}! 😊", "Thanks a lot, {first}!"],
}

# Greetings before 14:00 and after, Madrid time.
PAGE_GREET = {
    "es": (["Hola, {first}. ", "Buenos días, {first}. ", "Hola {first}, ", "{first}, "],
           ["Hola, {first}. ", "Buenas tardes, {first}. ", "Hola {first}, ", "{first}, "]),
    "ca": (["Hola, {first}. ", "Bon dia, {first}. ", "Hola {first}, "],
           ["Hola, {first}. ", "Bona vesprada, {first}. ", "Hola {first}, "]),
    "en": (["Hi {first}, ", "Hello {first}. ", "Hi {first}! "],
           ["Hi {first}, ", "Hello {first}. ", "Hi {first}! "]),
}

SIGNATURES = [" — JL", " ^MS", " /AG"]

# ---------------------------------------------------------------------------
# People.  Names are combined from these lists and checked so that no name is
# contained, as whole words, in another one.
# ---------------------------------------------------------------------------

FIRST_ES = ["Laura", "Marta", "Carmen", "Lucía", "Pilar", "Isabel", "Cristina", "Raquel", "Elena",
            "Silvia", "Patricia", "Beatriz", "Sonia", "Alicia", "Encarna", "Inma", "Verónica", "Yolanda",
            "Sergio", "Javier", "Carlos", "Antonio", "Manuel", "David", "Francisco", "Miguel Ángel",
            "José Luis", "Juan Carlos", "Alberto", "Óscar", "Raúl", "Daniel", "Pablo", "Adrián",
            "Jesús", "Rafael", "Ángel", "Mari Carmen", "Susana", "Rocío", "Gloria", "Tamara", "Jorge",
            "Héctor", "Nacho", "Eva", "Paqui", "Rubén"]
FIRST_CA = ["Vicent", "Pau", "Jordi", "Joan", "Josep", "Salva", "Ximo", "Pep", "Amparo", "Neus",
            "Empar", "Maria", "Roser", "Mireia", "Júlia", "Laia", "Núria", "Carme", "Fina", "Teresa",
            "Joana", "Aitana", "Paula", "Alba", "Clara", "Enric", "Vicenta", "Xelo", "Borja", "Lluís",
            "Sara", "Marc"]
SURNAMES = ["Soler", "Martí", "Vidal", "Bellver", "Lloret", "Pellicer", "Sanchis", "Ortolà",
            "Carbonell", "Navarro", "García", "López", "Sánchez", "Pérez", "Gómez", "Ruiz",
            "Hernández", "Giménez", "Cervera", "Escrivà", "Alborch", "Ribes", "Cano", "Serrano",
            "Estellés", "Andrés", "Bou", "Muñoz", "Torres", "Domínguez", "Boix", "Company", "Fuster",
            "Llorca", "Ramírez", "Ortega", "Moll", "Grau", "Aparici", "Tarazona", "Ferri", "Chulià",
            "Belda", "Mira", "Albert", "Garrido", "Rubio", "Medina", "Esteve", "Reig", "Juan", "Alemany"]
EN_NAMES = ["Sarah Collins", "Tom Becker", "Ilse van Dijk", "Olena Kovalenko", "Andrei Popescu",
            "Fatima Zahra El Idrissi", "Giulia Romano", "Lukas Schneider", "Emma Walsh", "Aisha Bello",
            "Niamh Byrne", "Pieter de Wit", "Hannah Fischer", "James Okafor"]
ONE_WORD = [("Mari", "es"), ("Kike", "es"), ("Pepelu", "es"), ("Nuri", "ca")]


# ---------------------------------------------------------------------------
# Time: epoch seconds internally; Madrid wall clock only for schedules and CSV.
# ---------------------------------------------------------------------------

def last_sunday(year, month):
    d = datetime.date(year, month, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def madrid_offset(t):
    """UTC offset of Europe/Madrid at epoch t (EU rule: last Sundays of
    March and October at 01:00 UTC)."""
    y = datetime.datetime.fromtimestamp(t, UTC).year
    a, b = last_sunday(y, 3), last_sunday(y, 10)
    start = int(datetime.datetime(y, 3, a.day, 1, tzinfo=UTC).timestamp())
    end = int(datetime.datetime(y, 10, b.day, 1, tzinfo=UTC).timestamp())
    return 7200 if start <= t < end else 3600


def local_dt(t):
    return datetime.datetime.fromtimestamp(t + madrid_offset(t), UTC).replace(tzinfo=None)


def local_ts(day, hms):
    """Epoch of Madrid wall clock `hms` ("HH:MM[:SS]", "24:00" allowed) on date `day`."""
    parts = [int(x) for x in hms.split(":")] + [0]
    h, m, s = parts[0], parts[1], parts[2]
    base = datetime.datetime(day.year, day.month, day.day, tzinfo=UTC) + \
        datetime.timedelta(hours=h, minutes=m, seconds=s)
    naive = int(base.timestamp())
    for off in (3600, 7200):
        if madrid_offset(naive - off) == off:
            return naive - off
    raise ValueError("wall time in the DST gap: %s %s" % (day, hms))


def fb_time(t):
    return datetime.datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def madrid_iso(t):
    off = madrid_offset(t)
    s = datetime.datetime.fromtimestamp(t + off, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return "%s+%02d:00" % (s, off // 3600)


# ---------------------------------------------------------------------------
# Rules shared by the generator and the checker.
# ---------------------------------------------------------------------------

def fold(s):
    """Lower case without accents: NFD, drop combining marks, casefold."""
    s = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()


def mentions(name, text):
    """True when `text` contains display name `name` (two words or more) as
    whole words, ignoring case and accents.  A word boundary is any
    character that is not a letter or digit; words are separated by
    whitespace in the text."""
    words = fold(name).split()
    if len(words) < 2:
        return False
    pat = r"(?<![^\W_])" + r"\s+".join(re.escape(w) for w in words) + r"(?![^\W_])"
    return re.search(pat, fold(text)) is not None


def needs_no_answer(text):
    return not any(ch.isalnum() for ch in text)


RULE_RANK = {"direct": 0, "branch": 1, "mention": 2}


def coverage(recs):
    """recs: records of one thread (dicts with id, parent, author_id, author,
    time, text), the post included.  Returns one row per citizen comment:
    (rec, status, rule, answer_id, wait_s)."""
    by_id = {r["id"]: r for r in recs}
    post = [r for r in recs if r["parent"] is None]
    assert len(post) == 1
    post_id = post[0]["id"]
    official = [r for r in recs if r["author_id"] == PAGE_ID and r["parent"] is not None]
    anc = {}
    for r in official:
        seen, p = set(), r["parent"]
        while p is not None:
            seen.add(p)
            p = by_id[p]["parent"]
        anc[r["id"]] = seen
    rows = []
    for c in recs:
        if c["parent"] is None or c["author_id"] == PAGE_ID:
            continue
        best = None
        for r in official:
            if r["time"] < c["time"]:
                continue
            if c["id"] in anc[r["id"]]:
                rule = "direct"
            elif r["parent"] == c["parent"] and c["parent"] != post_id and r["id"] != c["id"]:
                rule = "branch"
            elif mentions(c["author"], r["text"]):
                rule = "mention"
            else:
                continue
            key = (r["time"], RULE_RANK[rule], len(r["id"]), r["id"])
            if best is None or key < best[0]:
                best = (key, r, rule)
        if best:
            rows.append((c, "answered", best[2], best[1]["id"], best[1]["time"] - c["time"]))
        elif needs_no_answer(c["text"]):
            rows.append((c, "not_needed", "", "", ""))
        else:
            rows.append((c, "unanswered", "", "", ""))
    return rows


# ---------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------

class Person:
    def __init__(self, pid, name, lang):
        self.id, self.name, self.lang = pid, name, lang
        self.first = name.split()[0]


PAGE = Person(PAGE_ID, PAGE_NAME, None)


class Msg:
    def __init__(self, thread, parent, author, t, text, label, lang, attachment):
        self.thread, self.parent, self.author, self.time = thread, parent, author, t
        self.text, self.label, self.lang, self.attachment = text, label, lang, attachment
        self.children, self.id, self.entry = [], None, None
        self.tags = []          # full names the page deliberately wrote in its text
        self.depth = 0 if parent is None else parent.depth + 1

    @property
    def official(self):
        return self.author is PAGE


class Thread:
    def __init__(self, slug, ctx, t, text, order="chronological", main_lang="es"):
        self.slug, self.ctx, self.order, self.main_lang = slug, ctx, order, main_lang
        self.post = Msg(self, None, PAGE, t, text, None, None, None)
        self.msgs = [self.post]
        self.people = []        # citizens who wrote here, in order of first comment

    def add(self, parent, author, t, text, label=None, lang=None, attachment=None, tags=()):
        assert t >= parent.time, (self.slug, text)
        m = Msg(self, parent, author, t, text, label, lang, attachment)
        m.seq = len(self.msgs)
        m.tags = list(tags)
        parent.children.append(m)
        self.msgs.append(m)
        if author is not PAGE and author not in self.people:
            self.people.append(author)
        return m

    def assign_ids(self, rng, clock):
        """Facebook-like ids: they grow with time, comment ids carry the post
        suffix."""
        self.post_suffix = clock(self.post.time, rng)
        self.post.id = PAGE_ID + "_" + self.post_suffix
        last = int(self.post_suffix)
        for m in sorted(self.msgs[1:], key=lambda m: (m.time, m.seq)):
            n = max(last + 1 + rng.randrange(0, 7), int(clock(m.time, rng)))
            last = n
            m.id = self.post_suffix + "_" + str(n)

    def citizen_msgs(self):
        return [m for m in self.msgs[1:] if not m.official]


def id_clock(t, rng):
    base = 1_220_000_000_000_000
    t0 = 1_772_000_000          # 2026-02-25
    return str(base + (t - t0) * 1000 + rng.randrange(0, 900))


# ---------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------

class Pools:
    """Hand-written messages, each handed out at most twice (once while
    unused ones remain)."""

    def __init__(self, rng):
        self.rng = rng
        self.pools = {}
        self.uses = {}
        self.where = {}         # text -> threads it was used in
        self.thread = None      # the thread being written

    def add(self, key, entries):
        lst = self.pools.setdefault(key, [])
        for e in entries:
            topic = e[1] if e[1] or "{f}" not in e[2] else "tag"
            lst.append({"label": e[0], "topic": topic, "text": e[2],
                        "answer": e[3] if len(e) > 3 else None})

    def draw_possible(self, key):
        return any(self.uses.get(e["text"], 0) < 2 and self.thread not in self.where.get(e["text"], ())
                   for e in self.pools.get(key, []))

    def draw(self, key, label=None, topic=None, max_use=2, fits=None):
        """An entry of pool `key` used fewer than `max_use` times, or None.
        With `fits` (a set of parent labels and topics), only entries whose
        fit list meets it."""
        cand = [e for e in self.pools.get(key, [])
                if self.uses.get(e["text"], 0) < max_use and (label is None or e["label"] == label)
                and self.thread not in self.where.get(e["text"], ())
                and (fits is None or fits & set(e["topic"]))]
        if not cand:
            return None
        low = min(self.uses.get(e["text"], 0) for e in cand)
        cand = [e for e in cand if self.uses.get(e["text"], 0) == low]
        if topic:
            pref = [e for e in cand if e["topic"] == topic]
            if pref:
                cand = pref
        e = self.rng.choice(cand)
        self.uses[e["text"]] = self.uses.get(e["text"], 0) + 1
        self.where.setdefault(e["text"], set()).add(self.thread)
        return e


def fit_tokens(m):
    """What a reply may be written under: the label, the topic, both."""
    topic = (m.entry or {}).get("topic")
    return {m.label, topic, "%s/%s" % (m.label, topic)}


def lower_first(s):
    """Lower-case the first letter after "Hola Ana, ", unless it starts an
    acronym (IMV, EURES)."""
    w = s.split()[0]
    if len(w) > 1 and w.isupper():
        return s
    return s[0].lower() + s[1:]


def wchoice(rng, weights):
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def sample_times(rng, n, segments):
    """n instants spread over (start, end, weight) segments, sorted."""
    w = [s[2] for s in segments]
    out = []
    for _ in range(n):
        a, b, _w = rng.choices(segments, w)[0]
        out.append(rng.randrange(a, b))
    return sorted(out)


def segs(day0, spec):
    """spec: (day offset, "HH:MM", "HH:MM", weight) in Madrid time."""
    out = []
    for d, a, b, w in spec:
        day = day0 + datetime.timedelta(days=d)
        out.append((local_ts(day, a), local_ts(day, b), w))
    return out


def is_workday(ldt):
    return ldt.weekday() < 5


def page_time(rng, t, evening_p=0.15):
    """When the community manager gets to a comment written at t: office
    hours 08:00-15:00 Madrid on workdays, sometimes an evening round."""
    lt = local_dt(t)
    if is_workday(lt) and 8 <= lt.hour < 15:
        r = t + 90 + int(min(rng.lognormvariate(math.log(35 * 60), 0.8), 5 * 3600))
        if local_dt(r).hour < 15 and local_dt(r).date() == lt.date():
            return r
    if is_workday(lt) and lt.hour < 20 and rng.random() < evening_p:
        start = max(t + 300, local_ts(lt.date(), "18:30"))
        r = start + rng.randrange(0, 5400)
        if local_dt(r).hour < 22:
            return r
    d = lt.date()
    if not (is_workday(lt) and lt.hour < 8):
        d += datetime.timedelta(days=1)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return max(t + 60, local_ts(d, "08:00") + int(min(rng.lognormvariate(math.log(80 * 60), 0.7),
                                                       6 * 3600)))


def reply_delay(rng, t, mean_s=2400):
    r = t + 30 + int(rng.expovariate(1.0 / mean_s))
    lt = local_dt(r)
    if 1 <= lt.hour < 7 and rng.random() < 0.85:
        r = local_ts(lt.date(), "07:30") + rng.randrange(0, 9000)
    return r


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.pools = Pools(self.rng)
        self.people = {"es": [], "ca": [], "en": []}
        self.all_people = []
        self.used_ids = {PAGE_ID}
        self.reserved = set()
        self.special = {}        # name -> list of (description, Msg)
        self.threads = []
        self.make_people()
        self.load_pools()

    # -- people -------------------------------------------------------------
    def new_id(self):
        while True:
            pid = str(self.rng.randrange(10 ** 15, 10 ** 17))
            if pid not in self.used_ids:
                self.used_ids.add(pid)
                return pid

    def name_ok(self, name, allow_same=False):
        f = fold(name)
        for p in self.all_people:
            g = fold(p.name)
            if f == g:
                if allow_same:
                    continue
                return False
            if mentions(name, p.name) or mentions(p.name, name):
                return False
        return True

    def person(self, name, lang, reserved=False, allow_same=False):
        assert self.name_ok(name, allow_same), name
        p = Person(self.new_id(), name, lang)
        self.all_people.append(p)
        if reserved:
            self.reserved.add(p)
        else:
            self.people[lang].append(p)
        return p

    def make_people(self):
        rng = self.rng
        R = {}
        # Reserved people for the scripted special cases.
        for key, name, lang in [
                ("laura1", "Laura Martínez", "es"), ("ruben", "Rubén Castelló", "es"),
                ("consol", "Consol Bataller", "ca"), ("angels", "Àngels Ferrández", "ca"),
                ("xavier", "Xavier Roig Mas", "ca"), ("vicent", "Vicent Ferrer Climent", "es"),
                ("mascarell", "Toni Mascarell", "ca"), ("tonimas", "Toni Mas", "ca"),
                ("rosap", "Rosa Pellicer Boscà", "ca"), ("ivan", "Iván Moreno", "es"),
                ("marina", "Marina Sendra", "ca"), ("noelia", "Noelia Romero", "es"),
                ("sergio", "Sergio Blasco", "es"), ("remei", "Remei Vercher", "ca"),
                ("beatriz", "Beatriz Catalá", "es"), ("alvaro", "Álvaro Peris", "es"),
                ("carmen", "Carmen Segarra", "es"), ("silvia", "Silvia Monzó", "es"),
                ("paullopis", "Pau Llopis", "ca"), ("fernando", "Fernando Gil", "es"),
                ("rosac", "Rosa Císcar", "es"), ("quique", "Quique Tormo", "ca"),
                ("lorena", "Lorena Puig", "es")]:
            R[key] = self.person(name, lang, reserved=True)
        R["laura2"] = self.person("Laura Martínez", "es", reserved=True, allow_same=True)
        self.R = R
        # Ordinary people.
        for lang, firsts, n in (("es", FIRST_ES, 56), ("ca", FIRST_CA, 40)):
            made = 0
            while made < n:
                name = rng.choice(firsts) + " " + rng.choice(SURNAMES)
                if rng.random() < 0.22:
                    name += " " + rng.choice(SURNAMES)
                if self.name_ok(name):
                    self.person(name, lang)
                    made += 1
        for name in EN_NAMES:
            self.person(name, "en")
        for name, lang in ONE_WORD:
            self.person(name, lang)

    def pick_author(self, th, lang, p_repeat=0.2, exclude=()):
        rng = self.rng
        cand_lang = [lang] if lang != "es" else ["es", "ca"]
        here = [p for p in th.people if p.lang in cand_lang and p not in exclude
                and p not in self.reserved]
        if here and rng.random() < p_repeat:
            return rng.choice(here)
        fresh = [p for p in self.people[lang] if not getattr(p, "used", False) and p not in exclude]
        if lang == "es" and rng.random() < 0.25:
            fresh = [p for p in self.people["ca"] if not getattr(p, "used", False)] or fresh
        if not fresh or rng.random() < 0.12:
            fresh = [p for p in self.people[lang] if p not in th.people and p not in exclude] or fresh
        if not fresh:
            fresh = [p for p in self.people[lang] if p not in exclude]
        p = rng.choice(fresh)
        p.used = True
        return p

    def friends(self, text, author, out=None):
        """Fill "{f}"/"{f2}" with other people's names; append them to out."""
        others = [p for p in self.all_people if p is not author and p not in self.reserved
                  and len(p.name.split()) > 1]
        for key in ("{f}", "{f2}"):
            if key in text:
                f = self.rng.choice([p for p in others if out is None or p not in out])
                text = text.replace(key, f.name)
                if out is not None:
                    out.append(f)
        return text

    # -- pools ----------------------------------------------------------------
    def load_pools(self):
        P = self.pools
        P.add(("ayudas", "es"), AYUDAS_ES)
        P.add(("ayudas", "ca"), AYUDAS_CA)
        P.add(("ayudas", "en"), AYUDAS_EN)
        P.add(("cursos", "ca"), CURSOS_CA)
        P.add(("cursos", "es"), CURSOS_ES)
        P.add(("cursos", "en"), CURSOS_EN)
        P.add(("eures", "es"), EURES_ES)
        P.add(("eures", "en"), EURES_EN)
        P.add(("eures", "ca"), EURES_CA)
        P.add(("horario", "es"), HORARIO_ES)
        P.add(("horario", "ca"), HORARIO_CA)
        P.add(("reply", "es"), REPLY_ES)
        P.add(("reply", "ca"), REPLY_CA)
        P.add(("reply", "en"), REPLY_EN)
        P.add(("reply-ayudas", "es"), REPLY_ES_AYUDAS)
        P.add(("reply-ayudas", "ca"), REPLY_CA_AYUDAS)
        for lang, lst in REPLY_EURES.items():
            P.add(("reply-eures", lang), lst)
        for lang, lst in REPLY_CURSOS.items():
            P.add(("reply-cursos", lang), lst)
        for lang, lst in REPLY_HORARIO.items():
            P.add(("reply-horario", lang), lst)
        for lang, lst in FOLLOW.items():
            P.add(("follow", lang), lst)
        for lang, lst in TAGGED.items():
            P.add(("tagged", lang), lst)

    def top_entry(self, ctx, lang, label, topic=None):
        """Unused messages first: the intended label, then any label; only
        then a second use."""
        P = self.pools
        order = [label] + [x for x in ("q", "c", "o", "t") if x != label]
        for max_use in (1, 2):
            for lab in order:
                e = P.draw((ctx, lang), lab, topic, max_use)
                if e:
                    return e
        raise RuntimeError("no message left for %s %s" % (ctx, lang))

    def reply_entry(self, ctx, lang, parent):
        """A citizen reply that makes sense under `parent`, or None."""
        P = self.pools
        fits = fit_tokens(parent)
        keys = [("reply-" + ctx, lang), ("reply", lang)]
        if self.rng.random() < 0.35:
            keys.reverse()
        for max_use in (1, 2):
            for key in keys:
                e = P.draw(key, None, None, max_use, fits)
                if e:
                    return e
        return None

    # -- page text ----------------------------------------------------------
    def greeting(self, lang, t, first):
        return self.rng.choice(PAGE_GREET[lang][local_dt(t).hour >= 14]).format(first=first)

    def page_answer(self, m, lang, t, tag_p=0.18, sign_p=0.4, base=None, greet=True):
        """A community-manager reply, written at t, to citizen comment m."""
        rng = self.rng
        lang = lang if lang in PAGE_TOPIC else "es"
        e = m.entry or {}
        ctx = m.thread.ctx
        if base is None:
            if m.label == "t":
                body = rng.choice(PAGE_THANKS_CTX.get((ctx, lang)) or PAGE_THANKS[lang]).format(
                    first=m.author.first)
                greet = ""
            else:
                body = e.get("answer")
                if not body:
                    topic = e.get("topic")
                    topic = topic if isinstance(topic, str) else None
                    fallback = "ask" if m.label == "q" else "general"
                    here = PAGE_TOPIC_CTX.get((ctx, lang), {})
                    keys = ["%s/%s" % (m.label, topic), topic, fallback]
                    texts = next(d[k] for k in keys for d in (here, PAGE_TOPIC[lang]) if k in d)
                    body = rng.choice(texts)
                greet = self.greeting(lang, t, m.author.first)
                if greet.endswith(", "):
                    body = lower_first(body)
        else:
            body = base
            greet = self.greeting(lang, t, m.author.first) if greet else ""
            if greet.endswith(", "):
                body = lower_first(body)
        tags = []
        text = greet + body
        if m.author not in self.reserved and len(m.author.name.split()) >= 2 and rng.random() < tag_p:
            text = m.author.name + " " + text    # Facebook puts the tagged full name in the text
            tags.append(m.author.name)
        if rng.random() < sign_p:
            text += rng.choice(SIGNATURES)
        return text, tags

    # -- random part of a thread ----------------------------------------------
    def populate(self, th, ctx, n_top, schedule, lang_w, label_w, p_answer, k_w,
                 evening_p=0.15, burst_until=None, follow_p=0.35, end=None):
        rng = self.rng
        self.pools.thread = th.slug
        tops = []
        for t in sample_times(rng, n_top, schedule):
            lang = wchoice(rng, lang_w)
            while not self.pools.draw_possible((ctx, lang)):
                lang = wchoice(rng, lang_w)
            label = wchoice(rng, label_w)
            topic = "web" if burst_until and t < burst_until and label in "cq" and rng.random() < 0.7 else None
            e = self.top_entry(ctx, lang, label, topic)
            a = self.pick_author(th, lang)
            tagged = []
            m = th.add(th.post, a, t, self.friends(e["text"], a, tagged), e["label"], lang)
            m.entry, m.tagged = e, tagged
            tops.append(m)
        for m in tops:
            topic = m.entry["topic"]
            # other citizens chiming in, in classic Facebook nesting (depth 2)
            if m.label in "cq":
                k = wchoice(rng, k_w)
            elif topic == "tip":
                k = wchoice(rng, {0: 50, 1: 50})
            else:
                k = 0
            for _ in range(k):
                rl = m.lang if rng.random() < 0.75 else wchoice(rng, lang_w)
                e = self.reply_entry(ctx, rl, m)
                if e is None:
                    continue
                a = self.pick_author(th, rl, p_repeat=0.35, exclude=(m.author,))
                t = reply_delay(rng, m.time)
                if end and t > end:
                    continue
                r = th.add(m, a, t, e["text"], e["label"], rl)
                r.entry = e
            if topic == "tag" and rng.random() < 0.5:
                f = m.tagged[0]
                fl = f.lang if f.lang in TAGGED and rng.random() < 0.5 else m.lang
                e = self.pools.draw(("tagged", fl), None, None, 1) or self.pools.draw(("tagged", fl))
                if e:
                    r = th.add(m, f, reply_delay(rng, m.time, 3000), e["text"], e["label"], fl)
                    r.entry = e
            if rng.random() >= p_answer.get(m.label, 0):
                continue
            pt = page_time(rng, m.time, evening_p)
            text, tags = self.page_answer(m, m.lang, pt)
            th.add(m, PAGE, pt, text, tags=tags)
            if m.label not in "cq" or rng.random() >= follow_p:
                continue
            fits = fit_tokens(m)
            want = wchoice(rng, {"t": 65, "c": 20, "q": 15})
            e = (self.pools.draw(("follow", m.lang), want, None, 2, fits)
                 or self.pools.draw(("follow", m.lang), "t", None, 2, fits))
            if e is None:
                continue
            ft = pt + 60 + int(rng.expovariate(1 / 2400.0))
            f = th.add(m, m.author, ft, e["text"], e["label"], m.lang)
            f.entry = e
            if e["label"] in "cq" and rng.random() < 0.5:
                pt2 = page_time(rng, ft, evening_p)
                text, tags = self.page_answer(f, m.lang, pt2)
                th.add(m, PAGE, pt2, text, tags=tags)
        return tops

    def mark(self, key, desc, *msgs):
        self.special.setdefault(key, []).append((desc, msgs))

    # -- thread 1: the heavy one ----------------------------------------------
    def thread_ayudas(self):
        rng, R = self.rng, self.R
        d0 = datetime.date(2026, 3, 2)      # Monday

        def L(day, hms):
            return local_ts(d0 + datetime.timedelta(days=day), hms)

        text = ("📢 Obrim la convocatòria ACTIVA 2026 | Abrimos la convocatoria ACTIVA 2026\n\n"
                "[VAL] Ajudes de 2.400 € per a persones inscrites com a demandants d'ocupació que es formen "
                "en sectors amb demanda, i inscripció en més de 300 cursos gratuïts. Termini: del 2 al 20 de "
                "març. Sol·licitud en la seu electrònica amb Cl@ve o certificat digital.\n\n"
                "[CAST] Ayudas de 2.400 € para personas inscritas como demandantes de empleo que se formen en "
                "sectores con demanda, e inscripción en más de 300 cursos gratuitos. Plazo: del 2 al 20 de "
                "marzo. Solicitud en la sede electrónica con Cl@ve o certificado digital.\n\n"
                "ℹ️ ocupaciovalenciana.example/activa2026")
        th = Thread("post-ayudas-2026-03", "ayudas", L(0, "09:00"), text, main_lang="es")
        self.threads.append(th)
        schedule = segs(d0, [
            (0, "09:00", "09:30", 26), (0, "09:30", "10:00", 16), (0, "10:00", "11:00", 17),
            (0, "11:00", "12:00", 11), (0, "12:00", "13:00", 8), (0, "13:00", "14:00", 6),
            (0, "14:00", "16:00", 9), (0, "16:00", "19:00", 11), (0, "19:00", "22:00", 15),
            (0, "22:00", "24:00", 6), (1, "00:00", "01:00", 1.5), (1, "01:00", "07:00", 0.6),
            (1, "07:00", "09:00", 4), (1, "09:00", "12:00", 8), (1, "12:00", "15:00", 5),
            (1, "15:00", "20:00", 6), (1, "20:00", "24:00", 5), (2, "00:00", "07:00", 0.4),
            (2, "07:00", "12:00", 5), (2, "12:00", "18:00", 4), (2, "18:00", "23:00", 3)])
        self.populate(th, "ayudas", 110, schedule,
                      {"es": 66, "ca": 27, "en": 7}, {"c": 32, "q": 40, "t": 10, "o": 18},
                      {"q": 0.40, "c": 0.28, "t": 0.12}, {0: 58, 1: 22, 2: 12, 3: 6, 4: 2},
                      evening_p=0.3, burst_until=L(0, "10:30"), end=L(2, "23:59"))

        P = PAGE
        # Page top-level comments: under the post, so they answer nobody by branch.
        pt1 = th.add(th.post, P, L(0, "10:41:12"),
               "⚠️ Estem tenint problemes en la seu electrònica per l'elevat nombre d'accessos. Hi estem "
               "treballant. El termini està obert fins al 20 de març: no cal presentar-la hui.\n"
               "⚠️ Estamos teniendo problemas en la sede electrónica por el elevado número de accesos. "
               "Estamos trabajando en ello. El plazo está abierto hasta el 20 de marzo: no hace falta "
               "presentarla hoy.")
        pt2 = th.add(th.post, P, L(0, "12:18:40"),
               "✅ La seu ja funciona amb normalitat. Gràcies per la paciència.\n"
               "✅ La sede ya funciona con normalidad. Gracias por la paciencia.")

        self.mark("page-top-level", "page comments under the post: they answer nobody (the post is "
                  "not a comment, so no branch; no names)", pt1, pt2)

        # Same display name, two people.
        a = th.add(th.post, R["laura1"], L(0, "09:41:27"),
                   "Buenos días! Los cursos de la lista, ¿hay alguno en la comarca de Utiel-Requena? Sin coche lo tengo difícil",
                   "q", "es")
        pa = th.add(a, P, L(0, "11:05:09"),
                    "Hola, Laura. Sí: hay dos cursos presenciales en Utiel y muchos en línea. En el buscador "
                    "puedes filtrar por municipio. — JL")
        b = th.add(th.post, R["laura2"], L(0, "18:22:51"),
                   "Yo me apunté en 2024 al de cocina y todavía estoy esperando que me llamen. Para qué seguir apuntándose",
                   "c", "es")
        self.mark("same-name", "two different citizens named \"Laura Martínez\": the first is answered "
                  "(direct), the second is not", a, b, pa)

        # Never answered despite four comments, one of them a self-reply.
        r1 = th.add(th.post, R["ruben"], L(0, "09:58:03"),
                    "Buenos días, ¿la ayuda es solo para los que están en paro o también para los que quieren mejorar de empleo?",
                    "q", "es")
        r2 = th.add(th.post, R["ruben"], L(0, "13:12:44"),
                    "Os he preguntado esta mañana y nada. ¿Alguien que lo sepa?", "q", "es")
        r3 = th.add(r2, R["ruben"], L(0, "13:20:02"),
                    "Añado: ahora mismo trabajo 10 horas a la semana, por si influye", "o", "es")
        r4 = th.add(th.post, R["ruben"], L(1, "10:47:30"),
                    "Segundo día preguntando lo mismo. Contestáis a todo el mundo menos a mí, será que mi pregunta es muy difícil",
                    "c", "es")
        self.mark("never-answered", "one citizen, four comments (one a reply to himself), never answered",
                  r1, r2, r3, r4)

        # Skipped: an early question left behind while later ones were answered.
        s = th.add(th.post, R["consol"], L(0, "09:14:36"),
                   "Bon dia, si ja vaig cobrar l'ajuda de 2024 puc tornar a demanar-la enguany?", "q", "ca")
        self.mark("skipped", "early question never answered while later comments in the thread were", s)

        # Mention-only, with an accent-less spelling, plus a partial name that must not count.
        ang = th.add(th.post, R["angels"], L(0, "11:32:18"),
                     "Porte quatre mesos esperant el pagament de l'ajuda de formació i ningú em diu res. Ni per telèfon ni a l'oficina.",
                     "c", "ca")
        xav = th.add(th.post, R["xavier"], L(0, "16:05:55"),
                     "Em van denegar la de l'any passat per un error de la web. Puc recórrer o he de tornar a demanar-la?",
                     "q", "ca")
        vic = th.add(th.post, R["vicent"], L(0, "20:17:02"),
                     "Tengo el expediente parado desde septiembre por un papel que ya he entregado dos veces. DOS.",
                     "c", "es")
        mt = th.add(th.post, P, L(1, "09:36:21"),
                    "Angels Ferrandez, Xavier Roig Mas i Vicent Ferrer: us hem escrit per missatge privat per a "
                    "revisar els vostres expedients. / Os hemos escrito por mensaje privado para revisar "
                    "vuestros expedientes. ^MS",
                    tags=["Àngels Ferrández", "Xavier Roig Mas"])
        self.mark("mention", "answered only by a page comment under the post that names them; "
                  "\"Angels Ferrandez\" is written without accents", ang, xav, mt)
        self.mark("partial-name", "the page wrote \"Vicent Ferrer\" but the display name is "
                  "\"Vicent Ferrer Climent\": not a mention, unanswered", vic)

        # Mention inside another citizen's reply list, and a near-miss name.
        tm = th.add(th.post, R["mascarell"], L(0, "21:40:10"),
                    "Els que estem fent un curs ara mateix podem demanar l'ajuda o hem d'esperar a acabar-lo?",
                    "q", "ca")
        tn = th.add(th.post, R["tonimas"], L(0, "22:05:47"),
                    "I el certificat del curs quan arriba? Vaig acabar al gener i encara res", "q", "ca")
        rp = th.add(th.post, R["rosap"], L(0, "21:52:33"),
                    "Jo estic fent el de logística ara, també vull saber si puc demanar-la", "q", "ca")
        pm = th.add(rp, P, L(1, "08:47:05"),
                    "Hola, Rosa. Sí que podeu demanar-la mentre feu el curs, sempre que estigueu inscrits com a "
                    "demandants. Toni Mascarell, això també et respon a tu. — JL",
                    tags=["Toni Mascarell"])
        self.mark("mention", "answered only by a page reply in someone else's reply list that names him",
                  tm, pm)
        self.mark("near-miss", "display name \"Toni Mas\" is a prefix of \"Toni Mascarell\" in a page "
                  "text but not a whole-word match: unanswered", tn)

        # Branch: a citizen answered because the page replied further down the same list.
        iv = th.add(th.post, R["ivan"], L(0, "10:20:40"),
                    "¿Hay que estar empadronado en la Comunitat Valenciana desde hace cuánto?", "q", "es")
        ma = th.add(iv, R["marina"], L(0, "10:34:12"),
                    "Eso mismo quería saber yo, que me empadroné en diciembre", "q", "es")
        pi = th.add(iv, P, L(0, "11:48:29"),
                    "Hola, Iván. Basta con estar empadronado en cualquier municipio de la Comunitat Valenciana "
                    "el día de la solicitud; no se pide antigüedad. ^MS")
        self.mark("branch", "answered only because the page replied later in the same reply list (to "
                  "the top comment's author)", ma, pi)

        # Same second.
        no = th.add(th.post, R["noelia"], L(0, "12:02:15"),
                    "¿El curso de monitor de comedor entra en esta convocatoria?", "q", "es")
        se = th.add(no, R["sergio"], L(0, "12:31:07"),
                    "¿Y el de monitor de tiempo libre también?", "q", "es")
        ps = th.add(no, P, L(0, "12:31:07"),
                    "Hola, Noelia. Sí, los de monitor de comedor escolar están incluidos; busca «comedor» en el "
                    "buscador de cursos. — JL")
        self.mark("same-second", "citizen reply and page reply in the same second in one list: "
                  "answered by branch with wait 0", se, ps)

        # Self-reply in an answered list.
        re1 = th.add(th.post, R["remei"], L(0, "09:52:20"),
                     "Bon dia, quin és l'enllaç per a fer la sol·licitud?", "q", "ca")
        re2 = th.add(re1, R["remei"], L(0, "09:55:48"),
                     "Vale, ja l'he trobat, però em demana Cl@ve i no en tinc. Com ho faig?", "q", "ca")
        pr = th.add(re1, P, L(0, "10:58:31"),
                    "Hola, Remei. Si no tens Cl@ve pots registrar-te en qualsevol oficina o per videotrucada; "
                    "també pots fer la sol·licitud amb certificat digital. ^MS")
        self.mark("self-reply", "citizen replies to her own comment; the page answers later in the "
                  "list (top comment direct, self-reply branch)", re1, re2, pr)
        self.mark("self-reply", "unanswered citizen replying to his own comment", r3)

        # A page reply before a citizen's comment in the same list does not count for it.
        be = th.add(th.post, R["beatriz"], L(0, "09:31:05"),
                    "Me da error 503 al enviar la solicitud, ya van 5 veces", "c", "es")
        pb = th.add(be, P, L(0, "09:47:52"),
                    "Hola, Beatriz. Estamos teniendo incidencias por el volumen de accesos. Inténtalo más "
                    "tarde, el plazo está abierto hasta el día 20. — JL")
        al = th.add(be, R["alvaro"], L(0, "10:12:26"),
                    "Pues yo lo he intentado más tarde y sigue igual. No funciona NADA", "c", "es")
        self.mark("reply-before-comment", "the only page reply in the list is older than this "
                  "citizen reply: unanswered", al, pb)

        # Depth 3 (1): a citizen replies to the page reply, the page answers in that sub-list.
        ca = th.add(th.post, R["carmen"], L(0, "14:25:19"),
                    "¿Hay que subir el certificado de la demanda de empleo o lo consultáis vosotros?", "q", "es")
        pc = th.add(ca, P, L(0, "14:41:03"),
                    "Hola, Carmen. Lo consultamos de oficio, no hace falta que lo adjuntes. /AG")
        c3 = th.add(pc, R["carmen"], L(0, "16:03:44"),
                    "Vale, pero entonces ¿por qué el formulario me obliga a adjuntarlo?", "q", "es")
        p3 = th.add(pc, P, L(1, "08:20:16"),
                    "Tienes razón, Carmen: es un error del formulario que ya hemos comunicado. Mientras tanto "
                    "puedes adjuntar cualquier PDF (por ejemplo, el DNI) y seguir. — JL")
        self.mark("depth-3", "citizen reply to a page reply (depth 3), answered by branch by a page "
                  "reply in the same depth-3 list", c3, p3)

        # Depth 3 (2): the page answers a depth-2 reply; the top comment is answered through it.
        si = th.add(th.post, R["silvia"], L(0, "19:10:37"),
                    "¿Esto sirve también para los cursos de inglés o solo para los de oficios?", "q", "es")
        pl = th.add(si, R["paullopis"], L(0, "19:30:02"),
                    "Jo també ho vull saber, m'interessa el B1 d'anglés", "q", "ca")
        pg = th.add(pl, P, L(1, "09:05:58"),
                    "Hola, Pau i Silvia. Els cursos d'idiomes no entren en ACTIVA 2026, però n'hi haurà una "
                    "convocatòria pròpia a l'abril. / Los cursos de idiomas no entran en ACTIVA 2026; habrá "
                    "convocatoria propia en abril. ^MS")
        self.mark("depth-3", "page reply at depth 3 under a citizen reply: answers that reply and the "
                  "top comment (descendant), both direct", si, pl, pg)

        # Depth 3 (3): citizen to citizen reply, not a sibling of the page reply.
        fe = th.add(th.post, R["fernando"], L(0, "10:50:09"),
                    "La sede no deja adjuntar archivos de más de 2 MB. ¿Quién tiene un empadronamiento escaneado "
                    "con el móvil que pese menos de 2 MB? Venga ya", "c", "es")
        rc = th.add(fe, R["rosac"], L(0, "11:03:30"),
                    "Pásalo por una app de comprimir PDF, a mí me funcionó", "o", "es")
        qt = th.add(rc, R["quique"], L(0, "11:20:51"),
                    "¿Qué app usaste? Yo he probado dos y nada", "q", "es")
        pf = th.add(fe, P, L(0, "12:40:22"),
                    "Hola, Fernando. El límite es de 5 MB por archivo, no de 2; si te sigue fallando, "
                    "escríbenos por privado y te ayudamos. — JL")
        self.mark("depth-3", "citizen reply to a citizen reply (depth 3): the page reply one level up "
                  "is not its sibling, so it stays unanswered", qt)
        self.mark("branch", "depth-2 citizen reply answered by branch", rc, pf)

        # Emoji only, punctuation only, sticker.
        e1 = th.add(th.post, self.pick_author(th, "es"), L(0, "09:24:03"), "😡😡😡", "c", "es")
        e2 = th.add(th.post, self.pick_author(th, "es"), L(1, "11:16:40"), "👍", "o", "es")
        lo = th.add(th.post, R["lorena"], L(0, "17:45:12"),
                    "Alguien sabe si los cursos en línea tienen horario fijo o vas a tu ritmo?", "q", "es")
        lq = th.add(lo, R["lorena"], L(1, "09:12:00"), "???", "q", "es")
        # a thank-you emoji and a sticker after a page answer in random threads
        tagged = {n for x in th.msgs for n in x.tags}
        answered_tops = [m for m in th.post.children
                         if not m.official and m.author not in self.reserved
                         and m.author.name not in tagged
                         and sum(1 for c in m.children if c.official) == 1]
        host = answered_tops[3]
        pans = min((c for c in host.children if c.official), key=lambda c: c.time)
        e3 = th.add(host, host.author, pans.time + 143, "🙏🙏", "t", th.main_lang)
        host2 = answered_tops[11]
        pans2 = min((c for c in host2.children if c.official), key=lambda c: c.time)
        st = th.add(host2, host2.author, pans2.time + 61, "", "o", th.main_lang,
                    attachment={"type": "sticker"})
        self.mark("emoji-only", "emoji only: not_needed", e1, e2, e3)
        self.mark("punct-only", "punctuation only (\"???\", a bump on her own comment): not_needed", lq)
        self.mark("empty", "sticker without text: no \"message\" key in the JSON, empty text in CSV", st)
        return th

    # -- thread 2: mostly Valencian ---------------------------------------------
    def thread_cursos(self):
        rng = self.rng
        d0 = datetime.date(2026, 3, 9)
        text = ("🎓 Nous cursos de formació per a l'ocupació per a la primavera!\n\n"
                "Més de 120 cursos gratuïts a totes les comarques: hostaleria, atenció sociosanitària, "
                "energies renovables, logística, competències digitals... Inscripció oberta fins al 25 de març "
                "al cercador de cursos: ocupaciovalenciana.example/cursos\n\n#FormacióOcupació")
        th = Thread("post-cursos-primavera-2026", "cursos", local_ts(d0, "10:00"), text, main_lang="ca")
        self.threads.append(th)
        schedule = segs(d0, [(0, "10:00", "12:00", 10), (0, "12:00", "15:00", 5), (0, "15:00", "20:00", 5),
                             (0, "20:00", "24:00", 4), (1, "07:30", "14:00", 4), (1, "14:00", "23:00", 3)])
        self.populate(th, "cursos", 21, schedule, {"ca": 78, "es": 17, "en": 5},
                      {"c": 28, "q": 42, "t": 14, "o": 16}, {"q": 0.55, "c": 0.35, "t": 0.3},
                      {0: 62, 1: 25, 2: 13}, evening_p=0.05)
        a = self.pick_author(th, "ca")
        e = th.add(th.post, a, local_ts(d0, "10:37:50"), "👏👏👏", "t", "ca")
        self.mark("emoji-only", "emoji only in the Valencian thread", e)
        return th

    # -- thread 3: Spanish and English, top level newest first ---------------------
    def thread_eures(self):
        d0 = datetime.date(2026, 3, 12)
        text = ("🌍 Jornada EURES: trabajar en Europa\n"
                "18 de marzo, de 10:00 a 14:00, presencial en València y en línea. Empresas de Alemania, "
                "Países Bajos, Irlanda, Noruega y Malta buscan perfiles de hostelería, sanidad, logística e "
                "informática. Inscripción gratuita: ocupaciovalenciana.example/eures\n\n"
                "🇪🇺 EURES Day: working in Europe. 18 March, 10:00–14:00, in València and online. "
                "Free registration at the link above.")
        th = Thread("post-eures-2026-03", "eures", local_ts(d0, "11:00"), text, order="reverse_chronological")
        self.threads.append(th)
        schedule = segs(d0, [(0, "11:00", "13:00", 10), (0, "13:00", "16:00", 6), (0, "16:00", "23:30", 7),
                             (1, "08:00", "15:00", 5), (1, "15:00", "23:00", 4), (4, "09:00", "13:00", 2)])
        self.populate(th, "eures", 29, schedule, {"es": 52, "en": 44, "ca": 4},
                      {"c": 24, "q": 48, "t": 14, "o": 14}, {"q": 0.5, "c": 0.3, "t": 0.25},
                      {0: 62, 1: 26, 2: 12})
        return th

    # -- thread 4: small, across the change to summer time ---------------------------
    def thread_horario(self):
        rng = self.rng
        d0 = datetime.date(2026, 3, 27)      # Friday; summer time starts Sunday 29 at 01:00 UTC
        text = ("🕓 Nou horari de vesprada | Nuevo horario de tarde\n\n"
                "A partir del dilluns 30 de març, 12 oficines obrin també de dilluns a dijous de 16:00 a 18:30, "
                "amb cita prèvia.\n"
                "A partir del lunes 30 de marzo, 12 oficinas abren también de lunes a jueves de 16:00 a 18:30, "
                "con cita previa.\n\nocupaciovalenciana.example/oficines")
        th = Thread("post-horario-tarde-2026-03", "horario", local_ts(d0, "12:00"), text, main_lang="es")
        self.threads.append(th)
        schedule = segs(d0, [(0, "12:00", "15:00", 6), (0, "15:00", "23:00", 5), (1, "09:00", "23:00", 4),
                             (2, "09:00", "22:00", 3), (3, "07:00", "10:00", 2)])
        self.populate(th, "horario", 11, schedule, {"es": 65, "ca": 35},
                      {"c": 30, "q": 40, "t": 15, "o": 15}, {"q": 0.6, "c": 0.25, "t": 0.2},
                      {0: 75, 1: 25}, evening_p=0.0)
        # Two comments either side of the switch: 01:30 CET and 03:10 CEST.
        a = self.pick_author(th, "es")
        t1 = int(datetime.datetime(2026, 3, 29, 0, 30, 0, tzinfo=UTC).timestamp())
        t2 = int(datetime.datetime(2026, 3, 29, 1, 10, 0, tzinfo=UTC).timestamp())
        m1 = th.add(th.post, a, t1,
                    "Que esta noche cambian la hora, que no se os olvide que el lunes la cita es una hora antes "
                    "de lo que os dice el cuerpo 😂", "o", "es")
        b = self.pick_author(th, "ca")
        m2 = th.add(th.post, b, t2,
                    "Bona nit. La cita de dilluns a les 8:30, és hora nova o vella? Ja no sé ni quina hora és", "q", "ca")
        pt = page_time(rng, t2)
        text, tags = self.page_answer(m2, "ca", pt, greet=False, base=
                                      "Bon dia, " + b.first + ". Sempre és l'hora oficial del dia de la cita: "
                                      "les 8:30 d'avui, hora d'estiu. Fins ara! ^MS")
        th.add(m2, PAGE, pt, text, tags=tags)
        self.mark("dst", "comments written just before and after the switch to summer time (CSV "
                  "offsets +01:00 and +02:00)", m1, m2)
        return th

    def build(self):
        self.thread_ayudas()
        self.thread_cursos()
        self.thread_eures()
        self.thread_horario()
        for th in self.threads:
            th.assign_ids(self.rng, id_clock)
        return self.threads


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------

def cursor(rng):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "QVFIU" + "".join(rng.choice(alphabet) for _ in range(58))


def comment_json(m, rng):
    o = {"id": m.id}
    o["from"] = dict(PAGE_FROM) if m.official else {"id": m.author.id, "name": m.author.name}
    o["created_time"] = fb_time(m.time)
    if m.attachment is None:
        o["message"] = m.text
    else:
        o["attachment"] = dict(m.attachment)
    o["comment_count"] = len(m.children)
    o["like_count"] = m.likes
    if m.parent.parent is not None:
        o["parent"] = {"id": m.parent.id}
    return o


def sorted_children(m):
    return sorted(m.children, key=lambda c: (c.time, c.id))


def thread_json(th, rng):
    """Build the post object; nested edges are built without recursion."""
    root = {"id": th.post.id, "from": dict(PAGE_FROM), "created_time": fb_time(th.post.time),
            "message": th.post.text}
    tops = sorted_children(th.post)
    if th.order == "reverse_chronological":
        tops.reverse()
    objs = {}
    stack = list(reversed(tops))
    order = []
    while stack:
        m = stack.pop()
        objs[m.id] = comment_json(m, rng)
        order.append(m)
        stack.extend(reversed(sorted_children(m)))
    for m in order:
        kids = sorted_children(m)
        if kids:
            objs[m.id]["comments"] = {"data": [objs[k.id] for k in kids]}
    root["comments"] = {
        "data": [objs[m.id] for m in tops],
        "paging": {"cursors": {"before": cursor(rng), "after": cursor(rng)}},
        "summary": {"order": th.order, "total_count": len(tops), "can_comment": True},
    }
    return root


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def csv_bytes(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


def all_sorted(th):
    return sorted(th.msgs[1:], key=lambda m: (m.time, int(m.id.split("_")[1])))


def write_all(threads, rng):
    written = []
    for th in threads:
        for m in th.msgs[1:]:
            m.likes = min(int(rng.expovariate(1.5 if m.official else 0.6)), 40)
        data = json.dumps(thread_json(th, rng), ensure_ascii=False, indent=1) + "\n"
        p = os.path.join(OUT, "facebook", th.slug + ".json")
        write_bytes(p, data.encode("utf-8"))
        written.append(p)
    rows = []
    for th in threads:
        rows.append([th.post.id, th.post.id, "", PAGE_ID, PAGE_NAME, madrid_iso(th.post.time),
                     th.post.text, "facebook", "public"])
        for m in all_sorted(th):
            rows.append([th.post.id, m.id, m.parent.id, m.author.id, m.author.name,
                         madrid_iso(m.time), m.text, "facebook", "public"])
    p = os.path.join(OUT, "csv", "comments.csv")
    write_bytes(p, csv_bytes(["thread", "id", "parent_id", "author_id", "author", "created_at",
                              "text", "platform", "channel"], rows))
    written.append(p)
    cov_rows, label_rows = [], []
    for th in sorted(threads, key=lambda th: th.post.id):
        recs = [rec_of(m) for m in th.msgs]
        cov = coverage(recs)
        cov.sort(key=lambda x: (x[0]["time"], len(x[0]["id"]), x[0]["id"]))
        by = {m.id: m for m in th.msgs}
        for c, status, rule, aid, wait in cov:
            cov_rows.append([th.post.id, c["id"], c["author_id"], status, rule, aid, wait])
            m = by[c["id"]]
            m.status, m.rule, m.answer, m.wait = status, rule, aid, wait
            label_rows.append([c["id"], LABEL_NAME[m.label], m.lang])
    p = os.path.join(OUT, "expected-coverage.csv")
    write_bytes(p, csv_bytes(["thread", "id", "author_id", "status", "rule", "answer_id", "wait_s"],
                             cov_rows))
    written.append(p)
    p = os.path.join(OUT, "labels.csv")
    write_bytes(p, csv_bytes(["id", "label", "lang"], label_rows))
    written.append(p)
    return written


LABEL_NAME = {"c": "criticism", "q": "question", "t": "thanks", "o": "other"}


def rec_of(m):
    return {"id": m.id, "parent": m.parent.id if m.parent else None, "author_id": m.author.id,
            "author": m.author.name, "time": m.time, "text": m.text}


# ---------------------------------------------------------------------------
# Checks: read everything back from disk and compare.
# ---------------------------------------------------------------------------

def fail(msg):
    sys.stderr.write("make-samples: check failed: %s\n" % msg)
    sys.exit(1)


def read_json_thread(path):
    raw = open(path, "rb").read()
    doc = json.loads(raw.decode("utf-8"))
    post_id = doc["id"]
    page_id, post_suffix = post_id.split("_")
    recs = [{"id": post_id, "parent": None, "author_id": doc["from"]["id"],
             "author": doc["from"]["name"], "text": doc["message"],
             "time": parse_fb(doc["created_time"])}]
    order_ok = True
    stack = [(c, post_id, 1) for c in reversed(doc["comments"]["data"])]
    tops = [parse_fb(c["created_time"]) for c in doc["comments"]["data"]]
    while stack:
        node, parent, depth = stack.pop()
        if not node["id"].startswith(post_suffix + "_"):
            fail("%s: id %s lacks the post suffix" % (path, node["id"]))
        if depth > 1 and node.get("parent", {}).get("id") != parent:
            fail("%s: %s parent field disagrees with nesting" % (path, node["id"]))
        if "message" not in node and node.get("attachment", {}).get("type") != "sticker":
            fail("%s: %s has neither message nor sticker" % (path, node["id"]))
        kids = node.get("comments", {}).get("data", [])
        if node["comment_count"] != len(kids):
            fail("%s: %s comment_count" % (path, node["id"]))
        kt = [parse_fb(k["created_time"]) for k in kids]
        if kt != sorted(kt):
            order_ok = False
        recs.append({"id": node["id"], "parent": parent, "author_id": node["from"]["id"],
                     "author": node["from"]["name"], "text": node.get("message", ""),
                     "time": parse_fb(node["created_time"]), "depth": depth})
        stack.extend((k, node["id"], depth + 1) for k in reversed(kids))
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        fail("%s: duplicate ids" % path)
    known = set(ids)
    for r in recs:
        if r["parent"] is not None and r["parent"] not in known:
            fail("%s: unknown parent %s" % (path, r["parent"]))
    if doc["comments"]["summary"]["order"] == "reverse_chronological":
        if tops != sorted(tops, reverse=True):
            fail("%s: top level not newest first" % path)
    elif tops != sorted(tops):
        fail("%s: top level not chronological" % path)
    if not order_ok:
        fail("%s: a nested list is not chronological" % path)
    return post_id, recs


def parse_fb(s):
    return int(datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S%z").timestamp())


def check(threads):
    jrecs = {}
    for th in threads:
        path = os.path.join(OUT, "facebook", th.slug + ".json")
        post_id, recs = read_json_thread(path)
        jrecs[post_id] = recs
    raw = open(os.path.join(OUT, "csv", "comments.csv"), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw:
        fail("comments.csv has a BOM or CR")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    if rows[0] != ["thread", "id", "parent_id", "author_id", "author", "created_at", "text",
                   "platform", "channel"]:
        fail("comments.csv header")
    crecs = {}
    for r in rows[1:]:
        thread, cid, parent, aid, author, created, text, platform, channel = r
        t = datetime.datetime.fromisoformat(created)
        ts = int(t.timestamp())
        if t.utcoffset().total_seconds() != madrid_offset(ts):
            fail("comments.csv: wrong Madrid offset on %s" % cid)
        if platform != "facebook" or channel != "public":
            fail("comments.csv: platform/channel on %s" % cid)
        crecs.setdefault(thread, {})[cid] = (parent or None, aid, author, ts, text)
    if set(crecs) != set(jrecs):
        fail("threads differ between CSV and JSON")
    for post_id, recs in jrecs.items():
        j = {r["id"]: (r["parent"], r["author_id"], r["author"], r["time"], r["text"]) for r in recs}
        if j != crecs[post_id]:
            diff = [k for k in set(j) | set(crecs[post_id]) if j.get(k) != crecs[post_id].get(k)]
            fail("CSV and JSON differ in %s: %s" % (post_id, sorted(diff)[:5]))
    # coverage recomputed from the JSON files must equal expected-coverage.csv
    exp = list(csv.reader(open(os.path.join(OUT, "expected-coverage.csv"), encoding="utf-8", newline="")))
    got = []
    for post_id in sorted(jrecs):
        cov = coverage(jrecs[post_id])
        cov.sort(key=lambda x: (x[0]["time"], len(x[0]["id"]), x[0]["id"]))
        got += [[post_id, c["id"], c["author_id"], s, r, a, str(w)] for c, s, r, a, w in cov]
    if exp[1:] != got:
        fail("expected-coverage.csv does not match coverage recomputed from JSON")
    labels = list(csv.reader(open(os.path.join(OUT, "labels.csv"), encoding="utf-8", newline="")))
    if [r[0] for r in labels[1:]] != [r[1] for r in exp[1:]]:
        fail("labels.csv ids differ from the citizen comments")
    for r in labels[1:]:
        if r[1] not in LABEL_NAME.values() or r[2] not in ("es", "ca", "en"):
            fail("labels.csv bad row %s" % r)
    return jrecs


def check_design(gen):
    """The scripted cases must come out as designed, and the page must not
    name anybody it did not mean to."""
    for th in gen.threads:
        cits = {}
        for p in th.people:
            cits.setdefault(p.name, p)
        for m in th.msgs[1:]:
            if not m.official:
                continue
            named = sorted(n for n in cits if mentions(n, m.text))
            if named != sorted(m.tags):
                fail("page text %s names %s, meant %s" % (m.id, named, m.tags))
    want = {
        "same-name": [("answered", "direct"), ("unanswered", "")],
        "never-answered": [("unanswered", "")] * 4,
        "skipped": [("unanswered", "")],
        "partial-name": [("unanswered", "")],
        "near-miss": [("unanswered", "")],
        "same-second": [("answered", "branch")],
        "reply-before-comment": [("unanswered", "")],
        "punct-only": [("not_needed", "")],
        "depth-3": [("answered", "branch"), ("answered", "direct"), ("answered", "direct"),
                    ("unanswered", "")],
        "self-reply": [("answered", "direct"), ("answered", "branch"), ("unanswered", "")],
        "dst": [("unanswered", ""), ("answered", "direct")],
        "empty": [("not_needed", "")],
    }
    for key, cases in gen.special.items():
        cits = [m for desc, msgs in cases for m in msgs if not m.official]
        if key in want:
            got = [(m.status, m.rule) for m in cits]
            if got != want[key]:
                fail("special case %s came out %s" % (key, got))
        elif key == "mention":
            if any((m.status, m.rule) != ("answered", "mention") for m in cits):
                fail("mention case came out wrong")
        elif key == "branch":
            if any((m.status, m.rule) != ("answered", "branch") for m in cits):
                fail("branch case came out wrong")
    se = gen.special["same-second"][0][1]
    if se[0].wait != 0:
        fail("same-second wait is not 0")
    laura = gen.special["same-name"][0][1]
    if laura[0].author.name != laura[1].author.name or laura[0].author.id == laura[1].author.id:
        fail("same-name pair")
    for desc, msgs in gen.special["emoji-only"]:
        for m in msgs:
            if m.status != "not_needed":
                fail("emoji-only comment came out %s" % m.status)


# ---------------------------------------------------------------------------
# Summary and README
# ---------------------------------------------------------------------------

def summarize(gen):
    S = {"threads": []}
    allcit = []
    for th in gen.threads:
        msgs = th.msgs[1:]
        cit = [m for m in msgs if not m.official]
        allcit += cit
        page = [m for m in msgs if m.official]
        waits = [m.wait for m in cit if m.status == "answered"]
        S["threads"].append({
            "file": "facebook/%s.json" % th.slug, "post": th.post.id, "order": th.order,
            "comments": len(msgs), "top": sum(1 for m in msgs if m.depth == 1),
            "depth2": sum(1 for m in msgs if m.depth == 2), "depth3": sum(1 for m in msgs if m.depth == 3),
            "page": len(page), "citizen": len(cit), "people": len({m.author.id for m in cit}),
            "answered": sum(1 for m in cit if m.status == "answered"),
            "direct": sum(1 for m in cit if m.rule == "direct"),
            "branch": sum(1 for m in cit if m.rule == "branch"),
            "mention": sum(1 for m in cit if m.rule == "mention"),
            "unanswered": sum(1 for m in cit if m.status == "unanswered"),
            "not_needed": sum(1 for m in cit if m.status == "not_needed"),
            "median_wait": statistics.median(waits) if waits else None,
            "first": madrid_iso(th.post.time), "last": madrid_iso(max(m.time for m in msgs)),
        })
    by_person = {}
    for m in allcit:
        by_person.setdefault(m.author.id, []).append(m)
    S["citizens"] = len(by_person)
    S["never"] = sum(1 for ms in by_person.values()
                     if not any(m.status == "answered" for m in ms)
                     and any(m.status == "unanswered" for m in ms))
    S["several"] = sum(1 for ms in by_person.values() if len(ms) > 1)
    S["multi_thread"] = sum(1 for ms in by_person.values() if len({m.thread.slug for m in ms}) > 1)
    S["citizen_msgs"] = len(allcit)
    S["distinct_texts"] = len({m.text for m in allcit if m.text})
    uses = {}
    for m in allcit:
        if m.text:
            uses[m.text] = uses.get(m.text, 0) + 1
    S["max_reuse"] = max(uses.values())
    S["lang"] = {k: sum(1 for m in allcit if m.lang == k) for k in ("es", "ca", "en")}
    S["label"] = {LABEL_NAME[k]: sum(1 for m in allcit if m.label == k) for k in "cqto"}
    S["page_total"] = sum(t["page"] for t in S["threads"])
    S["status"] = {k: sum(1 for m in allcit if m.status == k) for k in ("answered", "unanswered", "not_needed")}
    S["rule"] = {k: sum(1 for m in allcit if m.rule == k) for k in ("direct", "branch", "mention")}
    waits = [m.wait for m in allcit if m.status == "answered"]
    S["median_wait"] = statistics.median(waits)
    return S


def fmt_wait(s):
    if s is None:
        return "-"
    s = int(s)
    return "%dh%02dm" % (s // 3600, (s % 3600) // 60)


def pct(n, d):
    return "%d (%.0f %%)" % (n, 100.0 * n / d)


def readme(gen, S):
    L = []
    w = L.append
    w("# Sample data\n")
    w("Fictional comment threads from the Facebook page of an invented regional employment service, "
      "**Ocupació Valenciana** (page id `%s`), made by the replycov project for its demo and tests. "
      "The service, its programme \"ACTIVA 2026\", the `.example` links, every person and every message "
      "were written for this sample; any resemblance to real people is chance. The messages are in "
      "Spanish, Valencian and English, with the typos, abbreviations and emoji of real comments.\n" % PAGE_ID)
    w("Regenerate with `python3 scripts/make-samples.py` from the repository root (Python 3, standard "
      "library only, fixed seed: the output is byte-identical on every run; the script then reads "
      "everything back and checks it).\n")
    w("## Files\n")
    w("| file | what |\n|---|---|")
    for t in S["threads"]:
        w("| `%s` | post `%s`, %d comments, top level %s |" % (
            t["file"], t["post"], t["comments"],
            "newest first" if t["order"] == "reverse_chronological" else "oldest first"))
    w("| `csv/comments.csv` | the same posts and comments as one generic CSV: `thread,id,parent_id,author_id,author,created_at,text,platform,channel`; the post is the row whose `id` equals `thread`; times in Madrid local time with offset (`+01:00`, `+02:00` after 29 March) |")
    w("| `labels.csv` | `id,label,lang` for every citizen comment: the intended class (`criticism`, `question`, `thanks`, `other`) and language (`es`, `ca`, `en`) |")
    w("| `expected-coverage.csv` | `thread,id,author_id,status,rule,answer_id,wait_s` for every citizen comment, by the rules below |")
    w("")
    w("The JSON files are Graph API post objects with the `comments` edge nested (`filter=toplevel`): "
      "replies sit in their parent's `comments` edge and carry `parent.id`; times are UTC (`+0000`). "
      "`summary.total_count` counts top-level comments. In `%s` the top-level array is newest first "
      "(`summary.order` = `reverse_chronological`), so a reader must not rely on array order. Ids grow "
      "with time, as Facebook's do; a comment id is the post suffix, `_`, and a number.\n"
      % [t["file"] for t in S["threads"] if t["order"] == "reverse_chronological"][0])
    w("## Counts\n")
    w("| thread | comments | top level | depth 2 | depth 3 | page | citizen comments | citizens | answered (direct/branch/mention) | unanswered | not needed | median wait |")
    w("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for t in S["threads"]:
        w("| `%s` | %d | %d | %d | %d | %d | %d | %d | %d (%d/%d/%d) | %d | %d | %s |" % (
            t["file"].split("/")[1], t["comments"], t["top"], t["depth2"], t["depth3"], t["page"],
            t["citizen"], t["people"], t["answered"], t["direct"], t["branch"], t["mention"],
            t["unanswered"], t["not_needed"], fmt_wait(t["median_wait"])))
    n = S["citizen_msgs"]
    w("")
    w("- %d posts, %d comments and replies: %d by the page, %d by citizens." % (
        len(S["threads"]), sum(t["comments"] for t in S["threads"]), S["page_total"], n))
    w("- %d distinct citizens (by id); %d wrote more than once, %d in more than one thread; "
      "%d were never answered (at least one comment needing an answer, none answered)." % (
          S["citizens"], S["several"], S["multi_thread"], S["never"]))
    w("- Citizen comments: answered %s (direct %d, branch %d, mention %d), unanswered %s, not needed %s; "
      "median wait of the answered ones %s." % (
          pct(S["status"]["answered"], n), S["rule"]["direct"], S["rule"]["branch"], S["rule"]["mention"],
          pct(S["status"]["unanswered"], n), pct(S["status"]["not_needed"], n), fmt_wait(S["median_wait"])))
    w("- Languages: Spanish %s, Valencian %s, English %s." % (
        pct(S["lang"]["es"], n), pct(S["lang"]["ca"], n), pct(S["lang"]["en"], n)))
    w("- Labels: criticism %s, question %s, thanks %s, other %s." % tuple(
        pct(S["label"][k], n) for k in ("criticism", "question", "thanks", "other")))
    w("- %d distinct citizen texts; no text appears more than %d times.\n" % (
        S["distinct_texts"], S["max_reuse"]))
    w("## Rules behind `expected-coverage.csv`\n")
    w("A comment `c` by a citizen (any author other than the page) is `answered` by the earliest page "
      "message `r` with `r.time >= c.time` such that:\n")
    w("- `direct`: `r` is a descendant of `c` (reply, reply of a reply, ...);")
    w("- `branch`: `r` has the same parent as `c`, that parent is a comment (not the post), and `r` is not `c`;")
    w("- `mention`: `r` is anywhere in the thread and its text contains `c`'s author display name, when "
      "that name has at least two words, ignoring case and accents (NFD, combining marks dropped, "
      "case-folded), as whole words (not preceded or followed by a letter or digit; words separated by "
      "whitespace).\n")
    w("Ties in time prefer direct, then branch, then mention, then the smaller id. `wait_s` is `r.time - c.time` "
      "in seconds. Otherwise the comment is `not_needed` when its text is empty or has no letter or "
      "digit (emoji, punctuation, sticker), else `unanswered`. The post itself is not a citizen comment. "
      "Rows are sorted by thread id, then time, then id.\n")
    w("Labels are the intent the message was written with, not its sentiment: \"gracias por nada\" is "
      "criticism, \"gracias, pero sigo sin saber dónde me apunto\" is a question. Comments without words "
      "(emoji, punctuation, the sticker) carry the language of their thread; the sticker is `other`.\n")
    w("## Special cases\n")
    w("Ids for tests. Every case is checked by the generator.\n")
    order = ["page-top-level", "same-name", "never-answered", "skipped", "mention", "partial-name", "near-miss", "branch",
             "same-second", "self-reply", "reply-before-comment", "depth-3", "emoji-only", "punct-only",
             "empty", "dst"]
    for key in order:
        for desc, msgs in gen.special.get(key, []):
            parts = []
            for m in msgs:
                who = "page" if m.official else '"%s" `%s`' % (m.author.name, m.author.id)
                st = "" if m.official else ": %s%s" % (m.status, " " + m.rule if m.rule else "")
                parts.append("`%s` (%s%s)" % (m.id, who, st))
            w("- **%s**: %s. %s" % (key, desc, "; ".join(parts)))
    w("")
    w(HAND_WRITTEN)
    return "\n".join(L)


# Files in samples/ written by hand, not by this script (kept here so README.md stays whole).
HAND_WRITTEN = """## Service hours and private messages (written by hand)

These files are not generated by this script; `replycov times` reads them (README.md, "Response
times and service hours"). The waits they produce are pinned by `tests/cases/times/0009-samples-private`
and `0010-samples-all`.

| file | what |
|---|---|
| `schedule-valencia-2026.txt` | a schedule: zone Europe/Madrid; timetable from 1 January (Monday to Thursday 09:00-14:00 and 15:00-17:00, Friday 09:00-14:00, Christmas mornings) and from 30 March (afternoons until 18:30, a morning-only summer from 15 June to 15 September, Christmas); the real 2026 national and regional holidays, each with its source. The opening hours are invented for the fictional service; the holidays are real |
| `holidays-valencia-2026.ics` | the two 2026 local holidays of the city of València (22 January, 13 April) as an iCalendar file, imported by the schedule; written by the project from the sources named in it (no official `.ics` was found) |
| `private/messages.csv` | the fictional page's private inbox as generic CSV: 14 conversations (one thread each, `channel` = `private`, each message's `parent_id` the message before it), 33 messages, February to April 2026. Read it with `--official 104520000000001` (no post names the page) |

What the inbox exercises: a message before the opening answered after it (`conv-02`); a Friday
evening message answered on Monday (`conv-03`) and a "¡Gracias!" more than 24 hours later that
the platform counts as a new conversation (`conv-03`); an emoji-only message two days after the
reply (`conv-04`); a message during the lunch break (`conv-10`) and another five days later never
answered (`conv-10`); the evening before the San José holiday (`conv-07`); an answer on the
holiday itself, before the next opening (`conv-08`); two messages over a weekend (`conv-09`); a
wait from Friday under the old timetable to Monday under the new one (`conv-11`); a wait across
the change to summer time (`conv-12`); an answer at 18:20, open only under the new timetable
(`conv-13`); a wait over Good Friday, the weekend and Easter Monday (`conv-14`); a February
conversation outside the platform's 30-day window (`conv-01`). Replies are signed "JL:" at the
start or "— Marta" / "— Pau" at the end, for `--agent-signature`.
"""


def main():
    if not os.path.isdir("scripts") or not os.path.isdir(OUT):
        fail("run from the repository root")
    gen = Gen()
    threads = gen.build()
    wrng = random.Random(SEED + 1)
    written = write_all(threads, wrng)
    check(threads)
    check_design(gen)
    S = summarize(gen)
    p = os.path.join(OUT, "README.md")
    write_bytes(p, readme(gen, S).encode("utf-8"))
    written.append(p)
    for t in S["threads"]:
        print("%-42s comments %3d (top %3d, d2 %3d, d3 %d) page %2d citizens %3d answered %3d "
              "unanswered %3d not_needed %d" % (t["file"], t["comments"], t["top"], t["depth2"], t["depth3"],
                                                t["page"], t["people"], t["answered"], t["unanswered"],
                                                t["not_needed"]))
    print("citizens %d (never answered %d), citizen comments %d, page %d, distinct texts %d, max reuse %d"
          % (S["citizens"], S["never"], S["citizen_msgs"], S["page_total"], S["distinct_texts"], S["max_reuse"]))
    print("lang %s  labels %s  rules %s" % (S["lang"], S["label"], S["rule"]))
    for p in written:
        print("wrote %s (%d bytes)" % (p, os.path.getsize(p)))


if __name__ == "__main__":
    main()
