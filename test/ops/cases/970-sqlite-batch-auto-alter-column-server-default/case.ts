await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.alterColumn("score", { serverDefault: null });
  await batchOp.alterColumn("created_at", { serverDefault: sa.func.now() });
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("score", sa.Integer(), { serverDefault: "0" }),
    sa.Column("created_at", sa.DateTime()),
  ),
});
