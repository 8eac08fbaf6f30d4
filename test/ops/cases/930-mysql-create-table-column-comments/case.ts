await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true, comment: "the key" }),
  sa.Column("name", sa.String(50), { comment: "it's the name" }),
  { comment: "All accounts" },
);
