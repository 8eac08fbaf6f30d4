await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.alterColumn(
    "kind",
    {
      type_: sa.String(10),
      existingType: sa.Enum("a", "b", { name: "kind", nativeEnum: false, createConstraint: true }),
    },
  );
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column(
      "kind",
      sa.Enum("a", "b", { name: "kind", nativeEnum: false, createConstraint: true }),
    ),
  ),
});
