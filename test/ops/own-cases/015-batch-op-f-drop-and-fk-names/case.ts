await op.createTable("b", sa.Column("id", sa.Integer(), { primaryKey: true }));
await op.createTable(
  "t",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("name", sa.String(50), { index: true }),
);
await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("b_id", sa.Integer()));
  await batchOp.createForeignKey(batchOp.f("fk_t_b_id_b"), "b", ["b_id"], ["id"]);
  await batchOp.dropIndex(batchOp.f("ix_t_name"));
  await batchOp.dropConstraint(batchOp.f("fk_t_b_id_b"), { type_: "foreignkey" });
});
