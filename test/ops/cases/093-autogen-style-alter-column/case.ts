await op.alterColumn(
  "account",
  "name",
  {
    existingType: sa.VARCHAR({ length: 50 }),
    type_: sa.String({ length: 100 }),
    existingNullable: true,
    autoincrement: false,
  },
);
