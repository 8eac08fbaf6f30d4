await op.batchAlterTable("tt", async (batchOp) => {
  await batchOp.alterColumn("c3", { type_: sa.Text() });
}, { recreate: "always" });
