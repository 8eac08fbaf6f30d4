await op.createTable(
  "t",
  sa.Column("flag", sa.Boolean({ createConstraint: true, name: "ck_t_flag" })),
);
