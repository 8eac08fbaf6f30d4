const meta = sa.MetaData({
  namingConvention: {
    pk: "pk_%(table_name)s",
    fk: "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    ck: "ck_%(table_name)s_%(constraint_name)s",
  },
});
await op.batchAlterTable("acct", async (batchOp) => {
  await batchOp.alterColumn("bal", { newColumnName: "balance" });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "acct",
    meta,
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("org_id", sa.Integer(), sa.ForeignKey("org.id")),
    sa.Column("bal", sa.Integer()),
    sa.CheckConstraint("bal >= 0", { name: "positive" }),
  ),
});
