await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("score", sa.Integer(), { serverDefault: "0", nullable: false }));
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name", sa.String(50)),
  ),
});
