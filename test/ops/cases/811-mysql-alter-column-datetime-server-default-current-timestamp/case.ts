await op.alterColumn(
  "account",
  "created_at",
  {
    serverDefault: sa.text("CURRENT_TIMESTAMP"),
    existingType: sa.DateTime(),
    existingNullable: false,
  },
);
