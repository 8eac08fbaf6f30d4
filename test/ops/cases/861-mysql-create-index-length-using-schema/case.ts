await op.createIndex(
  "ix_account_name",
  "account",
  ["name"],
  { schema: "billing", mysqlLength: 8, mysqlUsing: "btree" },
);
