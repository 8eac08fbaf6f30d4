await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.createCheckConstraint("ck_added", "n < 100");
}, {
  recreate: "always",
  tableArgs: [sa.CheckConstraint("n > 0", { name: "ck_args" })],
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("n", sa.Integer()),
    sa.Column(
      "kind",
      sa.Enum("a", "b", { name: "kind", nativeEnum: false, createConstraint: true }),
    ),
    sa.UniqueConstraint("n", { name: "uq_t_n" }),
  ),
});
