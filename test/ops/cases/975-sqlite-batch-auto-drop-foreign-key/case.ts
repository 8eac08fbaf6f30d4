await op.batchAlterTable("post", async (batchOp) => {
  await batchOp.dropConstraint("fk_post_account", { type_: "foreignkey" });
}, {
  copyFrom: sa.Table(
    "post",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("account_id", sa.Integer(), sa.ForeignKey("account.id", { name: "fk_post_account" })),
  ),
});
