await op.alterColumn(
  "account",
  "id",
  {
    serverDefault: sa.Identity({ start: 5, increment: 2 }),
    existingServerDefault: sa.Identity(),
    existingType: sa.Integer(),
  },
);
