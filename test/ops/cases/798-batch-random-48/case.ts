await op.batchAlterTable("user_data", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.String(30)));
  await batchOp.addColumn(sa.Column("new1", sa.String(30)), { insertAfter: "mood" });
  await batchOp.createCheckConstraint("ck_new_2", "id >= 0");
}, {
  schema: "s1",
  recreate: "always",
  tableKwargs: { comment: "tc" },
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
    sa.Column("Mixed0", sa.Date()),
    sa.Column("c1", sa.String(20), { serverDefault: "x" }),
    sa.Column("value2", sa.Boolean(), { nullable: false, comment: "c value2" }),
    sa.Column("a3", sa.Date(), { unique: true }),
    sa.Column("mood", sa.Enum("a", "b", { name: "e_48" })),
    sa.Index("ix_user_data_c1_mood", "c1", "mood"),
    { schema: "s1" },
  ),
});
