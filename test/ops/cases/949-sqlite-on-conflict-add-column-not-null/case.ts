await op.addColumn(
  "t",
  sa.Column(
    "c",
    sa.Integer(),
    { nullable: false, serverDefault: "0", sqliteOnConflictNotNull: "IGNORE" },
  ),
);
