await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("z", sa.Integer()));
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("flag", sa.Boolean({ createConstraint: true, name: "ck_flag" })),
    sa.Column(
      "kind",
      sa.Enum("a", "b", { name: "kind", nativeEnum: false, createConstraint: true }),
    ),
  ),
});
