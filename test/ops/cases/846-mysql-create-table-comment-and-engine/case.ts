await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  { comment: "All accounts", mysqlEngine: "MyISAM" },
);
