await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.createCheckConstraint("ck_new_0", "id >= 0");
  await batchOp.alterColumn("b0", { type_: sa.Integer() });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("b0", sa.DateTime({ timezone: true })),
    sa.Column("b1", sa.String(50)),
    sa.Column("f2", sa.DateTime({ timezone: true }), { comment: "c f2" }),
    sa.Column("name3", sa.SmallInteger(), { nullable: false, index: true }),
    sa.Column(
      "mood",
      sa.Enum("a", "b", { name: "e_20", nativeEnum: false, createConstraint: true }),
    ),
    sa.UniqueConstraint("mood", { name: "uq_account_mood" }),
    sa.CheckConstraint("id > 0", { name: "ck_account_id" }),
  ),
});
