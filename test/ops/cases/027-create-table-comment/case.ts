await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  { comment: "Customer accounts" },
);
