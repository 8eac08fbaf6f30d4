await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.Float()));
  await batchOp.createIndex("ix_new_value1", ["value1"]);
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("f0", sa.Numeric(10, 2), { nullable: false }),
    sa.Column("value1", sa.Float(), { nullable: false, unique: true }),
    sa.Column("parent_id", sa.Integer(), sa.ForeignKey("account.id")),
    sa.Index("ix_account_parent_id", "parent_id"),
  ),
});
