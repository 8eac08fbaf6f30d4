await op.addColumn(
  "invoice",
  sa.Column("account_id", sa.Integer(), sa.ForeignKey("billing.account.id")),
  { schema: "billing" },
);
