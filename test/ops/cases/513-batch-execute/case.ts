await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.execute("UPDATE account SET x = 1");
});
