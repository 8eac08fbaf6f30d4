await op.batchAlterTable("child", async (batchOp) => {
  await batchOp.addColumn(sa.Column("note", sa.String(10)));
}, { recreate: "always" });
