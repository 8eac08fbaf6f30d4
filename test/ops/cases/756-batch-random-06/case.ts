await op.batchAlterTable("user_data", async (batchOp) => {
  await batchOp.alterColumn("f1", { newColumnName: "f1_r" });
}, {
  schema: "s1",
  recreate: "always",
  tableKwargs: { comment: "tc" },
  copyFrom: sa.Table(
    "user_data",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("e0", sa.BigInteger(), { nullable: false }),
    sa.Column("f1", sa.DateTime({ timezone: true })),
    sa.CheckConstraint("id > 0", { name: "ck_user_data_id" }),
    sa.Index("ix_user_data_e0_f1", "e0", "f1"),
    { schema: "s1" },
  ),
});
