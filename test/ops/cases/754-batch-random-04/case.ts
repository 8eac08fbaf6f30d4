await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.createCheckConstraint("ck_new_0", "id >= 0");
  await batchOp.dropIndex("ix_account_e2");
  await batchOp.createUniqueConstraint("uq_new_a1", ["a1"]);
}, {
  recreate: "always",
  tableKwargs: { comment: "tc" },
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name0", sa.Interval(), { nullable: false, comment: "c name0" }),
    sa.Column("a1", sa.Numeric(10, 2)),
    sa.Column("e2", sa.Boolean(), { serverDefault: sa.text("false") }),
    sa.Column("c3", sa.Date(), { nullable: false }),
    sa.UniqueConstraint("c3", { name: "uq_account_c3" }),
    sa.CheckConstraint("id > 0", { name: "ck_account_id" }),
    sa.Index("ix_account_e2", "e2", { unique: true }),
  ),
});
