await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.alterColumn("id", { nullable: true });
}, {
  schema: "s",
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("m", sa.Enum("x", "y", { name: "m_enum", inheritSchema: true })),
    sa.Column("n", sa.Enum("x", "y", { name: "n_enum", schema: "other" })),
    { schema: "s" },
  ),
});
