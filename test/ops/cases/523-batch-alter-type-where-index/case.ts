await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.alterColumn(
    "x",
    { type_: sa.BigInteger(), existingType: sa.Integer(), existingNullable: false },
  );
  await batchOp.createIndex("ix_t_x_pos", ["x"], { postgresqlWhere: sa.text("x > 0") });
});
