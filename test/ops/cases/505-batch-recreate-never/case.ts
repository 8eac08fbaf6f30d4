await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("x", sa.Integer()));
}, { recreate: "never" });
