await op.batchAlterTable("tt", async (batchOp) => {
  await batchOp.alterColumn("val1", { newColumnName: "val1_r" });
  await batchOp.alterColumn("val2", { type_: sa.Text() });
}, { recreate: "always" });
