await op.alterColumn(
  "account",
  "tags",
  {
    type_: postgresql.ARRAY(sa.String(50)),
    existingType: sa.Text(),
    postgresqlUsing: "string_to_array(tags, ',')",
  },
);
