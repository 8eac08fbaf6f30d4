await op.batchAlterTable("tt", async (batchOp) => {
  await batchOp.dropColumn("note0");
  await batchOp.addColumn(sa.Column("new1", sa.Integer()));
}, { recreate: "always" });
