await op.batchAlterTable("Item", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.BigInteger()));
  await batchOp.addColumn(sa.Column("new1", sa.Integer()));
  await batchOp.alterColumn("c0", { serverDefault: null });
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
    sa.Column("c0", sa.LargeBinary()),
    sa.Column("f1", sa.Date()),
    sa.Column("value2", sqlite.DATETIME(), { unique: true, index: true }),
    sa.Column("b3", sqlite.JSON()),
    sa.Column("mood", sa.Enum("a", "b", { name: "e_9" })),
  ),
});
