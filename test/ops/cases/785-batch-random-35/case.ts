await op.batchAlterTable("user_data", async (batchOp) => {
  await batchOp.createIndex("ix_new_a2", ["a2"]);
  await batchOp.alterColumn("value3", { serverDefault: "1" });
  await batchOp.alterColumn("value3", { nullable: true });
  await batchOp.addColumn(sa.Column("new0", sa.Text()), { insertAfter: "id" });
}, {
  recreate: "always",
  partialReordering: [["e1", "f0"]],
  copyFrom: sa.Table(
    "user_data",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("f0", sa.String(50), { nullable: false }),
    sa.Column("e1", sa.JSON(), { index: true }),
    sa.Column("a2", sa.Time(), { nullable: false, index: true }),
    sa.Column("value3", sa.BigInteger(), { nullable: false, unique: true }),
    sa.UniqueConstraint("a2", { name: "uq_user_data_a2" }),
    sa.CheckConstraint("id > 0", { name: "ck_user_data_id" }),
  ),
});
