await op.createIndex(
  "ix_t_a",
  "t",
  ["a"],
  { unique: true, sqliteWhere: sa.column("deleted").is_(null) },
);
