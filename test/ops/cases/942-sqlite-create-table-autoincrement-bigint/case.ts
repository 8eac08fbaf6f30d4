await op.createTable(
  "account",
  sa.Column("id", sa.BigInteger(), { primaryKey: true }),
  { sqliteAutoincrement: true },
);
