await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  { mysqlRowFormat: "DYNAMIC", mysqlAutoIncrement: "1000", mysqlKeyBlockSize: "8" },
);
