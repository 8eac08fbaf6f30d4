await op.createTable(
  "a",
  sa.Column(
    "id",
    sa.Integer(),
    sa.ForeignKey("challenges.id"),
    { primaryKey: true, autoincrement: "ignore_fk" },
  ),
);
await op.createTable(
  "b",
  sa.Column("id", sa.BigInteger(), { nullable: false, autoincrement: "ignore_fk" }),
  sa.ForeignKeyConstraint(["id"], ["challenges.id"]),
  sa.PrimaryKeyConstraint("id"),
);
await op.createTable(
  "c",
  sa.Column("id", sa.Integer(), { primaryKey: true, autoincrement: "ignore_fk" }),
);
