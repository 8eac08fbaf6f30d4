await op.batchAlterTable("order", async (batchOp) => {
  await batchOp.dropIndex("ix_order_e3_name0");
  await batchOp.createIndex("ix_new_e3", ["e3"]);
  await batchOp.addColumn(sa.Column("new0", sa.Float()));
  await batchOp.createIndex("ix_new_mood", ["mood"]);
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "order",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name0", sa.Numeric(10, 2)),
    sa.Column(
      "d1",
      sa.Integer(),
      sa.ForeignKey("other.id", { name: "fk_order_d1" }),
      { nullable: false },
    ),
    sa.Column("e2", sa.Integer(), { unique: true }),
    sa.Column("e3", sa.Numeric(10, 2), { index: true }),
    sa.Column("value4", postgresql.UUID()),
    sa.Column("mood", sa.Enum("a", "b", { name: "e_16" })),
    sa.UniqueConstraint("e2", { name: "uq_order_e2" }),
    sa.CheckConstraint("id > 0", { name: "ck_order_id" }),
    sa.Index("ix_order_e3_name0", "e3", "name0", { unique: true }),
  ),
});
