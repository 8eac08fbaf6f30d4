await op.createTable(
  "t",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("o_id", sa.Integer(), sa.ForeignKey("sales.Order.Id", { ondelete: "CASCADE" })),
);
