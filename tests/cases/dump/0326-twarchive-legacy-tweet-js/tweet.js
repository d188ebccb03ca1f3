// saved by hand from an old archive
/* 2019 layout: flat objects */
window.YTD.tweet.part0 = [ {
  "retweeted" : false,
  "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
  "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
  "display_text_range" : [ "0", "45" ],
  "favorite_count" : "1",
  "in_reply_to_status_id_str" : "4000",
  "id_str" : "4002",
  "in_reply_to_user_id" : "812",
  "truncated" : false,
  "retweet_count" : "0",
  "id" : "4002",
  "in_reply_to_status_id" : "4000",
  "created_at" : "Thu Nov 14 17:38:01 +0000 2019",
  "favorited" : false,
  "full_text" : "@ciudadano Te respondemos por mensaje directo",
  "lang" : "es",
  "in_reply_to_screen_name" : "ciudadano",
  "in_reply_to_user_id_str" : "812"
}, {
  "id" : 4001,
  "in_reply_to_status_id" : 4000,
  "created_at" : "Thu Nov 14 17:30:00 +0000 2019",
  "text" : "@ciudadano Estamos mirándolo &gt; un momento"
} ] ;
window.YTD.tweet.part1 = [ ]
