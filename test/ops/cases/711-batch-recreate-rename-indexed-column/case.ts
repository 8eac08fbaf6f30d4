await op.batchAlterTable("User", async (batchOp) => {
  await batchOp.alterColumn("Email", { newColumnName: "email_address" });
  await batchOp.alterColumn("order", { type_: sa.BigInteger() });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "User",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("Email", sa.String(80), { comment: "mail" }),
    sa.Column("order", sa.Integer()),
    sa.Index("ix_user_email", "Email", { unique: true }),
    sa.Index("ix_user_lower", sa.text("lower(\"Email\")")),
  ),
});
