await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("email", sa.String(200)));
  await batchOp.alterColumn("name", { newColumnName: "full_name", existingType: sa.String(50) });
  await batchOp.dropColumn("legacy");
  await batchOp.createIndex("ix_account_email", ["email"], { unique: true });
});
