await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.dropIndex("ix_t_n");
}, {
  recreate: "always",
  tableKwargs: { comment: "a table" },
  tableArgs: [sa.CheckConstraint("n > 0", { name: "ck_t_n" })],
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("n", sa.Integer(), { comment: "count", unique: true }),
    sa.Index("ix_t_n", "n"),
    sa.Index("ix_t_id_n", "id", "n", { unique: true }),
  ),
});
