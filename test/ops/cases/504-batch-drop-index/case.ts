await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.dropIndex("ix_account_email");
});
