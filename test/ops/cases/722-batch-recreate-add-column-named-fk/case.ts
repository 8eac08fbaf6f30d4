await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column(
    "pid",
    sa.Integer(),
    sa.ForeignKey("p.id", { name: "fk_t_p" }),
    { comment: "parent" },
  ));
  await batchOp.createCheckConstraint("ck_t_pid", sa.text("pid > 0"));
}, {
  recreate: "always",
  copyFrom: sa.Table("t", sa.MetaData(), sa.Column("id", sa.Integer(), { primaryKey: true })),
});
