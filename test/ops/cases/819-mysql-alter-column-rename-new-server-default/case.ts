await op.alterColumn(
  "account",
  "score",
  {
    newColumnName: "points",
    serverDefault: "10",
    existingType: sa.Integer(),
    existingServerDefault: "0",
  },
);
