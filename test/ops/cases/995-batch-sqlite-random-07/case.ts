await op.batchAlterTable("order", async (batchOp) => {
  await batchOp.createCheckConstraint("ck_new_0", "id >= 0");
}, {
  recreate: "always",
  tableKwargs: { sqliteAutoincrement: true },
  copyFrom: sa.Table(
    "order",
    sa.MetaData({
      namingConvention: {
        uq: "uq_%(table_name)s_%(column_0_name)s",
        ix: "ix_%(column_0_label)s",
        fk: "fk_%(table_name)s_%(column_0_name)s",
      },
    }),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("a0", sa.BigInteger(), { comment: "c a0" }),
    sa.Column("d1", sa.Integer(), { nullable: false, index: true }),
    sa.Column("d2", sa.JSON()),
    sa.Column("parent_id", sa.Integer(), sa.ForeignKey("order.id")),
    sa.CheckConstraint("id > 0", { name: "ck_order_id" }),
    sa.Index("ix_order_d2", "d2"),
  ),
});
