await op.createTable(
  "big",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  { postgresqlTablespace: "fast_disk" },
);
