await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("a", sa.Integer()), { insertBefore: "b" });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("b", sa.Integer()),
  ),
});
