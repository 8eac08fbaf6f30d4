await op.createTable(
  "t",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("status", sa.String(10), { default: "new" }),
);
