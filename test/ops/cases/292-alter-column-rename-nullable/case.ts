await op.alterColumn(
  "account",
  "name",
  { newColumnName: "full_name", nullable: false, existingType: sa.String(50) },
);
