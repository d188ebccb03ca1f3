window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1500000000000000001",
      "messages" : [
        { "messageCreate" : { "text" : "Gracias, lo revisamos hoy", "senderId" : "555", "id" : "9302", "createdAt" : "2026-03-05T12:00:00.000Z" } },
        { "conversationNameUpdate" : { "initiatingUserId" : "601", "name" : "Curso soldadura", "createdAt" : "2026-03-05T11:01:00.000Z" } },
        { "messageCreate" : { "text" : "Somos tres del curso de soldadura sin certificado", "senderId" : "601", "id" : "9301", "createdAt" : "2026-03-05T11:30:00.000Z" } },
        { "joinConversation" : { "initiatingUserId" : "601", "participantsSnapshot" : [ "555", "601", "602" ], "createdAt" : "2026-03-05T11:00:00.000Z" } }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1500000000000000002",
      "messages" : [
        { "participantsLeave" : { "userIds" : [ "604" ], "createdAt" : "2026-03-06T10:00:00.000Z" } },
        { "messageCreate" : { "text" : "¿Alguien sabe si hay que llevar el DNI?", "senderId" : "603", "id" : "9401", "createdAt" : "2026-03-06T09:00:00.000Z" } },
        { "messageCreate" : { "text" : "Sí, original y copia", "senderId" : "555", "id" : "9402", "createdAt" : "2026-03-06T09:00:00.000Z" } }
      ]
    }
  }
];
