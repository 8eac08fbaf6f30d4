await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.alterColumn("n", { type_: sa.String(10), serverDefault: "0" });
  await batchOp.addColumn(sa.Column("note", sa.Text()), { insertBefore: "name" });
  await batchOp.createIndex("ix_account_name", ["name"], { unique: true });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name", sa.String(50), { nullable: false }),
    sa.Column("n", sa.Integer()),
  ),
});
