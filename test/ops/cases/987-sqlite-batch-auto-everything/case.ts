await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("age", sa.Integer(), { serverDefault: "0" }));
  await batchOp.dropColumn("legacy");
  await batchOp.alterColumn("name", { newColumnName: "full_name", type_: sa.String(100) });
  await batchOp.dropConstraint("uq_account_email", { type_: "unique" });
  await batchOp.createUniqueConstraint("uq_account_email_age", ["email", "age"]);
  await batchOp.createCheckConstraint("ck_account_age", "age >= 0");
  await batchOp.dropIndex("ix_account_name");
  await batchOp.createIndex("ix_account_email", ["email"]);
}, {
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name", sa.String(50), { nullable: false }),
    sa.Column("email", sa.String(100)),
    sa.Column("legacy", sa.Boolean()),
    sa.UniqueConstraint("email", { name: "uq_account_email" }),
    sa.Index("ix_account_name", "name"),
  ),
});
