await op.alterColumn(
  "account",
  "id",
  { serverDefault: sa.Identity({ start: 100 }), existingType: sa.Integer() },
);
