const meta = sa.MetaData({
  namingConvention: { uq: "uq_%(table_name)s_%(column_0_name)s", ix: "ix_%(column_0_label)s" },
});
await op.batchAlterTable("item", async (batchOp) => {
  await batchOp.alterColumn("code", { type_: sa.String(20), existingType: sa.Integer() });
  await batchOp.alterColumn(
    "label",
    { newColumnName: "title", serverDefault: "x", comment: "the title" },
  );
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "item",
    meta,
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("code", sa.Integer()),
    sa.Column("label", sa.String(20)),
    sa.UniqueConstraint("label"),
    sa.Index(null, "code"),
  ),
});
