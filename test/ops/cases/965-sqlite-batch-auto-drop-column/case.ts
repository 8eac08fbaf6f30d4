await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.dropColumn("legacy");
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name", sa.String(50)),
    sa.Column("legacy", sa.Integer()),
  ),
});
