await op.batchAlterTable("Item", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.Text()));
  await batchOp.createIndex("ix_new_name1", ["name1"]);
  await batchOp.addColumn(sa.Column("new1", sa.BigInteger()));
  await batchOp.alterColumn("new1", { serverDefault: "1" });
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
    sa.Column("c0", sa.Integer()),
    sa.Column("name1", sa.Text()),
    sa.Column("b2", sa.String(50)),
    sa.Column("name3", sa.String(20), { serverDefault: "x" }),
    sa.UniqueConstraint("b2"),
    sa.CheckConstraint("id > 0", { name: "ck_item_id" }),
  ),
});
