await op.batchAlterTable("user_data", async (batchOp) => {
  await batchOp.dropConstraint("ck_user_data_id");
  await batchOp.dropColumn("a1");
  await batchOp.addColumn(sa.Column("new0", sa.Text()));
}, {
  tableKwargs: { sqliteAutoincrement: true },
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
    sa.Column("a0", sa.String(50)),
    sa.Column("a1", sa.Date(), { comment: "c a1" }),
    sa.UniqueConstraint("a1", { name: "uq_user_data_a1" }),
    sa.CheckConstraint("id > 0", { name: "ck_user_data_id" }),
  ),
});
