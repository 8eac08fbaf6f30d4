await op.createTable(
  "t",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column(
    "kind",
    postgresql.ENUM("a", "b", { name: "t_kind" }),
    { index: true, comment: "kind of t" },
  ),
);
