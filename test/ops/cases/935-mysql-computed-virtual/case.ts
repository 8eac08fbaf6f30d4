await op.addColumn(
  "t",
  sa.Column("total", sa.Integer(), sa.Computed("price * qty", { persisted: false })),
);
