await op.alterColumn(
  "account",
  "age",
  { type_: sa.Integer(), existingType: sa.String(10), postgresqlUsing: "age::integer" },
);
