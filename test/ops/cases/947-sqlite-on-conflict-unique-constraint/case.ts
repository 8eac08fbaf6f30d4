await op.createTable(
  "pair",
  sa.Column("a", sa.Integer()),
  sa.Column("b", sa.Integer()),
  sa.UniqueConstraint("a", "b", { name: "uq_pair", sqliteOnConflict: "ROLLBACK" }),
);
