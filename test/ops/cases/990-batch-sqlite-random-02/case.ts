await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.createIndex("ix_new_a1", ["a1"]);
  await batchOp.alterColumn("a1", { serverDefault: sa.text("CURRENT_TIMESTAMP") });
  await batchOp.dropColumn("c0");
}, {
  copyFrom: sa.Table(
    "t",
    sa.MetaData({
      namingConvention: {
        uq: "uq_%(table_name)s_%(column_0_name)s",
        ix: "ix_%(column_0_label)s",
        fk: "fk_%(table_name)s_%(column_0_name)s",
      },
    }),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("c0", sqlite.DATETIME()),
    sa.Column("a1", sa.DateTime()),
  ),
});
