await op.batchAlterTable("user_data", async (batchOp) => {
  await batchOp.createIndex("ix_new_parent_id", ["parent_id"]);
  await batchOp.alterColumn("a0", { serverDefault: sa.text("now()") });
}, {
  recreate: "always",
  partialReordering: [["value1", "a0"]],
  copyFrom: sa.Table(
    "user_data",
    sa.MetaData({
      namingConvention: {
        uq: "uq_%(table_name)s_%(column_0_name)s",
        ix: "ix_%(column_0_label)s",
        fk: "fk_%(table_name)s_%(column_0_name)s",
      },
    }),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("a0", sa.Boolean(), { index: true }),
    sa.Column("value1", sa.DateTime({ timezone: true }), { nullable: false }),
    sa.Column("parent_id", sa.Integer(), sa.ForeignKey("user_data.id")),
    sa.UniqueConstraint("value1", { name: "uq_user_data_value1" }),
    sa.Index("ix_user_data_parent_id_value1", "parent_id", "value1", { unique: true }),
  ),
});
