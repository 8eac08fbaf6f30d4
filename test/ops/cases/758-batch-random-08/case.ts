await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.createCheckConstraint("ck_new_0", "id >= 0");
  await batchOp.dropColumn("c0");
}, {
  recreate: "always",
  tableKwargs: { comment: "tc" },
  copyFrom: sa.Table(
    "account",
    sa.MetaData({
      namingConvention: {
        uq: "uq_%(table_name)s_%(column_0_name)s",
        ix: "ix_%(column_0_label)s",
        fk: "fk_%(table_name)s_%(column_0_name)s",
      },
    }),
    sa.Column("id", sa.Integer()),
    sa.Column("id2", sa.Integer()),
    sa.Column("c0", sa.Boolean(), { serverDefault: sa.text("false") }),
    sa.Column("a1", sa.LargeBinary()),
    sa.Column("name2", sa.SmallInteger()),
    sa.Column("value3", postgresql.JSONB(), { unique: true }),
    sa.PrimaryKeyConstraint("id", "id2", { name: "pk_account" }),
    sa.UniqueConstraint("a1", { name: "uq_account_a1" }),
  ),
});
