await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  { comment: "The customer's account" },
);
