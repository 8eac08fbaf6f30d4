await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  { sqliteWithRowid: false },
);
