await op.createTable(
  "line",
  sa.Column("price", sa.Integer()),
  sa.Column("qty", sa.Integer()),
  sa.Column("total", sa.Integer(), sa.Computed("price * qty", { persisted: true })),
  sa.Column("half", sa.Integer(), sa.Computed("price / 2", { persisted: false })),
);
