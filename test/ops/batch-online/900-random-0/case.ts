await op.batchAlterTable("tt", async (batchOp) => {
  await batchOp.alterColumn("a0", { newColumnName: "a0_r" });
  await batchOp.alterColumn("a4", { type_: sa.String(40) });
}, { recreate: "always" });
