await op.alterColumn(
  "account",
  "count",
  { type_: sa.BigInteger(), existingType: sa.Integer(), serverDefault: "0", nullable: false },
);
