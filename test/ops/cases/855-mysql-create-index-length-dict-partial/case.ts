await op.createIndex(
  "ix_account_name_email",
  "account",
  ["name", "email"],
  { mysqlLength: { email: 20 } },
);
