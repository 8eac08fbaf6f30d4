await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.Numeric(12, 3)));
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("value0", sa.JSON()),
    sa.Column("Mixed1", sa.String(50), { nullable: false }),
    sa.Column("name2", sa.JSON()),
    sa.Column("parent_id", sa.Integer(), sa.ForeignKey("account.id")),
    sa.CheckConstraint("id > 0", { name: "ck_account_id" }),
  ),
});
