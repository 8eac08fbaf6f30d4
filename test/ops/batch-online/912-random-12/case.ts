await op.batchAlterTable("tt", async (batchOp) => {
  await batchOp.alterColumn("b3", { type_: sa.Integer() });
  await batchOp.addColumn(sa.Column("new1", sa.Integer()));
  await batchOp.alterColumn("val1", { newColumnName: "val1_r" });
}, { recreate: "always" });
