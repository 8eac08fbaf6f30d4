await op.alterColumn(
  "account",
  "id",
  { type_: sa.BigInteger(), existingNullable: false, existingAutoincrement: true },
);
