await op.createTable(
  "a",
  sa.Column(
    "id",
    sa.Integer(),
    sa.ForeignKey("challenges.id"),
    { primaryKey: true, autoincrement: true },
  ),
);
await op.createTable(
  "b",
  sa.Column("id", sa.Integer(), { nullable: false, autoincrement: true }),
  sa.ForeignKeyConstraint(["id"], ["challenges.id"]),
  sa.PrimaryKeyConstraint("id"),
);
