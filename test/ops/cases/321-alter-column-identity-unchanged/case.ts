await op.alterColumn(
  "account",
  "id",
  {
    serverDefault: sa.Identity({ start: 3 }),
    existingServerDefault: sa.Identity({ start: 3 }),
    existingType: sa.Integer(),
  },
);
