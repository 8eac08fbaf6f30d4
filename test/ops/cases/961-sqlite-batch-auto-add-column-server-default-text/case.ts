await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column(
    "created_at",
    sa.DateTime(),
    { serverDefault: sa.text("CURRENT_TIMESTAMP") },
  ));
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name", sa.String(50)),
  ),
});
