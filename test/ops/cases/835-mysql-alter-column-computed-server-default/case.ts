await op.alterColumn(
  "account",
  "total",
  { serverDefault: sa.Computed("price * qty"), existingType: sa.Integer() },
);
