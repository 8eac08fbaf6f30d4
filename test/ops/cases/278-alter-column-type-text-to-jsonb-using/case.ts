await op.alterColumn(
  "doc",
  "body",
  { type_: postgresql.JSONB(), existingType: sa.Text(), postgresqlUsing: "body::jsonb" },
);
