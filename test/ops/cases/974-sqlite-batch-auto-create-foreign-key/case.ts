await op.batchAlterTable("post", async (batchOp) => {
  await batchOp.createForeignKey(
    "fk_post_account",
    "account",
    ["account_id"],
    ["id"],
    { ondelete: "CASCADE" },
  );
}, {
  copyFrom: sa.Table(
    "post",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("account_id", sa.Integer()),
  ),
});
