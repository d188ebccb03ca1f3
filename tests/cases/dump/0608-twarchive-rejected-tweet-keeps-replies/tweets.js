window.YTD.tweets.part0 = [
  { "tweet" : { "id_str" : "3003", "full_text" : "@vecina_88 Hola, te escribimos por privado", "created_at" : "ayer",
      "in_reply_to_status_id_str" : "2999", "in_reply_to_user_id_str" : "777", "in_reply_to_screen_name" : "vecina_88" } },
  { "tweet" : { "id_str" : "3004", "full_text" : "@vecina_88 (y si no, llámanos al 012)", "created_at" : "Mon Mar 02 09:16:00 +0000 2026",
      "in_reply_to_status_id_str" : "3003", "in_reply_to_user_id_str" : "555", "in_reply_to_screen_name" : "empleo_cv" } },
  { "tweet" : { "id_str" : "3005", "full_text" : "Abrimos inscripciones", "created_at" : "Mon Mar 02 10:00:00 +0000 2026" } }
]
