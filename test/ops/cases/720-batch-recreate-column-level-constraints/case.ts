await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.dropConstraint("ck_t_x", { type_: "check" });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("x", sa.Integer(), sa.CheckConstraint("x > 0", { name: "ck_t_x" })),
    sa.Column("y", sa.Integer(), sa.CheckConstraint("y > 0")),
  ),
});
