await op.batchAlterTable("child", async (batchOp) => {
  await batchOp.addColumn(sa.Column("note", sa.Text()));
}, {
  schema: "s1",
  recreate: "always",
  copyFrom: sa.Table(
    "child",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column(
      "pid",
      sa.Integer(),
      sa.ForeignKey("s1.parent.id", { name: "fk_child_parent", ondelete: "CASCADE" }),
    ),
    sa.Column("self_id", sa.Integer(), sa.ForeignKey("s1.child.id")),
    { schema: "s1" },
  ),
});
