const orders = sa.table(
  "order",
  sa.column("select", sa.Integer()),
  sa.column("User Name", sa.String()),
);
await op.bulkInsert(orders, [{ select: 1, "User Name": "x" }]);
