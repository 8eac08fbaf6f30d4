await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.dropColumn("name3");
  await batchOp.alterColumn("e1", { type_: sa.String(30) });
  await batchOp.createCheckConstraint("ck_new_2", "id >= 0");
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("b0", sa.DateTime({ timezone: true }), { unique: true, index: true }),
    sa.Column("e1", sa.String(50), { comment: "c e1" }),
    sa.Column("e2", sa.JSON(), { unique: true }),
    sa.Column("name3", sa.DateTime({ timezone: true })),
    sa.Index("ix_t_e2", "e2"),
  ),
});
