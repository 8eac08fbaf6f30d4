await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("n", sa.Integer()));
  await batchOp.execute("UPDATE t SET id = id");
  await batchOp.createTableComment("new comment");
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    { comment: "old comment" },
  ),
});
