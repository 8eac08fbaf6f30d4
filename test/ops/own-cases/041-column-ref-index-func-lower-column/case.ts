await op.createIndex(
  "idx_user_email",
  "user",
  [sa.func.lower(sa.column("email"))],
  { unique: true, postgresqlWhere: sa.text("state = 'active'") },
);
