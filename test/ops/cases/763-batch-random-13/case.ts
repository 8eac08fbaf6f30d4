await op.batchAlterTable("order", async (batchOp) => {
  await batchOp.dropIndex("ix_order_e2_value3");
  await batchOp.createUniqueConstraint("uq_new_b1", ["b1"]);
  await batchOp.createIndex("ix_new_value3", ["value3"]);
}, {
  schema: "s1",
  recreate: "always",
  copyFrom: sa.Table(
    "order",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("c0", sa.Numeric(10, 2)),
    sa.Column("b1", sa.Boolean(), { serverDefault: sa.text("false"), comment: "c b1" }),
    sa.Column("e2", sa.String(50), { nullable: false }),
    sa.Column("value3", postgresql.UUID()),
    sa.Index("ix_order_e2_value3", "e2", "value3", { unique: true }),
    { schema: "s1" },
  ),
});
