await op.batchAlterTable("tt", async (batchOp) => {
  await batchOp.alterColumn("val0", { nullable: true });
  await batchOp.alterColumn("val0", { type_: sa.Integer() });
}, { recreate: "always" });
