await op.batchAlterTable("address", async (batchOp) => {
  await batchOp.createCheckConstraint("ck_zip", "length(zip) = 5");
  await batchOp.addColumn(sa.Column("city", sa.String(50), { serverDefault: "?" }));
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "address",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id", { name: "fk_address_user" })),
    sa.Column("zip", sa.String(10)),
    sa.UniqueConstraint("zip", { name: "uq_address_zip" }),
    sa.Index("ix_address_user_id", "user_id"),
  ),
});
