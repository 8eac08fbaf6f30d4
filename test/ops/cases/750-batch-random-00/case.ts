await op.batchAlterTable("Item", async (batchOp) => {
  await batchOp.alterColumn("value4", { type_: sa.BigInteger() });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "Item",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("Mixed0", sa.Interval()),
    sa.Column("d1", sa.Time(), { nullable: false, comment: "c d1", unique: true }),
    sa.Column("Mixed2", sa.String(50)),
    sa.Column("value3", sa.String(20)),
    sa.Column("value4", sa.Time(), { nullable: false, index: true }),
    sa.Index("ix_item_mixed2_d1", "Mixed2", "d1"),
  ),
});
