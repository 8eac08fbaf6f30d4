await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("email", sa.String(100), { serverDefault: "none" }));
  await batchOp.createIndex("ix_account_email", ["email"]);
});
