window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "555-777",
      "messages" : [
        { "messageCreate" : { "recipientId" : "777", "reactions" : [ ], "urls" : [ ], "text" : "Gracias a ti", "mediaUrls" : [ ], "senderId" : "555", "id" : "9003", "createdAt" : "2026-03-02T10:30:00.000Z" } },
        { "messageCreate" : { "recipientId" : "555", "reactions" : [ ], "urls" : [ ], "text" : "Vale, ya lo he recibido &amp; firmado", "mediaUrls" : [ ], "senderId" : "777", "id" : "9002", "createdAt" : "2026-03-02T10:20:00.000Z" } },
        { "reactionCreate" : { "senderId" : "777", "reactionKey" : "like", "eventId" : "9010", "createdAt" : "2026-03-02T10:21:00.000Z" } },
        { "messageCreate" : { "recipientId" : "777", "text" : "Te enviamos el formulario", "senderId" : "555", "id" : "9001", "createdAt" : "2026-03-02T10:00:00.000Z", "editHistory" : [ { "text" : "Te envimos el formulario", "createdAt" : "2026-03-02T10:00:00.000Z" } ] } },
        { "messageCreate" : { "recipientId" : "555", "text" : "Hola, os escribo por lo del certificado", "senderId" : "777", "id" : "9000", "createdAt" : "2026-03-02T09:50:00.000Z" } }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "555-888",
      "messages" : [
        { "messageCreate" : { "recipientId" : "555", "text" : "¿Me podéis ayudar con la demanda de empleo?", "senderId" : "888", "id" : "9100", "createdAt" : "2026-03-03T08:00:00.000Z" } }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "444-555",
      "messages" : [
        { "messageCreate" : { "recipientId" : "555", "text" : "sin fecha", "senderId" : "444", "id" : "9203" } },
        { "messageCreate" : { "recipientId" : "555", "text" : "sin id", "senderId" : "444", "createdAt" : "2026-03-04T09:10:00.000Z" } },
        7,
        { "messageCreate" : { "recipientId" : "555", "text" : "Sí, a las 11", "senderId" : "444", "id" : "9201", "createdAt" : "2026-03-04T09:05:00.000Z" } },
        { "messageCreate" : { "recipientId" : "444", "text" : "¿Mantienes la cita de mañana?", "senderId" : "555", "id" : "9200", "createdAt" : "2026-03-04T09:00:00.000Z" } }
      ]
    }
  },
  { "foo" : 1 }
];
