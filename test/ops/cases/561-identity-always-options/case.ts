await op.createTable(
  "account",
  sa.Column(
    "id",
    sa.BigInteger(),
    sa.Identity({
      always: true,
      start: 100,
      increment: 10,
      minvalue: 100,
      maxvalue: 100000,
      cycle: false,
      cache: 50,
    }),
    { primaryKey: true },
  ),
);
