await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.dropColumn("legacy");
  await batchOp.alterColumn("name", { newColumnName: "full_name" });
  await batchOp.alterColumn("email", { nullable: false });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name", sa.String(50), { nullable: false }),
    sa.Column("legacy", sa.Text()),
    sa.Column("email", sa.String(100)),
  ),
});
