await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.dropColumn("legacy");
  await batchOp.alterColumn("name", { newColumnName: "full_name" });
  await batchOp.addColumn(sa.Column("x", sa.Integer()));
  await batchOp.alterColumn("score", { type_: sa.Integer() });
});
