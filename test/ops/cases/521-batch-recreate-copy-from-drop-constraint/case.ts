await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.dropConstraint("uq_t_x", { type_: "unique" });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("x", sa.Integer()),
    sa.UniqueConstraint("x", { name: "uq_t_x" }),
  ),
});
