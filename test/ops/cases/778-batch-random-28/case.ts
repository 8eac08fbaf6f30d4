await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.Float()));
  await batchOp.alterColumn("b2", { nullable: true });
}, {
  recreate: "always",
  tableKwargs: { comment: "tc" },
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("c0", sa.Numeric(10, 2), { nullable: false }),
    sa.Column("name1", sa.Text(), { serverDefault: sa.text("''"), unique: true }),
    sa.Column("b2", postgresql.UUID(), { index: true }),
    sa.Index("ix_t_b2", "b2"),
  ),
});
