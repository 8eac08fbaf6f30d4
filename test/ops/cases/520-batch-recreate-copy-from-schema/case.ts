await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.alterColumn("n", { type_: sa.BigInteger(), existingType: sa.Integer() });
}, {
  schema: "billing",
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("n", sa.Integer()),
    { schema: "billing" },
  ),
});
