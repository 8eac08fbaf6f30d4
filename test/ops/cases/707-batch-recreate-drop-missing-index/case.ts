await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.dropIndex("ix_nope");
}, {
  recreate: "always",
  copyFrom: sa.Table("t", sa.MetaData(), sa.Column("id", sa.Integer(), { primaryKey: true })),
});
