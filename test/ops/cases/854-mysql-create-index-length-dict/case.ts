await op.createIndex(
  "ix_account_name_email",
  "account",
  ["name", "email"],
  { mysqlLength: { name: 10, email: 20 } },
);
