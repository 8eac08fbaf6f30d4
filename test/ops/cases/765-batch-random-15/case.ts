await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.alterColumn("f1", { type_: sa.Float() });
  await batchOp.alterColumn("f1", { serverDefault: "1" });
  await batchOp.createIndex("ix_new_f1", ["f1"]);
  await batchOp.createIndex("ix_new_f1", ["f1"]);
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("a0", sa.Text(), { serverDefault: sa.text("''"), comment: "c a0", index: true }),
    sa.Column("f1", sa.Numeric(10, 2), { nullable: false }),
    sa.UniqueConstraint("f1"),
    sa.CheckConstraint("id > 0", { name: "ck_account_id" }),
  ),
});
