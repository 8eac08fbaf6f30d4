await op.alterColumn(
  "t",
  "flag",
  {
    type_: sa.Boolean({ createConstraint: true, name: "ck_t_flag" }),
    existingType: sa.Integer(),
    postgresqlUsing: "flag <> 0",
  },
);
