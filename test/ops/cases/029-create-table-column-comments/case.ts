await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true, comment: "surrogate key" }),
  sa.Column("name", sa.String(50), { comment: "display name" }),
  { comment: "accounts" },
);
