await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.alterColumn("name", { serverDefault: "n/a" });
});
