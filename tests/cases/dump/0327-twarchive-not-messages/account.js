window.YTD.account.part0 = [ {
  "account" : { "email" : "redes@example.org", "createdVia" : "web", "username" : "empleo_cv", "accountId" : "555", "createdAt" : "2012-01-01T00:00:00.000Z", "accountDisplayName" : "Empleo CV" }
} ]
