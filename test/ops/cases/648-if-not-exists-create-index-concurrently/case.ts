await op.createIndex(
  "ix_account_email",
  "account",
  ["email"],
  { postgresqlConcurrently: true, ifNotExists: true },
);
