await op.alterColumn(
  "account",
  "id",
  { serverDefault: null, existingServerDefault: sa.Identity(), existingType: sa.Integer() },
);
