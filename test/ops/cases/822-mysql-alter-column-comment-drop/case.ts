await op.alterColumn(
  "account",
  "name",
  { comment: null, existingType: sa.String(50), existingComment: "display name" },
);
