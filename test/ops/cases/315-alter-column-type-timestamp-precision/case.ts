await op.alterColumn(
  "job",
  "ts",
  { type_: postgresql.TIMESTAMP({ timezone: true, precision: 3 }), existingType: sa.DateTime() },
);
