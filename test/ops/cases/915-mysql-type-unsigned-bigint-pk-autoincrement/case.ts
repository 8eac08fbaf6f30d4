await op.createTable(
  "counter",
  sa.Column("id", mysql.BIGINT({ unsigned: true }), { primaryKey: true, autoincrement: true }),
);
