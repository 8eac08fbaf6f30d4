await op.createTable(
  "tmp",
  sa.Column("id", sa.Integer()),
  { prefixes: ["TEMPORARY"], postgresqlOnCommit: "DROP" },
);
