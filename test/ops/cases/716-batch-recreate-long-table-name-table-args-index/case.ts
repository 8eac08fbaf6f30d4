await op.batchAlterTable("a_really_long_table_name_that_goes_on_and_on_forever", async (batchOp) => {
  await batchOp.alterColumn("n", { nullable: false });
}, {
  recreate: "always",
  tableArgs: [sa.Index("ix_long_n", "n"), sa.UniqueConstraint("n", { name: "uq_long_n" })],
  copyFrom: sa.Table(
    "a_really_long_table_name_that_goes_on_and_on_forever",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("n", sa.Integer()),
  ),
});
