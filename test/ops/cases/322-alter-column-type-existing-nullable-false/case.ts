await op.alterColumn(
  "account",
  "code",
  { type_: sa.String(8), existingType: sa.String(4), existingNullable: false },
);
