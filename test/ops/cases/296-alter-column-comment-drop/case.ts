await op.alterColumn(
  "account",
  "name",
  { comment: null, existingComment: "old", existingType: sa.String(50) },
);
