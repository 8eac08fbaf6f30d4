await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("z", sa.Integer()));
}, { partialReordering: [["id", "name"]] });
