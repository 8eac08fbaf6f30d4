await op.alterColumn(
  "account",
  "created",
  { type_: sa.DateTime({ timezone: true }), existingType: sa.DateTime() },
);
