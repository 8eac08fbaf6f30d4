await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("q", sa.Integer()));
  await batchOp.addColumn(sa.Column("p", sa.Integer()), { insertBefore: "q" });
  await batchOp.addColumn(sa.Column("w", sa.Numeric(10, 2)), { insertAfter: "id" });
  await batchOp.alterColumn("x", { type_: sa.Numeric(10, 2) });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("x", sa.Integer()),
  ),
});
