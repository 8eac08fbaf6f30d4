await op.createTable(
  "t",
  sa.Column("a_id", sa.Integer(), sa.ForeignKey("a.id"), sa.ForeignKey("b.id")),
);
