await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.alterColumn("name3", { type_: sa.Boolean() });
  await batchOp.alterColumn("c1", { newColumnName: "c1_r" });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name0", sa.String(50), { comment: "c name0", unique: true }),
    sa.Column("c1", sa.String(50), { comment: "c c1", unique: true }),
    sa.Column("value2", sa.Time(), { unique: true, index: true }),
    sa.Column("name3", sa.DateTime({ timezone: true }), { nullable: false }),
    sa.Column("d4", sa.Boolean(), { comment: "c d4", unique: true }),
    sa.Column("mood", sa.Enum("a", "b", { name: "e_31" })),
    sa.UniqueConstraint("name0"),
  ),
});
