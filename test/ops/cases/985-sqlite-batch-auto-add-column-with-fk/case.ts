await op.batchAlterTable("post", async (batchOp) => {
  await batchOp.addColumn(sa.Column(
    "account_id",
    sa.Integer(),
    sa.ForeignKey("account.id", { name: "fk_post_account" }),
  ));
}, {
  copyFrom: sa.Table("post", sa.MetaData(), sa.Column("id", sa.Integer(), { primaryKey: true })),
});
