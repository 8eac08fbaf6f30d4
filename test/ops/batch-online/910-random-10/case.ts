await op.batchAlterTable("tt", async (batchOp) => {
  await batchOp.alterColumn("b1", { type_: sa.String(40) });
  await batchOp.alterColumn("ref_id", { type_: sa.String(40) });
  await batchOp.alterColumn("val0", { nullable: true });
}, { recreate: "always" });
