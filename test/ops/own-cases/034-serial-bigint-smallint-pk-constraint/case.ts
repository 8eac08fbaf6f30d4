await op.createTable(
  "big",
  sa.Column("id", sa.BigInteger(), { nullable: false }),
  sa.PrimaryKeyConstraint("id"),
);
await op.createTable(
  "small",
  sa.Column("id", sa.SmallInteger(), { nullable: false }),
  sa.PrimaryKeyConstraint("id"),
);
await op.createTable("big_upper", sa.Column("id", sa.BIGINT(), { primaryKey: true }));
await op.createTable("small_upper", sa.Column("id", sa.SMALLINT(), { primaryKey: true }));
