await op.batchAlterTable("Item", async (batchOp) => {
  await batchOp.alterColumn("d0", { serverDefault: null });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "Item",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("d0", sa.String(50)),
    sa.Column("Mixed1", sa.String(50), { nullable: false }),
    sa.Column(
      "mood",
      sa.Enum("a", "b", { name: "e_40", nativeEnum: false, createConstraint: true }),
    ),
    sa.UniqueConstraint("Mixed1", { name: "uq_item_Mixed1" }),
  ),
});
