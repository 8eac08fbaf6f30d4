await op.batchAlterTable("Item", async (batchOp) => {
  await batchOp.alterColumn("c4", { type_: sa.Boolean() });
}, {
  recreate: "always",
  tableKwargs: { comment: "tc" },
  copyFrom: sa.Table(
    "Item",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("b0", sa.SmallInteger(), { unique: true }),
    sa.Column("f1", sa.DateTime({ timezone: true }), { nullable: false }),
    sa.Column("name2", sa.Numeric(10, 2), { comment: "c name2" }),
    sa.Column("d3", sa.Integer()),
    sa.Column("c4", sa.Interval(), { nullable: false, comment: "c c4", unique: true }),
    sa.Column("mood", sa.Enum("a", "b", { name: "e_38" })),
    sa.UniqueConstraint("d3", { name: "uq_item_d3" }),
    sa.Index("ix_item_mood_f1", "mood", "f1"),
  ),
});
