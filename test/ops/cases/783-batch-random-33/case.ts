await op.batchAlterTable("user_data", async (batchOp) => {
  await batchOp.alterColumn("e0", { nullable: true });
  await batchOp.dropIndex("ix_user_data_e0");
  await batchOp.addColumn(sa.Column("new0", sa.Numeric(12, 3)), { insertAfter: "Mixed1" });
}, {
  recreate: "always",
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
    sa.Column("e0", sa.Interval()),
    sa.Column("Mixed1", sa.DateTime({ timezone: true })),
    sa.Column("b2", sa.Date()),
    sa.CheckConstraint("id > 0", { name: "ck_user_data_id" }),
    sa.Index("ix_user_data_e0", "e0"),
  ),
});
