await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.dropConstraint("uq_account_email", { type_: "unique" });
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("email", sa.String(100)),
    sa.UniqueConstraint("email", { name: "uq_account_email" }),
  ),
});
