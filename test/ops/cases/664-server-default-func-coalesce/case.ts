await op.addColumn(
  "t",
  sa.Column("x", sa.Integer(), { serverDefault: sa.func.coalesce(sa.literal_column("NULL"), 1) }),
);
