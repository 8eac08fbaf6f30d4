await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  { mysqlEngine: "InnoDB", mariadbEngine: "Aria", mysqlCharset: "utf8mb4", mariadbCharset: "utf8" },
);
