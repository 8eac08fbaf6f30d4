await op.alterColumn(
  "user",
  "order",
  { type_: sa.BigInteger(), existingType: sa.Integer(), nullable: false, serverDefault: "0" },
);
