await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("nick", sa.String(20)), { insertAfter: "name" });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name", sa.String(50)),
    sa.Column("email", sa.String(100)),
  ),
});
