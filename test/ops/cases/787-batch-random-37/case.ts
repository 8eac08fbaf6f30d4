await op.batchAlterTable("user_data", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.Integer()));
}, {
  schema: "s1",
  recreate: "always",
  copyFrom: sa.Table(
    "user_data",
    sa.MetaData(),
    sa.Column("id", sa.Integer()),
    sa.Column("id2", sa.Integer()),
    sa.Column("Mixed0", sa.BigInteger(), { index: true }),
    sa.Column("value1", sa.Date(), { index: true }),
    sa.PrimaryKeyConstraint("id", "id2", { name: "pk_user_data" }),
    sa.UniqueConstraint("value1"),
    sa.Index("ix_user_data_mixed0_value1", "Mixed0", "value1"),
    { schema: "s1" },
  ),
});
