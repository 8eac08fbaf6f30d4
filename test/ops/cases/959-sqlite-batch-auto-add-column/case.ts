await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("email", sa.String(100)));
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name", sa.String(50)),
  ),
});
