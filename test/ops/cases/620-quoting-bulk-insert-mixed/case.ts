const t = sa.table(
  "Account",
  sa.column("Id", sa.Integer()),
  sa.column("order", sa.Integer()),
  { schema: "Billing" },
);
await op.bulkInsert(t, [{ Id: 1, order: 2 }]);
