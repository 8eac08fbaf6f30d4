await op.createTable(
  "big",
  sa.Column("id", sa.BigInteger(), { nullable: false }),
  sa.ForeignKeyConstraint(["id"], ["parent.id"]),
  sa.PrimaryKeyConstraint("id"),
);
await op.createTable(
  "small",
  sa.Column("id", sa.SmallInteger(), sa.ForeignKey("parent.id"), { primaryKey: true }),
);
