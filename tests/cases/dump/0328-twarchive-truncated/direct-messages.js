window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "555-777",
      "messages" : [
        { "messageCreate" : { "recipientId" : "777", "reactions" : [ ], "urls" : [ ], "text" : "Gracias a ti", "mediaUrls" : [ ], "senderId" : "555", "id" : "9003", "createdAt" : "2026-03-02T10:30:00.000Z" } },
        { "messageCreate" : { "recipientId" : "555", "reactions" : [ ], "urls" : [ ], "text" : "Vale, ya lo he recibido &amp; firmado", "mediaUrls" : [ ], "senderId" : "777", "id" : "9002", "createdAt" : "2026-03-02T10:20:00.000Z" } },
        { "reactionCreate" : {