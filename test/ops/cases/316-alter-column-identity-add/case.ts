await op.alterColumn(
  "account",
  "id",
  { serverDefault: sa.Identity(), existingServerDefault: null, existingType: sa.Integer() },
);
