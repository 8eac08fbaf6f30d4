await op.batchAlterTable("Item", async (batchOp) => {
  await batchOp.alterColumn("d0", { nullable: true });
  await batchOp.dropConstraint("pk_item");
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "Item",
    sa.MetaData({
      namingConvention: {
        uq: "uq_%(table_name)s_%(column_0_name)s",
        ix: "ix_%(column_0_label)s",
        fk: "fk_%(table_name)s_%(column_0_name)s",
      },
    }),
    sa.Column("id", sa.Integer()),
    sa.Column("id2", sa.Integer()),
    sa.Column("d0", sa.SmallInteger(), { nullable: false }),
    sa.Column("name1", sa.Text(), { nullable: false, serverDefault: sa.text("''") }),
    sa.Column("b2", postgresql.UUID()),
    sa.Column("a3", sa.Interval(), { nullable: false }),
    sa.PrimaryKeyConstraint("id", "id2", { name: "pk_item" }),
    sa.UniqueConstraint("b2"),
    sa.Index("ix_item_name1", "name1"),
  ),
});
