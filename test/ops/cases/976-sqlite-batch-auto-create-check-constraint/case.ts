await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.createCheckConstraint("ck_account_age", "age >= 0");
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("age", sa.Integer()),
  ),
});
