await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("a", sa.Integer()), { insertBefore: "b" });
});
