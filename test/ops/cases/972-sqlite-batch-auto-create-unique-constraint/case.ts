await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.createUniqueConstraint("uq_account_email", ["email"]);
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("email", sa.String(100)),
  ),
});
