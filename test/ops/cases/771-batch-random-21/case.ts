await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.Boolean()), { insertBefore: "c1" });
  await batchOp.dropConstraint("ck_account_id");
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    sa.MetaData({
      namingConvention: {
        uq: "uq_%(table_name)s_%(column_0_name)s",
        ix: "ix_%(column_0_label)s",
        fk: "fk_%(table_name)s_%(column_0_name)s",
      },
    }),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("e0", sa.Interval()),
    sa.Column("c1", sa.Time(), { unique: true }),
    sa.Column("name2", sa.SmallInteger(), { nullable: false }),
    sa.Column("name3", postgresql.UUID(), { comment: "c name3" }),
    sa.Column("b4", sa.JSON(), { nullable: false, unique: true }),
    sa.Column("mood", sa.Enum("a", "b", { name: "e_21" })),
    sa.UniqueConstraint("c1", { name: "uq_account_c1" }),
    sa.CheckConstraint("id > 0", { name: "ck_account_id" }),
  ),
});
