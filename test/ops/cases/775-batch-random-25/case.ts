await op.batchAlterTable("Item", async (batchOp) => {
  await batchOp.alterColumn("name1", { serverDefault: "1" });
  await batchOp.dropConstraint("ck_item_id");
  await batchOp.createCheckConstraint("ck_new_2", "id >= 0");
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "Item",
    sa.MetaData({
      namingConvention: {
        uq: "uq_%(table_name)s_%(column_0_name)s",
        ix: "ix_%(column_0_label)s",
        fk: "fk_%(table_name)s_%(column_0_name)s",
      },
    }),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("e0", sa.Interval(), { nullable: false }),
    sa.Column("name1", sa.String(20), { serverDefault: "x" }),
    sa.CheckConstraint("id > 0", { name: "ck_item_id" }),
    sa.Index("ix_item_e0_name1", "e0", "name1"),
  ),
});
