await op.batchAlterTable("doc", async (batchOp) => {
  await batchOp.alterColumn("body", { type_: sa.JSON() });
  await batchOp.alterColumn("n", { type_: sa.Integer() });
});
