await op.createIndex(
  "ix_account_code",
  "account",
  ["code"],
  { unique: true, schema: "billing", postgresqlConcurrently: true },
);
