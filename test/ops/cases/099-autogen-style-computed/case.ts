await op.createTable(
  "line",
  sa.Column("a", sa.INTEGER(), { autoincrement: false, nullable: true }),
  sa.Column(
    "b",
    sa.INTEGER(),
    sa.Computed("(a * 2)", { persisted: true }),
    { autoincrement: false, nullable: true },
  ),
);
