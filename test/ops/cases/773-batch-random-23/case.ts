await op.batchAlterTable("order", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.Numeric(12, 3)));
  await batchOp.alterColumn("a1", { newColumnName: "a1_r" });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "order",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("e0", postgresql.UUID()),
    sa.Column("a1", sa.Numeric(10, 2), { unique: true }),
    sa.Column("parent_id", sa.Integer(), sa.ForeignKey("order.id")),
  ),
});
