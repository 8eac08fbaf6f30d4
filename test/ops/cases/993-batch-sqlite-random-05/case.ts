await op.batchAlterTable("user_data", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.String(30)));
  await batchOp.addColumn(sa.Column("new1", sa.Numeric(12, 3)));
}, {
  copyFrom: sa.Table(
    "user_data",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("Mixed0", sa.Integer(), { unique: true }),
    sa.Column("d1", sa.Numeric(10, 2), { unique: true }),
    sa.Column("e2", sa.String(20), { index: true }),
    sa.Column("value3", sa.String(20), { nullable: false, comment: "c value3" }),
    sa.Column("mood", sa.Enum("a", "b", { name: "e_5" })),
    sa.UniqueConstraint("d1", { name: "uq_user_data_d1" }),
    sa.Index("ix_user_data_e2_mixed0", "e2", "Mixed0"),
  ),
});
