await op.alterColumn(
  "account",
  "score",
  { type_: sa.BigInteger(), existingServerDefault: sa.text("0") },
);
