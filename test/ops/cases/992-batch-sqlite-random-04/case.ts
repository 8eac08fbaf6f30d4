await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.createIndex("ix_new_e2", ["e2"]);
  await batchOp.addColumn(sa.Column("new0", sa.Integer(), { serverDefault: sa.text("0") }));
  await batchOp.createIndex("ix_new_e3", ["e3"]);
}, {
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
    sa.Column("name0", sa.Float(), { nullable: false, comment: "c name0" }),
    sa.Column("a1", sa.String(50)),
    sa.Column("e2", sa.String(50), { comment: "c e2" }),
    sa.Column("e3", sa.String(50), { nullable: false }),
    sa.CheckConstraint("id > 0", { name: "ck_account_id" }),
    sa.Index("ix_account_a1", "a1", { unique: true }),
  ),
});
