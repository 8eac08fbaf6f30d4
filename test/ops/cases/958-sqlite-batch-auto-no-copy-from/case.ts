await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.dropColumn("name");
});
