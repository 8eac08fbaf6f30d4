await op.createIndex(
  "idx_user_email",
  "user",
  [sa.func.lower(sa.Column("email"))],
  { unique: true, postgresqlWhere: sa.text("state = 'active'") },
);
