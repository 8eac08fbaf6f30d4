await op.batchAlterTable("user_data", async (batchOp) => {
  await batchOp.alterColumn("f2", { serverDefault: sa.text("now()") });
}, {
  recreate: "always",
  partialReordering: [["a1", "f0"]],
  copyFrom: sa.Table(
    "user_data",
    sa.MetaData(),
    sa.Column("id", sa.Integer()),
    sa.Column("id2", sa.Integer()),
    sa.Column("f0", sa.Date(), { nullable: false }),
    sa.Column("a1", sa.Numeric(10, 2)),
    sa.Column("f2", postgresql.JSONB(), { nullable: false, unique: true }),
    sa.Column("d3", sa.String(50)),
    sa.Column("f4", sa.String(20), { unique: true }),
    sa.PrimaryKeyConstraint("id", "id2", { name: "pk_user_data" }),
  ),
});
