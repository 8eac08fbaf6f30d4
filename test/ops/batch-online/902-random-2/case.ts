await op.batchAlterTable("tt", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.Text()));
}, { recreate: "always" });
