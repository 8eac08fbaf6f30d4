await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  { mariadbEngine: "InnoDB" },
);
