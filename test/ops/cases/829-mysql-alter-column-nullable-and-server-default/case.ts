await op.alterColumn(
  "account",
  "score",
  { nullable: false, serverDefault: "5", existingType: sa.Integer() },
);
