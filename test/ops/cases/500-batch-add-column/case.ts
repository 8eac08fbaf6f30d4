await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("age", sa.Integer(), { nullable: true }));
});
