await op.createTable(
  "cache",
  sa.Column("key", sa.String(100), { primaryKey: true }),
  sa.Column("value", sa.Text()),
  { prefixes: ["UNLOGGED"] },
);
