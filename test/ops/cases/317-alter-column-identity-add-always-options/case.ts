await op.alterColumn(
  "account",
  "id",
  {
    serverDefault: sa.Identity({
      always: true,
      start: 10,
      increment: 5,
      minvalue: 1,
      maxvalue: 1000,
      cycle: true,
      cache: 20,
    }),
    existingServerDefault: null,
    existingType: sa.Integer(),
  },
);
