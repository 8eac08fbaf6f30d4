await op.batchAlterTable("link", async (batchOp) => {
  await batchOp.alterColumn("weight", { newColumnName: "w" });
});
