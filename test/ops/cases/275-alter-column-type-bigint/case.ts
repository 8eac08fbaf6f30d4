await op.alterColumn(
  "account",
  "id",
  { type_: sa.BigInteger(), existingType: sa.Integer(), existingNullable: false },
);
