await op.batchAlterTable("tt", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.Numeric(8, 1)));
  await batchOp.addColumn(sa.Column("new1", sa.Integer()));
  await batchOp.addColumn(sa.Column("new2", sa.String(40)));
}, { recreate: "always" });
