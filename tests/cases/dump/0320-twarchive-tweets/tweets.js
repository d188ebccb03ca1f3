window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "3001",
      "id" : "3001",
      "full_text" : "Ya podéis pedir cita para el curso de cuidados",
      "created_at" : "Mon Mar 02 08:00:00 +0000 2026",
      "favorite_count" : "4",
      "retweet_count" : "1",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "id_str" : "3002",
      "full_text" : "@empleo_cv (2/2) Plazas limitadas &amp; por orden de llegada",
      "created_at" : "Mon Mar 02 08:01:00 +0000 2026",
      "in_reply_to_status_id_str" : "3001",
      "in_reply_to_user_id_str" : "555",
      "in_reply_to_screen_name" : "empleo_cv",
      "display_text_range" : [ "11", "60" ]
    }
  },
  {
    "tweet" : {
      "id_str" : "3003",
      "full_text" : "@vecina_88 Hola, te escribimos por privado",
      "created_at" : "Mon Mar 02 09:15:00 +0000 2026",
      "in_reply_to_status_id_str" : "2999",
      "in_reply_to_user_id_str" : "777",
      "in_reply_to_screen_name" : "vecina_88"
    }
  },
  {
    "tweet" : {
      "id_str" : "3004",
      "full_text" : "@vecina_88 (y si no, llámanos al 012)",
      "created_at" : "Mon Mar 02 09:16:00 +0000 2026",
      "in_reply_to_status_id_str" : "3003",
      "in_reply_to_user_id_str" : "555",
      "in_reply_to_screen_name" : "empleo_cv"
    }
  },
  {
    "tweet" : {
      "id_str" : "3005",
      "full_text" : "RT @gva: Nuevo portal de empleo público",
      "created_at" : "Mon Mar 02 10:00:00 +0000 2026"
    }
  },
  {
    "tweet" : {
      "id_str" : "3006",
      "full_text" : "sin fecha"
    }
  },
  {
    "tweet" : {
      "id_str" : "3007",
      "full_text" : "fecha imposible",
      "created_at" : "Mon Feb 30 10:00:00 +0000 2026"
    }
  },
  42,
  {
    "tweet" : {
      "id" : 3008,
      "full_text" : "Corregimos: el plazo acaba el viernes",
      "created_at" : "Tue Mar 03 12:00:00 +0000 2026",
      "edit_info" : { "initial" : { "editTweetIds" : [ "3008", "3009" ], "editableUntil" : "2026-03-03T13:00:00.000Z", "editsRemaining" : "4", "isEditEligible" : true } }
    }
  },
  { "tweet" : { } }
];
