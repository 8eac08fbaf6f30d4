await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.dropIndex("ix_account_name");
  await batchOp.createIndex("ix_account_email", ["email"]);
  await batchOp.addColumn(sa.Column("age", sa.Integer()));
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name", sa.String(50)),
    sa.Column("email", sa.String(100)),
    sa.Index("ix_account_name", "name"),
  ),
});
