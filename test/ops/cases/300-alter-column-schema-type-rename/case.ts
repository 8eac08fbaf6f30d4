await op.alterColumn(
  "account",
  "name",
  { type_: sa.Text(), newColumnName: "label", existingType: sa.String(50), schema: "billing" },
);
