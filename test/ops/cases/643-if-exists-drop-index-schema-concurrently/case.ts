await op.dropIndex(
  "ix_account_email",
  { tableName: "account", schema: "billing", postgresqlConcurrently: true, ifExists: true },
);
