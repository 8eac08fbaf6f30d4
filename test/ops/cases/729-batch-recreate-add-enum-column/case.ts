await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("status", sa.Enum("new", "old", { name: "status" })));
  await batchOp.dropColumn("b");
  await batchOp.alterColumn("a", { newColumnName: "aa", type_: sa.Text() });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("a", sa.Integer()),
    sa.Column("b", sa.Integer()),
    sa.ForeignKeyConstraint(["a", "b"], ["p.x", "p.y"], { name: "fk_ab" }),
    sa.Index("ix_t_ab", "a", "b", { postgresqlWhere: sa.text("a > 0") }),
  ),
});
