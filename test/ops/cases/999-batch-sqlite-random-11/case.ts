await op.batchAlterTable("Item", async (batchOp) => {
  await batchOp.createIndex("ix_new_d0", ["d0"]);
  await batchOp.addColumn(sa.Column("new0", sa.Text()));
}, {
  partialReordering: [["c1", "d0"]],
  tableKwargs: { sqliteAutoincrement: true },
  copyFrom: sa.Table(
    "Item",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("d0", sa.String(20)),
    sa.Column("c1", sa.BigInteger()),
    sa.Column("name2", sa.Float(), { index: true }),
    sa.Column("Mixed3", sa.BigInteger(), { nullable: false, index: true }),
    sa.Column("value4", sa.Boolean()),
    sa.UniqueConstraint("value4"),
  ),
});
