await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.createUniqueConstraint("uq_new_value0", ["value0"]);
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("value0", sqlite.JSON(), { index: true }),
    sa.Column("a1", sa.Time(), { index: true }),
    sa.UniqueConstraint("value0"),
    sa.CheckConstraint("id > 0", { name: "ck_account_id" }),
    sa.Index("ix_account_a1", "a1"),
  ),
});
