await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.String(30)), { insertAfter: "name2" });
}, {
  schema: "s1",
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("c0", sa.LargeBinary(), { unique: true }),
    sa.Column("a1", sa.Time()),
    sa.Column("name2", postgresql.JSONB(), { nullable: false }),
    sa.Column("b3", sa.Text()),
    sa.UniqueConstraint("c0", { name: "uq_t_c0" }),
    sa.CheckConstraint("id > 0", { name: "ck_t_id" }),
    sa.Index("ix_t_c0_name2", "c0", "name2"),
    { schema: "s1" },
  ),
});
