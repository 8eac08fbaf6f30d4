await op.batchAlterTable("tt", async (batchOp) => {
  await batchOp.alterColumn("val4", { nullable: true });
  await batchOp.alterColumn("val5", { nullable: true });
}, { recreate: "always" });
