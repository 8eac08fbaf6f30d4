await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.alterColumn("b2", { newColumnName: "b2_r" });
  await batchOp.alterColumn("b2_r", { serverDefault: null });
  await batchOp.createIndex("ix_new_f1", ["f1"]);
  await batchOp.createUniqueConstraint("uq_new_mood", ["mood"]);
}, {
  recreate: "always",
  partialReordering: [["f1", "d0"]],
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("d0", sa.Numeric(10, 2)),
    sa.Column("f1", sa.Text(), { serverDefault: sa.text("''") }),
    sa.Column("b2", postgresql.UUID(), { unique: true }),
    sa.Column("e3", sa.Float()),
    sa.Column(
      "mood",
      sa.Enum("a", "b", { name: "e_39", nativeEnum: false, createConstraint: true }),
    ),
    sa.Column("parent_id", sa.Integer(), sa.ForeignKey("account.id")),
    sa.UniqueConstraint("mood"),
  ),
});
