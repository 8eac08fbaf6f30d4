await op.createTable(
  "t",
  sa.Column("x", sa.Integer(), sa.CheckConstraint("x > 0")),
  sa.Column("y", sa.Integer(), sa.CheckConstraint("y < 10", { name: "ck_y" })),
);
