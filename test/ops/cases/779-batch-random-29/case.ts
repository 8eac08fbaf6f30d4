await op.batchAlterTable("user_data", async (batchOp) => {
  await batchOp.alterColumn("b1", { serverDefault: sa.text("now()") });
  await batchOp.dropConstraint("ck_user_data_id");
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "user_data",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("e0", sa.SmallInteger()),
    sa.Column("b1", sa.LargeBinary(), { unique: true }),
    sa.CheckConstraint("id > 0", { name: "ck_user_data_id" }),
  ),
});
