await op.createTable(
  "scratch",
  sa.Column("id", sa.Integer()),
  { prefixes: ["TEMPORARY"], mysqlEngine: "MEMORY" },
);
