await op.createTable(
  "t",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("x", sa.Integer()),
  sa.Column("y", sa.Integer(), sa.CheckConstraint(sa.column("y").gt(0))),
  sa.CheckConstraint(sa.column("x").gt(5), { name: "ck_t_x" }),
  sa.CheckConstraint(sa.Column("x").gt(1)),
);
