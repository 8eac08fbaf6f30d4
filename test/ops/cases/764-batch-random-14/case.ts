await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.createCheckConstraint("ck_new_0", "id >= 0");
  await batchOp.addColumn(sa.Column("new0", sa.BigInteger()), { insertBefore: "f2" });
  await batchOp.addColumn(sa.Column("new1", sa.Boolean()), { insertAfter: "id" });
  await batchOp.alterColumn("f2", { type_: sa.Text() });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("e0", sa.Date()),
    sa.Column("name1", postgresql.JSONB(), { comment: "c name1" }),
    sa.Column("f2", sa.Float()),
    sa.UniqueConstraint("e0", { name: "uq_t_e0" }),
    sa.CheckConstraint("id > 0", { name: "ck_t_id" }),
    sa.Index("ix_t_name1", "name1"),
  ),
});
