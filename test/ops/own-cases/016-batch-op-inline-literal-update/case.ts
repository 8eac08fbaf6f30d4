await op.createTable(
  "t",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("name", sa.String(50)),
  sa.Column("n", sa.Integer()),
);
const t = sa.table("t", sa.column("name", sa.String()), sa.column("n", sa.Integer()));
await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.execute(t.update().values({ name: batchOp.inlineLiteral("bob's") }));
  await batchOp.execute(t.update().where(sa.text("id > 10")).values({ n: batchOp.inlineLiteral(7) }));
  await batchOp.execute(t.update().values({ name: batchOp.inlineLiteral("007", { type_: sa.String() }) }));
});
