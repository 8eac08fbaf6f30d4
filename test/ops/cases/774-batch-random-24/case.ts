await op.batchAlterTable("Item", async (batchOp) => {
  await batchOp.alterColumn("e1", { type_: sa.String(30) });
}, {
  schema: "s1",
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
    sa.Column("c0", sa.Boolean(), { nullable: false }),
    sa.Column("e1", sa.Integer(), { unique: true }),
    sa.Column("value2", sa.Date()),
    sa.CheckConstraint("id > 0", { name: "ck_item_id" }),
    { schema: "s1" },
  ),
});
