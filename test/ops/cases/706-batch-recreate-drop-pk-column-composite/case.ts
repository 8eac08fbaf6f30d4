await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.dropColumn("b");
  await batchOp.alterColumn("v", { type_: sa.Integer(), nullable: false });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("a", sa.Integer(), { primaryKey: true }),
    sa.Column("b", sa.Integer(), { primaryKey: true }),
    sa.Column("v", sa.Text()),
  ),
});
