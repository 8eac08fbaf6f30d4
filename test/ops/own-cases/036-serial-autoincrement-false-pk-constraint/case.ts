await op.createTable(
  "a",
  sa.Column("id", sa.Integer(), { nullable: false, autoincrement: false }),
  sa.PrimaryKeyConstraint("id"),
);
await op.createTable(
  "b",
  sa.Column("id", sa.SmallInteger(), { primaryKey: true, autoincrement: false }),
);
