await op.batchAlterTable("order", async (batchOp) => {
  await batchOp.alterColumn("a0", { newColumnName: "a0_r" });
  await batchOp.createUniqueConstraint("uq_new_d1", ["d1"]);
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "order",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("a0", sa.SmallInteger(), { comment: "c a0" }),
    sa.Column("d1", sa.BigInteger(), { nullable: false }),
    sa.Column("a2", sa.String(20), { unique: true }),
    sa.Column("mood", sa.Enum("a", "b", { name: "e_7" })),
    sa.UniqueConstraint("mood", { name: "uq_order_mood" }),
    sa.CheckConstraint("id > 0", { name: "ck_order_id" }),
    sa.Index("ix_order_a0", "a0"),
  ),
});
