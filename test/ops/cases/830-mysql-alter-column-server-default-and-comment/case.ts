await op.alterColumn(
  "account",
  "name",
  { serverDefault: "anon", comment: "display name", existingType: sa.String(50) },
);
