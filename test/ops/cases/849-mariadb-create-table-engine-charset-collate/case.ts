await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("name", sa.String(50)),
  { mariadbEngine: "InnoDB", mariadbCharset: "utf8mb4", mariadbCollate: "utf8mb4_unicode_ci" },
);
