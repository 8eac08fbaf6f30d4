await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.alterColumn("id", { autoincrement: false });
  await batchOp.addColumn(
    sa.Column("n", sa.Integer(), { nullable: false, serverDefault: "0" }),
    { insertAfter: "id" },
  );
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("code", sa.String(5), sa.Computed("upper(code)")),
  ),
});
