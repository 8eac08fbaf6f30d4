await op.batchAlterTable("Item", async (batchOp) => {
  await batchOp.createCheckConstraint("ck_new_0", "id >= 0");
}, {
  copyFrom: sa.Table(
    "Item",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("Mixed0", sa.Float()),
    sa.Column("d1", sa.Date(), { nullable: false, comment: "c d1", unique: true }),
    sa.Column("Mixed2", sqlite.DATETIME()),
    sa.Column("f3", sa.Float()),
    sa.Column("d4", sa.Date()),
    sa.Column("parent_id", sa.Integer(), sa.ForeignKey("Item.id")),
    sa.CheckConstraint("id > 0", { name: "ck_item_id" }),
  ),
});
