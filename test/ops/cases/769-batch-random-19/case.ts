await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.createCheckConstraint("ck_new_0", "id >= 0");
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name0", sa.JSON(), { unique: true }),
    sa.Column("e1", postgresql.UUID(), { unique: true }),
    sa.UniqueConstraint("name0"),
    sa.CheckConstraint("id > 0", { name: "ck_t_id" }),
    sa.Index("ix_t_name0", "name0"),
  ),
});
