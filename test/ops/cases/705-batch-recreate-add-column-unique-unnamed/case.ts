await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("u", sa.Integer(), { unique: true }));
}, {
  recreate: "always",
  copyFrom: sa.Table("t", sa.MetaData(), sa.Column("id", sa.Integer(), { primaryKey: true })),
});
