await op.alterColumn(
  "account",
  "created_at",
  { type_: sa.DateTime({ timezone: true }), existingServerDefault: sa.text("CURRENT_TIMESTAMP") },
);
