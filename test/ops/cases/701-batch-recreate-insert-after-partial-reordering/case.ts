await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("a", sa.Integer()), { insertAfter: "id" });
  await batchOp.addColumn(sa.Column("z", sa.Integer()));
}, {
  recreate: "always",
  partialReordering: [["c", "b"]],
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("b", sa.Integer()),
    sa.Column("c", sa.Integer()),
  ),
});
