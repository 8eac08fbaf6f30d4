await op.batchAlterTable("order", async (batchOp) => {
  await batchOp.dropIndex("ix_order_e0_name1");
  await batchOp.addColumn(sa.Column("new0", sa.Numeric(12, 3)));
  await batchOp.alterColumn("name1", { serverDefault: "1" });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "order",
    sa.MetaData({
      namingConvention: {
        uq: "uq_%(table_name)s_%(column_0_name)s",
        ix: "ix_%(column_0_label)s",
        fk: "fk_%(table_name)s_%(column_0_name)s",
      },
    }),
    sa.Column("id", sa.Integer()),
    sa.Column("id2", sa.Integer()),
    sa.Column("e0", sa.SmallInteger(), { nullable: false }),
    sa.Column("name1", sa.JSON()),
    sa.PrimaryKeyConstraint("id", "id2"),
    sa.CheckConstraint("id > 0", { name: "ck_order_id" }),
    sa.Index("ix_order_e0_name1", "e0", "name1", { unique: true }),
  ),
});
