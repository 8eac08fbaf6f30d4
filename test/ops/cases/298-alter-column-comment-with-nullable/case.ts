await op.alterColumn(
  "account",
  "name",
  { comment: "name", nullable: false, existingType: sa.String(50), existingNullable: true },
);
