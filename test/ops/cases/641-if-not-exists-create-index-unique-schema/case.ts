await op.createIndex(
  "ix_account_email",
  "account",
  ["email"],
  { unique: true, schema: "billing", ifNotExists: true },
);
