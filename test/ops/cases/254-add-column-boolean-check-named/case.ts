await op.addColumn(
  "account",
  sa.Column("flag", sa.Boolean({ createConstraint: true, name: "ck_flag_bool" })),
);
