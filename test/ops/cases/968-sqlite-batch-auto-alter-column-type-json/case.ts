await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.alterColumn("prefs", { type_: sqlite.JSON() });
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("prefs", sa.Text()),
  ),
});
