await op.alterColumn(
  "account",
  "name",
  { nullable: false, existingType: sa.String(50), schema: "billing" },
);
