await op.batchAlterTable("order", async (batchOp) => {
  await batchOp.createCheckConstraint("ck_new_0", "id >= 0");
  await batchOp.addColumn(sa.Column("new0", sa.Integer()));
  await batchOp.createIndex("ix_new_e2", ["e2"]);
}, {
  recreate: "always",
  tableKwargs: { comment: "tc" },
  copyFrom: sa.Table(
    "order",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("b0", sa.Date(), { comment: "c b0", unique: true }),
    sa.Column("b1", sa.Date(), { index: true }),
    sa.Column("e2", sa.String(50), { nullable: false, index: true }),
    sa.Column("name3", sa.String(50)),
    sa.Column("f4", sa.String(20), { serverDefault: "x" }),
  ),
});
