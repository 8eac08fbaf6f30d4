await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("name", sa.String(50)),
  { mysqlEngine: "InnoDB", mysqlCharset: "utf8mb4", mysqlCollate: "utf8mb4_unicode_ci" },
);
