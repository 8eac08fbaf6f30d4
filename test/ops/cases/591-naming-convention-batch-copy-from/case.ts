const meta = sa.MetaData({ namingConvention: { uq: "uq_%(table_name)s_%(column_0_name)s" } });
await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.createUniqueConstraint(null, ["email"]);
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    meta,
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("email", sa.String(50)),
  ),
  namingConvention: { uq: "uq_%(table_name)s_%(column_0_name)s" },
});
