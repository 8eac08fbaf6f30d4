await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.dropIndex("ix_account_deleted");
  await batchOp.addColumn(sa.Column("note", sa.Text()));
}, { recreate: "always" });
