await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.createIndex("ix_new_name1", ["name1"]);
  await batchOp.createUniqueConstraint("uq_new_value0", ["value0"]);
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("value0", sa.LargeBinary()),
    sa.Column("name1", postgresql.UUID()),
    sa.UniqueConstraint("name1", { name: "uq_account_name1" }),
    sa.CheckConstraint("id > 0", { name: "ck_account_id" }),
    sa.Index("ix_account_value0_name1", "value0", "name1"),
  ),
});
