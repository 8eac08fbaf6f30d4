await op.alterColumn(
  "account",
  "id",
  { autoincrement: true, existingType: sa.Integer(), existingNullable: false },
);
