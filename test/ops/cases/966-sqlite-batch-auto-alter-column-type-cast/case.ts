await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.alterColumn("score", { type_: sa.Integer() });
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("score", sa.String(10)),
  ),
});
