await op.batchAlterTable("Item", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.String(30)));
}, {
  recreate: "always",
  tableKwargs: { comment: "tc" },
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
    sa.Column("d0", sa.Text()),
    sa.Column("c1", sa.SmallInteger()),
    sa.Column("name2", sa.LargeBinary(), { index: true }),
    sa.Column("Mixed3", sa.SmallInteger(), { nullable: false, index: true }),
    sa.Column("value4", sa.DateTime({ timezone: true })),
    sa.UniqueConstraint("name2", { name: "uq_item_name2" }),
  ),
});
