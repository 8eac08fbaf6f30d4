await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.dropColumn("legacy");
  await batchOp.alterColumn("name", { newColumnName: "full_name", existingType: sa.String(50) });
  await batchOp.addColumn(sa.Column("x", sa.Integer()));
}, { recreate: "always" });
