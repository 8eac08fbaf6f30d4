await op.createTable(
  "measurement",
  sa.Column("id", sa.Integer()),
  sa.Column("logdate", sa.Date(), { nullable: false }),
  { postgresqlPartitionBy: "RANGE (logdate)" },
);
