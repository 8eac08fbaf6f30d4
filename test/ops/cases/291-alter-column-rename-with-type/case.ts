await op.alterColumn(
  "account",
  "name",
  { newColumnName: "full_name", type_: sa.String(200), existingType: sa.String(50) },
);
