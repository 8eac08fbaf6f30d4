await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.dropColumn("pid");
  await batchOp.createForeignKey("fk_t_r", "r", ["qid"], ["id"], { ondelete: "SET NULL" });
  await batchOp.createUniqueConstraint("uq_t_qid", ["qid"]);
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("pid", sa.Integer(), sa.ForeignKey("p.id", { name: "fk_t_p" })),
    sa.Column("qid", sa.Integer(), sa.ForeignKey("q.id")),
    sa.UniqueConstraint("pid", "qid", { name: "uq_t_pq" }),
  ),
});
