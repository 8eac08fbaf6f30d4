await op.batchAlterTable("order", async (batchOp) => {
  await batchOp.createUniqueConstraint("uq_new_a1", ["a1"]);
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "order",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("value0", sa.DateTime({ timezone: true }), { nullable: false }),
    sa.Column("a1", sa.String(20), { nullable: false, index: true }),
    sa.UniqueConstraint("value0", { name: "uq_order_value0" }),
    sa.CheckConstraint("id > 0", { name: "ck_order_id" }),
  ),
});
