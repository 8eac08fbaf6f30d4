await op.alterColumn(
  "account",
  "id",
  {
    serverDefault: sa.Identity({ always: true }),
    existingServerDefault: sa.Identity(),
    existingType: sa.Integer(),
  },
);
