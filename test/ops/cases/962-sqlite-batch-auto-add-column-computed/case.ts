await op.batchAlterTable("line", async (batchOp) => {
  await batchOp.addColumn(sa.Column("double", sa.Integer(), sa.Computed("price * 2")));
}, {
  copyFrom: sa.Table(
    "line",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("price", sa.Integer()),
  ),
});
