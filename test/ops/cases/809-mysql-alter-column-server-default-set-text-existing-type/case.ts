await op.alterColumn(
  "account",
  "score",
  { serverDefault: sa.text("0"), existingType: sa.Integer() },
);
