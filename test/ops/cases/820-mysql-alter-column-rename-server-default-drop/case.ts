await op.alterColumn(
  "account",
  "score",
  { newColumnName: "points", serverDefault: null, existingType: sa.Integer() },
);
