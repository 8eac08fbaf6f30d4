await op.createIndex(
  "IX_Upper",
  "Account",
  ["Email"],
  { schema: "Billing", postgresqlConcurrently: true, unique: true },
);
