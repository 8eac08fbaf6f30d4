await op.batchAlterTable("a", async (batchOp) => {
  await batchOp.addColumn(sa.Column("x", sa.Integer()));
});
await op.batchAlterTable("b", async (batchOp) => {
  await batchOp.dropColumn("y");
});
