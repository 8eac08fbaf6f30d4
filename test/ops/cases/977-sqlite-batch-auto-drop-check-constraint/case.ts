await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.dropConstraint("ck_account_age", { type_: "check" });
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("age", sa.Integer()),
    sa.CheckConstraint("age >= 0", { name: "ck_account_age" }),
  ),
});
