await op.createTable(
  "flag",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("active", sa.Boolean({ createConstraint: true, name: "ck_flag_active" })),
);
