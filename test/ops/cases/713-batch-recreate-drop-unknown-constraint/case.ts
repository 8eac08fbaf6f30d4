await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.dropConstraint("uq_nope", { type_: "unique" });
}, {
  recreate: "always",
  copyFrom: sa.Table("t", sa.MetaData(), sa.Column("id", sa.Integer(), { primaryKey: true })),
});
