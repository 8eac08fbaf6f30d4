await op.createTable(
  "Account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  { schema: "Billing" },
);
