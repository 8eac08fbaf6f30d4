await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn(sa.Column("z", sa.Integer()));
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer()),
    sa.UniqueConstraint("id", { name: "uq_t_id" }),
    sa.CheckConstraint("id > 0", { name: "ck_t_id" }),
    sa.Column("parent_id", sa.Integer(), sa.ForeignKey("t.id", { name: "fk_t_parent" })),
    sa.PrimaryKeyConstraint("id", { name: "pk_t" }),
    sa.Column("u", sa.Integer(), { unique: true }),
    sa.Column(
      "kind",
      sa.Enum("a", "b", { name: "kind", nativeEnum: false, createConstraint: true }),
    ),
  ),
});
