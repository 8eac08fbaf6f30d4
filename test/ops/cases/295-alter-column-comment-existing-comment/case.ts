await op.alterColumn(
  "account",
  "name",
  { comment: "new", existingComment: "old", existingType: sa.String(50) },
);
