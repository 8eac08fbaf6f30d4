await op.alterColumn(
  "account",
  "flag",
  { type_: sa.Integer(), existingType: sa.Boolean({ createConstraint: true, name: "ck_flag" }) },
);
