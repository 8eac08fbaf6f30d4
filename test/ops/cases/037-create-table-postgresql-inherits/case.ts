await op.createTable(
  "measurement_2020",
  sa.Column("id", sa.Integer()),
  { postgresqlInherits: "measurement" },
);
