await op.batchAlterTable("tt", async (batchOp) => {
  await batchOp.alterColumn("note1", { type_: sa.String(40) });
  await batchOp.dropColumn("c0");
}, { recreate: "always" });
