await op.batchAlterTable("event", async (batchOp) => {
  await batchOp.alterColumn("at", { type_: sqlite.DATETIME() });
  await batchOp.alterColumn("payload", { type_: sqlite.JSON() });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "event",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("at", sa.String(30)),
    sa.Column("payload", sa.Text()),
  ),
});
