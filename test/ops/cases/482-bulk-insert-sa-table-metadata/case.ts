const accounts = sa.Table(
  "account",
  sa.MetaData(),
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("name", sa.String(50)),
);
await op.bulkInsert(accounts, [{ id: 1, name: "a" }]);
