await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("email", sa.String(100), { unique: true, sqliteOnConflictUnique: "REPLACE" }),
);
