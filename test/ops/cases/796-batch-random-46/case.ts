await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.createCheckConstraint("ck_new_0", "id >= 0");
  await batchOp.addColumn(sa.Column("new0", sa.Boolean()));
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("d0", sa.Time(), { nullable: false, index: true }),
    sa.Column("f1", sa.BigInteger(), { comment: "c f1" }),
    sa.Column("b2", postgresql.JSONB()),
    sa.Column("b3", sa.LargeBinary(), { unique: true }),
    sa.Column("Mixed4", sa.LargeBinary(), { unique: true }),
    sa.Column("mood", sa.Enum("a", "b", { name: "e_46" })),
    sa.UniqueConstraint("b2", { name: "uq_t_b2" }),
  ),
});
