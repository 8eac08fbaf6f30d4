await op.createTable(
  "t",
  sa.Column("id", sa.BigInteger(), { primaryKey: true, autoincrement: false }),
);
