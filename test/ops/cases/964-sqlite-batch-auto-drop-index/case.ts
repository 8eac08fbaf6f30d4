await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.dropIndex("ix_account_name");
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name", sa.String(50)),
    sa.Index("ix_account_name", "name"),
  ),
});
