await op.batchAlterTable("child", async (batchOp) => {
  await batchOp.dropConstraint("fk_child_other", { type_: "foreignkey" });
  await batchOp.createForeignKey("fk_child_x", "x", ["oid"], ["id"]);
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
      sa.ForeignKey("s2.parent.id", { name: "fk_child_parent", ondelete: "CASCADE" }),
    ),
    sa.Column("oid", sa.Integer()),
    sa.Column("self_id", sa.Integer(), sa.ForeignKey("s1.child.id")),
    sa.ForeignKeyConstraint(["oid"], ["other.id"], { name: "fk_child_other" }),
    { schema: "s1" },
  ),
});
