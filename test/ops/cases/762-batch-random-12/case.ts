await op.batchAlterTable("Item", async (batchOp) => {
  await batchOp.dropIndex("ix_item_value1_c2");
  await batchOp.createUniqueConstraint("uq_new_value1", ["value1"]);
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
    sa.Column("f0", sa.String(50)),
    sa.Column("value1", sa.Numeric(10, 2), { unique: true }),
    sa.Column("c2", sa.DateTime({ timezone: true }), { comment: "c c2", index: true }),
    sa.Column("f3", postgresql.JSONB(), { comment: "c f3" }),
    sa.Index("ix_item_value1_c2", "value1", "c2"),
  ),
});
