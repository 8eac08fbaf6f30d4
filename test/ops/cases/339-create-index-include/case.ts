await op.createIndex(
  "ix_account_email_incl",
  "account",
  ["email"],
  { postgresqlInclude: ["name", "created"] },
);
