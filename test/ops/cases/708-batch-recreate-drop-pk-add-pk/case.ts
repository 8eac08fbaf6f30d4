await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.dropConstraint("pk_t", { type_: "primary" });
  await batchOp.createPrimaryKey("pk_t_code", ["code"]);
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer()),
    sa.Column("code", sa.String(5), { nullable: false }),
    sa.PrimaryKeyConstraint("id", { name: "pk_t" }),
  ),
});
