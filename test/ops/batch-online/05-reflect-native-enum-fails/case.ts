await op.batchAlterTable("person", async (batchOp) => {
  await batchOp.addColumn(sa.Column("age", sa.Integer()));
}, { recreate: "always" });
