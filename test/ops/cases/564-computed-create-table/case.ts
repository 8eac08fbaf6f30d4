await op.createTable(
  "line",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("price", sa.Numeric(10, 2)),
  sa.Column("qty", sa.Integer()),
  sa.Column("total", sa.Numeric(10, 2), sa.Computed("price * qty")),
);
