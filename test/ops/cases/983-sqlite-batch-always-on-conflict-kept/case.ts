await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("name", sa.String(50)));
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("email", sa.String(100)),
    sa.UniqueConstraint("email", { name: "uq_account_email", sqliteOnConflict: "IGNORE" }),
  ),
});
