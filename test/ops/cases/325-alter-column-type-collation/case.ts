await op.alterColumn(
  "account",
  "name",
  { type_: sa.String(50, { collation: "C" }), existingType: sa.String(50) },
);
