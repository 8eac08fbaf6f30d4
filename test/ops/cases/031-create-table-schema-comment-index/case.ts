await op.createTable(
  "invoice",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("number", sa.String(20), { index: true, comment: "invoice no" }),
  { schema: "billing", comment: "invoices" },
);
