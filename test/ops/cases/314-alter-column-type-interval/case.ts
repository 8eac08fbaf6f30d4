await op.alterColumn(
  "job",
  "timeout",
  {
    type_: sa.Interval(),
    existingType: sa.Integer(),
    postgresqlUsing: "timeout * interval '1 second'",
  },
);
