await op.createIndex(
  "ix_t_active",
  "t",
  ["x"],
  { unique: true, postgresqlWhere: sa.text("status = 'active'") },
);
