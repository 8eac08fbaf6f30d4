await op.createTable(
  "t",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("real_name", sa.String(10), { key: "attr_name" }),
);
