await op.createTable(
  "pair",
  sa.Column("a", sa.Integer()),
  sa.Column("b", sa.Integer()),
  sa.PrimaryKeyConstraint("a", "b", { sqliteOnConflict: "ABORT" }),
);
