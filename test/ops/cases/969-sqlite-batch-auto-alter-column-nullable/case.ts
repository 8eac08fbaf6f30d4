await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.alterColumn("name", { nullable: false });
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name", sa.String(50)),
  ),
});
