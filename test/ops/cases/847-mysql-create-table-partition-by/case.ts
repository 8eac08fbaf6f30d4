await op.createTable(
  "event",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  { mysqlEngine: "InnoDB", mysqlPartitionBy: "HASH(id)", mysqlPartitions: "4" },
);
