const t = sa.Table(
  "t",
  sa.MetaData(),
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("mood", sa.Enum("a", "b", { name: "mood" })),
);
await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("x", sa.Integer()));
}, { recreate: "always", copyFrom: t });
await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("y", sa.Integer()));
}, { recreate: "always", copyFrom: t });
