await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.Text()));
  await batchOp.alterColumn("mood", { newColumnName: "mood_r" });
}, {
  recreate: "always",
  tableKwargs: { comment: "tc" },
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("d0", sa.Numeric(10, 2), { nullable: false, comment: "c d0" }),
    sa.Column("name1", sa.BigInteger(), { nullable: false, index: true }),
    sa.Column(
      "mood",
      sa.Enum("a", "b", { name: "e_42", nativeEnum: false, createConstraint: true }),
    ),
    sa.UniqueConstraint("mood", { name: "uq_t_mood" }),
  ),
});
