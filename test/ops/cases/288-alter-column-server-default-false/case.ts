await op.alterColumn(
  "account",
  "is_admin",
  { serverDefault: sa.false(), existingType: sa.Boolean() },
);
