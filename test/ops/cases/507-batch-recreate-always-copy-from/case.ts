await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("x", sa.Integer()));
  await batchOp.alterColumn("name", { type_: sa.String(100) });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name", sa.String(50)),
  ),
});
