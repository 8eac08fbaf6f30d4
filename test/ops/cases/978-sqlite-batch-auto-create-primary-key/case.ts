await op.batchAlterTable("pair", async (batchOp) => {
  await batchOp.createPrimaryKey("pk_pair", ["a", "b"]);
}, {
  copyFrom: sa.Table(
    "pair",
    sa.MetaData(),
    sa.Column("a", sa.Integer(), { nullable: false }),
    sa.Column("b", sa.Integer(), { nullable: false }),
  ),
});
