await op.createTable(
  "t",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("status", sa.String(20)),
);
const t = sa.table("t", sa.column("id", sa.Integer()), sa.column("status", sa.String()));
await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("flag", sa.Boolean()));
  await batchOp.execute("UPDATE t SET flag = true");
  await batchOp.execute(sa.text("UPDATE t SET status = 'new' WHERE status IS NULL"));
  await batchOp.execute(t.insert().values({ id: batchOp.inlineLiteral(1), status: batchOp.inlineLiteral("x") }));
  await batchOp.execute({ sqltext: "DELETE FROM t WHERE id < 0" });
  await batchOp.alterColumn("flag", { nullable: false, existingType: sa.Boolean() });
});
