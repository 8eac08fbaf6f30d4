await op.batchAlterTable("user_data", async (batchOp) => {
  await batchOp.dropColumn("d1");
  await batchOp.alterColumn("value3", { serverDefault: "1" });
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
    sa.Column("Mixed0", sa.Integer(), { unique: true }),
    sa.Column("d1", postgresql.JSONB(), { unique: true }),
    sa.Column("e2", sa.Text(), { index: true }),
    sa.Column("value3", sa.String(50), { nullable: false, unique: true }),
    sa.Column("parent_id", sa.Integer(), sa.ForeignKey("user_data.id")),
    sa.UniqueConstraint("e2"),
    { schema: "s1" },
  ),
});
