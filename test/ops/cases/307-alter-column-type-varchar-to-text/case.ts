await op.alterColumn(
  "account",
  "bio",
  { type_: sa.Text(), existingType: sa.String(500), existingNullable: true },
);
