await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.createIndex("ix_account_name", ["name"], { unique: true });
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name", sa.String(50)),
  ),
});
