const accounts = await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("name", sa.String(50)),
);
await op.bulkInsert(accounts, [{ id: 1, name: "alice" }, { id: 2, name: "bob" }]);
