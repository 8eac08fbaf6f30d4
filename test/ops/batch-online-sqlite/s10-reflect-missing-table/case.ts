await op.batchAlterTable("nosuch", async (batchOp) => {
  await batchOp.dropColumn("x");
});
