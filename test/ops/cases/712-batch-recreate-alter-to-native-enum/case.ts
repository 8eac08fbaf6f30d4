await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.alterColumn(
    "status",
    { type_: sa.Enum("on", "off", { name: "status_enum" }), existingType: sa.String(10) },
  );
  await batchOp.dropColumn("kind", { existingType: sa.Enum("x", "y", { name: "kind" }) });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("status", sa.String(10)),
    sa.Column("kind", sa.Enum("x", "y", { name: "kind" })),
  ),
});
