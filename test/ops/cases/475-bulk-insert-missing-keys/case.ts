const accounts = sa.table(
  "account",
  sa.column("id", sa.Integer()),
  sa.column("name", sa.String()),
  sa.column("age", sa.Integer()),
);
await op.bulkInsert(accounts, [{ id: 1, name: "a" }, { id: 2, age: 30 }, { id: 3 }]);
