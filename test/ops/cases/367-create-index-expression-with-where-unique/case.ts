await op.createIndex(
  "ix_user_lower_email",
  "user",
  [sa.text("lower(email)")],
  { unique: true, postgresqlWhere: sa.text("deleted_at IS NULL") },
);
