await op.batchAlterTable("user_data", async (batchOp) => {
  await batchOp.createCheckConstraint("ck_new_0", "id >= 0");
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "user_data",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("d0", sa.Integer(), sa.ForeignKey("other.id", { name: "fk_user_data_d0" })),
    sa.Column("c1", sa.String(20), { nullable: false, index: true }),
    sa.Column("a2", sa.JSON(), { nullable: false }),
    sa.Column("c3", sa.Date(), { nullable: false }),
    sa.UniqueConstraint("c3", { name: "uq_user_data_c3" }),
    sa.Index("ix_user_data_c3", "c3", { unique: true }),
  ),
});
