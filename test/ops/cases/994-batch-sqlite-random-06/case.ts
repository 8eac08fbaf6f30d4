await op.batchAlterTable("user_data", async (batchOp) => {
  await batchOp.dropIndex("ix_user_data_e1");
  await batchOp.createIndex("ix_new_e0", ["e0"]);
  await batchOp.addColumn(sa.Column("new0", sa.Integer(), { serverDefault: sa.text("(1 + 1)") }));
  await batchOp.addColumn(sa.Column("new1", sa.Float()));
}, {
  copyFrom: sa.Table(
    "user_data",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("e0", sa.Integer(), { nullable: false }),
    sa.Column("e1", sa.Float()),
    sa.Column("parent_id", sa.Integer(), sa.ForeignKey("user_data.id")),
    sa.Index("ix_user_data_e1", "e1"),
  ),
});
