await op.batchAlterTable("Item", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.String(30)));
  await batchOp.alterColumn("a1", { newColumnName: "a1_r" });
}, {
  schema: "s1",
  recreate: "always",
  copyFrom: sa.Table(
    "Item",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("c0", postgresql.JSONB()),
    sa.Column("a1", sa.Numeric(10, 2)),
    sa.Column("c2", sa.DateTime({ timezone: true }), { nullable: false, index: true }),
    sa.Column("a3", postgresql.UUID()),
    sa.Column("parent_id", sa.Integer(), sa.ForeignKey("Item.id")),
    sa.CheckConstraint("id > 0", { name: "ck_item_id" }),
    { schema: "s1" },
  ),
});
