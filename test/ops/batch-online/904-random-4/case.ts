await op.batchAlterTable("tt", async (batchOp) => {
  await batchOp.alterColumn("val2", { type_: sa.Integer() });
  await batchOp.dropColumn("val2");
  await batchOp.alterColumn("a3", { type_: sa.Integer() });
}, { recreate: "always" });
