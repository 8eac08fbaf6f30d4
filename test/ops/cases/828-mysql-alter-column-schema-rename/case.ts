await op.alterColumn(
  "account",
  "name",
  { newColumnName: "title", existingType: sa.String(50), schema: "billing" },
);
