await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.alterColumn("name", { newColumnName: "full_name" });
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name", sa.String(50), { nullable: false }),
    sa.Index("ix_account_name", "name"),
  ),
});
