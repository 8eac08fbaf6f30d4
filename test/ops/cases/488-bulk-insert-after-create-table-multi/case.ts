const accounts = await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("active", sa.Boolean(), { serverDefault: sa.true() }),
);
await op.bulkInsert(accounts, [{ id: 1, active: false }, { id: 2 }], { multiinsert: false });
