await op.createIndex(
  "ix_account_active_email",
  "account",
  ["email"],
  { unique: true, postgresqlWhere: sa.text("deleted_at IS NULL") },
);
