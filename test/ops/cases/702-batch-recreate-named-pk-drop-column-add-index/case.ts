await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.dropColumn("old");
  await batchOp.addColumn(sa.Column("n", sa.Integer(), { index: true }));
  await batchOp.createIndex("ix_t_keep", ["keep"]);
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer()),
    sa.Column("old", sa.String(10)),
    sa.Column("keep", sa.Boolean(), { nullable: false }),
    sa.PrimaryKeyConstraint("id", { name: "pk_t" }),
    sa.UniqueConstraint("old", { name: "uq_t_old" }),
    sa.Index("ix_t_old", "old"),
  ),
});
