await op.alterColumn(
  "account",
  "balance",
  { type_: sa.Numeric(14, 4), existingType: sa.Numeric(10, 2) },
);
