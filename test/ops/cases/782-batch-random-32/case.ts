await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.createUniqueConstraint("uq_new_mixed2", ["Mixed2"]);
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("d0", sa.Interval(), { nullable: false, comment: "c d0" }),
    sa.Column("a1", sa.Time()),
    sa.Column("Mixed2", sa.String(50)),
    sa.Column(
      "mood",
      sa.Enum("a", "b", { name: "e_32", nativeEnum: false, createConstraint: true }),
    ),
    sa.UniqueConstraint("d0"),
    sa.CheckConstraint("id > 0", { name: "ck_t_id" }),
    sa.Index("ix_t_mood", "mood", { unique: true }),
  ),
});
