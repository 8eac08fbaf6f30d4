await op.alterColumn(
  "account",
  "created_at",
  { serverDefault: sa.func.now(), existingType: sa.DateTime() },
);
