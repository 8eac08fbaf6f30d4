await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.createIndex("ix_new_parent_id", ["parent_id"]);
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer()),
    sa.Column("id2", sa.Integer()),
    sa.Column("c0", sa.String(50), { comment: "c c0" }),
    sa.Column("d1", sa.Numeric(10, 2)),
    sa.Column("d2", sa.Time(), { comment: "c d2", index: true }),
    sa.Column("e3", sa.Date(), { index: true }),
    sa.Column("mood", sa.Enum("a", "b", { name: "e_8", nativeEnum: false, createConstraint: true })),
    sa.Column("parent_id", sa.Integer(), sa.ForeignKey("account.id")),
    sa.PrimaryKeyConstraint("id", "id2"),
    sa.UniqueConstraint("parent_id", { name: "uq_account_parent_id" }),
    sa.CheckConstraint("id > 0", { name: "ck_account_id" }),
    sa.Index("ix_account_mood", "mood"),
  ),
});
