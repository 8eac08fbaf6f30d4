await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("n", sa.Integer(), { serverDefault: sa.text("(1 + 1)"), nullable: false }));
});
