await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.dropColumn("d2");
  await batchOp.addColumn(sa.Column("new0", sa.Text()), { insertBefore: "d1" });
  await batchOp.alterColumn("mood", { type_: sa.Boolean() });
  await batchOp.alterColumn("mood", { serverDefault: null });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("value0", sa.SmallInteger()),
    sa.Column("d1", sa.Interval()),
    sa.Column("d2", sa.String(50)),
    sa.Column("mood", sa.Enum("a", "b", { name: "e_3", nativeEnum: false, createConstraint: true })),
    sa.UniqueConstraint("value0"),
    sa.CheckConstraint("id > 0", { name: "ck_account_id" }),
    sa.Index("ix_account_mood_d1", "mood", "d1"),
  ),
});
