await op.createTable(
  "t",
  sa.Column(
    "id",
    sa.BigInteger(),
    sa.Identity({ always: true }),
    { primaryKey: true, comment: "identity" },
  ),
);
