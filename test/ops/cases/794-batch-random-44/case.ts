await op.batchAlterTable("Item", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.String(30)), { insertAfter: "d0" });
  await batchOp.alterColumn("d0", { serverDefault: null });
  await batchOp.createIndex("ix_new_mixed1", ["Mixed1"]);
}, {
  recreate: "always",
  tableKwargs: { comment: "tc" },
  copyFrom: sa.Table(
    "Item",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("d0", sa.Date(), { nullable: false, comment: "c d0", unique: true }),
    sa.Column("Mixed1", sa.Date()),
    sa.Column("parent_id", sa.Integer(), sa.ForeignKey("Item.id")),
    sa.Index("ix_item_parent_id", "parent_id", { unique: true }),
  ),
});
