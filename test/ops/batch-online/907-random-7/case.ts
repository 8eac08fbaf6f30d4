await op.batchAlterTable("tt", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.Numeric(8, 1)));
}, { recreate: "always" });
