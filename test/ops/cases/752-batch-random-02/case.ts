await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.createUniqueConstraint("uq_new_c0", ["c0"]);
  await batchOp.alterColumn("c0", { type_: sa.Integer() });
}, {
  recreate: "always",
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
    sa.Column("c0", sa.Date(), { nullable: false, unique: true }),
    sa.Column("name1", postgresql.JSONB()),
    sa.Index("ix_t_name1_c0", "name1", "c0"),
  ),
});
