await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  { mysqlCollate: "utf8mb4_bin", mysqlDefaultCharset: "utf8mb4" },
);
