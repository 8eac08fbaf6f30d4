await op.alterColumn(
  "account",
  "ref",
  {
    type_: postgresql.UUID({ asUuid: true }),
    existingType: sa.String(36),
    postgresqlUsing: "ref::uuid",
  },
);
