await op.createTable(
  "t",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("name", sa.String(50)),
  sa.Column("code", sa.String(10)),
  sa.Column("x", sa.Integer()),
);
await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.createIndex(batchOp.f("ix_t_name"), ["name"], { unique: false });
  await batchOp.createUniqueConstraint(batchOp.f("uq_t_code"), ["code"]);
  await batchOp.createCheckConstraint(batchOp.f("ck_t_x_positive"), "x > 0");
});
