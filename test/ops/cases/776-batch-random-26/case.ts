await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.createUniqueConstraint("uq_new_mixed0", ["Mixed0"]);
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("Mixed0", sa.BigInteger(), { nullable: false }),
    sa.Column("Mixed1", sa.Text()),
    sa.Column("a2", sa.Numeric(10, 2), { nullable: false }),
    sa.CheckConstraint("id > 0", { name: "ck_account_id" }),
  ),
});
