await op.batchAlterTable("user_data", async (batchOp) => {
  await batchOp.createUniqueConstraint("uq_new_d0", ["d0"]);
  await batchOp.dropColumn("a1");
  await batchOp.dropIndex("ix_user_data_a1_a3");
}, {
  recreate: "always",
  partialReordering: [["Mixed2", "d0"]],
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
    sa.Column("d0", sa.Float(), { nullable: false, unique: true, index: true }),
    sa.Column("a1", sa.Time(), { unique: true }),
    sa.Column("Mixed2", postgresql.JSONB(), { index: true }),
    sa.Column("a3", sa.Numeric(10, 2)),
    sa.CheckConstraint("id > 0", { name: "ck_user_data_id" }),
    sa.Index("ix_user_data_a1_a3", "a1", "a3"),
  ),
});
